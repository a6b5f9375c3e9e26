// New slides carry the content's words in both languages; edits return new decks.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import type { Deck, Lang, UserDeck } from '../data/types';
import { HOME_VIEW } from '../view/view';
import type { Translators } from '../view/words';
import { addSlide, closingSlide, copyOfDeck, duplicateSlide, editWords, insertSlide, missingLanguage, moveSlide, newDeck, presented, removeSlide, slideOfView, updateSlide } from './model';

const atlas = loadAtlas(path.resolve('data'));
// Keys and their options, so the tests see what was asked for in each language.
const t: Translators = Object.fromEntries((['en', 'ar'] as Lang[]).map((l) => [l, (key: string, o?: Record<string, unknown>) => `${l}:${key}${o ? JSON.stringify(o) : ''}`])) as Translators;
const now = new Date('2026-12-08T10:00:00Z');

describe('slides of views', () => {
  it('a route: its name and summary in both languages, the year in the title', () => {
    const route = atlas.routes.find((r) => r.id === 'cku-railway')!;
    const s = slideOfView({ ...HOME_VIEW, route: 'cku-railway' }, atlas, t);
    expect(s).toMatchObject({ kind: 'view', title: route.name, text: route.summary, hidden: false });
    const y = slideOfView({ ...HOME_VIEW, route: 'cku-railway', year: 2014 }, atlas, t);
    expect(y.title.ar).toBe(`ar:deck.titleInYear${JSON.stringify({ title: route.name.ar, year: 2014 })}`);
  });

  it('a point, a place, a country and a comparison are named from the content', () => {
    const point = atlas.proposal.points[1]!;
    expect(slideOfView({ ...HOME_VIEW, panel: 'proposal', point: point.id }, atlas, t).text).toEqual(point.summary);
    const place = atlas.places[0]!.properties;
    expect(slideOfView({ ...HOME_VIEW, place: place.id }, atlas, t).title).toEqual(place.name);
    const country = atlas.countries.find((c) => c.iso3 === 'KGZ')!;
    expect(slideOfView({ ...HOME_VIEW, country: 'KGZ' }, atlas, t).title).toEqual(country.name);
    expect(slideOfView({ ...HOME_VIEW, compare: ['cagp-abc', 'cagp-d'] }, atlas, t).title.en).toMatch(/^en:compare.exportTitle/);
  });

  it('a slide made from the Share tab shows what was shared, not the tab', () => {
    expect(slideOfView({ ...HOME_VIEW, panel: 'share', route: 'cku-railway' }, atlas, t).view.panel).toBe('routes');
  });
});

describe('editing a deck', () => {
  const deck = (): UserDeck => {
    let d = newDeck(t, now);
    d = addSlide(d, slideOfView({ ...HOME_VIEW, route: 'cku-railway' }, atlas, t));
    d = addSlide(d, slideOfView({ ...HOME_VIEW, route: 'trans-caspian' }, atlas, t));
    return addSlide(d, closingSlide(t));
  };
  const kinds = (d: Deck) => d.slides.map((s) => s.view.route ?? s.kind);

  it('a new deck starts with its title slide, and slides are added in order', () => {
    expect(kinds(deck())).toEqual(['title', 'cku-railway', 'trans-caspian', 'closing']);
  });

  it('moves, duplicates and removes slides without changing the deck it was given', () => {
    const d = deck();
    expect(kinds(moveSlide(d, 2, 1))).toEqual(['title', 'trans-caspian', 'cku-railway', 'closing']);
    expect(kinds(moveSlide(d, 1, 99))).toEqual(['title', 'trans-caspian', 'closing', 'cku-railway']);
    const dup = duplicateSlide(d, d.slides[1]!.id);
    expect(kinds(dup)).toEqual(['title', 'cku-railway', 'cku-railway', 'trans-caspian', 'closing']);
    expect(dup.slides[2]!.id).not.toBe(dup.slides[1]!.id);
    expect(kinds(removeSlide(d, d.slides[2]!.id))).toEqual(['title', 'cku-railway', 'closing']);
    expect(kinds(d)).toEqual(['title', 'cku-railway', 'trans-caspian', 'closing']);
  });

  it('undoing a deletion puts the slide back in its place and keeps what was changed since', () => {
    const d = deck();
    const gone = d.slides[1]!;
    const edited = editWords(removeSlide(d, gone.id), d.slides[2]!.id, 'notes', 'ar', 'ملاحظة');
    const back = insertSlide(edited, gone, 1);
    expect(kinds(back)).toEqual(['title', 'cku-railway', 'trans-caspian', 'closing']);
    expect(back.slides[2]!.notes.ar).toBe('ملاحظة');
  });

  it('hidden slides are kept but not presented', () => {
    const d = updateSlide(deck(), deck().slides[0]!.id, {});
    const hidden = updateSlide(d, d.slides[2]!.id, { hidden: true });
    expect(hidden.slides).toHaveLength(4);
    expect(kinds(presented(hidden))).toEqual(['title', 'cku-railway', 'closing']);
  });

  it('says which language a slide still lacks', () => {
    const d = deck();
    const id = d.slides[1]!.id;
    expect(missingLanguage(d.slides[1]!)).toBeNull();
    expect(missingLanguage(editWords(d, id, 'notes', 'en', 'Mention the tunnels.').slides[1]!)).toBe('ar');
    expect(missingLanguage(editWords(d, id, 'title', 'en', ' ').slides[1]!)).toBe('en');
  });

  it('a copy of the built-in briefing is the user\'s own: new ids, same views', () => {
    const copy = copyOfDeck(atlas.briefing, t, now);
    expect(copy.slides.map((s) => s.view)).toEqual(atlas.briefing.slides.map((s) => s.view));
    expect(copy.slides.some((s, i) => s.id === atlas.briefing.slides[i]!.id)).toBe(false);
    expect(copy.title.en).toBe(`en:deck.copyOf${JSON.stringify({ title: atlas.briefing.title.en })}`);
  });
});
