// The world's land for the map: simplified once per arc, so fills and border lines share their
// points; borders drawn as whole lines; shapes across the antimeridian cut, not stretched.
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  areaOf, arcsTouching, bordersBetween, isArea, mergedLand, polygonsOf, simplifyLine, simplifyTopology, splitAtAntimeridian,
} from './worldContext';

/** Three unit squares in a row, A | B | C, whose shared edges wobble by 0.01°. */
function row(): Topology {
  const country = (id: string, arcs: number[]): TopoPolygon => ({ type: 'Polygon', id, arcs: [arcs] });
  return {
    type: 'Topology',
    arcs: [
      [[1, 0], [0, 0], [0, 1], [1, 1]], // 0: A's coast
      [[1, 1], [1.01, 0.75], [1, 0.5], [0.99, 0.25], [1, 0]], // 1: A | B
      [[1, 1], [2, 1]], // 2: B's north coast
      [[2, 1], [2.01, 0.5], [2, 0]], // 3: B | C
      [[2, 0], [1, 0]], // 4: B's south coast
      [[2, 1], [3, 1], [3, 0], [2, 0]], // 5: C's coast
    ],
    objects: {
      countries: { type: 'GeometryCollection', geometries: [country('A', [0, 1]), country('B', [~1, 2, 3, 4]), country('C', [~3, 5])] },
    },
  };
}

const countriesOf = (topo: Topology) => topo.objects.countries as GeometryCollection;
const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

describe('simplifyLine', () => {
  it('keeps each place to its own tolerance', () => {
    // The same 0.03° wobble either side of a peak: kept in the west, dropped in the east.
    const line: Position[] = [[0, 0], [2, 0.03], [4, 0], [5, 3], [6, 0], [8, 0.03], [10, 0]];
    const fineWest = simplifyLine(line, (p) => (p[0]! < 5 ? 0.01 : 0.1));
    expect(fineWest).toEqual([[0, 0], [2, 0.03], [4, 0], [5, 3], [6, 0], [10, 0]]);
  });

  it('measures in Mercator, as the map draws: the same step in latitude counts more in the north', () => {
    const bump = (lat: number): Position[] => [[0, lat], [1, lat + 0.02], [2, lat]];
    expect(simplifyLine(bump(0), () => 0.03)).toHaveLength(2);
    expect(simplifyLine(bump(70), () => 0.03)).toHaveLength(3);
  });
});

describe('one simplified topology for fills and lines', () => {
  const topo = row();
  const exact = arcsTouching(countriesOf(topo).geometries.filter((g) => g.id === 'C'));
  const simple = simplifyTopology(topo, exact, () => 0.05);
  const [a, b, c] = countriesOf(simple).geometries.filter(isArea);

  it('knows which arcs a country touches', () => {
    expect([...exact].sort()).toEqual([3, 5]);
  });

  it('simplifies each arc once and keeps the exact ones as they are', () => {
    expect(simple.arcs[1]).toEqual([[1, 1], [1, 0]]);
    expect(simple.arcs[3]).toEqual(topo.arcs[3]);
  });

  it('gives two neighbours the very same shared edge', () => {
    const ring = (g: typeof a) => (areaOf(simple, g!) as { coordinates: Position[][] }).coordinates[0]!.map((p) => p.join());
    expect(ring(a)).toEqual(expect.arrayContaining(['1,1', '1,0']));
    expect(ring(b)).toEqual(expect.arrayContaining(['1,1', '1,0', '2.01,0.5']));
    expect(ring(c)).toEqual(expect.arrayContaining(['2.01,0.5']));
  });

  it('draws borders as whole lines between the countries asked for, without coasts', () => {
    const lines = bordersBetween(simple, countriesOf(simple), (g) => g.id !== 'C', 2);
    expect(lines?.coordinates.map((l) => l.map((p) => p.join()).sort())).toEqual([['1,0', '1,1']]);
  });

  it('merges land without the borders inside it', () => {
    const land = mergedLand(simple, [a!, b!], WORLD, 2)!;
    expect(land.type).toBe('Polygon');
    expect(booleanPointInPolygon([1, 0.5], land)).toBe(true);
    expect(booleanPointInPolygon([2.5, 0.5], land)).toBe(false);
  });
});

describe('shapes across the antimeridian', () => {
  const across: Position[][] = [[[179, 60], [-179, 60], [-179, 62], [179, 62], [179, 60]]];

  it('are cut into a western and an eastern piece', () => {
    const pieces = splitAtAntimeridian([across]);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) {
      const lons = piece[0]!.map((p) => p[0]!);
      expect(Math.max(...lons) - Math.min(...lons)).toBe(1);
    }
  });

  it('come out of polygonsOf without an edge around the world', () => {
    const g = polygonsOf({ type: 'Polygon', coordinates: across }, 2)!;
    expect(g.type).toBe('MultiPolygon');
    for (const ring of (g.coordinates as Position[][][]).flat()) {
      ring.forEach((p, i) => i > 0 && expect(Math.abs(p[0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180));
    }
  });
});
