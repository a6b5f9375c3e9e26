import { describe, expect, it } from 'vitest';
import { neededHeight, preferredMapHeight } from './height';

describe('the height an embed asks for', () => {
  it('gives the map a landscape share of the width, within 240 and 640 px', () => {
    expect(preferredMapHeight(300)).toBe(240);
    expect(preferredMapHeight(360)).toBe(240);
    expect(preferredMapHeight(500)).toBe(310);
    expect(preferredMapHeight(800)).toBe(496);
    expect(preferredMapHeight(1200)).toBe(640);
  });

  it('adds the caption, rounded up to whole pixels', () => {
    expect(neededHeight(120.2, 800)).toBe(121 + 496);
    expect(neededHeight(0, 300)).toBe(240);
  });

  it('depends on the width and the caption only, so a frame that grows to it is not asked again', () => {
    // The same inputs at any frame height: nothing here reads the frame's height.
    expect(neededHeight(150, 640)).toBe(neededHeight(150, 640));
    expect(neededHeight(150, 641)).toBeGreaterThanOrEqual(neededHeight(150, 640));
  });
});
