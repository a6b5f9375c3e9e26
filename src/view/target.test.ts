// What the camera shows for each kind of view: the six countries at home, a route, a point's
// routes or countries, a place, a country, a comparison, a slide's subject.
import { describe, expect, it } from 'vitest';
import type { AtlasData, View } from '../data/types';
import { slideView } from './deck';
import { countriesBox, homeTarget, targetOf } from './target';
import { HOME_VIEW } from './view';

const atlas = {
  routes: [
    { id: 'r1', stats: { bbox: [60, 38, 70, 42] }, countries: ['KAZ'], points: [2] },
    { id: 'r2', stats: { bbox: [30, 40, 50, 44] }, countries: ['KAZ'], points: [2] },
  ],
  places: [{ properties: { id: 'p1' }, geometry: { type: 'Point', coordinates: [71, 51] } }],
  countries: [
    { iso3: 'KAZ', focus: true, bbox: [46, 40, 87, 55], label: [67, 48] },
    { iso3: 'CHN', focus: true, bbox: [73, 18, 135, 53], label: [100, 35] },
    { iso3: 'RUS', focus: false, bbox: [-30, 41, 135, 66], label: [62, 55] },
  ],
  proposal: { points: [{ id: 1, countries: ['KAZ', 'CHN'] }, { id: 2, countries: ['KAZ'] }] },
} as unknown as AtlasData;
const view = (v: Partial<View>): View => ({ ...HOME_VIEW, ...v });
const slide = (s: { routes?: string[]; places?: string[]; countries?: string[]; zoom: number }) => slideView({
  id: 's', title: { en: '', ar: '' }, text: { en: '', ar: '' }, notes: { en: '', ar: '' },
  camera: { center: [65, 40], zoom: s.zoom, bearing: 0, pitch: 0 }, routes: s.routes ?? [], places: s.places ?? [], countries: s.countries ?? [],
});

describe('targets', () => {
  it('frames a wide country by its name and a small one whole', () => {
    expect(countriesBox(['KAZ', 'CHN'], atlas)).toEqual([46, 31, 106, 55]);
  });

  it('home is the six countries, named', () => {
    expect(homeTarget(atlas).box).toEqual([46, 31, 106, 55]);
    expect(targetOf(HOME_VIEW, atlas).key).toBe('home');
  });

  it('a route, a point, a place, a country and a comparison each have their box', () => {
    expect(targetOf(view({ route: 'r1' }), atlas).box).toEqual([60, 38, 70, 42]);
    expect(targetOf(view({ panel: 'proposal', point: 2 }), atlas).box).toEqual([30, 38, 70, 44]);
    expect(targetOf(view({ panel: 'proposal', point: 1 }), atlas).key).toBe('countries:KAZ,CHN');
    expect(targetOf(view({ place: 'p1' }), atlas).box).toEqual([69.5, 50, 72.5, 52]);
    expect(targetOf(view({ country: 'RUS' }), atlas).box).toEqual([-30, 41, 135, 66]);
    expect(targetOf(view({ compare: ['r1', 'r2'] }), atlas)).toMatchObject({ key: 'compare:r1,r2', box: [30, 38, 70, 44] });
  });

  it('a route in the Proposal tab is not what the view is about: its point is', () => {
    expect(targetOf(view({ route: 'r1', point: 1, panel: 'proposal' }), atlas).key).toBe('countries:KAZ,CHN');
  });

  it('a slide shows its routes, or else its countries and places, no closer than its own zoom', () => {
    expect(targetOf(slide({ routes: ['r1'], countries: ['KAZ'], zoom: 5 }), atlas)).toMatchObject({ box: [60, 38, 70, 42], maxZoom: 5 });
    expect(targetOf(slide({ places: ['p1'], countries: ['KAZ', 'CHN'], zoom: 3.3 }), atlas).box).toEqual([46, 31, 106, 55]);
  });
});
