import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './store';
import { HOME_VIEW } from '../view/view';
import { flushUrl, isChoice, searchOf, startUrlWriter } from './urlWriter';

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
    const c = store.getState();
    store.getState().setYear(2014);
    expect(isChoice(store.getState(), c)).toBe(false);
  });

  it('in a briefing the explored camera is not shared: the slide sets the view', () => {
    const store = createAtlasStore({ lang: 'en' });
    store.getState().setCamera({ zoom: 4, center: [70, 40], bearing: 0, pitch: 0 });
    expect(searchOf(store.getState())).toBe('?lang=en&map=4.00/40.0000/70.0000');
    store.getState().setMode('brief');
    store.getState().goToSlide(2);
    expect(searchOf(store.getState())).toBe('?lang=en&mode=brief&slide=3');
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
    const store = createAtlasStore({ lang: 'ar', view: { ...HOME_VIEW, route: 'trans-caspian', panel: 'share' } });
    expect(searchOf(store.getState())).toBe('?lang=ar&route=trans-caspian');
    const point = createAtlasStore({ lang: 'en', view: { ...HOME_VIEW, point: 2, panel: 'share' } });
    expect(searchOf(point.getState())).toBe('?lang=en&point=2');
  });
});

describe('the address while embedded', () => {
  it('keeps embed=1 and the embedding tool’s ids next to the view the reader picks', () => {
    const store = createAtlasStore({ lang: 'ar' });
    store.getState().selectRoute('cagp-abc');
    store.getState().setCamera({ zoom: 4, center: [70, 40], bearing: 0, pitch: 0 });
    expect(searchOf(store.getState(), { id: 'dw1', childId: 'p1' })).toBe('?lang=ar&route=cagp-abc&map=4.00/40.0000/70.0000&embed=1&id=dw1&childId=p1');
    expect(searchOf(store.getState())).toBe('?lang=ar&route=cagp-abc&map=4.00/40.0000/70.0000');
  });
});

describe('startUrlWriter', () => {
  /** A stand-in for the browser's address bar and history. */
  function fakeWindow(search: string) {
    const calls: string[] = [];
    const loc = { pathname: '/', search, hash: '' };
    const set = (kind: string) => (_: unknown, __: string, url: string) => {
      calls.push(`${kind} ${url}`);
      loc.search = url.slice(1);
    };
    vi.stubGlobal('location', loc);
    vi.stubGlobal('history', { state: null, pushState: set('push'), replaceState: set('replace') });
    vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
    return calls;
  }
  afterEach(() => vi.unstubAllGlobals());

  it('embedded, a choice replaces the address instead of adding a step to the article’s history', () => {
    const calls = fakeWindow('?lang=en&embed=1&id=dw1');
    const store = createAtlasStore({ lang: 'en' });
    const stop = startUrlWriter(store, () => {}, { embed: { id: 'dw1' } });
    store.getState().selectRoute('cku-railway');
    flushUrl();
    stop();
    expect(calls.every((c) => c.startsWith('replace'))).toBe(true);
    expect(calls.at(-1)).toBe('replace /?lang=en&route=cku-railway&embed=1&id=dw1');
  });

  it('in the full app, a choice is still a step of its own', () => {
    const calls = fakeWindow('?lang=en');
    const store = createAtlasStore({ lang: 'en' });
    const stop = startUrlWriter(store, () => {});
    store.getState().selectRoute('cku-railway');
    stop();
    expect(calls).toContain('push /?lang=en&route=cku-railway');
  });
});
