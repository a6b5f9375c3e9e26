import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../data/types';
import en from '../i18n/locales/en.json';
import { HOME_VIEW } from '../view/view';
import { PARAMS, isNewChoice, noticeOf, parseAddress, parseCamera, parseLayers, restoredOf, viewOf, writeAddress, type Address, type EmbedParams } from './address';

/** The old shape of these tests: the address, with the embed beside it. */
type UrlState = Address & { embed?: EmbedParams };
function parseUrlState(search: string, k: Parameters<typeof parseAddress>[1]): { state: UrlState; problems: { param: string; value: string }[] } {
  const { address, embed, problems } = parseAddress(search, k);
  return { state: embed ? { ...address, embed } : address, problems };
}
const serializeUrlState = ({ embed, ...a }: UrlState) => writeAddress(a, embed);

const known = { routeIds: new Set(['cku-railway', 'cagp-abc']), pointIds: new Set([1, 2, 3, 4, 5]) };

describe('parseUrlState', () => {
  it('reads every shareable value', () => {
    const { state, problems } = parseUrlState('?lang=ar&route=cku-railway&point=2&layers=railway,places&map=4.5/41.2/73.1', known);
    expect(problems).toEqual([]);
    expect(state).toEqual({
      lang: 'ar',
      route: 'cku-railway',
      point: 2,
      layers: ['railway', 'places'],
      camera: { zoom: 4.5, center: [73.1, 41.2], bearing: 0, pitch: 0 },
    });
  });

  it('drops unknown or malformed values and reports each of them', () => {
    const { state, problems } = parseUrlState('?route=nope&point=9&layers=%%&lang=fr&map=abc&panel=x', known);
    expect(state).toEqual({});
    expect(problems.map((p) => p.param).sort()).toEqual(['lang', 'layers', 'map', 'panel', 'point', 'route']);
    expect(problems.find((p) => p.param === 'layers')?.value).toBe('%%');
  });

  it('keeps the good values next to a bad one', () => {
    const { state, problems } = parseUrlState('?route=cku-railway&point=two', known);
    expect(state.route).toBe('cku-railway');
    expect(problems).toEqual([{ param: 'point', value: 'two' }]);
  });

  it('shortens a very long bad value in the report', () => {
    const { problems } = parseUrlState(`?route=${'x'.repeat(500)}`, known);
    expect(problems[0]!.value.length).toBeLessThan(70);
  });

  it('reads a place and a country it knows, and reports one it does not', () => {
    const k = { ...known, placeIds: new Set(['torugart']), countryIds: new Set(['KGZ']) };
    expect(parseUrlState('?place=torugart&country=KGZ', k)).toEqual({ state: { place: 'torugart', country: 'KGZ' }, problems: [] });
    expect(parseUrlState('?place=atlantis&country=XXX', k).problems.map((p) => p.param)).toEqual(['place', 'country']);
    expect(serializeUrlState({ place: 'torugart', country: 'KGZ' })).toBe('?place=torugart&country=KGZ');
  });

  it('reads a year on the timeline and a comparison of two to four known routes, both ways', () => {
    expect(parseUrlState('?year=2014&compare=cku-railway,cagp-abc', known)).toEqual({ state: { year: 2014, compare: ['cku-railway', 'cagp-abc'] }, problems: [] });
    expect(serializeUrlState({ year: 2014, compare: ['cku-railway', 'cagp-abc'] })).toBe('?compare=cku-railway,cagp-abc&year=2014');
    const bad = parseUrlState('?year=1999&compare=cku-railway', known);
    expect(bad.state).toEqual({});
    expect(bad.problems.map((p) => p.param)).toEqual(['compare', 'year']);
    expect(parseUrlState('?compare=cku-railway,cku-railway', known).problems).toHaveLength(1);
    expect(parseUrlState('?compare=cku-railway,nope', known).problems).toHaveLength(1);
    expect(parseUrlState('?year=20144', known).problems).toHaveLength(1);
  });

  it('treats an empty query as no state', () => {
    expect(parseUrlState('', known)).toEqual({ state: {}, problems: [] });
  });
});

describe('parseLayers', () => {
  it('keeps the canonical order and accepts the empty list', () => {
    expect(parseLayers('places,railway')).toEqual(['railway', 'places']);
    expect(parseLayers('')).toEqual([]);
  });
  it('rejects the whole list when one entry is unknown', () => {
    expect(parseLayers('railway,ufo')).toBeNull();
  });
});

describe('parseCamera', () => {
  it('reads zoom/lat/lon with optional bearing and pitch', () => {
    expect(parseCamera('5/40/70/30/20')).toEqual({ zoom: 5, center: [70, 40], bearing: 30, pitch: 20 });
  });
  it.each(['5/40', '5/95/70', '30/40/70', '5/40/70/1/2/3', '5/4e1/70', '5/40/-200', ''])('rejects %s', (v) => {
    expect(parseCamera(v)).toBeNull();
  });
});

describe('serializeUrlState', () => {
  it('round-trips through parseUrlState', () => {
    const s: UrlState = {
      lang: 'ar', panel: 'proposal', route: 'cagp-abc', point: 3, layers: ['gas-pipeline'],
      camera: { zoom: 4.25, center: [70.1234, 41.5], bearing: 0, pitch: 0 },
    };
    const { state, problems } = parseUrlState(serializeUrlState(s), known);
    expect(problems).toEqual([]);
    expect(state).toEqual(s);
  });

  it('leaves defaults out so a plain visit keeps a plain URL', () => {
    expect(serializeUrlState({ layers: [...LAYER_IDS] })).toBe('');
    expect(serializeUrlState({ route: 'cku-railway', panel: 'routes' })).toBe('?route=cku-railway');
  });

  it('writes readable commas and slashes', () => {
    expect(serializeUrlState({ layers: ['railway', 'highway'], camera: { zoom: 3, center: [60, 40], bearing: 0, pitch: 0 } }))
      .toBe('?layers=railway,highway&map=3.00/40.0000/60.0000');
  });
});

describe('embed in the address', () => {
  it('reads embed=1 with the embedding tool’s ids, and nothing for other values', () => {
    expect(parseUrlState('?embed=1&lang=ar&route=cku-railway', known).state).toEqual({ lang: 'ar', route: 'cku-railway', embed: {} });
    expect(parseUrlState('?embed=1&id=dw-Ab12&childId=pym_1', known).state.embed).toEqual({ id: 'dw-Ab12', childId: 'pym_1' });
    expect(parseUrlState('?embed=true&chartId=xYz', known).state.embed).toEqual({ chartId: 'xYz' });
    // embed=0 is the full app, with no notice; the ids alone mean nothing.
    expect(parseUrlState('?embed=0&id=abc', known)).toEqual({ state: {}, problems: [] });
  });

  it('leaves out an id that is not a short plain token, rather than echo it to the parent page', () => {
    expect(parseUrlState('?embed=1&id=%3Cscript%3E&childId=' + 'a'.repeat(81), known).state.embed).toEqual({});
  });

  it('writes embed=1 and the ids after the view, and round-trips', () => {
    const s: UrlState = { lang: 'en', route: 'cku-railway', year: 2020, embed: { id: 'story-map', childId: 'c1' } };
    expect(serializeUrlState(s)).toBe('?lang=en&route=cku-railway&year=2020&embed=1&id=story-map&childId=c1');
    expect(parseUrlState(serializeUrlState(s), known).state).toEqual(s);
    expect(serializeUrlState({ lang: 'ar', embed: {} })).toBe('?lang=ar&embed=1');
  });
});

describe('the table of parameters', () => {
  it('names every parameter once, each with a notice the locale files have', () => {
    const names = PARAMS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PARAMS) {
      const key = noticeOf(p.name)!;
      expect(key.startsWith('notice.bad'), p.name).toBe(true);
      expect((en.notice as Record<string, string>)[key.slice('notice.'.length)], p.name).toContain('{{value}}');
    }
    expect(noticeOf('nope')).toBeUndefined();
  });

  it('a choice is a step in the history, a setting is not; a change of mode is neither', () => {
    expect(isNewChoice({ route: 'a' }, { route: 'b' })).toBe(true);
    expect(isNewChoice({ compare: ['a', 'b'] }, { compare: ['a', 'c'] })).toBe(true);
    expect(isNewChoice({ year: 2014, layers: ['railway'], camera: { zoom: 3, center: [60, 40], bearing: 0, pitch: 0 } }, {})).toBe(false);
    expect(isNewChoice({ mode: 'brief', slide: 3 }, { mode: 'brief', slide: 2 })).toBe(true);
    expect(isNewChoice({ mode: 'brief', slide: 0 }, { mode: 'explore', slide: 0 })).toBe(false);
    // While exploring the slide is not part of the address.
    expect(isNewChoice({ slide: 3 }, { slide: 2 })).toBe(false);
  });

  it('Back restores the choice, the panel and the camera, with their fallbacks, and leaves the settings', () => {
    expect(restoredOf({ route: 'cku-railway', year: 2014, layers: ['railway'], lang: 'ar' })).toEqual({
      panel: 'routes', route: 'cku-railway', point: null, place: null, country: null, compare: null, camera: null, mode: 'explore',
    });
    expect(restoredOf({ point: 2 }).panel).toBe('proposal');
    expect(restoredOf({ mode: 'brief', slide: 4 })).toMatchObject({ mode: 'brief', slide: 4 });
  });

  it('the view an address names: what it says, on top of home', () => {
    expect(viewOf({})).toEqual(HOME_VIEW);
    expect(viewOf({ point: 3, year: 2020 })).toEqual({ ...HOME_VIEW, panel: 'proposal', point: 3, year: 2020 });
  });
});
