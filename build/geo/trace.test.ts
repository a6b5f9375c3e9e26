import { describe, expect, it } from 'vitest';
import { nearestOnLine, roundLine, simplifyLine, sliceLine, type Pos } from './trace';

const line: Pos[] = [[0, 0], [1, 0], [2, 0], [3, 0]];

describe('nearestOnLine', () => {
  it('finds the segment, the fraction along it and the distance off the line', () => {
    const on = nearestOnLine(line, [1.5, 0.01]);
    expect(on.index).toBe(1);
    expect(on.t).toBeCloseTo(0.5, 6);
    expect(on.point).toEqual([1.5, 0]);
    expect(on.km).toBeCloseTo(1.11, 1);
  });

  it('clamps to the ends', () => {
    expect(nearestOnLine(line, [-1, 0]).point).toEqual([0, 0]);
    expect(nearestOnLine(line, [5, 1]).point).toEqual([3, 0]);
  });
});

describe('sliceLine', () => {
  it('keeps the vertices between two places on the line, in the order asked', () => {
    const a = nearestOnLine(line, [0.5, 0]);
    const b = nearestOnLine(line, [2.5, 0]);
    expect(sliceLine(line, a, b)).toEqual([[0.5, 0], [1, 0], [2, 0], [2.5, 0]]);
    expect(sliceLine(line, b, a)).toEqual([[2.5, 0], [2, 0], [1, 0], [0.5, 0]]);
  });

  it('drops a repeated vertex when an end falls on one', () => {
    expect(sliceLine(line, nearestOnLine(line, [1, 0]), nearestOnLine(line, [2, 0]))).toEqual([[1, 0], [2, 0]]);
  });
});

describe('simplifyLine', () => {
  it('drops vertices closer than the tolerance to the line through their neighbours, keeping the ends', () => {
    // 0.0005° is about 55 m at the equator; 0.01° about 1.1 km.
    const wiggly: Pos[] = [[0, 0], [0.5, 0.0005], [1, 0], [1.5, 0.01], [2, 0]];
    expect(simplifyLine(wiggly, 0.1)).toEqual([[0, 0], [1, 0], [1.5, 0.01], [2, 0]]);
    expect(simplifyLine(wiggly, 2)).toEqual([[0, 0], [2, 0]]);
    expect(simplifyLine(wiggly, 0.01)).toEqual(wiggly);
    expect(simplifyLine([[0, 0], [1, 1]], 5)).toEqual([[0, 0], [1, 1]]);
  });
});

describe('roundLine', () => {
  it('rounds to 4 decimals and drops the repeats rounding makes', () => {
    expect(roundLine([[0.00001, 1.00004], [0.00002, 1.00001], [0.5, 1]])).toEqual([[0, 1], [0.5, 1]]);
  });
});
