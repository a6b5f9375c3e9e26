// The validated content, built from data/ by build/atlasDataPlugin.ts, plus lookups by id.
import atlas from 'virtual:atlas-data';

export { atlas };
export type AtlasRoute = (typeof atlas.routes)[number];
export type AtlasCountry = (typeof atlas.countries)[number];

export const routeById = new Map(atlas.routes.map((r) => [r.id, r]));
export const placeById = new Map(atlas.places.map((p) => [p.properties.id, p]));
export const countryByIso = new Map(atlas.countries.map((c) => [c.iso3, c]));
export const pointById = new Map(atlas.proposal.points.map((p) => [p.id, p]));

export function routesOfPoint(pointId: number): AtlasRoute[] {
  return atlas.routes.filter((r) => r.points.includes(pointId));
}
