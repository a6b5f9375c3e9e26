import { describe, expect, it } from 'vitest';
import { sliderKey } from './sliderKeys';

const range = { min: 0, max: 9, big: 3, rtl: false };

describe('sliderKey', () => {
  it('steps with the arrows in the reading direction, and with Up and Down', () => {
    expect(sliderKey('ArrowRight', 4, range)).toBe(5);
    expect(sliderKey('ArrowLeft', 4, range)).toBe(3);
    expect(sliderKey('ArrowRight', 4, { ...range, rtl: true })).toBe(3);
    expect(sliderKey('ArrowLeft', 4, { ...range, rtl: true })).toBe(5);
    expect(sliderKey('ArrowUp', 4, { ...range, rtl: true })).toBe(5);
    expect(sliderKey('ArrowDown', 4, range)).toBe(3);
  });
  it('takes big steps with PageUp and PageDown, goes to the ends with Home and End, and stays in range', () => {
    expect(sliderKey('PageUp', 4, range)).toBe(7);
    expect(sliderKey('PageDown', 1, range)).toBe(0);
    expect(sliderKey('Home', 4, range)).toBe(0);
    expect(sliderKey('End', 4, range)).toBe(9);
    expect(sliderKey('ArrowRight', 9, range)).toBe(9);
  });
  it('ignores other keys', () => {
    expect(sliderKey('a', 4, range)).toBeNull();
    expect(sliderKey('Tab', 4, range)).toBeNull();
  });
});
