import { describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { borderCrossings, lengthsByCountry, lineLengthKm, nearest, type Shape } from './measure';

/** Two unit squares side by side, A then B, with water north of them. */
function square(iso3: string, west: number): Shape {
  return {
    type: 'Feature',
    properties: { iso3 },
    geometry: { type: 'Polygon', coordinates: [[[west, 0], [west + 1, 0], [west + 1, 1], [west, 1], [west, 0]]] },
  };
}
const shapes = [square('AAA', 0), square('BBB', 1)];
const line = (...coords: [number, number][]): LineString => ({ type: 'LineString', coordinates: coords });

// One degree of longitude at 0.5° N is 111.19 km on turf's sphere.
const DEG_KM = 111.19;

describe('lineLengthKm', () => {
  it('adds up segment lengths across several lines', () => {
    expect(lineLengthKm([line([0, 0.5], [1, 0.5]), line([1, 0.5], [2, 0.5])])).toBeCloseTo(2 * DEG_KM, 0);
  });
});

describe('lengthsByCountry', () => {
  it('splits a line at the border, longest country first', () => {
    const { byCountry, offshoreKm } = lengthsByCountry([line([0.2, 0.5], [1.5, 0.5])], shapes);
    expect(byCountry.map((c) => c.iso3)).toEqual(['AAA', 'BBB']);
    expect(byCountry[0]!.km).toBeCloseTo(0.8 * DEG_KM, -0.5);
    expect(byCountry[1]!.km).toBeCloseTo(0.5 * DEG_KM, -0.5);
    expect(offshoreKm).toBe(0);
  });

  it('counts what lies outside every country as offshore', () => {
    const { byCountry, offshoreKm } = lengthsByCountry([line([0.5, 0.5], [0.5, 1.5])], shapes);
    expect(byCountry).toHaveLength(1);
    expect(byCountry[0]!.km).toBeCloseTo(0.5 * DEG_KM, -0.5);
    expect(offshoreKm).toBeCloseTo(0.5 * DEG_KM, -0.5);
  });
});

describe('borderCrossings', () => {
  it('finds where the line passes from one country to the next', () => {
    const crossings = borderCrossings([line([0.5, 0.5], [1.5, 0.5])], shapes);
    expect(crossings).toHaveLength(1);
    expect(crossings[0]).toMatchObject({ from: 'AAA', to: 'BBB' });
    expect(crossings[0]!.at[0]).toBeCloseTo(1, 1);
    expect(crossings[0]!.at[1]).toBeCloseTo(0.5, 3);
  });

  it('does not call a landfall after a sea leg a border crossing', () => {
    // Leaves A northwards over water and comes back down into B.
    const crossings = borderCrossings([line([0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [1.5, 0.5])], shapes);
    expect(crossings).toEqual([]);
  });

  it('ignores a sliver of a neighbour shorter than half a kilometre', () => {
    // Dips about 0.1 km into B for two short hops (0.35 km in all), then returns to A.
    const crossings = borderCrossings([line([0.5, 0.5], [0.9995, 0.5], [1.001, 0.5005], [0.9995, 0.501], [0.5, 0.6])], shapes);
    expect(crossings).toEqual([]);
  });
});

describe('nearest', () => {
  const places = [{ id: 'a', at: [0, 0] as [number, number] }, { id: 'b', at: [0.1, 0] as [number, number] }];
  it('picks the closest candidate within range', () => {
    expect(nearest([0.09, 0], places, 30)?.id).toBe('b');
  });
  it('returns nothing when all are too far', () => {
    expect(nearest([5, 5], places, 30)).toBeUndefined();
  });
});
