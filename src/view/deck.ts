// A deck's slides are views. The built-in briefing is written in data/briefing.json as an analyst
// thinks of a slide (its routes, places and countries, a camera, the layers, a year); the build
// turns each into a view with that subject, so every slide is shown as any other view is.
import { LAYER_IDS, type Briefing, type Deck, type Slide, type View } from '../data/types.ts';
import { HOME_VIEW } from './view.ts';

export function slideView(slide: Slide): View {
  const { routes, places, countries } = slide;
  const layers = slide.layers;
  // A slide with nothing to frame shows the camera it was written with.
  const nothing = routes.length === 0 && places.length === 0 && countries.length === 0;
  return {
    ...HOME_VIEW,
    panel: slide.point !== undefined ? 'proposal' : 'routes',
    point: slide.point ?? null,
    // The slide's own zoom is the closest its framing goes: a short line is shown in its setting.
    subject: { routes, places, countries, maxZoom: slide.camera.zoom },
    year: slide.year ?? null,
    layers: layers ? LAYER_IDS.filter((l) => layers.includes(l)) : [...LAYER_IDS],
    camera: nothing ? { ...slide.camera } : null,
  };
}

export function deckOf(briefing: Briefing): Deck {
  return {
    title: briefing.title,
    slides: briefing.slides.map((s) => ({ id: s.id, kind: 'view', title: s.title, text: s.text, notes: s.notes, view: slideView(s), hidden: false })),
  };
}
