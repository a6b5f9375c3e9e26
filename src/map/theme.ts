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
};
