// Everything a map shows for a view, derived once: the network of the year, the layers on, what is
// stressed, the comparison's colours, the theme and language, and where the camera goes and why.
// Every map takes a scene: the live one (map/bridge.ts), the off-screen one of exports, previews
// and the handout (map/snapshot.ts). One function applies a scene to a map (map/applyScene.ts).
import { ROUTE_KINDS, type AtlasData, type Camera, type Deck, type DeckSlide, type Lang, type LayerId, type RouteKind, type View } from '../data/types';
import { atlasAt } from '../data/status';
import { emphasisOf, type Emphasis } from './emphasis';
import { targetOf, type Target } from './target';
import { HOME_VIEW } from './view';

/** How the atlas is used: exploring, presenting, the presenter's window, the printable handout. */
export const MODES = ['explore', 'brief', 'presenter', 'handout'] as const;
export type Mode = (typeof MODES)[number];

/**
 * Why the camera moves, one value for every reason: `frame` a choice (fly to it), `restore` Back or
 * Forward (the view's own camera, or its framing), `slide` a slide shown or R (a slower flight),
 * `return` leaving a briefing for the view explored before (at once). `seq` tells a new move from
 * the last one.
 */
export type MoveReason = 'frame' | 'restore' | 'slide' | 'return';
export interface CameraMove {
  seq: number;
  why: MoveReason;
}
export const NO_MOVE: CameraMove = { seq: 0, why: 'frame' };

/** What decides the scene: the view explored, or in a briefing the slide shown; the language and theme. */
export interface SceneState {
  mode: Mode;
  /** The deck's slide shown in a briefing (0-based). */
  slide: number;
  /** The view the user explores. */
  view: View;
  lang: Lang;
  contrast: boolean;
  move: CameraMove;
  /** The user's deck being presented (its hidden slides left out); null: the built-in briefing. */
  deck: Deck | null;
}

export interface Scene {
  /** The view shown: the one explored, or the slide's. */
  view: View;
  /** The deck's slide shown, or null while exploring. */
  slide: number | null;
  /** That slide, with its words. */
  deckSlide: DeckSlide | null;
  lang: Lang;
  contrast: boolean;
  /** The network as of this year (null: today). */
  year: number | null;
  /** The content as of that year: the routes that existed then, each in the status it had. */
  network: AtlasData;
  /** The route kinds whose layers are on. */
  kinds: RouteKind[];
  /** The places' layer is on. */
  places: boolean;
  emphasis: Emphasis;
  /** Routes compared (2 to 4), each drawn alone in its colour, or null. */
  compare: string[] | null;
  camera: {
    target: Target;
    /** The view's own camera (a user's, from a link or Back), kept rather than framed. */
    own: Camera | null;
    move: CameraMove;
  };
}

export function kindsOf(layers: readonly LayerId[]): RouteKind[] {
  return ROUTE_KINDS.filter((k) => layers.includes(k));
}

/** The deck presented: the user's, or the built-in briefing. */
export function deckIn(s: Pick<SceneState, 'deck'>, atlas: Pick<AtlasData, 'briefing'>): Deck {
  return s.deck ?? atlas.briefing;
}

/** The view shown in this state: the explored one, or in a briefing the slide's. */
export function shownView(s: Pick<SceneState, 'mode' | 'slide' | 'view'>, deck: Deck): { view: View; slide: number | null; deckSlide: DeckSlide | null } {
  if (s.mode === 'explore') return { view: s.view, slide: null, deckSlide: null };
  const slide = deck.slides[s.slide];
  return slide ? { view: slide.view, slide: s.slide, deckSlide: slide } : { view: s.view, slide: null, deckSlide: null };
}

export function sceneOf(s: SceneState, atlas: AtlasData): Scene {
  const { view, slide, deckSlide } = shownView(s, deckIn(s, atlas));
  const emphasis = emphasisOf(view, atlas);
  const target = targetOf(view, atlas, emphasis);
  return {
    view,
    slide,
    deckSlide,
    lang: s.lang,
    contrast: s.contrast,
    year: view.year,
    network: atlasAt(atlas, view.year),
    kinds: kindsOf(view.layers),
    places: view.layers.includes('places'),
    emphasis,
    compare: view.compare?.length ? view.compare : null,
    // A slide is named by its place in the deck, so the same subject on two slides is framed anew.
    camera: { target: slide === null ? target : { ...target, key: `slide:${slide}` }, own: view.camera, move: s.move },
  };
}

/** The scene of one slide of the deck, as the audience sees it (the briefing's card, previews, the handout). */
export function slideScene(slide: number, s: Pick<SceneState, 'lang' | 'contrast' | 'deck'>, atlas: AtlasData): Scene {
  return sceneOf({ mode: 'brief', slide, view: HOME_VIEW, lang: s.lang, contrast: s.contrast, move: NO_MOVE, deck: s.deck }, atlas);
}
