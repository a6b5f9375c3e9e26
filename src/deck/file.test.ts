// A deck file written and read back is the same deck; a bad one is refused with the slide and the
// field to blame, and a random or cut-off file never throws.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import type { DeckSlide, UserDeck } from '../data/types';
import { knownOf } from '../state/address';
import { HOME_VIEW } from '../view/view';
import { DECK_FORMAT, DECK_LIMITS, DECK_VERSION, readDeckFile, writeDeckFile } from './file';

const atlas = loadAtlas(path.resolve('data'));
const known = knownOf(atlas);

const slide = (over: Partial<DeckSlide>): DeckSlide => ({
  id: 'x', kind: 'view', title: { en: 'T', ar: 'ع' }, text: { en: '', ar: '' }, notes: { en: '', ar: '' }, view: HOME_VIEW, hidden: false, ...over,
});

const deck: Pick<UserDeck, 'title' | 'slides'> = {
  title: { en: 'Gas and the Middle Corridor', ar: 'الغاز والممر الأوسط' },
  slides: [
    slide({ kind: 'title', title: { en: 'Gas and the Middle Corridor', ar: 'الغاز والممر الأوسط' } }),
    slide({ view: { ...HOME_VIEW, route: 'trans-caspian', year: 2020 }, notes: { en: 'Say the tonnage.', ar: 'اذكر الحمولة.' } }),
    slide({ view: { ...HOME_VIEW, compare: ['cagp-abc', 'cagp-d'], layers: ['gas-pipeline', 'places'] }, hidden: true }),
    slide({ view: { ...HOME_VIEW, panel: 'proposal', point: 2, camera: { center: [68.5, 41.25], zoom: 4.5, bearing: 0, pitch: 0 } } }),
    atlas.briefing.slides[3]!,
    slide({ kind: 'closing', title: { en: 'Questions', ar: 'أسئلة' } }),
  ],
};

const ids = (d: { slides: DeckSlide[] }) => d.slides.map(({ id: _, ...rest }) => rest);

describe('deck files', () => {
  it('reads back what it wrote: kinds, words, hidden slides, views, cameras and a built-in slide\'s subject', () => {
    const read = readDeckFile(writeDeckFile(deck, '2026-11-30'), known);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.dataDate).toBe('2026-11-30');
    expect(read.deck.title).toEqual(deck.title);
    expect(ids(read.deck)).toEqual(ids(deck));
    expect(read.deck.slides[4]!.view.subject?.routes.length).toBeGreaterThan(0);
  });

  it('names the format, its version and the data date in the file', () => {
    const json = JSON.parse(writeDeckFile(deck, '2026-11-30'));
    expect(json).toMatchObject({ format: DECK_FORMAT, version: DECK_VERSION, atlasData: '2026-11-30' });
    expect(json.deck.slides[1].view).toBe('route=trans-caspian&year=2020');
  });

  it('keeps a slide that names what this atlas lacks, and says what', () => {
    const json = JSON.parse(writeDeckFile(deck, '2026-11-30'));
    json.deck.slides[1].view = 'route=a-railway-not-yet-drawn&year=2020';
    json.deck.slides[4].subject.routes.push('gone');
    const read = readDeckFile(JSON.stringify(json), known);
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.deck.slides).toHaveLength(6);
    expect(read.deck.slides[1]!.lacks).toEqual([{ param: 'route', value: 'a-railway-not-yet-drawn' }]);
    expect(read.deck.slides[1]!.view).toMatchObject({ route: null, year: 2020 });
    expect(read.deck.slides[4]!.lacks).toEqual([{ param: 'route', value: 'gone' }]);
  });

  it('ignores a language, mode or slide inside a slide\'s view', () => {
    const json = JSON.parse(writeDeckFile(deck, '2026-11-30'));
    json.deck.slides[1].view = 'lang=ar&mode=brief&slide=3&route=cku-railway';
    const read = readDeckFile(JSON.stringify(json), known);
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.deck.slides[1]!.view.route).toBe('cku-railway');
    expect(read.deck.slides[1]!.lacks).toBeUndefined();
  });

  it('refuses what is not a deck, a newer version, and a file too large, each with its reason', () => {
    expect(readDeckFile('{"format":', known)).toEqual({ ok: false, problem: { key: 'notJson' } });
    expect(readDeckFile('{"type":"FeatureCollection"}', known)).toEqual({ ok: false, problem: { key: 'notDeck' } });
    expect(readDeckFile(JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION + 1, deck: {} }), known)).toEqual({ ok: false, problem: { key: 'newer', version: DECK_VERSION + 1 } });
    expect(readDeckFile(' '.repeat(DECK_LIMITS.bytes + 1), known)).toMatchObject({ ok: false, problem: { key: 'tooBig' } });
  });

  it('names the slide and field of a bad value', () => {
    const bad = (edit: (j: { deck: { title: unknown; slides: Record<string, unknown>[] } }) => void) => {
      const json = JSON.parse(writeDeckFile(deck, '2026-11-30'));
      edit(json);
      const read = readDeckFile(JSON.stringify(json), known);
      return read.ok ? null : read.problem;
    };
    expect(bad((j) => { j.deck.slides[2]!.title = { en: 3 }; })).toEqual({ key: 'badField', slide: 3, field: 'title.en' });
    expect(bad((j) => { j.deck.slides[0]!.kind = 'video'; })).toEqual({ key: 'badField', slide: 1, field: 'kind' });
    expect(bad((j) => { j.deck.slides[1]!.notes = { ar: 'x'.repeat(DECK_LIMITS.notes + 1) }; })).toEqual({ key: 'badField', slide: 2, field: 'notes.ar' });
    expect(bad((j) => { j.deck.slides[4]!.subject = { routes: 'cku-railway' }; })).toEqual({ key: 'badField', slide: 5, field: 'subject.routes' });
    expect(bad((j) => { j.deck.title = 'A title'; })).toEqual({ key: 'badField', slide: null, field: 'title' });
    expect(bad((j) => { j.deck.slides = Array(DECK_LIMITS.slides + 1).fill({}); })).toEqual({ key: 'tooManySlides', limit: DECK_LIMITS.slides });
  });

  it('keeps text as text: markup stays literal, the marks that reorder text are dropped', () => {
    const json = JSON.parse(writeDeckFile(deck, '2026-11-30'));
    json.deck.slides[1].title = { en: '<img src=x onerror=alert(1)>', ar: '\u202Eمقلوب\u202C' };
    const read = readDeckFile(JSON.stringify(json), known);
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.deck.slides[1]!.title).toEqual({ en: '<img src=x onerror=alert(1)>', ar: 'مقلوب' });
  });

  it('never throws on random or cut-off files, and always answers with a deck or a reason', () => {
    const whole = writeDeckFile(deck, '2026-11-30');
    const cut = fc.nat(whole.length).map((n) => whole.slice(0, n));
    const mangled = fc.tuple(fc.nat(whole.length), fc.string({ maxLength: 4 })).map(([n, s]) => whole.slice(0, n) + s + whole.slice(n + s.length));
    const anyJson = fc.json().map(String);
    const shaped = fc.anything().map((deckValue) => JSON.stringify({ format: DECK_FORMAT, version: 1, deck: deckValue }));
    fc.assert(fc.property(fc.oneof(cut, mangled, anyJson, shaped, fc.string()), (text) => {
      const read = readDeckFile(text, known);
      expect(read.ok ? Array.isArray(read.deck.slides) : typeof read.problem.key === 'string').toBe(true);
    }), { numRuns: 600 });
  });
});
