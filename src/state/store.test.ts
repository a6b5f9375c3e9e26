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

  it('keeps defaults for what the link gets wrong', () => {
    const { initial, problems } = initialState('?route=nope&layers=%%', known, { stored: null, browser: ['en'] });
    expect(initial.routeId).toBeNull();
    expect(initial.layers).toBeUndefined();
    expect(problems).toHaveLength(2);
  });
});
