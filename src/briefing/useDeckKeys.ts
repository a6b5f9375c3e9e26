// Keyboard (and clicker) control shared by the audience and presenter windows.
import { useEffect, useRef, useState } from 'react';
import { atlas } from '../data/atlas';
import { dirOf } from '../i18n';
import { getAppStore } from '../state/store';
import { applyMove, commandForKey, type Command } from './stepper';
import { deckIn } from '../view/scene';

const TYPED_RESET_MS = 2500;

export function useDeckKeys(onOther: (cmd: Command) => void): string {
  const [typed, setTyped] = useState('');
  const typedRef = useRef('');
  const otherRef = useRef(onOther);
  useEffect(() => {
    otherRef.current = onOther;
  });

  useEffect(() => {
    let reset: ReturnType<typeof setTimeout> | undefined;
    const setBuffer = (v: string) => {
      typedRef.current = v;
      setTyped(v);
      if (reset) clearTimeout(reset);
      if (v) reset = setTimeout(() => setBuffer(''), TYPED_RESET_MS);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // Keys sent to the window itself (clickers, synthetic events) have no element target.
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select')) return;
      // Let Enter and Space activate a focused button, unless a slide number is being typed.
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button') && !typedRef.current) return;
      const store = getAppStore();
      const s = store.getState();
      if (s.autoplay) store.getState().stopAutoplay();
      const cmd = commandForKey(e.key, dirOf(s.lang), typedRef.current);
      if (!cmd) return;
      e.preventDefault();
      if (cmd.type === 'digit') return setBuffer(typedRef.current + cmd.digit);
      setBuffer('');
      const count = deckIn(s, atlas).slides.length;
      const next = applyMove(cmd, s.slide, count);
      if (next !== s.slide) store.getState().goToSlide(next);
      else otherRef.current(cmd);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (reset) clearTimeout(reset);
    };
  }, []);
  return typed;
}
