import { describe, expect, it } from 'vitest';
import { boundsOf, unionBounds } from './bounds';

describe('bounds', () => {
  it('holds every position', () => {
    expect(boundsOf([[3, 4], [-1, 2], [5, -6]])).toEqual([-1, -6, 5, 4]);
    expect(unionBounds([[0, 0, 1, 1], [2, -1, 3, 0.5]])).toEqual([0, -1, 3, 1]);
  });

  it('refuses an empty list rather than returning Infinity', () => {
    expect(() => boundsOf([])).toThrow();
  });
});
