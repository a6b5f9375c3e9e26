// The content model: what data/ holds once validated, and what the build derives from it.
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Every user-visible content field exists in both languages. */
export interface Text {
  en: string;
  ar: string;
}

export const ROUTE_KINDS = ['railway', 'gas-pipeline', 'oil-pipeline', 'transport-corridor', 'highway'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export const ROUTE_STATUSES = ['operating', 'under-construction', 'planned', 'stalled'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];

export const CAPACITY_UNITS = ['bcm-per-year', 'mt-per-year', 'teu-per-year', 'trains-per-year'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

export const PLACE_KINDS = ['capital', 'city', 'border-crossing', 'port', 'gauge-break', 'field', 'sea'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const LEGS = ['land', 'sea'] as const;
export type Leg = (typeof LEGS)[number];

/** How a leg's line was made: traced from open geodata (data/traces/), or drawn through waypoints. */
export const ALIGNMENTS = ['traced', 'schematic'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];

/** Licences a trace may carry (SPDX ids). ODbL traces contain OpenStreetMap data. */
export const TRACE_LICENCES = ['ODbL-1.0', 'CC-BY-4.0'] as const;
export type TraceLicence = (typeof TRACE_LICENCES)[number];

/** ISO 3166 alpha-3 code, e.g. "KAZ". */
export type Iso3 = string;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export type PartialDate = string;

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  date: PartialDate;
}

export interface Milestone {
  date: PartialDate;
  text: Text;
  source: string;
  /** The status the route enters on this date, when its source says so (src/data/status.ts). */
  status?: RouteStatus;
  /** Set by the build: dated after the day the atlas was built, so expected, not fact. */
  future?: true;
}

/** Units a yearly series is counted in: the capacity units, as amounts carried in the year. */
export const SERIES_UNITS = CAPACITY_UNITS;
export type SeriesUnit = CapacityUnit;

/** One year of a series: the amount carried, delivered or run in that year, from a source. */
export interface SeriesPoint {
  year: number;
  value: number;
  source: string;
}

/** A figure reported year by year (tonnes carried, trains run): drawn as a small chart. */
export interface Series {
  id: string;
  label: Text;
  unit: SeriesUnit;
  /** In year order, each year once, at least two. */
  points: SeriesPoint[];
}

export interface Capacity {
  value: number;
  unit: CapacityUnit;
  note?: Text;
  source: string;
}

export interface Operator {
  name: Text;
  source: string;
}

export interface PublishedLength {
  km: number;
  scope: Text;
  /** The countries the figure covers; it is compared with the drawn length over the same countries. */
  countries: Iso3[];
  source: string;
  /** Why the drawn length differs by more than a tenth: required then, by the build. */
  difference?: { note: Text; source?: string };
}

/**
 * The highest point of a route, named with a height from a source (never read off the grid):
 * a place of data/places.geojson, or a point named here (a pass that is no map place).
 */
export interface HighestPoint {
  place?: string;
  name?: Text;
  at?: [number, number];
  m: number;
  /** The address the height comes from. */
  source: string;
  note?: Text;
}

/** The highest point as shipped: always with its name and position. */
export interface NamedHighest extends HighestPoint {
  name: Text;
  at: [number, number];
}

export interface RouteMeta {
  id: string;
  kind: RouteKind;
  /** Derived by the build from the milestones that mark a status, as of the day it runs; never typed. */
  status: RouteStatus;
  name: Text;
  shortName: Text;
  summary: Text;
  countries: Iso3[];
  milestones: Milestone[];
  capacity: Capacity[];
  operators: Operator[];
  lengths: PublishedLength[];
  points: number[];
  sources: Source[];
  highest?: HighestPoint;
  /** Yearly figures with a source for each year, when a source publishes them. */
  series?: Series[];
}

/** Where a traced leg takes its line: a feature of a file in data/traces/. */
export interface TraceRef {
  /** File name in data/traces/, e.g. "gem-p1124-osm.geojson". */
  file: string;
  /** The feature's `id` in that file, e.g. "P1124". */
  feature: string;
}

export interface LegProps {
  leg: Leg;
  via: string[];
  alignment: Alignment;
  /** Traced legs only; their coordinates are the two points where they join the trace. */
  trace?: TraceRef;
  /** Schematic legs drawn through dense waypoints along the real valleys and passes (profiled). */
  alongValleys?: boolean;
}

export type RouteLeg = Feature<LineString, LegProps>;

export interface Route extends RouteMeta {
  legs: RouteLeg[];
}

/** A trace as the app knows it: where it comes from and under which licence. */
export interface TraceInfo extends TraceRef {
  name: string;
  source: Source;
  licence: TraceLicence;
  /** Credit to show wherever the line is shown, e.g. "© OpenStreetMap contributors". */
  attribution: string;
  /** Contains OpenStreetMap data (ODbL: share-alike for the data, credit on maps). */
  openStreetMap: boolean;
  /** Points of the full trace used for the leg, and what the map ships after simplification. */
  points: number;
  shippedPoints: number;
}

/** A leg as shipped: the drawn line (traces simplified for the map) and, if traced, its trace. */
export interface DrawnLegProps extends Omit<LegProps, 'trace'> {
  trace?: TraceInfo;
}
export type DrawnLeg = Feature<LineString, DrawnLegProps>;

export interface PlaceProps {
  id: string;
  kind: PlaceKind;
  name: Text;
  altNames?: { en?: string[]; ar?: string[] };
  country?: Iso3;
  approx?: boolean;
  note?: Text;
  source: string;
}

export type Place = Feature<Point, PlaceProps>;

export interface Country {
  iso3: Iso3;
  numeric: string;
  focus: boolean;
  name: Text;
  altNames?: { en?: string[]; ar?: string[] };
  label: [number, number];
}

export interface ProposalPoint {
  id: number;
  title: Text;
  summary: Text;
  countries: Iso3[];
  source: string;
}

export interface Meeting {
  title: Text;
  date: PartialDate;
  place: Text;
  placeId: string;
  summary: Text;
  chair: Text;
  participants: Text[];
  documents: Text[];
  outcome: Text;
  sources: Source[];
}

export interface Proposal {
  meeting: Meeting;
  points: ProposalPoint[];
}

/**
 * A country's shape: for route statistics every country in the region, cut to it; on the map only
 * those named in data/countries.json, whole.
 */
export interface CountryShapeProps {
  part: 'country';
  iso3: Iso3;
  focus: boolean;
}
export type CountryShape = Feature<Polygon | MultiPolygon, CountryShapeProps>;
/** All the world's land but the named countries, merged into one: filled, never outlined. */
export type LandShape = Feature<Polygon | MultiPolygon, { part: 'land'; focus: false }>;
/** Land borders but the six's (whose outlines are drawn from their polygons). */
export type BorderShape = Feature<LineString | MultiLineString, { part: 'border'; focus: false }>;
/** One feature of the map's `countries` source. */
export type MapShape = CountryShape | LandShape | BorderShape;

/** What the build computes from the drawn geometry; never typed in by hand. */
export interface RouteStats {
  lengthKm: number;
  byCountry: { iso3: Iso3; km: number }[];
  /** Length drawn over water (the Caspian ferry legs). */
  offshoreKm: number;
  /** Border crossings found on the drawn line, with the named crossing places near each, nearest first. */
  crossings: { from: Iso3; to: Iso3; at: [number, number]; placeIds: string[] }[];
  bbox: [number, number, number, number];
  /** Each published length (same order as `lengths`) against the drawn length over its countries. */
  compared: { computedKm: number; diff: number }[];
  /** Share of the drawn land length that is traced or drawn along valleys. */
  profiledShare: number;
  /** Ground height along the line, when the route is profiled enough to show it. */
  profile: RouteProfile | null;
  /**
   * Why there is no profile: too little of the line is traced or drawn along valleys ("schematic"),
   * or the 20′ grid reads its mountain valleys far above the route's sourced highest point ("grid").
   */
  noProfile?: 'schematic' | 'grid';
}

export interface RouteProfile {
  /** Metres at 0, stepKm, 2·stepKm, … and at lengthKm; null over schematic stretches. */
  stepKm: number;
  lengthKm: number;
  m: (number | null)[];
  /** Where along the line the route's named highest point lies. */
  highestKm?: number;
}

/** A camera: where the map looks, in MapLibre's terms. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** A slide of data/briefing.json, as an analyst writes it (the build turns it into a view: src/view/deck.ts). */
export interface Slide {
  id: string;
  title: Text;
  text: Text;
  notes: Text;
  camera: Camera;
  routes: string[];
  places: string[];
  countries: Iso3[];
  /** Layers shown on this slide: route kinds and "places"; all when left out. */
  layers?: string[];
  /** A proposal point the slide presents, if any. */
  point?: number;
  /** The slide shows the network as of this year (src/data/status.ts); today's when left out. */
  year?: number;
}

export interface Briefing {
  title: Text;
  slides: Slide[];
}

// ---------------------------------------------------------------------------------------------
// Views: what a map shows, as one value. The address, Back, a shared link and every slide of a
// deck are views; src/view/ turns a view into what the map draws (a scene).

/** The map's layers: the route kinds, and the places. */
export const LAYER_IDS = [...ROUTE_KINDS, 'places'] as const;
export type LayerId = (typeof LAYER_IDS)[number];
export const isRouteKind = (id: LayerId): id is RouteKind => id !== 'places';

/** The side panel's tabs. Share and Briefings are tools: the map keeps showing what was chosen before. */
export const PANELS = ['routes', 'proposal', 'meeting', 'share', 'decks'] as const;
export type Panel = (typeof PANELS)[number];

/** The years a view can show: the first dated milestone to the last planned one (the time slider's span). */
export const YEARS = { first: 2005, last: 2030 } as const;
/** A comparison lays 2 to this many routes side by side. */
export const COMPARE_MAX = 4;

/** What a view is about when it is given outright rather than chosen: a built-in slide's subject. */
export interface Subject {
  routes: string[];
  places: string[];
  countries: Iso3[];
  /** The closest the camera comes when it frames the subject. */
  maxZoom: number;
}

/** What a map shows: the choice (one of route, point, place, country, or a comparison), the year, the layers and the camera. */
export interface View {
  /** The side panel's tab: a route is the view's subject in the Routes tab, a point in the Proposal tab. */
  panel: Panel;
  route: string | null;
  point: number | null;
  place: string | null;
  country: string | null;
  /** Routes laid side by side (2 to COMPARE_MAX), or null. */
  compare: string[] | null;
  /** A built-in slide's subject; null for a view chosen in the app. */
  subject: Subject | null;
  /** The network as of this year; null: today. */
  year: number | null;
  layers: LayerId[];
  /** The user's own camera; null: the map frames what the view is about. */
  camera: Camera | null;
}

/** A view slide shows its view; a title or closing slide shows its words over the home view. */
export const SLIDE_KINDS = ['view', 'title', 'closing'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** A slide of a deck: a view, with its words in both languages. */
export interface DeckSlide {
  id: string;
  kind: SlideKind;
  title: Text;
  text: Text;
  notes: Text;
  view: View;
  /** Left out when the deck is presented, printed or exported; kept in the deck. */
  hidden: boolean;
  /** What a slide from a file named that this atlas lacks (kept, and said on the slide). */
  lacks?: { param: string; value: string }[];
}

export interface Deck {
  title: Text;
  slides: DeckSlide[];
}

/** A deck the user made: kept in the browser, saved as a file, shared by link. */
export interface UserDeck extends Deck {
  id: string;
  /** ISO date-times. */
  created: string;
  updated: string;
}

/** Everything the app needs, as produced by build/atlasData.ts. */
export interface AtlasRoute extends Omit<RouteMeta, 'highest'> {
  legs: DrawnLeg[];
  stats: RouteStats;
  highest?: NamedHighest;
}

/** The elevation grid's credit and resolution, for captions. */
export interface TerrainInfo {
  resolutionArcMin: number;
  attribution: string;
}

export interface AtlasData {
  routes: AtlasRoute[];
  places: Place[];
  countries: (Country & { bbox: [number, number, number, number] })[];
  proposal: Proposal;
  /** The built-in briefing, its slides as views (data/briefing.json through src/view/deck.ts). */
  briefing: Deck;
  /** The map's `countries` source: the named countries, the rest of the world's land, and borders. */
  countryShapes: { type: 'FeatureCollection'; features: MapShape[] };
  /** Data "as of": the latest dated source or milestone, for citations. */
  asOf: PartialDate;
  terrain: TerrainInfo;
  /** The China–Central Asia mechanism's meetings and summits (data/timeline.json), in date order. */
  timeline: TimelineEvent[];
  /** The day the atlas was built (YYYY-MM-DD): statuses are derived, and later dates are the future, as of it. */
  today: string;
}

export const TIMELINE_KINDS = ['foreign-ministers', 'summit'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** A meeting of the China–Central Asia mechanism, on the time slider's axis. */
export interface TimelineEvent {
  id: string;
  kind: TimelineKind;
  date: PartialDate;
  title: Text;
  place: Text;
  summary: Text;
  /** A place of data/places.geojson where it met (none for a video meeting). */
  placeId?: string;
  /** Picking it opens this panel too: the meeting of data/proposal.json. */
  opens?: 'meeting';
  sources: Source[];
}
