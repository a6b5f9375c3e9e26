// A thousand random query strings: the parser never throws and always yields a state the app can use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS, LAYER_IDS, PANELS } from '../data/types';
import { parseAddress, writeAddress } from './address';

const parseUrlState = (search: string, k: Parameters<typeof parseAddress>[1]) => ({ state: parseAddress(search, k).address });
const serializeUrlState = writeAddress;

const known = { routeIds: new Set(['cku-railway', 'cagp-abc', 'cagp-d']), pointIds: new Set([1, 2, 3, 4, 5]) };
const keys = fc.constantFrom('lang', 'route', 'point', 'layers', 'map', 'panel', 'x', '');
const values = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('%%', '%', '%E0%A4%A', 'ar', 'en', 'cku-railway', '2', '0', '-1', 'railway,places', '5/40/70', 'NaN/1/2', '1e400/0/0'),
);
const query = fc.array(fc.tuple(keys, values), { maxLength: 8 }).map((pairs) =>
  `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`,
);

describe('the address under random input', () => {
  it('never throws and only yields valid values', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'grapheme' })), (search) => {
        const { state } = parseUrlState(search, known);
        if (state.lang !== undefined) expect(LANGS).toContain(state.lang);
        if (state.panel !== undefined) expect(PANELS).toContain(state.panel);
        // A parsed value is there or not; never null.
        for (const v of Object.values(state)) expect(v).not.toBeNull();
        if (state.route) expect(known.routeIds.has(state.route)).toBe(true);
        if (typeof state.point === 'number') expect(known.pointIds.has(state.point)).toBe(true);
        if (state.layers) for (const l of state.layers) expect(LAYER_IDS).toContain(l);
        if (state.camera) {
          expect(Number.isFinite(state.camera.zoom)).toBe(true);
          expect(Math.abs(state.camera.center[1])).toBeLessThanOrEqual(85);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('whatever it accepts survives a round trip', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = parseUrlState(search, known);
        const again = parseAddress(serializeUrlState(state), known);
        expect(again.problems).toEqual([]);
        expect(again.address.route).toEqual(state.route);
        expect(again.address.point).toEqual(state.point);
        expect(again.address.lang).toEqual(state.lang);
      }),
      { numRuns: 1000 },
    );
  });
});
