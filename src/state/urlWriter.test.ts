import { describe, expect, it } from 'vitest';
import { createAtlasStore } from './store';
import { isChoice, urlStateOf } from './urlWriter';
import { serializeUrlState } from './url';

describe('what goes into the history', () => {
  it('a new route, point, place or country is a choice; a camera move, a layer or a language is not', () => {
    const store = createAtlasStore();
    const before = store.getState();
    store.getState().selectRoute('cku-railway');
    expect(isChoice(store.getState(), before)).toBe(true);
    const chosen = store.getState();
    store.getState().setCamera({ zoom: 4, center: [70, 40], bearing: 0, pitch: 0 });
    store.getState().toggleLayer('railway');
    store.getState().setLang('ar');
    expect(isChoice(store.getState(), chosen)).toBe(false);
    const s = store.getState();
    store.getState().showCountry('KGZ');
    expect(isChoice(store.getState(), s)).toBe(true);
  });

  it('a slide is a choice in a briefing; entering or leaving it is not', () => {
    const store = createAtlasStore();
    const explore = store.getState();
    store.getState().setMode('brief');
    expect(isChoice(store.getState(), explore)).toBe(false);
    const first = store.getState();
    store.getState().goToSlide(3);
    expect(isChoice(store.getState(), first)).toBe(true);
  });

  it('a link made in the Share tab opens the view it shares, not the tab', () => {
    const store = createAtlasStore({ lang: 'ar', routeId: 'trans-caspian', panel: 'share' });
    expect(serializeUrlState(urlStateOf(store.getState()))).toBe('?lang=ar&route=trans-caspian');
    const point = createAtlasStore({ lang: 'en', pointId: 2, panel: 'share' });
    expect(serializeUrlState(urlStateOf(point.getState()))).toBe('?lang=en&point=2');
  });
});
