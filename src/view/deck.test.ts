// A slide of data/briefing.json becomes the view it shows.
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type Slide } from '../data/types';
import { deckOf, slideView } from './deck';
import { HOME_VIEW } from './view';

const words = { en: 'w', ar: 'ك' };
const raw = (s: Partial<Slide>): Slide => ({
  id: 'x', title: words, text: words, notes: words, camera: { center: [70, 42], zoom: 4.5, bearing: 0, pitch: 0 },
  routes: [], places: [], countries: [], ...s,
});

describe('a slide is a view', () => {
  it('stresses and frames its routes, places and countries, no closer than its camera', () => {
    const v = slideView(raw({ routes: ['cku-railway'], places: ['kashgar'], countries: ['KGZ'], point: 2, year: 2022, layers: ['places', 'railway'] }));
    expect(v).toEqual({
      ...HOME_VIEW, panel: 'proposal', point: 2, year: 2022, layers: ['railway', 'places'],
      subject: { routes: ['cku-railway'], places: ['kashgar'], countries: ['KGZ'], maxZoom: 4.5 },
    });
  });

  it('shows every layer and today\'s network when it names none; with nothing to frame, its own camera', () => {
    const v = slideView(raw({}));
    expect(v.layers).toEqual([...LAYER_IDS]);
    expect(v.year).toBeNull();
    expect(v.camera).toEqual({ center: [70, 42], zoom: 4.5, bearing: 0, pitch: 0 });
    expect(slideView(raw({ countries: ['KAZ'] })).camera).toBeNull();
  });

  it('a deck keeps each slide\'s words beside its view', () => {
    const deck = deckOf({ title: words, slides: [raw({ id: 'a', countries: ['KAZ'] })] });
    expect(deck.slides[0]).toMatchObject({ id: 'a', title: words, text: words, notes: words, view: { subject: { countries: ['KAZ'] } } });
  });
});
