/**
 * Texts handed to the file writer in pieces: a report of megabytes is never joined into one
 * string (and copied again into one buffer) only to be written out.
 * @module
 */

/**
 * The pieces of `items.join(separator) + end`, in order, without joining them.
 *
 * @param items - the texts
 * @param separator - put between two items
 * @param end - put after the last item (also when there is none)
 * @example
 * [...joinedPieces(['a', 'b'], '\n\n', '\n')].join(''); // => 'a\n\nb\n'
 */
export function* joinedPieces(items: readonly string[], separator: string, end: string): Generator<string> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0) yield separator;
    yield items[i]!;
  }
  yield end;
}
