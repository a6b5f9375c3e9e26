// Schemas for each file in data/. Pure: input is parsed JSON plus the file name, output is typed
// content or a DataError naming file, feature and field. Used by the build and by the tests.
import {
  Ctx, DataError, arr, bool, iso3, isRecord, lonLat, num, obj, oneOf, optional, partialDate, slug, str, stringList, text,
  unique, url,
} from './check.ts';
import {
  ALIGNMENTS, CAPACITY_UNITS, LEGS, PLACE_KINDS, ROUTE_KINDS, ROUTE_STATUSES, SERIES_UNITS, TRACE_LICENCES,
  type Briefing, type Country, type Meeting, type Place, type Proposal, type ProposalPoint, type Route, type RouteLeg, type Series, type Source,
  type TraceLicence, TIMELINE_KINDS, type TimelineEvent, YEARS, LAYER_IDS,
} from '../../src/data/types.ts';
import { statusAt } from '../../src/data/status.ts';

function sources(v: unknown, c: Ctx, { urlRequired = true } = {}): Source[] {
  const list = arr(v, c, { min: 1 }).map((s, i) => {
    const sc = c.at(i);
    const o = obj(s, sc);
    const source: Source = {
      id: slug(o.id, sc.at('id')),
      title: str(o.title, sc.at('title')),
      publisher: str(o.publisher, sc.at('publisher')),
      date: partialDate(o.date, sc.at('date')),
    };
    const u = urlRequired ? url(o.url, sc.at('url')) : optional(o.url, sc.at('url'), url);
    if (u) source.url = u;
    return source;
  });
  unique(list.map((s) => s.id), c, 'source id');
  return list;
}

function sourceRef(v: unknown, c: Ctx, known: Set<string>): string {
  const id = str(v, c);
  if (!known.has(id)) c.fail(`names the source "${id}", which is not in this file's sources`);
  return id;
}

/** A route's yearly series: a known unit, at least two years in order, each once, each from one of the route's sources. */
function seriesList(v: unknown, c: Ctx, known: Set<string>): Series[] {
  const list = arr(v, c).map((x, i): Series => {
    const sc = c.at(i);
    const o = obj(x, sc);
    const pts = arr(o.points, sc.at('points'));
    if (pts.length < 2) sc.at('points').fail(`has ${pts.length} point${pts.length === 1 ? '' : 's'}; a series needs at least 2 years to draw`);
    const points = pts.map((p, j) => {
      const pc = sc.at('points').at(j);
      const q = obj(p, pc);
      const year = num(q.year, pc.at('year'), { min: 1900, max: 2100 });
      if (!Number.isInteger(year)) pc.at('year').fail(`must be a whole year such as 2024, got ${year}`);
      return { year, value: num(q.value, pc.at('value'), { min: 0 }), source: sourceRef(q.source, pc.at('source'), known) };
    });
    points.forEach((p, j) => {
      const prev = points[j - 1];
      if (prev && p.year === prev.year) sc.at('points').at(j).at('year').fail(`repeats the year ${p.year}; give each year once`);
      if (prev && p.year < prev.year) sc.at('points').at(j).at('year').fail(`(${p.year}) comes before the previous point (${prev.year}); keep the years in order`);
    });
    return { id: slug(o.id, sc.at('id')), label: text(o.label, sc.at('label')), unit: oneOf(o.unit, SERIES_UNITS, sc.at('unit')), points };
  });
  unique(list.map((s) => s.id), c, 'series id');
  return list;
}

function altNames(v: unknown, c: Ctx) {
  if (v === undefined) return undefined;
  const o = obj(v, c);
  return {
    en: optional(o.en, c.at('en'), stringList),
    ar: optional(o.ar, c.at('ar'), stringList),
  };
}

function lineString(v: unknown, c: Ctx): [number, number][] {
  const g = obj(v, c);
  if (g.type !== 'LineString') c.at('type').fail(`must be "LineString", got ${JSON.stringify(g.type)}`);
  return arr(g.coordinates, c.at('coordinates'), { min: 2 }).map((p, i) => lonLat(p, c.at('coordinates').at(i)));
}

/** A route as written in data/: its status is derived by the build from the milestones (status.ts). */
export type ParsedRoute = Omit<Route, 'status'>;

export function parseRoute(json: unknown, file: string, expectedId?: string): ParsedRoute {
  const root = new Ctx(file);
  const fc = obj(json, root);
  if (fc.type !== 'FeatureCollection') root.at('type').fail('must be "FeatureCollection"');
  const pc = root.feature('route properties').at('properties');
  const p = obj(fc.properties, pc);
  const id = slug(p.id, pc.at('id'));
  if (expectedId && id !== expectedId) pc.at('id').fail(`is "${id}" but the file is named ${expectedId}.geojson`);

  const srcs = sources(p.sources, pc.at('sources'));
  const known = new Set(srcs.map((s) => s.id));

  const milestones = arr(p.milestones, pc.at('milestones')).map((m, i) => {
    const mc = pc.at('milestones').at(i);
    const o = obj(m, mc);
    return {
      date: partialDate(o.date, mc.at('date')), text: text(o.text, mc.at('text')), source: sourceRef(o.source, mc.at('source'), known),
      ...optionalField('status', optional(o.status, mc.at('status'), (v, c) => oneOf(v, ROUTE_STATUSES, c))),
    };
  });
  milestones.forEach((m, i) => {
    const prev = milestones[i - 1];
    if (prev && m.date < prev.date) pc.at('milestones').at(i).at('date').fail(`(${m.date}) comes before the previous milestone (${prev.date}); keep them in date order`);
  });

  const meta = {
    id,
    kind: oneOf(p.kind, ROUTE_KINDS, pc.at('kind')),
    name: text(p.name, pc.at('name')),
    shortName: text(p.shortName, pc.at('shortName')),
    summary: text(p.summary, pc.at('summary')),
    countries: arr(p.countries, pc.at('countries'), { min: 1 }).map((x, i) => iso3(x, pc.at('countries').at(i))),
    milestones,
    capacity: arr(p.capacity, pc.at('capacity')).map((x, i) => {
      const cc = pc.at('capacity').at(i);
      const o = obj(x, cc);
      return {
        value: num(o.value, cc.at('value'), { min: 0 }),
        unit: oneOf(o.unit, CAPACITY_UNITS, cc.at('unit')),
        note: optional(o.note, cc.at('note'), text),
        source: sourceRef(o.source, cc.at('source'), known),
      };
    }),
    operators: arr(p.operators, pc.at('operators')).map((x, i) => {
      const oc = pc.at('operators').at(i);
      const o = obj(x, oc);
      return { name: text(o.name, oc.at('name')), source: sourceRef(o.source, oc.at('source'), known) };
    }),
    lengths: arr(p.lengths, pc.at('lengths')).map((x, i) => {
      const lc = pc.at('lengths').at(i);
      const o = obj(x, lc);
      if (o.country !== undefined || o.whole !== undefined) {
        lc.at(o.country !== undefined ? 'country' : 'whole').fail('is replaced by "countries": list the countries the figure covers, e.g. ["UZB", "KAZ", "CHN"]');
      }
      const countries = arr(o.countries, lc.at('countries'), { min: 1 }).map((c, j) => iso3(c, lc.at('countries').at(j)));
      unique(countries, lc.at('countries'), 'country');
      const difference = optional(o.difference, lc.at('difference'), (v, c) => {
        const d = obj(v, c);
        const source = optional(d.source, c.at('source'), (s, sc) => sourceRef(s, sc, known));
        return { note: text(d.note, c.at('note')), ...(source ? { source } : {}) };
      });
      return {
        km: num(o.km, lc.at('km'), { min: 0, max: 20000 }),
        scope: text(o.scope, lc.at('scope')),
        countries,
        source: sourceRef(o.source, lc.at('source'), known),
        ...(difference ? { difference } : {}),
      };
    }),
    points: arr(p.points, pc.at('points')).map((x, i) => num(x, pc.at('points').at(i), { min: 1, max: 5 })),
    sources: srcs,
    ...optionalField('series', optional(p.series, pc.at('series'), (v, c) => seriesList(v, c, known))),
    ...optionalField('highest', optional(p.highest, pc.at('highest'), (v, c) => {
      const h = obj(v, c);
      if ((h.place === undefined) === (h.name === undefined && h.at === undefined)) {
        c.fail('must name either a "place" of data/places.geojson or a point of its own with "name" and "at"');
      }
      return {
        ...(h.place !== undefined ? { place: slug(h.place, c.at('place')) } : { name: text(h.name, c.at('name')), at: lonLat(h.at, c.at('at')) }),
        m: num(h.m, c.at('m'), { min: -500, max: 9000 }),
        source: url(h.source, c.at('source')),
        ...optionalField('note', optional(h.note, c.at('note'), text)),
      };
    })),
  };
  unique(meta.countries, pc.at('countries'), 'country');

  const legs: RouteLeg[] = arr(fc.features, root.at('features'), { min: 1 }).map((f, i) => {
    const fcx = root.feature(`feature ${i}`);
    const o = obj(f, fcx);
    if (o.type !== 'Feature') fcx.at('type').fail('must be "Feature"');
    const pcx = fcx.at('properties');
    const lp = obj(o.properties, pcx);
    const alignment = oneOf(lp.alignment, ALIGNMENTS, pcx.at('alignment'));
    const coordinates = lineString(o.geometry, fcx.at('geometry'));
    const properties: RouteLeg['properties'] = {
      leg: oneOf(lp.leg, LEGS, pcx.at('leg')),
      via: arr(lp.via, pcx.at('via')).map((v, j) => slug(v, pcx.at('via').at(j))),
      alignment,
    };
    if (alignment === 'traced') {
      if (lp.trace === undefined) pcx.at('trace').fail('is missing: a traced leg names its trace, e.g. { "file": "gem-p0648.geojson", "feature": "P0648" }');
      const tc = pcx.at('trace');
      const t = obj(lp.trace, tc);
      const traceFile = str(t.file, tc.at('file'));
      if (!/^[a-z0-9]+(-[a-z0-9]+)*\.geojson$/.test(traceFile)) tc.at('file').fail(`must be a file name in data/traces/ such as "gem-p0648.geojson", got "${traceFile}"`);
      properties.trace = { file: traceFile, feature: str(t.feature, tc.at('feature')) };
      if (lp.alongValleys !== undefined) pcx.at('alongValleys').fail('is for schematic legs only: a traced leg follows its trace');
      if (coordinates.length !== 2) fcx.at('geometry').at('coordinates').fail(`has ${coordinates.length} positions; a traced leg gives only the two points where it joins its trace`);
    } else {
      if (lp.trace !== undefined) pcx.at('trace').fail('is for traced legs only: set "alignment" to "traced" or remove the trace');
      const along = optional(lp.alongValleys, pcx.at('alongValleys'), bool);
      if (along) properties.alongValleys = true;
    }
    return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
  });
  return { ...meta, legs };
}

function optionalField<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [k in K]: V });
}

export interface Trace {
  file: string;
  name: string;
  source: Source;
  licence: TraceLicence;
  attribution: string;
  openStreetMap: boolean;
  lines: Map<string, [number, number][]>;
}

/**
 * A file of data/traces/: open geodata a traced leg takes its line from, with where it comes from
 * and its licence. OpenStreetMap-derived traces (ODbL) must credit "© OpenStreetMap contributors".
 */
export function parseTrace(json: unknown, file: string): Trace {
  const root = new Ctx(file);
  const fc = obj(json, root);
  if (fc.type !== 'FeatureCollection') root.at('type').fail('must be "FeatureCollection"');
  const pc = root.feature('trace properties').at('properties');
  const p = obj(fc.properties, pc);
  const [source] = sources([p.source], pc.at('source'));
  const licence = oneOf(p.licence, TRACE_LICENCES, pc.at('licence'));
  const attribution = str(p.attribution, pc.at('attribution'));
  const openStreetMap = bool(p.openStreetMap, pc.at('openStreetMap'));
  if (openStreetMap && licence !== 'ODbL-1.0') pc.at('licence').fail('must be "ODbL-1.0" for a trace that contains OpenStreetMap data');
  if (licence === 'ODbL-1.0' && !attribution.includes('© OpenStreetMap contributors')) {
    pc.at('attribution').fail('must credit "© OpenStreetMap contributors" for an ODbL trace');
  }
  const lines = new Map<string, [number, number][]>();
  arr(fc.features, root.at('features'), { min: 1 }).forEach((f, i) => {
    const o = obj(f, root.feature(`feature ${i}`));
    const id = isNamed(o) ? o.properties.id : undefined;
    const c = root.feature(id ? `feature ${i} (${id})` : `feature ${i}`);
    const props = obj(o.properties, c.at('properties'));
    const fid = str(props.id, c.at('properties').at('id'));
    if (lines.has(fid)) c.at('properties').at('id').fail(`repeats the trace id "${fid}"`);
    lines.set(fid, lineString(o.geometry, c.at('geometry')));
  });
  return { file, name: str(p.name, pc.at('name')), source: source!, licence, attribution, openStreetMap, lines };
}

export interface ElevationGrid {
  west: number;
  north: number;
  cols: number;
  rows: number;
  resolutionArcMin: number;
  attribution: string;
  heights: number[];
}

/** data/terrain/elevation.json: a row-major grid of whole metres, north row first. */
export function parseElevation(json: unknown, file: string): ElevationGrid {
  const root = new Ctx(file);
  const o = obj(json, root);
  const cols = num(o.cols, root.at('cols'), { min: 2 });
  const rows = num(o.rows, root.at('rows'), { min: 2 });
  const heights = arr(o.heights, root.at('heights'));
  if (heights.length !== cols * rows) root.at('heights').fail(`has ${heights.length} values; cols × rows is ${cols * rows}`);
  const bad = heights.findIndex((h) => typeof h !== 'number' || !Number.isFinite(h));
  if (bad >= 0) root.at('heights').at(bad).fail('must be a number of metres');
  return {
    west: num(o.west, root.at('west'), { min: -180, max: 180 }),
    north: num(o.north, root.at('north'), { min: -90, max: 90 }),
    cols,
    rows,
    resolutionArcMin: num(o.resolutionArcMin, root.at('resolutionArcMin'), { min: 0.1, max: 600 }),
    attribution: str(o.attribution, root.at('attribution')),
    heights: heights as number[],
  };
}

export function parsePlaces(json: unknown, file: string): Place[] {
  const root = new Ctx(file);
  const fc = obj(json, root);
  if (fc.type !== 'FeatureCollection') root.at('type').fail('must be "FeatureCollection"');
  const places = arr(fc.features, root.at('features'), { min: 1 }).map((f, i): Place => {
    const o = obj(f, root.feature(`feature ${i}`));
    const name = isNamed(o) ? `feature ${i} (${o.properties.id})` : `feature ${i}`;
    const c = root.feature(name);
    const g = obj(o.geometry, c.at('geometry'));
    if (g.type !== 'Point') c.at('geometry').at('type').fail(`must be "Point", got ${JSON.stringify(g.type)}`);
    const pc = c.at('properties');
    const p = obj(o.properties, pc);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: lonLat(g.coordinates, c.at('geometry').at('coordinates')) },
      properties: {
        id: slug(p.id, pc.at('id')),
        kind: oneOf(p.kind, PLACE_KINDS, pc.at('kind')),
        name: text(p.name, pc.at('name')),
        altNames: altNames(p.altNames, pc.at('altNames')),
        country: optional(p.country, pc.at('country'), iso3),
        approx: optional(p.approx, pc.at('approx'), bool),
        note: optional(p.note, pc.at('note'), text),
        source: str(p.source, pc.at('source')),
      },
    };
  });
  unique(places.map((p) => p.properties.id), root.at('features'), 'place id');
  return places;
}

function isNamed(o: Record<string, unknown>): o is { properties: { id: string } } {
  const p = o.properties;
  return typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string';
}

export function parseCountries(json: unknown, file: string): Country[] {
  const root = new Ctx(file);
  const list = arr(json, root, { min: 1 }).map((x, i): Country => {
    const o = obj(x, root.feature(`entry ${i}`));
    const c = root.feature(typeof o.iso3 === 'string' ? `entry ${i} (${o.iso3})` : `entry ${i}`);
    const numeric = str(o.numeric, c.at('numeric'));
    if (!/^\d{3}$/.test(numeric)) c.at('numeric').fail(`must be a three-digit ISO 3166 numeric code such as "398", got "${numeric}"`);
    return {
      iso3: iso3(o.iso3, c.at('iso3')),
      numeric,
      focus: bool(o.focus, c.at('focus')),
      name: text(o.name, c.at('name')),
      altNames: altNames(o.altNames, c.at('altNames')),
      label: lonLat(o.label, c.at('label')),
    };
  });
  unique(list.map((c) => c.iso3), root, 'country');
  return list;
}

export function parseProposal(json: unknown, file: string): Proposal {
  const root = new Ctx(file);
  const o = obj(json, root);
  const mc = root.feature('meeting').at('meeting');
  const m = obj(o.meeting, mc);
  const srcs = sources(m.sources, mc.at('sources'), { urlRequired: false });
  const known = new Set(srcs.map((s) => s.id));
  const meeting: Meeting = {
    title: text(m.title, mc.at('title')),
    date: partialDate(m.date, mc.at('date')),
    place: text(m.place, mc.at('place')),
    placeId: slug(m.placeId, mc.at('placeId')),
    summary: text(m.summary, mc.at('summary')),
    chair: text(m.chair, mc.at('chair')),
    participants: arr(m.participants, mc.at('participants'), { min: 1 }).map((p, i) => text(p, mc.at('participants').at(i))),
    documents: arr(m.documents, mc.at('documents'), { min: 1 }).map((d, i) => text(d, mc.at('documents').at(i))),
    outcome: text(m.outcome, mc.at('outcome')),
    sources: srcs,
  };
  const points = arr(o.points, root.at('points'), { min: 1 }).map((x, i): ProposalPoint => {
    const pc = root.feature(`point ${i + 1}`).at('points').at(i);
    const p = obj(x, pc);
    return {
      id: num(p.id, pc.at('id'), { min: 1, max: 5 }),
      title: text(p.title, pc.at('title')),
      summary: text(p.summary, pc.at('summary')),
      countries: arr(p.countries, pc.at('countries')).map((c, j) => iso3(c, pc.at('countries').at(j))),
      source: sourceRef(p.source, pc.at('source'), known),
    };
  });
  unique(points.map((p) => String(p.id)), root.at('points'), 'point id');
  return { meeting, points };
}

export function parseBriefing(json: unknown, file: string): Briefing {
  const root = new Ctx(file);
  const o = obj(json, root);
  const title = text(o.title, root.at('title'));
  const slides = arr(o.slides, root.at('slides'), { min: 1 }).map((x, i) => {
    const raw = isRecord(x) && typeof x.id === 'string' ? ` (${x.id})` : '';
    const sc = root.feature(`slide ${i + 1}${raw}`).at('slides').at(i);
    const s = obj(x, sc);
    const cc = sc.at('camera');
    const cam = obj(s.camera, cc);
    return {
      id: slug(s.id, sc.at('id')),
      title: text(s.title, sc.at('title')),
      text: text(s.text, sc.at('text')),
      notes: text(s.notes, sc.at('notes')),
      camera: {
        center: lonLat(cam.center, cc.at('center')),
        zoom: num(cam.zoom, cc.at('zoom'), { min: 0, max: 22 }),
        bearing: cam.bearing === undefined ? 0 : num(cam.bearing, cc.at('bearing'), { min: -180, max: 360 }),
        pitch: cam.pitch === undefined ? 0 : num(cam.pitch, cc.at('pitch'), { min: 0, max: 85 }),
      },
      routes: optional(s.routes, sc.at('routes'), stringList) ?? [],
      places: optional(s.places, sc.at('places'), stringList) ?? [],
      countries: (optional(s.countries, sc.at('countries'), arr) ?? []).map((c, j) => iso3(c, sc.at('countries').at(j))),
      layers: optional(s.layers, sc.at('layers'), (v, c) => arr(v, c).map((l, j) => oneOf(l, LAYER_IDS, c.at(j)))),
      point: optional(s.point, sc.at('point'), (v, c) => num(v, c, { min: 1, max: 5 })),
      ...optionalField('year', optional(s.year, sc.at('year'), sliderYear)),
    };
  });
  unique(slides.map((s) => s.id), root.at('slides'), 'slide id');
  return { title, slides };
}

/** Checks that span files: every id one file names must exist in another. */
export function checkLinks(
  routes: { route: Route; file: string }[],
  places: Place[],
  countries: Country[],
  proposal: Proposal,
  files: { places: string; proposal: string; briefing: string },
  briefing?: Briefing,
): void {
  const placeIds = new Set(places.map((p) => p.properties.id));
  const isoCodes = new Set(countries.map((c) => c.iso3));
  const pointIds = new Set(proposal.points.map((p) => p.id));
  unique(routes.map((r) => r.route.id), new Ctx('data/routes'), 'route id');
  for (const { route, file } of routes) {
    const pc = new Ctx(file).feature('route properties').at('properties');
    route.countries.forEach((c, i) => {
      if (!isoCodes.has(c)) pc.at('countries').at(i).fail(`names "${c}", which is not in data/countries.json`);
    });
    route.points.forEach((p, i) => {
      if (!pointIds.has(p)) pc.at('points').at(i).fail(`names point ${p}, which is not in ${files.proposal}`);
    });
    route.lengths.forEach((l, i) => {
      l.countries.forEach((c, j) => {
        if (!route.countries.includes(c)) pc.at('lengths').at(i).at('countries').at(j).fail(`is ${c}, which this route does not cross`);
      });
    });
    if (route.highest?.place && !placeIds.has(route.highest.place)) {
      pc.at('highest').at('place').fail(`names the place "${route.highest.place}", which is not in ${files.places}`);
    }
    route.legs.forEach((leg, i) => {
      leg.properties.via.forEach((v, j) => {
        if (!placeIds.has(v)) new Ctx(file).feature(`feature ${i}`).at('properties').at('via').at(j).fail(`names the place "${v}", which is not in ${files.places}`);
      });
    });
  }
  places.forEach((p) => {
    const c = p.properties.country;
    if (c && !isoCodes.has(c)) new Ctx(files.places).feature(`place ${p.properties.id}`).at('properties').at('country').fail(`names "${c}", which is not in data/countries.json`);
  });
  proposal.points.forEach((p, i) => {
    p.countries.forEach((c, j) => {
      if (!isoCodes.has(c)) new Ctx(files.proposal).feature(`point ${p.id}`).at('points').at(i).at('countries').at(j).fail(`names "${c}", which is not in data/countries.json`);
    });
  });
  const routeIds = new Set(routes.map((r) => r.route.id));
  briefing?.slides.forEach((slide, i) => {
    const sc = new Ctx(files.briefing).feature(`slide ${i + 1} (${slide.id})`).at('slides').at(i);
    slide.routes.forEach((r, j) => { if (!routeIds.has(r)) sc.at('routes').at(j).fail(`names the route "${r}", which is not in data/routes`); });
    slide.places.forEach((p, j) => { if (!placeIds.has(p)) sc.at('places').at(j).fail(`names the place "${p}", which is not in ${files.places}`); });
    slide.countries.forEach((c, j) => { if (!isoCodes.has(c)) sc.at('countries').at(j).fail(`names "${c}", which is not in data/countries.json`); });
    if (slide.point !== undefined && !pointIds.has(slide.point)) sc.at('point').fail(`is ${slide.point}, which is not in ${files.proposal}`);
    // A slide of another year stresses only routes that existed then (status.ts).
    slide.routes.forEach((r, j) => {
      const route = slide.year === undefined ? undefined : routes.find((x) => x.route.id === r)?.route;
      if (route && !statusAt(route.milestones, slide.year!, '')) {
        sc.at('routes').at(j).fail(`names the route "${r}", which did not exist yet in ${slide.year} (the slide's "year"): none of its milestones marks a status by then`);
      }
    });
  });
  if (!placeIds.has(proposal.meeting.placeId)) {
    new Ctx(files.proposal).feature('meeting').at('meeting').at('placeId').fail(`names the place "${proposal.meeting.placeId}", which is not in ${files.places}`);
  }
}

/** A year the time slider spans (YEARS in src/data/types.ts). */
function sliderYear(v: unknown, c: Ctx): number {
  const y = num(v, c, { min: YEARS.first, max: YEARS.last });
  if (!Number.isInteger(y)) c.fail(`must be a whole year such as 2022, got ${y}`);
  return y;
}

/**
 * data/timeline.json: the China–Central Asia mechanism's meetings and summits, in date order, each in
 * both languages and sourced. The one that opens the meeting panel is the meeting of data/proposal.json.
 */
export function parseTimeline(json: unknown, file: string, places: Place[], proposal: Proposal): TimelineEvent[] {
  const root = new Ctx(file);
  const o = obj(json, root);
  const placeIds = new Set(places.map((p) => p.properties.id));
  const events = arr(o.events, root.at('events'), { min: 1 }).map((x, i): TimelineEvent => {
    const raw = isRecord(x) && typeof x.id === 'string' ? ` (${x.id})` : '';
    const ec = root.feature(`event ${i + 1}${raw}`).at('events').at(i);
    const e = obj(x, ec);
    const date = partialDate(e.date, ec.at('date'));
    sliderYear(Number(date.slice(0, 4)), ec.at('date'));
    const placeId = optional(e.placeId, ec.at('placeId'), slug);
    if (placeId && !placeIds.has(placeId)) ec.at('placeId').fail(`names the place "${placeId}", which is not in data/places.geojson`);
    const opens = optional(e.opens, ec.at('opens'), (v, c) => oneOf(v, ['meeting'] as const, c));
    if (opens && date !== proposal.meeting.date) {
      ec.at('date').fail(`is ${date}, but the event opens the meeting of data/proposal.json, which is dated ${proposal.meeting.date}`);
    }
    return {
      id: slug(e.id, ec.at('id')),
      kind: oneOf(e.kind, TIMELINE_KINDS, ec.at('kind')),
      date,
      title: text(e.title, ec.at('title')),
      place: text(e.place, ec.at('place')),
      summary: text(e.summary, ec.at('summary')),
      ...optionalField('placeId', placeId),
      ...optionalField('opens', opens),
      sources: sources(e.sources, ec.at('sources')),
    };
  });
  unique(events.map((e) => e.id), root.at('events'), 'event id');
  events.forEach((e, i) => {
    const prev = events[i - 1];
    if (prev && e.date < prev.date) root.feature(`event ${i + 1} (${e.id})`).at('events').at(i).at('date').fail(`(${e.date}) comes before the previous event (${prev.date}); keep them in date order`);
  });
  return events;
}

export { DataError };
