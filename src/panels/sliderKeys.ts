// The keys of the atlas's sliders (the year, a chart's years, a profile's distance), in one place:
// the arrow that points forward in the reading direction steps forward (left in Arabic), Up and
// Down step too, PageUp/PageDown take a big step, Home and End go to the ends.

export interface SliderRange { min: number; max: number; big: number; rtl: boolean }

/** The value a key moves the slider to, kept in range; null for a key the slider does not use. */
export function sliderKey(key: string, value: number, { min, max, big, rtl }: SliderRange): number | null {
  const forward = rtl ? -1 : 1;
  const steps: Record<string, number> = { ArrowRight: forward, ArrowLeft: -forward, ArrowUp: 1, ArrowDown: -1, PageUp: big, PageDown: -big };
  const next = key === 'Home' ? min : key === 'End' ? max : steps[key] === undefined ? null : value + steps[key];
  return next === null ? null : Math.max(min, Math.min(max, next));
}
