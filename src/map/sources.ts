// GeoJSON for the map's sources, built once from the content. Every label lives in one source of
// its own, carrying both languages: a language switch changes which property the label layers
// read, and MapLibre then lays out only that source again, not the route lines or the countries.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasData, RouteStatus } from '../data/types';

export type Pattern = 'solid' | 'dash' | 'dot' | 'sea';

export function patternOf(status: RouteStatus, leg: 'land' | 'sea'): Pattern {
  if (leg === 'sea') return 'sea';
  if (status === 'under-construction') return 'dash';
  if (status === 'planned' || status === 'stalled') return 'dot';
  return 'solid';
}

export function routesSource(atlas: Pick<AtlasData, 'routes'>): FeatureCollection<LineString> {
  return {
    type: 'FeatureCollection',
    features: atlas.routes.flatMap((r) =>
      r.legs.map((leg) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: {
          id: r.id,
          kind: r.kind,
          status: r.status,
          leg: leg.properties.leg,
          pattern: patternOf(r.status, leg.properties.leg),
          // Traced from open geodata, or schematic: the casing shows which (layers.ts).
          alignment: leg.properties.alignment,
        },
      })),
    ),
  };
}

export function placesSource(atlas: Pick<AtlasData, 'places'>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: atlas.places.map((p) => ({
      type: 'Feature' as const,
      geometry: p.geometry,
      properties: { id: p.properties.id, kind: p.properties.kind },
    })),
  };
}

/** What a label names; the label layers filter on it. */
export type LabelRole = 'country' | 'place' | 'route';

export function labelsSource(atlas: Pick<AtlasData, 'countries' | 'places' | 'routes'>): FeatureCollection<Point | LineString> {
  const names = (name: { en: string; ar: string }) => ({ name_en: name.en, name_ar: name.ar });
  return {
    type: 'FeatureCollection',
    features: [
      ...atlas.countries.map((c) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: c.label },
        properties: { role: 'country' as LabelRole, id: c.iso3, focus: c.focus, ...names(c.name) },
      })),
      ...atlas.places.map((p) => ({
        type: 'Feature' as const,
        geometry: p.geometry,
        properties: { role: 'place' as LabelRole, id: p.properties.id, kind: p.properties.kind, ...names(p.properties.name) },
      })),
      ...atlas.routes.flatMap((r) => r.legs.map((leg) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: { role: 'route' as LabelRole, id: r.id, kind: r.kind, ...names(r.shortName) },
      }))),
    ],
  };
}
