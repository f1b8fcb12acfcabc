/**
 * Projects the Natural Earth countries (via world-atlas) once, at build time, into a compact
 * geometry data module for the report and dashboard map:
 *
 *   npm run map        # writes src/map/worldGeometry.ts (committed)
 *
 * - Shapes: Natural Earth 1:110m (world-atlas countries-110m.json, public domain), one path per
 *   ISO 3166-1 alpha-2 code, Equal Earth projection (equal-area: a country's size on the map is
 *   its size on the ground), fitted into WIDTH px, coordinates rounded to 0.1 px and written as
 *   relative moves. Antarctica is left out (no partnership works there; it would take a fifth
 *   of the height).
 * - Countries too small for 1:110m (Singapore, Bahrain, Mauritius, island states, ...) come
 *   from 1:50m as a point only: the map draws them as a marker when members work there.
 * - Natural Earth's features without an ISO code are given to the country the United Nations
 *   count them in (Somaliland -> SO, Northern Cyprus -> CY) or to the user-assigned code the
 *   library uses (Kosovo -> XK), so that no land is left blank.
 *
 * tests/map/worldGeometry.test.ts fails when the committed file differs from a fresh run.
 * Only this script uses world-atlas, topojson-client and d3-geo (devDependencies): the library
 * ships the projected paths, not the projection code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoArea,
  geoCentroid,
  geoEqualEarth,
  geoPath,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The generated module. */
export const GEOMETRY_PATH = resolve(ROOT, 'src/map/worldGeometry.ts');
/** Width of the map in px (the SVG's viewBox); the height follows from the projection. */
const WIDTH = 1000;
/** Coordinates are rounded to 1 / PRECISION px. */
const PRECISION = 10;
/** Natural Earth features without an ISO numeric code, and the code the map gives them. */
const UNCODED: Readonly<Record<string, string>> = { Somaliland: 'SO', 'N. Cyprus': 'CY', Kosovo: 'XK' };
const require = createRequire(import.meta.url);

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

function readCountries(resolution: '110m' | '50m'): CountryFeature[] {
  const file = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return collection.features.filter(
    (f): f is CountryFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  );
}

/** ISO alpha-2 code of a Natural Earth feature, or null (then it is skipped, with a message). */
function codeOf(f: CountryFeature): string | null {
  if (f.id !== undefined) return countries.numericToAlpha2(String(f.id)) ?? null;
  return Object.hasOwn(UNCODED, f.properties.name) ? (UNCODED[f.properties.name] ?? null) : null;
}

/** Group features by code (a code may have several features: Somalia and Somaliland). */
function byCode(features: readonly CountryFeature[]): Map<string, CountryFeature[]> {
  const groups = new Map<string, CountryFeature[]>();
  for (const f of features) {
    const code = codeOf(f);
    if (code === null || code === 'AQ') continue;
    groups.set(code, [...(groups.get(code) ?? []), f]);
  }
  return groups;
}

/** An SVG path context writing one absolute move per ring and relative lines, on a 1/PRECISION grid. */
class CompactPath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private ringStart = true;
  private static num(n: number): string {
    const s = String(n / PRECISION);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  }
  private static pair(a: number, b: number): string {
    const second = CompactPath.num(b);
    return `${CompactPath.num(a)}${second.startsWith('-') ? '' : ' '}${second}`;
  }
  moveTo(x: number, y: number): void {
    this.x = Math.round(x * PRECISION);
    this.y = Math.round(y * PRECISION);
    this.parts.push(`M${CompactPath.pair(this.x, this.y)}`);
    this.ringStart = true;
  }
  lineTo(x: number, y: number): void {
    const gx = Math.round(x * PRECISION);
    const gy = Math.round(y * PRECISION);
    if (gx === this.x && gy === this.y) return;
    const delta = CompactPath.pair(gx - this.x, gy - this.y);
    this.parts.push(this.ringStart ? `l${delta}` : delta.startsWith('-') ? delta : ` ${delta}`);
    this.ringStart = false;
    this.x = gx;
    this.y = gy;
  }
  closePath(): void {
    this.parts.push('z');
    this.ringStart = true;
  }
  arc(): void {
    throw new Error('CompactPath: arcs are not used for polygons');
  }
  text(): string {
    return this.parts.join('');
  }
}

function pathOf(geometry: GeoPermissibleObjects, projection: GeoProjection): string {
  const context = new CompactPath();
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geometry);
  return context.text();
}

/** The largest polygon of a country (its visual centre: France's is in Europe, not in between). */
function largestPolygon(features: readonly CountryFeature[]): Polygon {
  const polygons = features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry]
      : f.geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates })),
  );
  return polygons.reduce((best, p) => (geoArea(p) > geoArea(best) ? p : best));
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

interface Entry {
  readonly d: string;
  readonly x: number;
  readonly y: number;
  readonly area: number;
}

/** The text of src/map/worldGeometry.ts. Deterministic: same packages, same bytes. */
export function worldGeometrySource(): string {
  const shapes = byCode(readCountries('110m'));
  const points = byCode(readCountries('50m'));
  const world: FeatureCollection = { type: 'FeatureCollection', features: [...shapes.values()].flat() };
  const projection = geoEqualEarth().fitWidth(WIDTH, world);
  const [[, top], [, bottom]] = geoPath(projection).bounds(world);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const path = geoPath(projection);
  const entries = new Map<string, Entry>();
  for (const [code, features] of shapes) {
    const collection: FeatureCollection = { type: 'FeatureCollection', features };
    const [x, y] = path.centroid(largestPolygon(features));
    entries.set(code, {
      d: pathOf(collection, projection),
      x: round1(x),
      y: round1(y),
      area: round1(path.area(collection)),
    });
  }
  for (const [code, features] of points) {
    if (entries.has(code)) continue;
    const [x, y] = projection(geoCentroid(largestPolygon(features))) ?? [Number.NaN, Number.NaN];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    entries.set(code, { d: '', x: round1(x), y: round1(y), area: 0 });
  }
  const codes = [...entries.keys()].sort();
  const lines = codes.map((code) => {
    const e = entries.get(code)!;
    return `    ${code}: { d: '${e.d}', x: ${e.x}, y: ${e.y}, area: ${e.area} },`;
  });
  const pkg = (name: string) =>
    `${name} ${(JSON.parse(readFileSync(resolve(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}`;
  return [
    '// Generated by scripts/build-world-map.ts (npm run map) from Natural Earth (public domain)',
    `// through ${pkg('world-atlas')}, ${pkg('topojson-client')} and ${pkg('d3-geo')}. Do not edit.`,
    "import type { WorldMapGeometry } from '../report/worldMap.js';",
    '',
    '/**',
    ' * The world map of the reports and the dashboard: one projected outline per country (ISO',
    ' * 3166-1 alpha-2; XK for Kosovo), Natural Earth 1:110m in the Equal Earth projection,',
    ' * Antarctica left out. Countries too small for that scale are a point only (`d` is empty).',
    ' * Pass it to `renderHtml(json, { map: WORLD_MAP })` or `renderWorldMapSvg` (`partner-synergy/report`).',
    ' *',
    ' * @example',
    " * WORLD_MAP.countries.BD?.d.startsWith('M'); // => true",
    " * WORLD_MAP.countries.SG?.d; // => ''",
    ' */',
    'export const WORLD_MAP: WorldMapGeometry = {',
    `  width: ${WIDTH},`,
    `  height: ${height},`,
    `  source: 'Natural Earth 1:110m',`,
    `  projection: 'Equal Earth',`,
    '  countries: {',
    ...lines,
    '  },',
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = worldGeometrySource();
  writeFileSync(GEOMETRY_PATH, text);
  console.log(`wrote ${GEOMETRY_PATH} (${(text.length / 1000).toFixed(1)} kB)`);
}
