import { useTranslation } from 'react-i18next';
import { atlas, placeById } from '../data/atlas';
import { useFormat } from '../i18n/useFormat';
import { useAtlas } from '../state/store';
import { SourceList } from './Sources';

export function MeetingPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = useAtlas((s) => s.lang);
  const requestFit = useAtlas((s) => s.requestFit);
  const showPlace = useAtlas((s) => s.showPlace);
  const m = atlas.proposal.meeting;
  const place = placeById.get(m.placeId);
  return (
    <article className="detail" aria-labelledby="meeting-title" data-testid="meeting">
      <h2 id="meeting-title">{fmt.text(m.title)}</h2>
      <dl className="facts">
        <dt>{t('meeting.date')}</dt>
        <dd><time dateTime={m.date}>{fmt.date(m.date)}</time></dd>
        <dt>{t('meeting.place')}</dt>
        <dd>
          {place ? <button type="button" className="link-button" onClick={() => showPlace(place.properties.id)}>{m.place[lang]}</button> : m.place[lang]}
        </dd>
        <dt>{t('meeting.chair')}</dt>
        <dd>{fmt.text(m.chair)}</dd>
      </dl>
      <p>{fmt.text(m.summary)}</p>
      <button type="button" className="action" onClick={requestFit}>{t('meeting.showOnMap')}</button>
      <section aria-labelledby="m-part-h">
        <h3 id="m-part-h">{t('meeting.participants')}</h3>
        <ul className="plain-list bullets">{m.participants.map((p, i) => <li key={i}>{fmt.text(p)}</li>)}</ul>
      </section>
      <section aria-labelledby="m-docs-h">
        <h3 id="m-docs-h">{t('meeting.documents')}</h3>
        <ol className="numbered">{m.documents.map((d, i) => <li key={i}>{fmt.text(d)}</li>)}</ol>
      </section>
      <section aria-labelledby="m-out-h">
        <h3 id="m-out-h">{t('meeting.outcome')}</h3>
        <p>{fmt.text(m.outcome)}</p>
      </section>
      <section aria-labelledby="m-src-h">
        <h3 id="m-src-h">{t('meeting.sources')}</h3>
        <SourceList sources={m.sources} scope="meeting" />
      </section>
    </article>
  );
}
