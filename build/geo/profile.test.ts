import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heightAt, isChain, positionAlong, profileAlong, profileStepKm, type HeightGrid } from './profile';

const flat: HeightGrid = { west: 60, north: 50, cols: 20, rows: 15, cellDeg: 1, heights: new Array(300).fill(500) };

// The shipped grid (data/terrain/elevation.json): 20′ cells, north row first.
const raw = JSON.parse(readFileSync(path.resolve('data/terrain/elevation.json'), 'utf8')) as {
  west: number; north: number; cols: number; rows: number; resolutionArcMin: number; heights: number[];
};
const grid: HeightGrid = { ...raw, cellDeg: raw.resolutionArcMin / 60 };

describe('heightAt', () => {
  it('reads a cell’s own value at its centre: the Torugart cell is 3,829 m', () => {
    // Cell centre 40.5°N 75.5°E (README: nearest cell to Torugart Pass).
    const c = Math.floor((75.5 - grid.west) * 3);
    const r = Math.floor((grid.north - 40.5) * 3);
    expect(grid.heights[r * grid.cols + c]).toBe(3829);
    expect(heightAt(grid, 75.5, 40.5)).toBeCloseTo(3829, 6);
  });

  it('interpolates bilinearly between cell centres: Torugart Pass reads 3,731 m', () => {
    // By hand: centres 75.17/75.50°E, 40.83/40.50°N hold 3719, 3567 / 3612, 3829; the pass lies
    // 0.78 of the way east and 0.72 of the way south, so 3600.2 × 0.28 + 3781.6 × 0.72 ≈ 3731.
    expect(Math.round(heightAt(grid, 75.4272, 40.5925)!)).toBe(3731);
    // Halfway between two centres of a row, the mean of the two.
    const a = heightAt(grid, 75.5, 40.5)!;
    const b = heightAt(grid, 75.5 + 1 / 3, 40.5)!;
    expect(heightAt(grid, 75.5 + 1 / 6, 40.5)).toBeCloseTo((a + b) / 2, 6);
  });

  it('is null outside the grid and flat on a flat grid', () => {
    expect(heightAt(grid, 30, 40)).toBeNull();
    expect(heightAt(flat, 61.2, 44.7)).toBe(500);
    expect(heightAt(flat, 60.1, 49.9)).toBe(500);
  });
});

describe('profileAlong', () => {
  it('samples every step and at the end: a flat line over a flat grid is flat', () => {
    const { profile, outside } = profileAlong([{ coords: [[65, 42], [67, 42]], profiled: true }], flat, 5);
    expect(outside).toEqual([]);
    expect(profile.lengthKm).toBeCloseTo(165.4, 0);
    expect(profile.m).toHaveLength(Math.ceil(profile.lengthKm / 5) + 1);
    expect(new Set(profile.m)).toEqual(new Set([500]));
  });

  it('leaves schematic stretches empty, and reports positions off the grid', () => {
    const lines = [
      { coords: [[65, 42], [66, 42]] as [number, number][], profiled: false },
      { coords: [[66, 42], [67, 42]] as [number, number][], profiled: true },
    ];
    const { profile } = profileAlong(lines, flat, 10);
    expect(profile.m[0]).toBeNull();
    expect(profile.m.at(-1)).toBe(500);
    expect(profile.m.filter((v) => v === null).length).toBeGreaterThan(5);
    expect(profileAlong([{ coords: [[85, 42], [86, 42]], profiled: true }], flat, 10).outside.length).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('chooses a 2–5 km step', () => {
    expect(profileStepKm(100)).toBe(2);
    expect(profileStepKm(520)).toBe(2.5);
    expect(profileStepKm(5000)).toBe(5);
  });

  it('tells lines drawn end to end from lines that are not', () => {
    expect(isChain([[[0, 0], [1, 0]], [[1, 0], [2, 0]]])).toBe(true);
    expect(isChain([[[0, 0], [1, 0]], [[1.5, 0], [2, 0]]])).toBe(false);
  });

  it('finds how far along the lines a point lies', () => {
    const at = positionAlong([[[0, 0], [1, 0]], [[1, 0], [2, 0]]], [1.5, 0.001]);
    expect(at.alongKm).toBeCloseTo(166.8, 0);
    expect(at.offKm).toBeLessThan(0.2);
  });
});
