// The one applier of scenes changes only what differs, on a stand-in map that records each call.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { loadAtlas } from '../../build/atlasData';
import type { View } from '../data/types';
import { NO_MOVE, sceneOf, type Scene } from '../view/scene';
import { HOME_VIEW } from '../view/view';
import { applyScene } from './applyScene';

const atlas = loadAtlas(path.resolve('data'));

function recordingMap() {
  const calls: string[] = [];
  const source = (id: string) => ({ setData: () => calls.push(`setData ${id}`) });
  const map = {
    setStyle: () => calls.push('setStyle'),
    setLayoutProperty: (layer: string, prop: string) => calls.push(`layout ${layer} ${prop}`),
    setFilter: (layer: string) => calls.push(`filter ${layer}`),
    setPaintProperty: (layer: string, prop: string) => calls.push(`paint ${layer} ${prop}`),
    setFeatureState: (f: { source: string; id: string }, state: Record<string, unknown>) => calls.push(`state ${f.source} ${f.id} ${JSON.stringify(state)}`),
    getSource: (id: string) => source(id),
    getLayer: () => undefined,
  };
  return { map: map as unknown as maplibregl.Map, calls };
}

const scene = (v: Partial<View>, o: Partial<{ lang: 'en' | 'ar'; contrast: boolean; mode: 'explore' | 'brief'; slide: number }> = {}): Scene =>
  sceneOf({ mode: o.mode ?? 'explore', slide: o.slide ?? 0, lang: o.lang ?? 'en', contrast: o.contrast ?? false, move: NO_MOVE, deck: null, view: { ...HOME_VIEW, ...v } }, atlas);

describe('applyScene', () => {
  it('on a map just made from the scene\'s style, sets only what is stressed', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({}), null);
    expect(calls).toEqual([]);
    applyScene(map, scene({ route: 'cku-railway' }), null);
    expect(calls.filter((c) => !c.startsWith('state'))).toEqual([]);
    expect(calls).toContain('state routes cku-railway {"selected":true,"dim":false,"compare":-2}');
    expect(calls).toContain('state countries KGZ {"highlight":true}');
  });

  it('changes nothing when nothing differs', () => {
    const { map, calls } = recordingMap();
    const s = scene({ route: 'cku-railway', year: 2020 });
    applyScene(map, scene({ route: 'cku-railway', year: 2020 }), s);
    expect(calls).toEqual([]);
  });

  it('another route: the states of the two routes and their countries, nothing else', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({ route: 'trans-caspian' }), scene({ route: 'cku-railway' }));
    expect(calls.every((c) => c.startsWith('state'))).toBe(true);
    expect(calls).toContain('state routes trans-caspian {"selected":true,"dim":false,"compare":-2}');
    expect(calls).toContain('state routes cku-railway {"selected":false,"dim":true,"compare":-2}');
  });

  it('another language: the labels\' text, nothing else', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({}, { lang: 'ar' }), scene({}));
    expect(calls).toEqual(['layout country-label text-field', 'layout water-label text-field', 'layout place-label text-field', 'layout route-label text-field']);
  });

  it('another year: the routes\' data, and the names only when the set of routes changes', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({ year: 2024 }), scene({}));
    expect(calls).toEqual(['setData routes']);
    const again = recordingMap();
    applyScene(again.map, scene({ year: 2010 }), scene({}));
    expect(again.calls).toEqual(['setData routes', 'setData labels']);
  });

  it('layers: the route filters for the kinds, the places\' visibility for the places', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({ layers: ['railway'] }), scene({}));
    expect(calls.filter((c) => c.startsWith('filter'))).toHaveLength(8);
    expect(calls).toContain('layout place-dot visibility');
    expect(calls).toContain('layout place-label visibility');
  });

  it('a comparison: filters, the names\' colours and each route\'s place in the palette', () => {
    const { map, calls } = recordingMap();
    applyScene(map, scene({ compare: ['cku-railway', 'trans-caspian'] }), scene({}));
    expect(calls).toContain('paint route-label text-color');
    expect(calls).toContain('state routes trans-caspian {"selected":true,"dim":false,"compare":1}');
    expect(calls).toContain('state routes cagp-d {"selected":false,"dim":true,"compare":-1}');
  });

  it('another theme: a new style, and the states that differ', () => {
    // The style names its font files by absolute address, against the page's.
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });
    const { map, calls } = recordingMap();
    applyScene(map, scene({ route: 'cku-railway' }, { contrast: true }), scene({ route: 'cku-railway' }));
    expect(calls).toEqual(['setStyle']);
    vi.unstubAllGlobals();
  });

  it('a slide of another year: its network and its subject', () => {
    const { map, calls } = recordingMap();
    const i = atlas.briefing.slides.findIndex((s) => s.view.year === 2022);
    applyScene(map, scene({}, { mode: 'brief', slide: i }), scene({}));
    expect(calls).toContain('setData routes');
    expect(calls).toContain('state countries KAZ {"highlight":true}');
  });
});
