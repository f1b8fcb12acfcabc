/**
 * The committed country outlines (src/map/worldGeometry.ts) are what scripts/build-world-map.ts
 * makes from the pinned world-atlas, topojson-client and d3-geo, and they cover the countries a
 * partnership names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEOMETRY_PATH, worldGeometrySource } from '../../scripts/build-world-map.js';
import { WORLD_MAP } from '../../src/map/worldGeometry.js';
import { countryName } from '../../src/normalise/countries.js';

describe('WORLD_MAP (partner-synergy/map)', () => {
  it('is the fresh output of scripts/build-world-map.ts (run `npm run map` after changing it)', () => {
    expect(readFileSync(GEOMETRY_PATH, 'utf8')).toBe(worldGeometrySource());
  }, 60_000);

  it('has a shape or a point for nearly every country the library knows, and no unknown code', () => {
    const codes = Object.keys(WORLD_MAP.countries);
    expect(codes.filter((c) => countryName(c, 'en') === c)).toEqual([]);
    const shapes = codes.filter((c) => WORLD_MAP.countries[c]!.d !== '');
    expect(shapes.length).toBeGreaterThanOrEqual(170);
    expect(codes.length).toBeGreaterThanOrEqual(230);
    // Countries partnerships name often, drawn as shapes; small ones as points.
    for (const c of ['BD', 'KE', 'ET', 'IN', 'KH', 'CI', 'SO', 'XK', 'NL', 'PS', 'CD'])
      expect(WORLD_MAP.countries[c]?.d, c).toMatch(/^M/);
    for (const c of ['SG', 'MU', 'BH']) expect(WORLD_MAP.countries[c]).toMatchObject({ d: '', area: 0 });
    expect(WORLD_MAP.countries.AQ).toBeUndefined();
  });

  it('keeps every point and outline inside the frame', () => {
    for (const [code, s] of Object.entries(WORLD_MAP.countries)) {
      expect(s.x, code).toBeGreaterThanOrEqual(0);
      expect(s.x, code).toBeLessThanOrEqual(WORLD_MAP.width);
      expect(s.y, code).toBeGreaterThanOrEqual(0);
      expect(s.y, code).toBeLessThanOrEqual(WORLD_MAP.height);
    }
  });

  it('is compact: about 80 kB of path data for the whole world', () => {
    const bytes = Object.values(WORLD_MAP.countries).reduce((n, s) => n + s.d.length, 0);
    expect(bytes).toBeLessThan(90_000);
  });
});
