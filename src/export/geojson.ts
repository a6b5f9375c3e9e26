// What a scene shows as GeoJSON: the routes and places drawn, with their properties, where each
// line comes from and under which licence.
import type { FeatureCollection } from 'geojson';
import type { AtlasData } from '../data/types';
import type { Scene } from '../view/scene';
import { shownRoutes } from '../view/words';

/** Where a drawn leg's line comes from, and under which licence: for each feature of the GeoJSON. */
export function legOrigin(leg: AtlasData['routes'][number]['legs'][number]): { alignment: string; source: string; source_url: string | null; licence: string; attribution: string } {
  const trace = leg.properties.trace;
  if (!trace) {
    return {
      alignment: leg.properties.alignment,
      source: 'Corridor Atlas: schematic line drawn through waypoints',
      source_url: null,
      licence: 'CC-BY-4.0',
      attribution: 'Corridor Atlas',
    };
  }
  return {
    alignment: leg.properties.alignment,
    source: `${trace.source.publisher}: ${trace.source.title} (feature ${trace.feature}), simplified for the map`,
    source_url: trace.source.url ?? null,
    licence: trace.licence,
    attribution: trace.attribution,
  };
}

const ODBL_NOTE = 'Legs with licence ODbL-1.0 contain OpenStreetMap data © OpenStreetMap contributors, available under the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/): credit "© OpenStreetMap contributors", and offer those legs, or any database you make from them, under the ODbL.';
const GEM_NOTE = 'Legs traced from Global Energy Monitor\'s pipeline routes: © Global Energy Monitor, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).';

/** The routes and places on show as GeoJSON, with their properties and the licence note. */
export function viewGeoJson(scene: Scene, atlas: AtlasData, link: string): FeatureCollection & Record<string, unknown> {
  const routes = shownRoutes(scene);
  const traces = routes.flatMap((r) => r.legs.flatMap((l) => (l.properties.trace ? [l.properties.trace] : [])));
  const osm = traces.some((tr) => tr.openStreetMap);
  const gem = traces.some((tr) => tr.source.publisher.startsWith('Global Energy Monitor'));
  return {
    type: 'FeatureCollection',
    name: 'Corridor Atlas',
    link,
    dataAsOf: atlas.asOf,
    // The routes and their statuses as of this year (null: today, the day the atlas was built).
    networkAsOf: scene.year,
    attribution: [
      'Corridor Atlas. Route legs are traced from open geodata where "alignment" is "traced" (see each feature\'s source and licence), elsewhere schematic, drawn through named waypoints; country context: Natural Earth (public domain). Cite the sources listed on each feature.',
      ...(gem ? ['Pipeline routes: © Global Energy Monitor (CC BY 4.0).'] : []),
      ...(osm ? ['Contains OpenStreetMap data © OpenStreetMap contributors (ODbL 1.0).'] : []),
    ].join(' '),
    license: [
      'Schematic route geometry and text: CC BY 4.0, Corridor Atlas. Figures belong to the sources cited with them. Each route feature names its own licence.',
      ...(gem ? [GEM_NOTE] : []),
      ...(osm ? [ODBL_NOTE] : []),
    ].join(' '),
    features: [
      ...routes.flatMap((r) => r.legs.map((leg, i) => ({
        type: 'Feature' as const,
        geometry: leg.geometry,
        properties: {
          id: r.id, leg: i, mode: leg.properties.leg, kind: r.kind, status: r.status, name_en: r.name.en, name_ar: r.name.ar,
          countries: r.countries, via: leg.properties.via, ...legOrigin(leg), computed_length_km: r.stats.lengthKm,
          published_lengths: r.lengths, sources: r.sources,
        },
      }))),
      ...(scene.places ? atlas.places.filter((p) => p.properties.kind !== 'sea').map((p) => ({
        type: 'Feature' as const,
        geometry: p.geometry,
        properties: { id: p.properties.id, kind: p.properties.kind, name_en: p.properties.name.en, name_ar: p.properties.name.ar, country: p.properties.country ?? null, approximate: p.properties.approx ?? false, source: p.properties.source },
      })) : []),
    ],
  };
}

