// Colours for the map. Route kinds use the Okabe–Ito palette, which stays distinguishable for the
// common kinds of colour blindness; each kind also has its own line pattern (see layers.ts).
import type { RouteKind } from '../data/types';

export interface Theme {
  water: string;
  land: string;
  focusLand: string;
  highlightLand: string;
  border: string;
  focusBorder: string;
  label: string;
  mutedLabel: string;
  waterLabel: string;
  halo: string;
  kinds: Record<RouteKind, string>;
  place: string;
  crossing: string;
  port: string;
  gaugeBreak: string;
  /** The land beneath the routes (physicalLayers.ts). */
  physical: {
    /** The hillshade picture's opacity: low enough for print, and for the dark projector ground. */
    reliefOpacity: number;
    river: string;
    /** Lakes' shores, a little darker than the water. */
    shore: string;
    /** Water from an older survey (the Aral Sea as in the early 2000s), between water and land. */
    pastWater: string;
    rangeLabel: string;
    /** Deserts, basins, plains, plateaus, valleys. */
    landformLabel: string;
    halo: string;
  };
}

export const lightTheme: Theme = {
  water: '#bcd7ea',
  land: '#e6e3dc',
  focusLand: '#f6ecd2',
  highlightLand: '#f2d58f',
  border: '#a29a8a',
  focusBorder: '#6d6250',
  label: '#2b2a26',
  mutedLabel: '#6f6b63',
  waterLabel: '#3d6f94',
  halo: '#ffffff',
  kinds: {
    railway: '#d55e00',
    'gas-pipeline': '#0072b2',
    'oil-pipeline': '#8e3b87',
    'transport-corridor': '#009e73',
    highway: '#b77f00',
  },
  place: '#2b2a26',
  crossing: '#ffffff',
  port: '#1f5f8b',
  gaugeBreak: '#d55e00',
  physical: {
    reliefOpacity: 0.55,
    river: '#86b6d8',
    shore: '#9cc3df',
    pastWater: '#d3dee4',
    rangeLabel: '#85654a',
    landformLabel: '#857c70',
    halo: 'rgba(255, 255, 255, 0.8)',
  },
};

/** For projectors: dark ground, bright lines, large contrast; kinds keep their distinct hues. */
export const contrastTheme: Theme = {
  water: '#0c2233',
  land: '#2b2b2b',
  focusLand: '#423d31',
  highlightLand: '#7a6420',
  border: '#6f6f6f',
  focusBorder: '#d8cfb8',
  label: '#ffffff',
  mutedLabel: '#c9c9c9',
  waterLabel: '#9cc9ea',
  halo: '#000000',
  kinds: {
    railway: '#ff7a2f',
    'gas-pipeline': '#56b4e9',
    'oil-pipeline': '#e08ad6',
    'transport-corridor': '#2fe0a8',
    highway: '#ffd23f',
  },
  place: '#ffffff',
  crossing: '#000000',
  port: '#56b4e9',
  gaugeBreak: '#ff7a2f',
  physical: {
    // Lit slopes show as light haze on the dark ground: kept faint.
    reliefOpacity: 0.3,
    river: '#3d7fb3',
    shore: '#2b5f88',
    pastWater: '#1b2831',
    rangeLabel: '#dcc09a',
    landformLabel: '#c2b9aa',
    halo: 'rgba(0, 0, 0, 0.85)',
  },
};
