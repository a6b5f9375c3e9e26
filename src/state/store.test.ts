import { describe, expect, it } from 'vitest';
import { chooseLang, initialState } from './initial';
import { createAtlasStore } from './store';
import { LAYER_IDS } from './url';

describe('selection', () => {
  it('selecting a route opens the routes panel, clears a point and asks for a fit', () => {
    const store = createAtlasStore({ pointId: 2, panel: 'proposal' });
    store.getState().selectRoute('cku-railway');
    const s = store.getState();
    expect(s).toMatchObject({ routeId: 'cku-railway', pointId: null, panel: 'routes', fitSeq: 1 });
  });

  it('jumping from a route to its point keeps the route to come back to', () => {
    const store = createAtlasStore();
    store.getState().selectRoute('cku-railway');
    store.getState().selectPoint(2, { keepRoute: true });
    expect(store.getState()).toMatchObject({ routeId: 'cku-railway', pointId: 2, panel: 'proposal' });
    store.getState().setPanel('routes');
    expect(store.getState()).toMatchObject({ routeId: 'cku-railway', pointId: 2, panel: 'routes' });
  });

  it('clearing a selection does not move the map', () => {
    const store = createAtlasStore();
    store.getState().selectRoute('cku-railway');
    store.getState().selectRoute(null);
    expect(store.getState().fitSeq).toBe(1);
  });

  it('a place or country from search replaces the other', () => {
    const store = createAtlasStore();
    store.getState().showPlace('torugart');
    store.getState().showCountry('KAZ');
    expect(store.getState()).toMatchObject({ placeId: null, countryId: 'KAZ', fitSeq: 2 });
  });
});

describe('choosing and the camera', () => {
  it('a choice forgets the user camera and raises the phone sheet to half', () => {
    const store = createAtlasStore({ camera: { zoom: 5, center: [70, 40], bearing: 0, pitch: 0 }, sheet: 'full' });
    store.getState().selectRoute('cku-railway');
    expect(store.getState()).toMatchObject({ camera: null, sheet: 'half', fitSeq: 1 });
    store.getState().setSheet('peek');
    store.getState().showPlace('torugart');
    expect(store.getState()).toMatchObject({ placeId: 'torugart', routeId: 'cku-railway', panel: 'routes', sheet: 'half', fitSeq: 2 });
  });

  it('Back restores a view: with the camera it had, or framed when it had none', () => {
    const store = createAtlasStore();
    const camera = { zoom: 5, center: [70, 40] as [number, number], bearing: 0, pitch: 0 };
    store.getState().restoreView({ routeId: 'cagp-abc', pointId: null, placeId: null, countryId: null, panel: 'routes', camera, compare: null });
    expect(store.getState()).toMatchObject({ routeId: 'cagp-abc', camera, restoreSeq: 1, fitSeq: 0 });
    store.getState().restoreView({ routeId: null, pointId: 2, placeId: null, countryId: null, panel: 'proposal', camera: null, compare: null });
    expect(store.getState()).toMatchObject({ pointId: 2, camera: null, restoreSeq: 2, fitSeq: 1 });
  });

  it('making room folds the legend and lowers the sheet one step, then has nothing more to fold', () => {
    const store = createAtlasStore({ legendOpen: true, sheet: 'full' });
    store.getState().makeRoom();
    expect(store.getState()).toMatchObject({ legendOpen: false, sheet: 'half' });
    store.getState().makeRoom();
    expect(store.getState()).toMatchObject({ legendOpen: false, sheet: 'peek' });
    const before = store.getState();
    store.getState().makeRoom();
    expect(store.getState()).toBe(before);
  });
});

describe('layers', () => {
  it('toggles a layer off and back on in its canonical place', () => {
    const store = createAtlasStore();
    store.getState().toggleLayer('railway');
    expect(store.getState().layers).not.toContain('railway');
    store.getState().toggleLayer('railway');
    expect(store.getState().layers).toEqual([...LAYER_IDS]);
  });
});

describe('notices', () => {
  it('adds and dismisses notices by id', () => {
    const store = createAtlasStore();
    store.getState().notify({ param: 'route', value: 'nope' });
    store.getState().notify({ param: 'layers', value: '%%' });
    const [first] = store.getState().notices;
    store.getState().dismiss(first!.id);
    expect(store.getState().notices.map((n) => n.param)).toEqual(['layers']);
  });
});

describe('initial state', () => {
  const known = { routeIds: new Set(['cku-railway']), pointIds: new Set([1, 2]) };

  it('the URL language wins, then the stored one, then the browser', () => {
    expect(chooseLang('en', 'ar', ['ar-EG'])).toBe('en');
    expect(chooseLang(undefined, 'ar', ['en-GB'])).toBe('ar');
    expect(chooseLang(undefined, 'xx', ['ar-EG'])).toBe('ar');
    expect(chooseLang(undefined, null, ['fr-FR', 'ar'])).toBe('en');
  });

  it('opens the panel the link implies', () => {
    expect(initialState('?point=2', known, { stored: null, browser: [] }).initial.panel).toBe('proposal');
    expect(initialState('?point=2&route=cku-railway', known, { stored: null, browser: [] }).initial.panel).toBe('routes');
    expect(initialState('?point=2&route=cku-railway&panel=proposal', known, { stored: null, browser: [] }).initial.panel).toBe('proposal');
  });

  it('folds the legend below a wide desktop and opens the phone sheet for a linked choice', () => {
    const env = { stored: null, browser: [] };
    expect(initialState('', known, { ...env, viewport: { width: 1920, height: 1080 } }).initial).toMatchObject({ legendOpen: true, sheet: 'peek' });
    expect(initialState('?route=cku-railway', known, { ...env, viewport: { width: 1280, height: 720 } }).initial).toMatchObject({ legendOpen: false, sheet: 'half' });
    expect(initialState('', known, { ...env, viewport: { width: 390, height: 844 } }).initial.legendOpen).toBe(false);
  });

  it('an embed takes its language from the address or the browser, not the reader\'s remembered one, and is never a briefing', () => {
    const env = { stored: 'ar', storedDigits: 'arab', browser: ['en-GB'] };
    expect(initialState('?route=cku-railway', known, env).initial).toMatchObject({ lang: 'ar', digits: 'arab' });
    expect(initialState('?embed=1&route=cku-railway', known, env).initial).toMatchObject({ lang: 'en', digits: 'latn' });
    expect(initialState('?embed=1&lang=ar&mode=brief&slide=3', known, env).initial).toMatchObject({ lang: 'ar' });
    expect(initialState('?embed=1&lang=ar&mode=brief&slide=3', known, env).initial.mode).toBeUndefined();
  });

  it('keeps defaults for what the link gets wrong', () => {
    const { initial, problems } = initialState('?route=nope&layers=%%', known, { stored: null, browser: ['en'] });
    expect(initial.routeId).toBeNull();
    expect(initial.layers).toBeUndefined();
    expect(problems).toHaveLength(2);
  });
});
