// One store, in slices. React reads it with atomic selectors; the map bridge and the URL writer
// subscribe to it directly, so the camera and the URL never cause a React render.
import { createStore, type StateCreator } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Lang } from '../data/types';
import type { Digits } from '../i18n/format';
import { LAYER_IDS, type Camera, type LayerId, type Mode, type Panel, type UrlParam } from './url';

export interface SelectionSlice {
  routeId: string | null;
  pointId: number | null;
  /** A place or country picked on the map or in search. */
  placeId: string | null;
  countryId: string | null;
  /** Routes laid side by side in the comparison view (2 to 4), or null. */
  compare: string[] | null;
  /** Bumped whenever the map should frame the current selection. */
  fitSeq: number;
  /** Bumped when Back or Forward restores a view: the map goes to `camera` if there is one, or frames the selection. */
  restoreSeq: number;
  selectRoute: (id: string | null, opts?: { keepPoint?: boolean }) => void;
  selectPoint: (id: number | null, opts?: { keepRoute?: boolean }) => void;
  showPlace: (id: string | null) => void;
  showCountry: (iso3: string | null) => void;
  requestFit: () => void;
  /** Opens the comparison of these routes (null closes it). */
  setCompare: (ids: string[] | null) => void;
  /** Back/Forward: the selection, panel and camera the address names. */
  restoreView: (v: Pick<AtlasState, 'routeId' | 'pointId' | 'placeId' | 'countryId' | 'panel' | 'camera' | 'compare'>) => void;
}

export interface LayersSlice {
  layers: LayerId[];
  toggleLayer: (id: LayerId) => void;
}

export interface Notice {
  id: number;
  param: UrlParam;
  value: string;
}

/** The phone's bottom sheet: a strip with the title and search, half the screen, or nearly all of it. */
export type SheetSize = 'peek' | 'half' | 'full';

export interface UiSlice {
  lang: Lang;
  /** Western (latn) or Arabic-Indic (arab) digits in Arabic. */
  digits: Digits;
  panel: Panel;
  notices: Notice[];
  /** The user's own camera: set when they move the map, null while the map frames what was chosen. */
  camera: Camera | null;
  /** The network as of this year; null = today. */
  year: number | null;
  legendOpen: boolean;
  sheet: SheetSize;
  setLang: (lang: Lang) => void;
  setDigits: (digits: Digits) => void;
  setPanel: (panel: Panel) => void;
  notify: (n: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  setCamera: (c: Camera | null) => void;
  setYear: (year: number | null) => void;
  setLegendOpen: (open: boolean) => void;
  setSheet: (sheet: SheetSize) => void;
  /** A target does not fit beside what covers the map: fold the legend and lower the sheet. */
  makeRoom: () => void;
}

export interface BriefingSlice {
  mode: Mode;
  /** 0-based slide index. */
  slide: number;
  /** Seconds between slides in kiosk autoplay; null when off. */
  autoplay: number | null;
  /** High-contrast projector theme. */
  contrast: boolean;
  /** Bumped when the map should return to the slide's own view. */
  slideViewSeq: number;
  setMode: (mode: Mode) => void;
  goToSlide: (slide: number) => void;
  stopAutoplay: () => void;
  toggleContrast: () => void;
  resetSlideView: () => void;
}

export type AtlasState = SelectionSlice & LayersSlice & UiSlice & BriefingSlice;
type Slice<T> = StateCreator<AtlasState, [], [], T>;

/** What choosing something does besides the choice: frame it, forget the user's camera, show the panel. */
const chosen = (s: AtlasState) => ({ fitSeq: s.fitSeq + 1, camera: null, sheet: 'half' as const });

const createSelectionSlice: Slice<SelectionSlice> = (set) => ({
  routeId: null,
  pointId: null,
  placeId: null,
  countryId: null,
  compare: null,
  fitSeq: 0,
  restoreSeq: 0,
  selectRoute: (id, opts) =>
    set((s) => ({
      routeId: id,
      pointId: opts?.keepPoint ? s.pointId : null,
      placeId: null,
      countryId: null,
      panel: 'routes',
      ...(id ? chosen(s) : {}),
    })),
  selectPoint: (id, opts) =>
    set((s) => ({
      pointId: id,
      routeId: opts?.keepRoute ? s.routeId : null,
      placeId: null,
      countryId: null,
      panel: 'proposal',
      ...(id ? chosen(s) : {}),
    })),
  // A place or a country opens its own panel (in the Routes tab); the route it came from stays, to go back to.
  showPlace: (id) => set((s) => ({ placeId: id, countryId: null, ...(id ? { panel: 'routes' as const, ...chosen(s) } : {}) })),
  showCountry: (iso3) => set((s) => ({ countryId: iso3, placeId: null, ...(iso3 ? { panel: 'routes' as const, ...chosen(s) } : {}) })),
  requestFit: () => set((s) => ({ fitSeq: s.fitSeq + 1, camera: null })),
  setCompare: (ids) => set((s) => ({ compare: ids && ids.length >= 2 ? ids : null, ...(ids && ids.length >= 2 ? chosen(s) : {}) })),
  restoreView: (v) => set((s) => ({ ...v, restoreSeq: s.restoreSeq + 1, fitSeq: v.camera ? s.fitSeq : s.fitSeq + 1 })),
});

const createLayersSlice: Slice<LayersSlice> = (set) => ({
  layers: [...LAYER_IDS],
  toggleLayer: (id) =>
    set((s) => ({
      layers: s.layers.includes(id) ? s.layers.filter((l) => l !== id) : LAYER_IDS.filter((l) => l === id || s.layers.includes(l)),
    })),
});

let noticeSeq = 0;
const createUiSlice: Slice<UiSlice> = (set, get) => ({
  lang: 'en',
  digits: 'latn',
  panel: 'routes',
  notices: [],
  camera: null,
  year: null,
  legendOpen: true,
  sheet: 'peek',
  setLang: (lang) => set({ lang }),
  setDigits: (digits) => set({ digits }),
  setPanel: (panel) => set({ panel }),
  notify: (n) => set((s) => ({ notices: [...s.notices, { ...n, id: ++noticeSeq }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setCamera: (camera) => set({ camera }),
  setYear: (year) => set({ year }),
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
  slide: 0,
  autoplay: null,
  contrast: false,
  slideViewSeq: 0,
  setMode: (mode) => set((s) => ({ mode, autoplay: mode === 'brief' ? s.autoplay : null })),
  goToSlide: (slide) => set((s) => (s.slide === slide ? {} : { slide, slideViewSeq: s.slideViewSeq + 1 })),
  stopAutoplay: () => set({ autoplay: null }),
  toggleContrast: () => set((s) => ({ contrast: !s.contrast })),
  resetSlideView: () => set((s) => ({ slideViewSeq: s.slideViewSeq + 1 })),
});

export function createAtlasStore(initial: Partial<AtlasState> = {}) {
  return createStore<AtlasState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createLayersSlice(...a),
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
