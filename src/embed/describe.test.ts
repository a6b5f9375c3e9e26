import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import type { Translators } from '../export/view';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import { LAYER_IDS } from '../state/url';
import { describeEmbed, legendKeys, type DescribedState } from './describe';

const atlas = loadAtlas(path.resolve('data'));
const lookup = (dict: unknown, key: string, opts?: Record<string, unknown>): string => {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], dict);
  if (typeof v !== 'string') throw new Error(`missing key ${key}`);
  return v.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(opts?.[name] ?? ''));
};
const t: Translators = { en: (k, o) => lookup(en, k, o), ar: (k, o) => lookup(ar, k, o) };
const view = (o: Partial<DescribedState>): DescribedState => ({
  mode: 'explore', slide: 0, panel: 'routes', routeId: null, pointId: null, placeId: null, countryId: null,
  layers: [...LAYER_IDS], compare: null, year: null, lang: 'en', digits: 'latn', ...o,
});

describe('what the embed says it shows', () => {
  it('the overview: the six countries and how many corridors are drawn', () => {
    const d = describeEmbed(view({}), atlas, t);
    expect(d.shown).toBe(`The six countries and ${atlas.routes.length} corridors`);
    expect(d.alt).toBe(`Map: ${d.title}. ${d.shown}.`);
  });

  it('a route: its name, kind and its status in the year, in Arabic with the chosen digits', () => {
    const route = atlas.routes.find((r) => r.id === 'cku-railway')!;
    const d = describeEmbed(view({ routeId: 'cku-railway', lang: 'ar', digits: 'arab', year: 2025 }), atlas, t);
    expect(d.title).toBe(route.name.ar);
    expect(d.shown).toMatch(/^سكة حديد · .+ في ٢٠٢٥/);
    expect(d.shown).not.toMatch(/\d/);
    expect(d.alt).toContain(route.name.ar);
  });

  it('a route before its first milestone: not yet there', () => {
    const d = describeEmbed(view({ routeId: 'cku-railway', year: 2005 }), atlas, t);
    expect(d.shown).toBe('Railway · Not yet in 2005');
  });

  it('a proposal point: the corridors it stresses, by name', () => {
    const d = describeEmbed(view({ panel: 'proposal', pointId: 2 }), atlas, t);
    expect(d.title).toMatch(/^Point 2: /);
    expect(d.shown).toMatch(/^Shown: .+, .+/);
  });

  it('the compact legend lists the kinds and statuses of what the view is about', () => {
    const all = legendKeys(view({}), atlas);
    expect(all.kinds).toContain('railway');
    expect(all.kinds).toContain('gas-pipeline');
    expect(all.statuses.length).toBeGreaterThan(1);
    expect(legendKeys(view({ layers: ['railway'] }), atlas).kinds).toEqual(['railway']);
  });
});

describe('a place or country picked in the embed', () => {
  it('names itself, before the route it was reached from', () => {
    const place = atlas.places.find((p) => p.properties.kind === 'capital')!.properties;
    const d = describeEmbed(view({ routeId: 'cku-railway', placeId: place.id }), atlas, t);
    expect(d.title).toBe(place.name.en);
    expect(d.shown.startsWith('Capital')).toBe(true);
    expect(describeEmbed(view({ countryId: 'KGZ' }), atlas, t).title).toBe('Kyrgyzstan');
  });
});
