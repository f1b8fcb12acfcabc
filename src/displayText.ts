/**
 * Clipping of names in generated text. A member name is data and stays whole in baseline.json's
 * member list, but reports, rationales and exports repeat names many times: a 1 MiB name once
 * made a 135 MB HTML report. Display text is therefore cut to {@link MAX_DISPLAY_CHARS}.
 */

/** Most characters (code points) of a name or label shown in reports and rationales. */
export const MAX_DISPLAY_CHARS = 120;

/**
 * `text` cut to `max` characters (code points, so no surrogate pair is split), the last one
 * replaced by "…" when it was longer; unchanged otherwise.
 *
 * @example
 * clipDisplay('Fair Threads Alliance'); // => 'Fair Threads Alliance'
 * clipDisplay('abcdef', 4); // => 'abc…'
 */
export function clipDisplay(text: string, max: number = MAX_DISPLAY_CHARS): string {
  if (text.length <= max) return text;
  // A character is at most two UTF-16 units: past 2·max units the text is surely too long, and
  // its first max - 1 characters lie within the first 2·max units.
  const whole = text.length <= 2 * max;
  const chars = Array.from(whole ? text : text.slice(0, 2 * max));
  if (whole && chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join('')}…`;
}
