// One function says what a map shows for a state: the view explored or the slide shown, the
// network of its year, the layers, what is stressed and compared, and where the camera goes and why.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../build/atlasData';
import { atlasAt } from '../data/status';
import type { View } from '../data/types';
import { NO_MOVE, sceneOf, shownView, slideScene, type SceneState } from './scene';
import { HOME_VIEW } from './view';

const atlas = loadAtlas(path.resolve('data'));
const state = (v: Partial<View>, o: Partial<SceneState> = {}): SceneState => ({
  mode: 'explore', slide: 0, lang: 'en', contrast: false, move: NO_MOVE, deck: null, view: { ...HOME_VIEW, ...v }, ...o,
});

describe('sceneOf', () => {
  it('home: today\'s network, every layer, nothing stressed, the six countries framed', () => {
    const s = sceneOf(state({}), atlas);
    expect(s).toMatchObject({ slide: null, year: null, places: true, compare: null, emphasis: { routes: [], countries: [], places: [] } });
    expect(s.network).toBe(atlas);
    expect(s.kinds).toEqual(['railway', 'gas-pipeline', 'oil-pipeline', 'transport-corridor', 'highway']);
    expect(s.camera.target.key).toBe('home');
  });

  it('a route in a year: that year\'s network, the route stressed and framed', () => {
    const s = sceneOf(state({ route: 'cku-railway', year: 2023 }), atlas);
    expect(s.network).toBe(atlasAt(atlas, 2023));
    expect(s.network.routes.find((r) => r.id === 'cku-railway')?.status).toBe('planned');
    expect(s.emphasis.routes).toEqual(['cku-railway']);
    expect(s.camera.target.key).toBe('routes:cku-railway');
  });

  it('the user\'s own camera is kept, and the reason the camera moves travels with the scene', () => {
    const camera = { zoom: 5, center: [70, 40] as [number, number], bearing: 0, pitch: 0 };
    const s = sceneOf(state({ camera }, { move: { seq: 3, why: 'restore' } }), atlas);
    expect(s.camera).toMatchObject({ own: camera, move: { seq: 3, why: 'restore' } });
  });

  it('a comparison: the routes compared, stressed, framed together, whatever their layers', () => {
    const s = sceneOf(state({ compare: ['cku-railway', 'trans-caspian'], layers: [] }), atlas);
    expect(s.compare).toEqual(['cku-railway', 'trans-caspian']);
    expect(s.emphasis.routes.sort()).toEqual(['cku-railway', 'trans-caspian']);
    expect(s.camera.target.key).toBe('compare:cku-railway,trans-caspian');
  });

  it('in a briefing, the slide\'s view: its subject, layers and year, named by its place in the deck', () => {
    const i = atlas.briefing.slides.findIndex((s) => s.id === 'cku-railway');
    const s = sceneOf(state({ route: 'trans-caspian', year: 2010 }, { mode: 'brief', slide: i }), atlas);
    expect(s.slide).toBe(i);
    expect(s.view).toBe(atlas.briefing.slides[i]!.view);
    expect(s.year).toBeNull();
    expect(s.kinds).toEqual(['railway']);
    expect(s.emphasis.routes).toEqual(['cku-railway']);
    expect(s.camera.target.key).toBe(`slide:${i}`);
    expect(slideScene(i, { lang: 'ar', contrast: true, deck: null }, atlas)).toMatchObject({ slide: i, lang: 'ar', contrast: true, emphasis: s.emphasis });
  });

  it('a slide of another year draws that year\'s network', () => {
    const i = atlas.briefing.slides.findIndex((s) => s.view.year === 2022);
    expect(sceneOf(state({}, { mode: 'brief', slide: i }), atlas).network).toBe(atlasAt(atlas, 2022));
  });

  it('a slide number past the deck shows the view explored', () => {
    expect(shownView({ mode: 'brief', slide: 999, view: HOME_VIEW }, atlas.briefing)).toEqual({ view: HOME_VIEW, slide: null, deckSlide: null });
  });
});

describe('a user\'s deck presented', () => {
  it('its slides are shown, with their words, in place of the built-in briefing\'s', () => {
    const slide = { ...atlas.briefing.slides[0]!, id: 'mine', title: { en: 'Mine', ar: 'لي' }, view: { ...HOME_VIEW, route: 'cagp-d' } };
    const s = sceneOf(state({}, { mode: 'brief', slide: 0, deck: { title: { en: 'D', ar: 'د' }, slides: [slide] } }), atlas);
    expect(s.deckSlide?.title.en).toBe('Mine');
    expect(s.emphasis.routes).toEqual(['cagp-d']);
    expect(sceneOf(state({}, { mode: 'brief', slide: 0 }), atlas).deckSlide).toBe(atlas.briefing.slides[0]);
  });
});
