import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type View } from '../data/types';
import { HOME_VIEW } from '../view/view';
import { chooseLang, initialState } from './initial';
import { createAtlasStore } from './store';

const viewWith = (v: Partial<View>): View => ({ ...HOME_VIEW, ...v });

describe('selection', () => {
  it('selecting a route opens the routes panel, clears a point and asks the map to frame it', () => {
    const store = createAtlasStore({ view: viewWith({ point: 2, panel: 'proposal' }) });
    store.getState().selectRoute('cku-railway');
    const s = store.getState();
    expect(s.view).toMatchObject({ route: 'cku-railway', point: null, panel: 'routes' });
    expect(s.move).toEqual({ seq: 1, why: 'frame' });
  });

  it('jumping from a route to its point keeps the route to come back to', () => {
    const store = createAtlasStore();
    store.getState().selectRoute('cku-railway');
    store.getState().selectPoint(2, { keepRoute: true });
    expect(store.getState().view).toMatchObject({ route: 'cku-railway', point: 2, panel: 'proposal' });
    store.getState().setPanel('routes');
    expect(store.getState().view).toMatchObject({ route: 'cku-railway', point: 2, panel: 'routes' });
  });

  it('clearing a selection does not move the map', () => {
    const store = createAtlasStore();
    store.getState().selectRoute('cku-railway');
    store.getState().selectRoute(null);
    expect(store.getState().move.seq).toBe(1);
  });

  it('a place or country from search replaces the other', () => {
    const store = createAtlasStore();
    store.getState().showPlace('torugart');
    store.getState().showCountry('KAZ');
    expect(store.getState().view).toMatchObject({ place: null, country: 'KAZ' });
    expect(store.getState().move.seq).toBe(2);
  });

  it('a comparison of two or more routes is a choice; fewer closes it without moving the map', () => {
    const store = createAtlasStore();
    store.getState().setCompare(['cku-railway', 'trans-caspian']);
    expect(store.getState().view.compare).toEqual(['cku-railway', 'trans-caspian']);
    expect(store.getState().move).toEqual({ seq: 1, why: 'frame' });
    store.getState().setCompare(['cku-railway']);
    expect(store.getState().view.compare).toBeNull();
    expect(store.getState().move.seq).toBe(1);
  });
});

describe('choosing and the camera', () => {
  it('a choice forgets the user camera and raises the phone sheet to half', () => {
    const store = createAtlasStore({ view: viewWith({ camera: { zoom: 5, center: [70, 40], bearing: 0, pitch: 0 } }), sheet: 'full' });
    store.getState().selectRoute('cku-railway');
    expect(store.getState()).toMatchObject({ view: { camera: null }, sheet: 'half', move: { seq: 1 } });
    store.getState().setSheet('peek');
    store.getState().showPlace('torugart');
    expect(store.getState()).toMatchObject({ view: { place: 'torugart', route: 'cku-railway', panel: 'routes' }, sheet: 'half', move: { seq: 2 } });
  });

  it('moving the map, the year and the layers change the view but never move the camera', () => {
    const store = createAtlasStore();
    store.getState().setCamera({ zoom: 4, center: [70, 40], bearing: 0, pitch: 0 });
    store.getState().setYear(2014);
    store.getState().toggleLayer('railway');
    expect(store.getState().view).toMatchObject({ year: 2014, camera: { zoom: 4 } });
    expect(store.getState().move.seq).toBe(0);
  });

  it('Back restores a view with the camera it had, or framed when it had none, and keeps the year and layers', () => {
    const store = createAtlasStore({ view: viewWith({ year: 2014, layers: ['railway'] }) });
    const camera = { zoom: 5, center: [70, 40] as [number, number], bearing: 0, pitch: 0 };
    store.getState().restore({ mode: 'explore', route: 'cagp-abc', point: null, place: null, country: null, panel: 'routes', camera, compare: null });
    expect(store.getState().view).toMatchObject({ route: 'cagp-abc', camera, year: 2014, layers: ['railway'] });
    expect(store.getState().move).toEqual({ seq: 1, why: 'restore' });
    store.getState().restore({ mode: 'explore', route: null, point: 2, place: null, country: null, panel: 'proposal', camera: null, compare: null });
    expect(store.getState().view).toMatchObject({ point: 2, camera: null });
    expect(store.getState().move).toEqual({ seq: 2, why: 'restore' });
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

describe('the briefing and the camera', () => {
  it('entering shows the slide, a new slide or R flies to it, and leaving returns to the view explored', () => {
    const store = createAtlasStore();
    store.getState().selectRoute('cku-railway');
    store.getState().setMode('brief');
    expect(store.getState().move).toEqual({ seq: 2, why: 'slide' });
    store.getState().goToSlide(3);
    store.getState().goToSlide(3);
    expect(store.getState().move).toEqual({ seq: 3, why: 'slide' });
    store.getState().resetSlideView();
    expect(store.getState().move).toEqual({ seq: 4, why: 'slide' });
    store.getState().setMode('explore');
    expect(store.getState().move).toEqual({ seq: 5, why: 'return' });
    expect(store.getState().view.route).toBe('cku-railway');
  });

  it('Back to a slide shows it; Back from a slide to the explored view returns at once', () => {
    const store = createAtlasStore();
    store.getState().restore({ mode: 'brief', slide: 2 });
    expect(store.getState()).toMatchObject({ mode: 'brief', slide: 2, move: { why: 'slide' } });
    store.getState().restore({ mode: 'explore', route: 'trans-caspian', point: null, place: null, country: null, panel: 'routes', camera: null, compare: null });
    expect(store.getState()).toMatchObject({ mode: 'explore', view: { route: 'trans-caspian' }, move: { why: 'return' } });
  });
});

describe('layers', () => {
  it('toggles a layer off and back on in its canonical place', () => {
    const store = createAtlasStore();
    store.getState().toggleLayer('railway');
    expect(store.getState().view.layers).not.toContain('railway');
    store.getState().toggleLayer('railway');
    expect(store.getState().view.layers).toEqual([...LAYER_IDS]);
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
    expect(initialState('?point=2', known, { stored: null, browser: [] }).initial.view?.panel).toBe('proposal');
    expect(initialState('?point=2&route=cku-railway', known, { stored: null, browser: [] }).initial.view?.panel).toBe('routes');
    expect(initialState('?point=2&route=cku-railway&panel=proposal', known, { stored: null, browser: [] }).initial.view?.panel).toBe('proposal');
  });

  it('starts from the view the address names, on top of home', () => {
    const { initial } = initialState('?route=cku-railway&year=2014&layers=railway&map=5/40/70', known, { stored: null, browser: [] });
    expect(initial.view).toEqual({ ...HOME_VIEW, route: 'cku-railway', year: 2014, layers: ['railway'], camera: { zoom: 5, center: [70, 40], bearing: 0, pitch: 0 } });
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
    expect(initial.view?.route).toBeNull();
    expect(initial.view?.layers).toEqual([...LAYER_IDS]);
    expect(problems).toHaveLength(2);
  });
});
