// The briefing's moves, as pure functions of (current slide, slide count). Slides are 0-based here
// and 1-based wherever a person sees or types them.

export function clampSlide(i: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(Math.max(0, Math.trunc(i)), count - 1);
}

export const nextSlide = (i: number, count: number) => clampSlide(i + 1, count);
export const prevSlide = (i: number, count: number) => clampSlide(i - 1, count);
export const firstSlide = () => 0;
export const lastSlide = (count: number) => Math.max(0, count - 1);
/** Autoplay loops back to the start. */
export const loopSlide = (i: number, count: number) => (count <= 0 ? 0 : (i + 1) % count);

export type Command =
  | { type: 'next' } | { type: 'prev' } | { type: 'first' } | { type: 'last' }
  | { type: 'goto'; slide: number } | { type: 'exit' } | { type: 'fullscreen' } | { type: 'reset' }
  | { type: 'digit'; digit: string } | { type: 'contrast' };

/**
 * Keys a presenter or a clicker sends. PageUp/PageDown (what clickers send) always mean back and
 * forward; the arrow keys follow the reading direction, so → goes back in Arabic.
 */
export function commandForKey(key: string, dir: 'ltr' | 'rtl', typed: string): Command | null {
  const forwardArrow = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backArrow = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (/^[0-9٠-٩]$/.test(key)) return { type: 'digit', digit: key };
  if (key === 'Enter' && typed) {
    const n = Number(toWesternDigits(typed));
    return Number.isFinite(n) && n >= 1 ? { type: 'goto', slide: n - 1 } : { type: 'next' };
  }
  switch (key) {
    case 'PageDown': case ' ': case 'Enter': case forwardArrow: case 'ArrowDown': return { type: 'next' };
    case 'PageUp': case 'Backspace': case backArrow: case 'ArrowUp': return { type: 'prev' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    case 'Escape': return { type: 'exit' };
    case 'f': case 'F': return { type: 'fullscreen' };
    case 'r': case 'R': return { type: 'reset' };
    case 'c': case 'C': return { type: 'contrast' };
    default: return null;
  }
}

export function toWesternDigits(s: string): string {
  return s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Applies a move command; other commands leave the slide where it is. */
export function applyMove(cmd: Command, i: number, count: number): number {
  switch (cmd.type) {
    case 'next': return nextSlide(i, count);
    case 'prev': return prevSlide(i, count);
    case 'first': return firstSlide();
    case 'last': return lastSlide(count);
    case 'goto': return clampSlide(cmd.slide, count);
    default: return i;
  }
}

/**
 * Kiosk autoplay: advance every interval, loop, and pause for good on any key or touch.
 * Timers are injected so tests can drive them.
 */
export function createAutoplay(opts: {
  intervalMs: number;
  advance: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}) {
  const setT = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearT = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let paused = false;
  const schedule = () => {
    timer = setT(() => {
      opts.advance();
      if (!paused) schedule();
    }, opts.intervalMs);
  };
  schedule();
  return {
    pause() {
      paused = true;
      if (timer !== null) clearT(timer);
      timer = null;
    },
    get paused() {
      return paused;
    },
  };
}
