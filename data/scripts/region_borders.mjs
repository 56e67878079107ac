// Regenerates data/geo/region-borders.geojson, the country borders the explorer page (/) draws under its markers.
//
// Source: Natural Earth's 1:50m admin-0 countries (public domain, https://www.naturalearthdata.com/), as the npm
// package world-atlas 2.0.2 ships them in TopoJSON, turned into GeoJSON by topojson-client 3.1.0. Each country is cut
// to the region's box and its coordinates rounded to 0.01 degree (about 1 km, far below what the map shows), so the
// committed file stays small. The file is committed: running the API needs neither npm nor this script.
//
//   node data/scripts/region_borders.mjs                 # npm-installs both packages into a temporary folder
//   node data/scripts/region_borders.mjs /path/to/node_modules   # or uses packages already installed there
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// West, south, east, north: the Levant, Iraq, Iran, the Gulf, the Arabian Peninsula, the Red Sea and Yemen, with a
// margin so the map can pan a little without showing the cut.
const box = [24, 8, 66, 44];
const decimals = 2;

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'geo', 'region-borders.geojson');
let modules = process.argv[2];
let scratch = null;
if (!modules) {
  scratch = mkdtempSync(join(tmpdir(), 'region-borders-'));
  execFileSync('npm', ['install', '--prefix', scratch, '--no-audit', '--no-fund', '--no-save',
    'world-atlas@2.0.2', 'topojson-client@3.1.0'], { stdio: 'inherit' });
  modules = join(scratch, 'node_modules');
}
try {
  const require = createRequire(join(modules, 'noop.js'));
  const topojson = require('topojson-client');
  const atlas = JSON.parse(readFileSync(join(modules, 'world-atlas', 'countries-50m.json'), 'utf8'));
  const countries = topojson.feature(atlas, atlas.objects.countries);
  const features = [];
  for (const country of countries.features) {
    const polygons = country.geometry?.type === 'Polygon' ? [country.geometry.coordinates]
      : country.geometry?.type === 'MultiPolygon' ? country.geometry.coordinates : [];
    const kept = polygons.map((rings) => rings.map(clipRing).filter((ring) => ring.length >= 4))
      .filter((rings) => rings.length > 0 && area(rings[0]) > 0.0005);
    if (kept.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { name: country.properties.name, label: labelPoint(kept) },
      geometry: { type: 'MultiPolygon', coordinates: kept },
    });
  }
  features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const collection = {
    type: 'FeatureCollection',
    source: 'Natural Earth 1:50m admin-0 countries (public domain) via world-atlas 2.0.2; cut to ' + box.join(',')
      + ' by data/scripts/region_borders.mjs',
    bbox: box,
    features,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(collection) + '\n');
  console.log(`wrote ${features.length} countries to ${out}`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

/** Sutherland-Hodgman against each edge of the box, then rounding; closed ring in, closed ring out. */
function clipRing(ring) {
  let points = ring.slice(0, -1);
  const edges = [
    [(p) => p[0] >= box[0], (a, b) => cross(a, b, 0, box[0])],
    [(p) => p[0] <= box[2], (a, b) => cross(a, b, 0, box[2])],
    [(p) => p[1] >= box[1], (a, b) => cross(a, b, 1, box[1])],
    [(p) => p[1] <= box[3], (a, b) => cross(a, b, 1, box[3])],
  ];
  for (const [inside, intersect] of edges) {
    const next = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) next.push(intersect(previous, current));
        next.push(current);
      } else if (inside(previous)) {
        next.push(intersect(previous, current));
      }
    }
    points = next;
    if (points.length === 0) return [];
  }
  const factor = 10 ** decimals;
  const rounded = [];
  for (const [x, y] of points) {
    const p = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  if (rounded.length > 0) rounded.push(rounded[0]);
  return rounded;
}

function cross(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [value, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), value];
}

function area(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(sum) / 2;
}

/** Where the country's name goes: the centroid of its largest piece inside the box. */
function labelPoint(polygons) {
  const ring = polygons.map((rings) => rings[0]).reduce((a, b) => (area(a) >= area(b) ? a : b));
  let x = 0, y = 0, sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const f = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    x += (ring[i][0] + ring[i + 1][0]) * f;
    y += (ring[i][1] + ring[i + 1][1]) * f;
    sum += f;
  }
  return sum === 0 ? ring[0] : [Math.round((x / (3 * sum)) * 100) / 100, Math.round((y / (3 * sum)) * 100) / 100];
}
