/**
 * Small, deterministic SVG charts for the validation write-up: ROC curves, AUC with confidence
 * intervals per score, and AUC against the context weight. Fixed sizes, coordinates rounded to
 * one decimal, no timestamps or random ids: the same numbers give the same bytes.
 * @module
 */
import { escapeHtml } from '../../src/parts.js';
import type { RocCurve } from './evaluate.js';

/** Okabe-Ito colours (readable with colour-vision deficiencies), then grey. */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#999999',
];

const f1 = (x: number): string => (Math.round(x * 10) / 10).toFixed(1).replace(/\.0$/, '');

interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function open(frame: Frame, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${frame.width}" height="${frame.height}" fill="#ffffff"/>`,
    `<text x="${f1(frame.width / 2)}" y="18" text-anchor="middle" font-size="14">${escapeHtml(title)}</text>`,
  ];
}

/** Linear scale of [d0, d1] onto [r0, r1]. */
function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

function xAxis(frame: Frame, x: (v: number) => number, ticks: readonly number[], label: string): string[] {
  const y = frame.height - frame.bottom;
  const out = [
    `<line x1="${f1(frame.left)}" y1="${f1(y)}" x2="${f1(frame.width - frame.right)}" y2="${f1(y)}" stroke="#333"/>`,
  ];
  for (const t of ticks) {
    out.push(`<line x1="${f1(x(t))}" y1="${f1(y)}" x2="${f1(x(t))}" y2="${f1(y + 4)}" stroke="#333"/>`);
    out.push(`<text x="${f1(x(t))}" y="${f1(y + 16)}" text-anchor="middle">${t.toFixed(1)}</text>`);
  }
  const mid = (frame.left + frame.width - frame.right) / 2;
  out.push(
    `<text x="${f1(mid)}" y="${f1(frame.height - 6)}" text-anchor="middle">${escapeHtml(label)}</text>`,
  );
  return out;
}

function yAxis(frame: Frame, y: (v: number) => number, ticks: readonly number[], label: string): string[] {
  const x = frame.left;
  const out = [
    `<line x1="${f1(x)}" y1="${f1(frame.top)}" x2="${f1(x)}" y2="${f1(frame.height - frame.bottom)}" stroke="#333"/>`,
  ];
  for (const t of ticks) {
    out.push(`<line x1="${f1(x - 4)}" y1="${f1(y(t))}" x2="${f1(x)}" y2="${f1(y(t))}" stroke="#333"/>`);
    out.push(`<text x="${f1(x - 7)}" y="${f1(y(t) + 4)}" text-anchor="end">${t.toFixed(1)}</text>`);
  }
  const mid = (frame.top + frame.height - frame.bottom) / 2;
  out.push(
    `<text transform="translate(14 ${f1(mid)}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text>`,
  );
  return out;
}

function legend(
  entries: readonly { label: string; color: string; dash?: string }[],
  x: number,
  y: number,
): string[] {
  const out: string[] = [];
  entries.forEach((e, i) => {
    const yy = y + i * 16;
    const dash = e.dash ? ` stroke-dasharray="${e.dash}"` : '';
    out.push(
      `<line x1="${f1(x)}" y1="${f1(yy)}" x2="${f1(x + 22)}" y2="${f1(yy)}" stroke="${e.color}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${f1(x + 28)}" y="${f1(yy + 4)}">${escapeHtml(e.label)}</text>`);
  });
  return out;
}

function polyline(xs: readonly number[], ys: readonly number[], color: string, dash?: string): string {
  const points = xs.map((x, i) => `${f1(x)},${f1(ys[i]!)}`).join(' ');
  const d = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2"${d}/>`;
}

const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** ROC curves of several scores on one chart, with the chance diagonal. */
export function rocSvg(curves: readonly { label: string; curve: RocCurve }[], title: string): string {
  const frame: Frame = { width: 640, height: 440, left: 56, right: 230, top: 30, bottom: 44 };
  const x = scale(0, 1, frame.left, frame.width - frame.right);
  const y = scale(0, 1, frame.height - frame.bottom, frame.top);
  const out = open(frame, title);
  out.push(...xAxis(frame, x, TICKS, 'false-positive rate'), ...yAxis(frame, y, TICKS, 'true-positive rate'));
  out.push(
    `<line x1="${f1(x(0))}" y1="${f1(y(0))}" x2="${f1(x(1))}" y2="${f1(y(1))}" stroke="#bbb" stroke-dasharray="4 4"/>`,
  );
  curves.forEach((c, i) => {
    out.push(polyline(c.curve.fpr.map(x), c.curve.tpr.map(y), PALETTE[i % PALETTE.length]!));
  });
  const entries = curves.map((c, i) => ({ label: c.label, color: PALETTE[i % PALETTE.length]! }));
  out.push(...legend(entries, frame.width - frame.right + 16, frame.top + 10), '</svg>');
  return `${out.join('\n')}\n`;
}

/** One row of the AUC chart: a score and its AUC with interval per series (null where not computed). */
export interface AucRow {
  readonly label: string;
  readonly values: readonly ({ value: number; low: number; high: number } | null)[];
}

/** AUC with 95 % intervals per score (rows) and series (e.g. all pairs, new pairs), with the 0.5 chance line. */
export function aucSvg(rows: readonly AucRow[], series: readonly string[], title: string): string {
  const rowHeight = 22;
  const frame: Frame = {
    width: 680,
    height: 30 + 24 + rows.length * rowHeight + 8 + 44,
    left: 250,
    right: 30,
    top: 30,
    bottom: 44,
  };
  const x = scale(0, 1, frame.left, frame.width - frame.right);
  const out = open(frame, title);
  out.push(...xAxis(frame, x, TICKS, 'ROC AUC (95 % bootstrap interval)'));
  const top = frame.top + 24;
  out.push(
    `<line x1="${f1(x(0.5))}" y1="${f1(frame.top)}" x2="${f1(x(0.5))}" y2="${f1(frame.height - frame.bottom)}" stroke="#bbb" stroke-dasharray="4 4"/>`,
  );
  rows.forEach((row, r) => {
    const cy = top + r * rowHeight + rowHeight / 2;
    out.push(
      `<text x="${f1(frame.left - 8)}" y="${f1(cy + 4)}" text-anchor="end">${escapeHtml(row.label)}</text>`,
    );
    row.values.forEach((v, s) => {
      if (v === null || Number.isNaN(v.value)) return;
      const yy = cy + (s - (series.length - 1) / 2) * 6;
      const color = PALETTE[s % PALETTE.length]!;
      if (!Number.isNaN(v.low) && !Number.isNaN(v.high)) {
        out.push(
          `<line x1="${f1(x(v.low))}" y1="${f1(yy)}" x2="${f1(x(v.high))}" y2="${f1(yy)}" stroke="${color}" stroke-width="2"/>`,
        );
      }
      out.push(`<circle cx="${f1(x(v.value))}" cy="${f1(yy)}" r="3.5" fill="${color}"/>`);
    });
  });
  series.forEach((label, i) => {
    const lx = frame.left + i * 150;
    out.push(
      `<circle cx="${f1(lx + 6)}" cy="${f1(frame.top + 8)}" r="3.5" fill="${PALETTE[i % PALETTE.length]!}"/>`,
    );
    out.push(`<text x="${f1(lx + 14)}" y="${f1(frame.top + 12)}">${escapeHtml(label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** Lines of AUC against the geography weight of the context (sectors weigh 1 - w). */
export function weightsSvg(
  weights: readonly number[],
  lines: readonly { label: string; auc: readonly number[]; color: number; dash?: string }[],
  marked: number,
  title: string,
): string {
  const frame: Frame = { width: 640, height: 400, left: 56, right: 230, top: 30, bottom: 44 };
  const x = scale(0, 1, frame.left, frame.width - frame.right);
  const y = scale(0.3, 1, frame.height - frame.bottom, frame.top);
  const out = open(frame, title);
  out.push(...xAxis(frame, x, TICKS, 'geography weight of the context (sectors: 1 - w)'));
  out.push(...yAxis(frame, y, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], 'ROC AUC'));
  out.push(
    `<line x1="${f1(x(0))}" y1="${f1(y(0.5))}" x2="${f1(x(1))}" y2="${f1(y(0.5))}" stroke="#bbb" stroke-dasharray="4 4"/>`,
  );
  out.push(
    `<line x1="${f1(x(marked))}" y1="${f1(frame.top)}" x2="${f1(x(marked))}" y2="${f1(frame.height - frame.bottom)}" stroke="#999" stroke-dasharray="2 3"/>`,
  );
  out.push(`<text x="${f1(x(marked) + 4)}" y="${f1(frame.top + 12)}" fill="#666">default</text>`);
  for (const line of lines) {
    const color = PALETTE[line.color % PALETTE.length]!;
    const ys = line.auc.map((v) => y(Math.max(0.3, v)));
    out.push(polyline(weights.map(x), ys, color, line.dash));
  }
  const entries = lines.map((l) => ({
    label: l.label,
    color: PALETTE[l.color % PALETTE.length]!,
    ...(l.dash ? { dash: l.dash } : {}),
  }));
  out.push(...legend(entries, frame.width - frame.right + 16, frame.top + 10), '</svg>');
  return `${out.join('\n')}\n`;
}
