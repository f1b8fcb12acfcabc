import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a64Hex, recommendationId } from '../../src/recommend/hash.js';

describe('fnv1a64Hex', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325');
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8');
  });

  it('equals a BigInt reference implementation on any string', () => {
    const reference = (text: string): string => {
      let h = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text))
        h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return h.toString(16).padStart(16, '0');
    };
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        (text) => fnv1a64Hex(text) === reference(text),
      ),
    );
  });

  it('hashes the UTF-8 bytes (accents differ from their ASCII look-alikes)', () => {
    expect(fnv1a64Hex('Côte')).not.toBe(fnv1a64Hex('Cote'));
    expect(fnv1a64Hex('Côte')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('recommendationId', () => {
  const base = {
    kind: 'joint-lobby',
    members: ['tri', 'flu'],
    country: null,
    sector: 'garment-textiles',
    themes: ['osh', 'gbv'],
  };

  it('is prefixed with the kind and ignores member and theme order', () => {
    const id = recommendationId(base);
    expect(id).toMatch(/^joint-lobby-[0-9a-f]{16}$/);
    expect(recommendationId({ ...base, members: ['flu', 'tri'], themes: ['gbv', 'osh'] })).toBe(id);
  });

  it('changes with kind, members, country, sector, themes and key', () => {
    const id = recommendationId(base);
    const variants = [
      { ...base, kind: 'joint-programme' },
      { ...base, members: ['flu'] },
      { ...base, country: 'BD' },
      { ...base, sector: null },
      { ...base, themes: ['gbv'] },
      { ...base, key: 'x' },
    ];
    const ids = variants.map(recommendationId);
    expect(new Set([id, ...ids]).size).toBe(7);
  });
});
