// GeoJSON for the map's sources, built once from the content. Labels carry both languages so a
// language switch only changes which property the label layers read.
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
          name_en: r.shortName.en,
          name_ar: r.shortName.ar,
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
      properties: { id: p.properties.id, kind: p.properties.kind, name_en: p.properties.name.en, name_ar: p.properties.name.ar },
    })),
  };
}

export function countryLabelsSource(atlas: Pick<AtlasData, 'countries'>): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: atlas.countries.map((c) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: c.label },
      properties: { iso3: c.iso3, focus: c.focus, name_en: c.name.en, name_ar: c.name.ar },
    })),
  };
}
