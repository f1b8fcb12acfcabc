/**
 * The one HTML page shell of the library's reports (the baseline report and the baseline
 * comparison): doctype, language, a Content-Security-Policy that loads nothing, no referrer,
 * the shared inline style, and the page's own body.
 * @module
 */
import { escapeHtml as esc } from './escape.js';
import { REPORT_CSS } from './html-style.js';
import { joinedPieces } from './pieces.js';

/**
 * The Content-Security-Policy of every HTML report: nothing is loaded (no scripts,
 * fonts or remote images), only the inline style and data: images.
 *
 * @example
 * REPORT_CSP; // => "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** What a page puts in the shell. */
export interface HtmlPage {
  /** `<html lang>`: the report language. */
  readonly lang: string;
  /** Plain text of `<title>` (escaped here). */
  readonly title: string;
  /** CSS added after the shared report style (starting and ending with a newline), or ''. */
  readonly extraCss?: string;
  /** The lines between `<body>` and `</body>`, already HTML. */
  readonly body: readonly string[];
}

/**
 * A self-contained HTML page: the shell's lines around `page.body`, one per line, with a
 * final newline.
 */
export function htmlPage(page: HtmlPage): string {
  return [...htmlPagePieces(page)].join('');
}

/** {@link htmlPage}'s text in pieces (its lines and line breaks), for the file writer. */
export function htmlPagePieces(page: HtmlPage): Iterable<string> {
  return joinedPieces(
    [
      '<!DOCTYPE html>',
      `<html lang="${page.lang}">`,
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(page.title)}</title>`,
      `<style>\n${REPORT_CSS}\n${page.extraCss ?? ''}</style>`,
      '</head>',
      '<body>',
      ...page.body,
      '</body>',
      '</html>',
    ],
    '\n',
    '\n',
  );
}
