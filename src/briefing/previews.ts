// The presenter's map previews: one hidden map draws slide after slide, as the audience sees each
// (its scene, framed on a canvas of the preview's size with nothing covering it); the images are
// kept per (slide, language, contrast) as object URLs, a few at a time.
import { useEffect, useRef, useState } from 'react';
import { atlas } from '../data/atlas';
import type { Deck, DeckSlide, Lang } from '../data/types';
import { viewFor } from '../map/camera/frame';
import { hasWebGL } from '../map/MapView';
import { createSnapshotter, type SnapshotCamera, type Snapshotter } from '../map/snapshot';
import { slideScene, type Scene } from '../view/scene';

/** The previews' size in CSS pixels: 16:9, small enough to draw quickly in software WebGL. */
export const PREVIEW = { width: 480, height: 270 } as const;
/** Images kept besides the ones on screen (going back a slide or switching language back is instant). */
const KEEP = 8;
const CREATE_TIMEOUT_MS = 45_000;
const RENDER_TIMEOUT_MS = 30_000;

type PreviewJob = { key: string; scene: Scene; camera: SnapshotCamera };
export interface PreviewState {
  /** The window cannot draw maps at all (no WebGL, or the hidden map would not start). */
  unavailable: boolean;
  ready: ReadonlyMap<string, string>;
  failed: ReadonlySet<string>;
}

/** A slide's picture is known by what it shows: a slide whose view changes is drawn again. */
export const previewKey = (slide: DeckSlide, lang: Lang, contrast: boolean) => `${slide.id}|${JSON.stringify(slide.view)}|${lang}|${contrast ? 'contrast' : 'plain'}`;

/** The slide's map as the audience sees it: its scene framed on a canvas of the preview's size, no covers. */
function previewJob(slide: number, lang: Lang, contrast: boolean, deck: Deck | null): PreviewJob {
  const scene = slideScene(slide, { lang, contrast, deck }, atlas);
  const { center, zoom } = viewFor(scene.camera.target, PREVIEW, []);
  return { key: previewKey(scene.deckSlide!, lang, contrast), scene, camera: scene.camera.own ?? { center, zoom } };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = setTimeout(() => reject(new Error('timed out')), ms);
    p.then((v) => { clearTimeout(id); resolve(v); }, (e: unknown) => { clearTimeout(id); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}

function canvasUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error('no image'))), 'image/png');
  });
}

/** Draws the wanted previews one at a time, newest wish first; never throws. */
function createPreviewer(onChange: (s: PreviewState) => void) {
  const ready = new Map<string, string>();
  const failed = new Set<string>();
  let wanted: PreviewJob[] = [];
  let unavailable = !hasWebGL();
  let snapper: Promise<Snapshotter | null> | null = null;
  let running = false;
  let disposed = false;

  const publish = () => {
    if (!disposed) onChange({ unavailable, ready: new Map(ready), failed: new Set(failed) });
  };

  const start = (first: PreviewJob): Promise<Snapshotter | null> => {
    const created = createSnapshotter(PREVIEW, first.scene, first.camera);
    let gaveUp = false;
    // A map that starts after we gave up on it (or after the window closed) is not kept.
    created.then((s) => { if (gaveUp || disposed) s.destroy(); }, () => {});
    return withTimeout(created, CREATE_TIMEOUT_MS).catch(() => {
      gaveUp = true;
      unavailable = true;
      return null;
    });
  };

  /** Drops the oldest images that are not on screen, beyond KEEP. */
  const trim = () => {
    const onScreen = new Set(wanted.map((j) => j.key));
    let spare = [...ready.keys()].filter((k) => !onScreen.has(k));
    while (spare.length > KEEP) {
      const key = spare[0]!;
      URL.revokeObjectURL(ready.get(key)!);
      ready.delete(key);
      spare = spare.slice(1);
    }
  };

  const pump = async () => {
    if (running) return;
    running = true;
    try {
      while (!disposed && !unavailable) {
        const job = wanted.find((j) => !ready.has(j.key) && !failed.has(j.key));
        if (!job) break;
        // One hidden map for every slide: each job's scene, the network of its year included.
        snapper ??= start(job);
        const map = await snapper;
        if (!map || disposed) break;
        try {
          const { canvas } = await withTimeout(map.render(job.scene, job.camera), RENDER_TIMEOUT_MS);
          const url = await canvasUrl(canvas);
          if (disposed) {
            URL.revokeObjectURL(url);
            break;
          }
          ready.set(job.key, url);
          trim();
        } catch {
          failed.add(job.key);
        }
        publish();
      }
    } finally {
      running = false;
      publish();
    }
  };

  return {
    want(jobs: PreviewJob[]) {
      wanted = jobs;
      // The ones on screen count as the newest.
      for (const j of jobs) {
        const url = ready.get(j.key);
        if (url) {
          ready.delete(j.key);
          ready.set(j.key, url);
        }
      }
      trim();
      publish();
      void pump();
    },
    dispose() {
      disposed = true;
      void snapper?.then((s) => s?.destroy());
      for (const url of ready.values()) URL.revokeObjectURL(url);
      ready.clear();
    },
  };
}

export function useSlidePreviews(slides: readonly number[], lang: Lang, contrast: boolean, deck: Deck | null): PreviewState {
  const [state, setState] = useState<PreviewState>(() => ({ unavailable: false, ready: new Map(), failed: new Set() }));
  const previewer = useRef<ReturnType<typeof createPreviewer> | null>(null);
  useEffect(() => {
    const p = createPreviewer(setState);
    previewer.current = p;
    return () => {
      p.dispose();
      previewer.current = null;
    };
  }, []);
  // New jobs only when what the wanted slides show changes, not when their words are edited.
  const shown = deck ?? atlas.briefing;
  const wantedKey = slides.map((i) => (shown.slides[i] ? previewKey(shown.slides[i], lang, contrast) : '')).join('\n');
  const latest = useRef({ slides, deck });
  // Runs before the effect below (effects run in order): it reads the slides of this render.
  useEffect(() => {
    latest.current = { slides, deck };
  });
  useEffect(() => {
    const { slides: list, deck: d } = latest.current;
    previewer.current?.want(list.map((i) => previewJob(i, lang, contrast, d)));
  }, [wantedKey, lang, contrast]);
  return state;
}
