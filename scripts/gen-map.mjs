// Writes media/map/countries.json: world-atlas's 1:50m country borders (Natural Earth), simplified with
// topojson-simplify and re-keyed by ISO 3166-1 alpha-2, the ids the datasets use. The fact sheet's webview
// bundles it, so the map needs nothing from the network. Runs as part of `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = require.resolve('world-atlas/countries-50m.json');
const output = path.join(root, 'media/map/countries.json');

// Natural Earth has no ISO code for these; the datasets use the user-assigned codes below.
const UNCODED = { Kosovo: 'XK', 'N. Cyprus': 'CY-N', Somaliland: 'SO-S' };

if (fs.existsSync(output) && fs.statSync(output).mtimeMs > fs.statSync(input).mtimeMs && fs.statSync(output).mtimeMs > fs.statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0);
}
const topology = JSON.parse(fs.readFileSync(input, 'utf8'));
// Keep the points that matter at the map's scale: the top 15% by weight (area of the triangle they make).
const weighted = presimplify(topology);
const simplified = simplify(weighted, quantile(weighted, 0.15));
for (const geometry of simplified.objects.countries.geometries) {
  const name = geometry.properties?.name ?? '';
  const alpha2 = geometry.id !== undefined ? countries.numericToAlpha2(geometry.id) : UNCODED[name];
  geometry.id = alpha2 ?? UNCODED[name] ?? `N${geometry.id ?? name}`;
  geometry.properties = { name };
}
delete simplified.objects.land;
// Drop the presimplify weights, then store the points as deltas on a 10,000-step grid (~4 km at the equator).
simplified.arcs = simplified.arcs.map((arc) => arc.map(([x, y]) => [x, y]));
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, JSON.stringify(quantize(simplified, 1e4)));
console.log(`wrote ${path.relative(root, output)} (${fs.statSync(output).size} bytes)`);
