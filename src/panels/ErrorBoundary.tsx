// Keeps a failing panel from taking the whole app down: the map and the other panels stay.
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { getAppStore } from '../state/store';

interface Props {
  children: ReactNode;
  resetKey: string;
}

export class ErrorBoundary extends Component<Props, { failed: boolean; key: string }> {
  state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; key: string }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  componentDidCatch(error: unknown) {
    console.warn('A panel failed:', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="panel-error" role="alert">
            <p>{t('error.panel')}</p>
            <button
              type="button"
              onClick={() => {
                getAppStore().getState().selectRoute(null);
                this.setState({ failed: false });
              }}
            >
              {t('error.reset')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
