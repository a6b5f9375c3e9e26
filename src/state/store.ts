// One store, in slices. React reads it with atomic selectors; the map bridge and the URL writer
// subscribe to it directly, so the camera and the URL never cause a React render. What the user
// explores is one value, `view` (src/data/types.ts); `move` says why the camera last had to move.
import { createStore, type StateCreator } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { LAYER_IDS, type Camera, type Deck, type Lang, type LayerId, type Panel, type View } from '../data/types';
import { presented } from '../deck/model';
import type { Digits } from '../i18n/format';
import { NO_MOVE, type CameraMove, type Mode, type MoveReason } from '../view/scene';
import { HOME_VIEW } from '../view/view';
import type { Address, ParamName } from './address';

export interface ViewSlice {
  /** What the user explores: the choice, the year, the layers, their own camera. */
  view: View;
  /** Why the camera last had to move (a choice, Back, a slide, leaving a briefing). */
  move: CameraMove;
  selectRoute: (id: string | null, opts?: { keepPoint?: boolean }) => void;
  selectPoint: (id: number | null, opts?: { keepRoute?: boolean }) => void;
  showPlace: (id: string | null) => void;
  showCountry: (iso3: string | null) => void;
  /** Frame the current view again, forgetting the user's camera. */
  requestFit: () => void;
  /** Opens the comparison of these routes (null closes it). */
  setCompare: (ids: string[] | null) => void;
  setPanel: (panel: Panel) => void;
  toggleLayer: (id: LayerId) => void;
  setYear: (year: number | null) => void;
  /** Shows a view (a slide's, from the deck editor) on the map, in the tab the user is in. */
  showView: (v: View) => void;
  /** The user moved the map: their camera. */
  setCamera: (c: Camera | null) => void;
  /** Back/Forward: the mode, slide and view an address names (address.ts restoredOf); what it leaves out stays. */
  restore: (a: Address) => void;
}

export interface Notice {
  id: number;
  param: ParamName;
  value: string;
}

/** The phone's bottom sheet: a strip with the title and search, half the screen, or nearly all of it. */
export type SheetSize = 'peek' | 'half' | 'full';

export interface UiSlice {
  lang: Lang;
  /** Western (latn) or Arabic-Indic (arab) digits in Arabic. */
  digits: Digits;
  notices: Notice[];
  legendOpen: boolean;
  sheet: SheetSize;
  setLang: (lang: Lang) => void;
  setDigits: (digits: Digits) => void;
  notify: (n: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  setLegendOpen: (open: boolean) => void;
  setSheet: (sheet: SheetSize) => void;
  /** A target does not fit beside what covers the map: fold the legend and lower the sheet. */
  makeRoom: () => void;
}

export interface BriefingSlice {
  mode: Mode;
  /** The user's deck presented (its hidden slides left out); null: the built-in briefing. */
  deck: Deck | null;
  /** Its id in the browser's store, for the address (null: the built-in briefing). */
  deckId: string | null;
  /** 0-based slide index. */
  slide: number;
  /** Seconds between slides in kiosk autoplay; null when off. */
  autoplay: number | null;
  /** High-contrast projector theme. */
  contrast: boolean;
  setMode: (mode: Mode) => void;
  /** Presents a deck (null: the built-in briefing) from one of its slides. */
  present: (deck: { id: string; deck: Deck } | null, slide: number, mode?: Exclude<Mode, 'explore'>) => void;
  goToSlide: (slide: number) => void;
  stopAutoplay: () => void;
  toggleContrast: () => void;
  /** R: back to the slide's own view. */
  resetSlideView: () => void;
}

export type AtlasState = ViewSlice & UiSlice & BriefingSlice;
type Slice<T> = StateCreator<AtlasState, [], [], T>;

const moved = (s: AtlasState, why: MoveReason): { move: CameraMove } => ({ move: { seq: s.move.seq + 1, why } });

/** What choosing something does besides the choice: frame it, forget the user's camera, show the panel. */
const chose = (s: AtlasState, view: Partial<View>) => ({ view: { ...s.view, ...view, camera: null }, ...moved(s, 'frame'), sheet: 'half' as const });
const edit = (s: AtlasState, view: Partial<View>) => ({ view: { ...s.view, ...view } });
/** The parts of an address that belong to the view. */
const viewPart = (a: Address): Partial<View> => Object.fromEntries(Object.entries(a).filter(([k]) => k in HOME_VIEW));

const createViewSlice: Slice<ViewSlice> = (set) => ({
  view: HOME_VIEW,
  move: NO_MOVE,
  selectRoute: (id, opts) => set((s) => {
    const v = { route: id, point: opts?.keepPoint ? s.view.point : null, place: null, country: null, panel: 'routes' as const };
    return id ? chose(s, v) : edit(s, v);
  }),
  selectPoint: (id, opts) => set((s) => {
    const v = { point: id, route: opts?.keepRoute ? s.view.route : null, place: null, country: null, panel: 'proposal' as const };
    return id ? chose(s, v) : edit(s, v);
  }),
  // A place or a country opens its own panel (in the Routes tab); the route it came from stays, to go back to.
  showPlace: (id) => set((s) => (id ? chose(s, { place: id, country: null, panel: 'routes' }) : edit(s, { place: null, country: null }))),
  showCountry: (iso3) => set((s) => (iso3 ? chose(s, { country: iso3, place: null, panel: 'routes' }) : edit(s, { country: null, place: null }))),
  requestFit: () => set((s) => ({ ...edit(s, { camera: null }), ...moved(s, 'frame') })),
  setCompare: (ids) => set((s) => (ids && ids.length >= 2 ? chose(s, { compare: ids }) : edit(s, { compare: null }))),
  setPanel: (panel) => set((s) => edit(s, { panel })),
  toggleLayer: (id) => set((s) => edit(s, {
    layers: s.view.layers.includes(id) ? s.view.layers.filter((l) => l !== id) : LAYER_IDS.filter((l) => l === id || s.view.layers.includes(l)),
  })),
  setYear: (year) => set((s) => edit(s, { year })),
  setCamera: (camera) => set((s) => edit(s, { camera })),
  showView: (v) => set((s) => ({ view: { ...v, panel: s.view.panel }, ...moved(s, 'frame') })),
  restore: (a) => set((s) => {
    const mode = a.mode ?? s.mode;
    const slide = a.slide ?? s.slide;
    if (mode !== 'explore') {
      const shown = mode !== s.mode || slide !== s.slide;
      return { mode, slide, autoplay: mode === 'brief' ? s.autoplay : null, ...(shown ? moved(s, 'slide') : {}) };
    }
    return { mode, autoplay: null, view: { ...s.view, ...viewPart(a) }, ...moved(s, s.mode === 'explore' ? 'restore' : 'return') };
  }),
});

let noticeSeq = 0;
const createUiSlice: Slice<UiSlice> = (set, get) => ({
  lang: 'en',
  digits: 'latn',
  notices: [],
  legendOpen: true,
  sheet: 'peek',
  setLang: (lang) => set({ lang }),
  setDigits: (digits) => set({ digits }),
  notify: (n) => set((s) => ({ notices: [...s.notices, { ...n, id: ++noticeSeq }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setSheet: (sheet) => set({ sheet }),
  makeRoom: () => {
    // Nothing left to fold: no change at all, so the map is not asked to frame again.
    const s = get();
    if (s.legendOpen || s.sheet !== 'peek') set({ legendOpen: false, sheet: s.sheet === 'full' ? 'half' : 'peek' });
  },
});

const createBriefingSlice: Slice<BriefingSlice> = (set) => ({
  mode: 'explore',
  deck: null,
  deckId: null,
  slide: 0,
  autoplay: null,
  contrast: false,
  // Entering a briefing shows its slide; leaving it returns to the view explored before.
  setMode: (mode) => set((s) => ({
    mode, autoplay: mode === 'brief' ? s.autoplay : null,
    ...(mode !== s.mode ? moved(s, mode === 'explore' ? 'return' : 'slide') : {}),
  })),
  present: (d, slide, mode = 'brief') => set((s) => ({
    deck: d ? presented(d.deck) : null, deckId: d?.id ?? null, slide, mode,
    autoplay: mode === 'brief' ? s.autoplay : null, ...moved(s, 'slide'),
  })),
  goToSlide: (slide) => set((s) => (s.slide === slide ? {} : { slide, ...moved(s, 'slide') })),
  stopAutoplay: () => set({ autoplay: null }),
  toggleContrast: () => set((s) => ({ contrast: !s.contrast })),
  resetSlideView: () => set((s) => moved(s, 'slide')),
});

export function createAtlasStore(initial: Partial<AtlasState> = {}) {
  return createStore<AtlasState>()((...a) => ({
    ...createViewSlice(...a),
    ...createUiSlice(...a),
    ...createBriefingSlice(...a),
    ...initial,
  }));
}

export type AtlasStore = ReturnType<typeof createAtlasStore>;

/** The app's store; created once in main.tsx from the URL. */
let appStore: AtlasStore | undefined;
export function setAppStore(store: AtlasStore): void {
  appStore = store;
}
export function getAppStore(): AtlasStore {
  if (!appStore) throw new Error('The store is used before main.tsx created it');
  return appStore;
}

export function useAtlas<T>(selector: (s: AtlasState) => T): T {
  return useStore(getAppStore(), selector);
}
