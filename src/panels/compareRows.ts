// What the comparison view lays side by side: per route, the facts of each row, drawn from the
// content and the build's statistics. Pure, so the table (CompareView.tsx), the tests and anything
// else that compares routes read the same answer.
import type { AtlasData, AtlasRoute, Capacity, Iso3, NamedHighest, Operator, RouteKind, RouteStatus, Series, SeriesUnit, Source } from '../data/types';
import { COMPARE_COLOURS } from '../view/palette';

/** The rows of the comparison, top to bottom. */
export const COMPARE_ROWS = [
  'kind', 'status', 'length', 'byCountry', 'capacity', 'traffic', 'operators', 'countries', 'crossings', 'gaugeBreaks', 'seaLegs', 'highest', 'points', 'sources',
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

export interface StatusStep {
  status: RouteStatus;
  date: string;
  year: number;
  /** Dated after the build: expected, not fact. */
  expected: boolean;
  source: string;
}

export interface PublishedFact {
  km: number;
  countries: Iso3[];
  scope: AtlasRoute['lengths'][number]['scope'];
  source: string;
  /** The drawn length over the same countries, and the published figure's difference from it. */
  computedKm: number;
  diff: number;
}

export interface CapacityFact extends Capacity {
  /** The year of the source that gives it. */
  year: number;
}

export interface TrafficFact {
  series: string;
  label: Series['label'];
  unit: SeriesUnit;
  year: number;
  value: number;
  source: string;
}

export interface RouteFacts {
  id: string;
  /** Its comparison colour: the map's line and the table's header. */
  colour: string;
  route: AtlasRoute;
  kind: RouteKind;
  status: RouteStatus;
  /** The status of each step, with its year, from the milestones that mark one. */
  steps: StatusStep[];
  lengthKm: number;
  /** lengthKm as a share of the longest compared route's, for a bar. */
  lengthShare: number;
  published: PublishedFact[];
  byCountry: { iso3: Iso3; km: number }[];
  offshoreKm: number;
  capacity: CapacityFact[];
  /** The latest year of each of the route's series. */
  traffic: TrafficFact[];
  operators: Operator[];
  countries: Iso3[];
  crossings: { from: Iso3; to: Iso3; placeIds: string[] }[];
  /** Places where the track changes gauge, on the route's line. */
  gaugeBreaks: string[];
  /** The legs by sea: the places each joins, and the length drawn over water. */
  seaLegs: string[][];
  seaKm: number;
  highest: NamedHighest | null;
  points: number[];
  sources: Source[];
}

type CompareAtlas = Pick<AtlasData, 'routes' | 'places'>;

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The compared routes that exist, in the order chosen, each with its colour and facts. */
export function compareFacts(ids: readonly string[], atlas: CompareAtlas): RouteFacts[] {
  const routes = ids.map((id) => atlas.routes.find((r) => r.id === id)).filter((r): r is AtlasRoute => r !== undefined).slice(0, COMPARE_COLOURS.length);
  const longest = Math.max(1, ...routes.map((r) => r.stats.lengthKm));
  const gaugeBreak = new Set(atlas.places.filter((p) => p.properties.kind === 'gauge-break').map((p) => p.properties.id));
  return routes.map((r, i) => {
    const onLine = [...new Set([...r.legs.flatMap((l) => l.properties.via), ...r.stats.crossings.flatMap((c) => c.placeIds)])];
    return {
      id: r.id,
      colour: COMPARE_COLOURS[ids.indexOf(r.id)] ?? COMPARE_COLOURS[i]!,
      route: r,
      kind: r.kind,
      status: r.status,
      steps: r.milestones.filter((m) => m.status).map((m) => ({ status: m.status!, date: m.date, year: yearOf(m.date), expected: m.future === true, source: m.source })),
      lengthKm: r.stats.lengthKm,
      lengthShare: r.stats.lengthKm / longest,
      published: r.lengths.map((l, j) => ({
        km: l.km, countries: l.countries, scope: l.scope, source: l.source,
        computedKm: r.stats.compared[j]?.computedKm ?? 0, diff: r.stats.compared[j]?.diff ?? 0,
      })),
      byCountry: r.stats.byCountry,
      offshoreKm: r.stats.offshoreKm,
      capacity: r.capacity.map((c) => ({ ...c, year: yearOf(r.sources.find((s) => s.id === c.source)?.date ?? '0') })),
      traffic: (r.series ?? []).map((s) => {
        const last = s.points[s.points.length - 1]!;
        return { series: s.id, label: s.label, unit: s.unit, year: last.year, value: last.value, source: last.source };
      }),
      operators: r.operators,
      countries: r.countries,
      crossings: r.stats.crossings.map((c) => ({ from: c.from, to: c.to, placeIds: c.placeIds })),
      gaugeBreaks: onLine.filter((p) => gaugeBreak.has(p)),
      seaLegs: r.legs.filter((l) => l.properties.leg === 'sea').map((l) => l.properties.via),
      seaKm: r.stats.offshoreKm,
      highest: r.highest ?? null,
      points: r.points,
      sources: r.sources,
    };
  });
}

/** One line of a chart: a route's series, in the route's colour. */
export interface ChartLine {
  routeId: string;
  colour: string;
  series: Series;
  sources: Source[];
}

/**
 * The compared routes' series grouped by unit: series in the same unit share one chart (one axis),
 * one line per route in its colour: the route's first series in that unit (its headline figure; the
 * route's panel charts the rest). A unit only one route reports still gets its chart. In the order
 * of the routes.
 */
export function seriesByUnit(facts: readonly RouteFacts[]): { unit: SeriesUnit; lines: ChartLine[] }[] {
  const groups = new Map<SeriesUnit, ChartLine[]>();
  for (const f of facts) {
    for (const s of f.route.series ?? []) {
      const lines = groups.get(s.unit) ?? [];
      if (lines.some((l) => l.routeId === f.id)) continue;
      groups.set(s.unit, [...lines, { routeId: f.id, colour: f.colour, series: s, sources: f.route.sources }]);
    }
  }
  return [...groups].map(([unit, lines]) => ({ unit, lines }));
}
