// The legend of an export lists what the view shows, and nothing else.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import { LAYER_IDS, type Lang, type LayerId } from '../data/types';
import { viewGeoJson } from '../export/geojson';
import ar from '../i18n/locales/ar.json';
import { testTranslators } from '../i18n/testing';
import { NO_MOVE, sceneOf } from './scene';
import { HOME_VIEW } from './view';
import { attribution, legendRows, viewTitle, type Translators } from './words';

const atlas = loadAtlas(path.resolve('data'));

const t: Translators = testTranslators();
const state = (o: { routeId?: string; layers?: LayerId[]; countryId?: string; year?: number; compare?: string[] }) => sceneOf({
  mode: 'explore', slide: 0, lang: 'en', contrast: false, move: NO_MOVE, deck: null,
  view: { ...HOME_VIEW, route: o.routeId ?? null, country: o.countryId ?? null, layers: o.layers ?? [...LAYER_IDS], year: o.year ?? null, compare: o.compare ?? null },
}, atlas);
const labels = (lang: Lang, rows: ReturnType<typeof legendRows>) => rows.map((r) => r.label[lang]);

describe('legendRows', () => {
  it('with only the railway layer on and the CKU railway selected: one railway row with its status, no pipelines, no places', () => {
    const rows = legendRows(state({ routeId: 'cku-railway', layers: ['railway'] }), atlas, t);
    const routes = rows.filter((r) => r.type === 'route');
    expect(routes).toHaveLength(1);
    expect(routes[0]).toMatchObject({ kind: 'railway', status: 'under-construction', leg: 'land' });
    expect(routes[0]!.label).toEqual({ en: 'Railway · Under construction', ar: `${ar.kind.railway} · ${ar.status['under-construction']}` });
    expect(labels('en', rows).some((l) => /pipeline/i.test(l))).toBe(false);
    expect(rows.some((r) => r.type === 'place')).toBe(false);
    // The countries it crosses are highlighted; the legend says so.
    expect(rows.filter((r) => r.type === 'fill').map((r) => r.type === 'fill' && r.fill)).toContain('highlight');
  });

  it('lists every drawn route kind when nothing is selected, and only the layers that are on', () => {
    const rows = legendRows(state({ layers: ['railway', 'gas-pipeline'] }), atlas, t);
    const kinds = new Set(rows.filter((r) => r.type === 'route').map((r) => r.type === 'route' && r.kind));
    expect([...kinds].sort()).toEqual(['gas-pipeline', 'railway']);
    expect(rows.filter((r) => r.type === 'route').length).toBe(4);
    // Nothing selected: nothing highlighted.
    expect(rows.some((r) => r.type === 'fill' && r.fill === 'highlight')).toBe(false);
  });

  it('lists the sea leg only when a route with one is shown', () => {
    const tc = legendRows(state({ routeId: 'trans-caspian' }), atlas, t);
    expect(tc.some((r) => r.type === 'route' && r.leg === 'sea')).toBe(true);
    expect(labels('en', tc)).toContain('Sea leg (ferry)');
    const rail = legendRows(state({ routeId: 'cku-railway' }), atlas, t);
    expect(rail.some((r) => r.type === 'route' && r.leg === 'sea')).toBe(false);
  });

  it('lists the kinds of place in view, and only with the places layer on', () => {
    // Around Kashgar and the Torugart and Irkeshtam passes.
    const box: [number, number, number, number] = [72, 38, 77, 41.5];
    const rows = legendRows(state({ layers: ['railway', 'places'] }), atlas, t, box);
    const kinds = rows.filter((r) => r.type === 'place').map((r) => r.type === 'place' && r.kind);
    expect(kinds).toContain('border-crossing');
    expect(kinds).not.toContain('port');
    expect(legendRows(state({ layers: ['railway'] }), atlas, t, box).some((r) => r.type === 'place')).toBe(false);
  });

  it('leaves out what lies outside the view', () => {
    // The Caspian shore of Turkmenistan: no gas pipeline from Xinjiang, no Chinese railway.
    const box: [number, number, number, number] = [51, 38, 55, 42];
    const rows = legendRows(state({}), atlas, t, box);
    const routeKinds = rows.filter((r) => r.type === 'route').map((r) => r.type === 'route' && r.kind);
    expect(routeKinds).not.toContain('highway');
    expect(rows.some((r) => r.type === 'place' && r.kind === 'capital')).toBe(false);
    // A box where nothing is drawn lists no route at all.
    expect(legendRows(state({}), atlas, t, [150, -40, 160, -30]).filter((r) => r.type === 'route')).toEqual([]);
  });
});

describe('viewGeoJson', () => {
  type Props = { id?: string; alignment?: string; source?: string; licence?: string; attribution?: string };
  const routeFeatures = (fc: ReturnType<typeof viewGeoJson>) =>
    fc.features.filter((f) => f.geometry.type === 'LineString').map((f) => f.properties as Props);

  it('says for every leg whether it is traced or schematic, where it comes from and under which licence', () => {
    const fc = viewGeoJson(state({ layers: ['gas-pipeline'] }), atlas, 'https://example.org/');
    const legs = routeFeatures(fc);
    expect(legs.length).toBeGreaterThan(2);
    for (const leg of legs) {
      expect(['traced', 'schematic']).toContain(leg.alignment);
      expect(leg.source).toBeTruthy();
      expect(leg.licence).toMatch(/^(ODbL-1\.0|CC-BY-4\.0)$/);
    }
    const traced = legs.find((l) => l.id === 'cagp-abc' && l.alignment === 'traced')!;
    expect(traced.licence).toBe('ODbL-1.0');
    expect(traced.source).toMatch(/Global Energy Monitor/);
    expect(traced.attribution).toContain('© OpenStreetMap contributors');
    expect(legs.find((l) => l.id === 'cagp-d')).toMatchObject({ alignment: 'schematic', licence: 'CC-BY-4.0' });
  });

  it('names ODbL and OpenStreetMap in its licence note only when an OpenStreetMap-derived leg is included', () => {
    const gas = viewGeoJson(state({ layers: ['gas-pipeline'] }), atlas, 'x');
    expect(gas.license).toMatch(/CC BY 4\.0/);
    expect(gas.license).toMatch(/ODbL/);
    expect(gas.license).toContain('© OpenStreetMap contributors');
    expect(gas.attribution).toContain('© OpenStreetMap contributors');
    const rail = viewGeoJson(state({ layers: ['railway'] }), atlas, 'x');
    expect(rail.license).toMatch(/CC BY/);
    expect(rail.license).not.toMatch(/ODbL|OpenStreetMap/);
    const oil = viewGeoJson(state({ layers: ['oil-pipeline'] }), atlas, 'x');
    expect(oil.license).toMatch(/Global Energy Monitor/);
    expect(oil.license).not.toMatch(/ODbL/);
  });

  it('credits the traces on exported images when they are drawn', () => {
    expect(attribution(state({ layers: ['gas-pipeline'] }), atlas, t).en).toContain('© OpenStreetMap contributors');
    expect(attribution(state({ layers: ['oil-pipeline'] }), atlas, t).ar).toContain('Global Energy Monitor');
    expect(attribution(state({ layers: ['railway'] }), atlas, t).en).not.toMatch(/OpenStreetMap|Global Energy Monitor/);
  });
});

describe('the words of a slide and of a comparison', () => {
  it('a slide is titled by its own title, and its sources are the meeting\'s when it is not about one route', () => {
    const slide = sceneOf({ mode: 'brief', slide: 0, lang: 'en', contrast: false, move: NO_MOVE, deck: null, view: HOME_VIEW }, atlas);
    expect(viewTitle(slide, atlas, t)).toEqual(atlas.briefing.slides[0]!.title);
  });

  it('a comparison names every route compared, even one the year shown does not have yet', () => {
    const title = viewTitle(state({ compare: ['cku-railway', 'trans-caspian'], year: 2010 }), atlas, t);
    expect(title.en).toContain(atlas.routes.find((r) => r.id === 'cku-railway')!.shortName.en);
    expect(title.en).toContain(atlas.routes.find((r) => r.id === 'trans-caspian')!.shortName.en);
    // The legend lists only what the map draws in that year.
    const rows = legendRows(state({ compare: ['cku-railway', 'trans-caspian'], year: 2016 }), atlas, t).filter((r) => r.type === 'compare' && r.leg !== 'sea');
    expect(rows.map((r) => r.label.en)).toEqual([expect.stringContaining(atlas.routes.find((r) => r.id === 'trans-caspian')!.shortName.en)]);
  });
});
