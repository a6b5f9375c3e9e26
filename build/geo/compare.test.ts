import { describe, expect, it } from 'vitest';
import { kmOver, lengthDiff, needsExplaining, splitsOf } from './compare';

const byCountry = [{ iso3: 'KAZ', km: 1296.4 }, { iso3: 'UZB', km: 527.9 }, { iso3: 'TKM', km: 173.2 }, { iso3: 'CHN', km: 5 }];

describe('like for like', () => {
  it('sums the drawn length over the countries a figure covers', () => {
    // The gas pipeline's 1,833 km starts at the Turkmen–Uzbek border.
    expect(kmOver(byCountry, ['UZB', 'KAZ', 'CHN'])).toBeCloseTo(1829.3, 6);
    expect(kmOver(byCountry, ['TKM'])).toBe(173.2);
    expect(kmOver(byCountry, ['KGZ'])).toBe(0);
  });

  it('signs the difference from the published figure, and asks for a note above a tenth', () => {
    expect(lengthDiff(1833, 1829.3)).toBeCloseTo(-0.002, 3);
    expect(lengthDiff(213, 134.7)).toBeCloseTo(-0.3676, 3);
    expect(needsExplaining(0.1)).toBe(false);
    expect(needsExplaining(-0.1001)).toBe(true);
    expect(needsExplaining(0.12)).toBe(true);
  });

  it('groups per-country figures by source into splits, with that source’s total', () => {
    const figures = [
      { km: 523, countries: ['CHN', 'KGZ', 'UZB'], source: 'railgaz' },
      { km: 486, countries: ['CHN', 'KGZ', 'UZB'], source: 'trend' },
      { km: 213, countries: ['CHN'], source: 'railgaz' },
      { km: 260, countries: ['KGZ'], source: 'railgaz' },
      { km: 50, countries: ['UZB'], source: 'railgaz' },
      { km: 305, countries: ['KGZ'], source: 'trend-2025' },
    ];
    expect(splitsOf(figures)).toEqual([{ source: 'railgaz', parts: [{ iso3: 'CHN', km: 213 }, { iso3: 'KGZ', km: 260 }, { iso3: 'UZB', km: 50 }], sum: 523, total: 523 }]);
    // Mixing two sources' figures is what splits prevent: 213 + 305 + 50 = 568, more than any total.
    expect(213 + 305 + 50).toBeGreaterThan(532.53);
  });
});
