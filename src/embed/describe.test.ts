import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import { LAYER_IDS, type Lang, type LayerId } from '../data/types';
import type { Digits } from '../i18n/format';
import { testTranslators } from '../i18n/testing';
import { NO_MOVE, sceneOf } from '../view/scene';
import { HOME_VIEW } from '../view/view';
import type { Translators } from '../view/words';
import { describeEmbed as describeScene, legendKeys as legendOf } from './describe';

const atlas = loadAtlas(path.resolve('data'));
const t: Translators = testTranslators();
interface Described {
  panel?: 'routes' | 'proposal'; routeId?: string; pointId?: number; placeId?: string; countryId?: string;
  layers?: LayerId[]; year?: number; lang?: Lang; digits?: Digits;
}
const view = (o: Described) => ({
  digits: o.digits ?? 'latn',
  scene: sceneOf({
    mode: 'explore', slide: 0, lang: o.lang ?? 'en', contrast: false, move: NO_MOVE, deck: null,
    view: {
      ...HOME_VIEW, panel: o.panel ?? 'routes', route: o.routeId ?? null, point: o.pointId ?? null, place: o.placeId ?? null,
      country: o.countryId ?? null, layers: o.layers ?? [...LAYER_IDS], year: o.year ?? null,
    },
  }, atlas),
});
const describeEmbed = (v: ReturnType<typeof view>, a: typeof atlas, tr: Translators) => describeScene(v.scene, a, tr, v.digits);
const legendKeys = (v: ReturnType<typeof view>) => legendOf(v.scene);

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
    const all = legendKeys(view({}));
    expect(all.kinds).toContain('railway');
    expect(all.kinds).toContain('gas-pipeline');
    expect(all.statuses.length).toBeGreaterThan(1);
    expect(legendKeys(view({ layers: ['railway'] })).kinds).toEqual(['railway']);
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
