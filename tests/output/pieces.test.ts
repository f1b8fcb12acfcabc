/** joinedPieces gives, piece by piece, exactly the joined text the reports used to build whole. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinedPieces } from '../../src/output/pieces.js';

describe('joinedPieces', () => {
  it('joined, is items.join(separator) + end, for any items, separator and end', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.string(), fc.string(), (items, separator, end) => {
        expect([...joinedPieces(items, separator, end)].join('')).toBe(`${items.join(separator)}${end}`);
      }),
    );
  });
});
