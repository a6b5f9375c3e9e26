// A small drawing of how a route kind/status looks on the map, for the legend and lists.
import type { RouteKind, RouteStatus } from '../data/types';
import { lightTheme } from '../map/theme';
import { patternOf } from '../map/sources';

const DASH: Record<ReturnType<typeof patternOf>, string | undefined> = {
  solid: undefined,
  dash: '8 5',
  dot: '2 5',
  sea: '10 5 3 5',
};

export function RouteSwatch({ kind, status = 'operating', leg = 'land' }: { kind: RouteKind; status?: RouteStatus; leg?: 'land' | 'sea' }) {
  const colour = lightTheme.kinds[kind];
  const dash = DASH[patternOf(status, leg)];
  return (
    <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      {kind === 'transport-corridor' && <line x1="2" y1="7" x2="34" y2="7" stroke={colour} strokeOpacity="0.25" strokeWidth="12" strokeLinecap="round" />}
      <line x1="2" y1="7" x2="34" y2="7" stroke="#fff" strokeWidth="6.5" strokeLinecap="round" />
      <line x1="2" y1="7" x2="34" y2="7" stroke={colour} strokeWidth="3.5" strokeDasharray={dash} />
      {kind === 'railway' && leg === 'land' && <line x1="2" y1="7" x2="34" y2="7" stroke="#fff" strokeWidth="1.6" strokeDasharray="1 5" />}
      {kind === 'highway' && <line x1="2" y1="7" x2="34" y2="7" stroke="#fff" strokeWidth="1.1" />}
    </svg>
  );
}

export function StatusSwatch({ status }: { status: RouteStatus }) {
  const dash = DASH[patternOf(status, 'land')];
  return (
    <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2="34" y2="7" stroke="#4a4740" strokeWidth="3.5" strokeDasharray={dash} />
    </svg>
  );
}

/** The chosen route (wide) beside one that fades, as the map draws a selection. */
export function ChosenSwatch() {
  return (
    <svg className="swatch" width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="4" x2="34" y2="4" stroke="#4a4740" strokeWidth="5" strokeLinecap="round" />
      <line x1="2" y1="11" x2="34" y2="11" stroke="#4a4740" strokeOpacity="0.3" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

export function FillSwatch({ fill, stroke }: { fill: string; stroke: string }) {
  return (
    <svg className="swatch swatch--fill" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="20" height="12" rx="2" fill={fill} stroke={stroke} />
    </svg>
  );
}

export function DotSwatch({ fill, stroke, r = 4.5 }: { fill: string; stroke: string; r?: number }) {
  return (
    <svg className="swatch swatch--dot" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      <circle cx="11" cy="7" r={r} fill={fill} stroke={stroke} strokeWidth="1.8" />
    </svg>
  );
}

/** The dot each kind of place gets on the map (layers.ts), for legends. */
export function PlaceSwatch({ kind }: { kind: string }) {
  const t = lightTheme;
  switch (kind) {
    case 'capital': return <DotSwatch fill={t.place} stroke="#fff" r={5} />;
    case 'border-crossing': return <DotSwatch fill={t.crossing} stroke={t.place} />;
    case 'port': return <DotSwatch fill={t.port} stroke="#fff" />;
    case 'gauge-break': return <DotSwatch fill={t.gaugeBreak} stroke="#fff" />;
    default: return <DotSwatch fill={t.place} stroke="#fff" r={3.5} />;
  }
}
