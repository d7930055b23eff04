// The world's country shapes (bundled TopoJSON, ids ISO 3166-1 alpha-2) and a projection zoomed onto a
// set of countries.
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from '../../../media/map/countries.json';

export type Country = Feature<Geometry, { name: string }> & { id: string };

let decoded: Map<string, Country> | undefined;

/** Every country shape by id, decoded once: decoding the arcs is the costly part. */
export function countryShapes(): Map<string, Country> {
  if (!decoded) {
    const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    decoded = new Map(collection.features.map((f) => [String(f.id), f as Country]));
  }
  return decoded;
}

export interface Frame {
  width: number;
  height: number;
  path: GeoPath;
  /** The shapes that show in the frame. */
  visible: Country[];
}

/**
 * An equal-area projection centred on the focus countries and fitted to them, leaving `margin` (a share of
 * the frame's width and height) on each side, so their neighbours show around them. The height follows the
 * focus's shape within `aspect` (height / width).
 */
export function frameOn(focus: Country[], width: number, margin: number, aspect: [number, number]): Frame {
  const all = [...countryShapes().values()];
  const target: FeatureCollection = { type: 'FeatureCollection', features: focus.length > 0 ? focus : all };
  const [longitude, latitude] = geoCentroid(target);
  const projection: GeoProjection = geoAzimuthalEqualArea().rotate([-longitude, -latitude]);
  const inner = 1 - 2 * margin;
  projection.fitWidth(width * inner, target);
  const [[, top], [, bottom]] = geoPath(projection).bounds(target);
  const height = Math.round(Math.min(aspect[1], Math.max(aspect[0], (bottom - top) / inner / width)) * width);
  projection.fitExtent([[width * margin, height * margin], [width * (1 - margin), height * (1 - margin)]], target);
  // Clipping to the frame keeps off-screen shapes out of the page and every shape inside the SVG.
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection);
  const visible = all.filter((country) => {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    return x1 > 0 && y1 > 0 && x0 < width && y0 < height && x1 - x0 > 0;
  });
  return { width, height, path, visible };
}
