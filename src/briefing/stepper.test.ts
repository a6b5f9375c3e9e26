import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyMove, clampSlide, commandForKey, createAutoplay, loopSlide, nextSlide, prevSlide } from './stepper';

describe('moving through a deck of 12', () => {
  it('stops at both ends', () => {
    expect(nextSlide(11, 12)).toBe(11);
    expect(prevSlide(0, 12)).toBe(0);
    expect(nextSlide(3, 12)).toBe(4);
    expect(prevSlide(3, 12)).toBe(2);
  });
  it('clamps jumps and copes with an empty deck', () => {
    expect(clampSlide(40, 12)).toBe(11);
    expect(clampSlide(-3, 12)).toBe(0);
    expect(clampSlide(2.7, 12)).toBe(2);
    expect(clampSlide(5, 0)).toBe(0);
  });
  it('loops in autoplay', () => {
    expect(loopSlide(11, 12)).toBe(0);
    expect(loopSlide(4, 12)).toBe(5);
  });
});

describe('keys', () => {
  it('clicker keys mean the same in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      expect(commandForKey('PageDown', dir, '')).toEqual({ type: 'next' });
      expect(commandForKey('PageUp', dir, '')).toEqual({ type: 'prev' });
      expect(commandForKey(' ', dir, '')).toEqual({ type: 'next' });
      expect(commandForKey('Backspace', dir, '')).toEqual({ type: 'prev' });
    }
  });
  it('arrows follow the reading direction', () => {
    expect(commandForKey('ArrowRight', 'ltr', '')).toEqual({ type: 'next' });
    expect(commandForKey('ArrowRight', 'rtl', '')).toEqual({ type: 'prev' });
    expect(commandForKey('ArrowLeft', 'rtl', '')).toEqual({ type: 'next' });
  });
  it('a typed number then Enter jumps, in Western or Arabic-Indic digits', () => {
    expect(commandForKey('Enter', 'ltr', '7')).toEqual({ type: 'goto', slide: 6 });
    expect(commandForKey('Enter', 'rtl', '١٢')).toEqual({ type: 'goto', slide: 11 });
    expect(commandForKey('٣', 'rtl', '')).toEqual({ type: 'digit', digit: '٣' });
  });
  it('has keys to leave, go full screen, return to the slide view and switch contrast', () => {
    expect(commandForKey('Escape', 'ltr', '')).toEqual({ type: 'exit' });
    expect(commandForKey('f', 'ltr', '')).toEqual({ type: 'fullscreen' });
    expect(commandForKey('R', 'ltr', '')).toEqual({ type: 'reset' });
    expect(commandForKey('c', 'ltr', '')).toEqual({ type: 'contrast' });
    expect(commandForKey('x', 'ltr', '')).toBeNull();
  });
  it('moves apply to the slide index', () => {
    expect(applyMove({ type: 'last' }, 2, 12)).toBe(11);
    expect(applyMove({ type: 'first' }, 9, 12)).toBe(0);
    expect(applyMove({ type: 'goto', slide: 99 }, 0, 12)).toBe(11);
    expect(applyMove({ type: 'exit' }, 4, 12)).toBe(4);
  });
});

describe('autoplay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('advances every interval until paused', () => {
    const advance = vi.fn();
    const play = createAutoplay({ intervalMs: 20_000, advance });
    vi.advanceTimersByTime(19_999);
    expect(advance).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(advance).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(40_000);
    expect(advance).toHaveBeenCalledTimes(3);
    play.pause();
    expect(play.paused).toBe(true);
    vi.advanceTimersByTime(100_000);
    expect(advance).toHaveBeenCalledTimes(3);
  });
});
