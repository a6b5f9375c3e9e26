// What the current view shows, in words and data: the title, the legend rows, the sources, the
// citation and the GeoJSON. Pure functions of the store state and the content.
import type { FeatureCollection } from 'geojson';
import type { AtlasData, Lang, Source, Text } from '../data/types';
import { formatPartialDate } from '../i18n/format';
import { emphasisOf, focusOf, layersOf } from '../state/emphasis';
import type { AtlasState } from '../state/store';
import type { LegendRow } from './compose';

type T = (key: string, opts?: Record<string, unknown>) => string;
export type Translators = Record<Lang, T>;
type ViewState = Pick<AtlasState, 'panel' | 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'mode' | 'slide' | 'layers'>;

/** Routes drawn in the view (their kind's layer is on). */
export function shownRoutes(s: ViewState, atlas: AtlasData) {
  const layers = layersOf(s, atlas);
  return atlas.routes.filter((r) => layers.includes(r.kind));
}

/** The routes the view is about: the stressed ones if any, else all drawn. */
export function focusRoutes(s: ViewState, atlas: AtlasData) {
  const stressed = emphasisOf(s, atlas).routes;
  const shown = shownRoutes(s, atlas);
  return stressed.length ? shown.filter((r) => stressed.includes(r.id)) : shown;
}

export function viewTitle(s: ViewState, atlas: AtlasData, t: Translators): Text {
  const both = (f: (lang: Lang) => string): Text => ({ en: f('en'), ar: f('ar') });
  if (s.mode !== 'explore') {
    const slide = atlas.briefing.slides[s.slide];
    if (slide) return slide.title;
  }
  const focus = s.mode === 'explore' ? focusOf(s) : null;
  if (focus === 'route') {
    const r = atlas.routes.find((x) => x.id === s.routeId);
    if (r) return r.name;
  }
  if (focus === 'point') {
    const p = atlas.proposal.points.find((x) => x.id === s.pointId);
    if (p) return both((l) => `${t[l]('point.label', { id: p.id })}: ${p.title[l]}`);
  }
  if (focus === 'meeting') return atlas.proposal.meeting.title;
  return both((l) => t[l]('app.subtitle'));
}

export function legendRows(s: ViewState, atlas: AtlasData, t: Translators): LegendRow[] {
  const rows: LegendRow[] = [];
  const seen = new Set<string>();
  for (const r of shownRoutes(s, atlas)) {
    const key = `${r.kind}|${r.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ kind: r.kind, status: r.status, leg: 'land', label: { en: `${t.en(`kind.${r.kind}`)} · ${t.en(`status.${r.status}`)}`, ar: `${t.ar(`kind.${r.kind}`)} · ${t.ar(`status.${r.status}`)}` } });
  }
  const sea = shownRoutes(s, atlas).find((r) => r.legs.some((l) => l.properties.leg === 'sea'));
  if (sea) rows.push({ kind: sea.kind, status: sea.status, leg: 'sea', label: { en: t.en('legend.seaLeg'), ar: t.ar('legend.seaLeg') } });
  return rows;
}

export function viewSources(s: ViewState, atlas: AtlasData): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  const add = (src: Source) => {
    const key = src.url ?? `${src.publisher}|${src.title}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(src);
    }
  };
  for (const r of focusRoutes(s, atlas)) r.sources.forEach(add);
  if (s.mode !== 'explore' || focusOf(s) !== 'route') atlas.proposal.meeting.sources.forEach(add);
  return out;
}

export function attribution(s: ViewState, atlas: AtlasData, t: Translators): Text {
  const publishers = [...new Set(viewSources(s, atlas).map((x) => x.publisher))].slice(0, 6).join(', ');
  const line = (l: Lang) =>
    `${t[l]('export.attribution', { publishers })} · ${t[l]('map.asOf', { date: formatPartialDate(atlas.asOf, l) })}`;
  return { en: line('en'), ar: line('ar') };
}

/** A citation of the view, in one language, with the deep link and the sources. */
export function citation(s: ViewState, atlas: AtlasData, t: Translators, lang: Lang, link: string, today: Date): string {
  const title = viewTitle(s, atlas, t)[lang];
  const shown = focusRoutes(s, atlas).map((r) => r.name[lang]).join(lang === 'ar' ? '، ' : '; ');
  const sources = viewSources(s, atlas)
    .map((x) => `${x.publisher}, ${x.title} (${formatPartialDate(x.date, lang)})${x.url ? ` ${x.url}` : ''}`)
    .join(lang === 'ar' ? '؛ ' : '; ');
  const date = new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
  return t[lang]('export.citation', { app: t[lang]('app.title'), title, shown: shown || t[lang]('export.noRoutes'), sources, date, link });
}

/** The routes and places on show as GeoJSON, with their properties and the licence note. */
export function viewGeoJson(s: ViewState, atlas: AtlasData, link: string): FeatureCollection & Record<string, unknown> {
  const layers = layersOf(s, atlas);
  const routes = shownRoutes(s, atlas);
  return {
    type: 'FeatureCollection',
    name: 'Corridor Atlas',
    link,
    dataAsOf: atlas.asOf,
    attribution: 'Corridor Atlas (schematic route lines drawn through named waypoints); country context: Natural Earth (public domain). Cite the sources listed on each feature.',
    license: 'Route geometry and text: CC BY 4.0, Corridor Atlas. Figures belong to the sources cited with them.',
    features: [
      ...routes.flatMap((r) => r.legs.map((leg, i) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: {
          id: r.id, leg: i, mode: leg.properties.leg, kind: r.kind, status: r.status, name_en: r.name.en, name_ar: r.name.ar,
          countries: r.countries, via: leg.properties.via, computed_length_km: r.stats.lengthKm, schematic: true,
          published_lengths: r.lengths, sources: r.sources,
        },
      }))),
      ...(layers.includes('places') ? atlas.places.filter((p) => p.properties.kind !== 'sea').map((p) => ({
        type: 'Feature' as const,
        geometry: p.geometry,
        properties: { id: p.properties.id, kind: p.properties.kind, name_en: p.properties.name.en, name_ar: p.properties.name.ar, country: p.properties.country ?? null, approximate: p.properties.approx ?? false, source: p.properties.source },
      })) : []),
    ],
  };
}

