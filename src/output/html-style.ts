/**
 * The inline stylesheet of the HTML report: system fonts only (no web fonts),
 * no url() references, readable on a laptop and printable (A4, page breaks
 * before sections).
 * @module
 */

/** CSS of the HTML report, inlined in a `<style>` element. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b60; --line: #d9d9de; --soft: #f4f4f6; --accent: #2c728e; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 15px; line-height: 1.5; color: var(--ink); background: #ffffff; }
header, main, footer, nav { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 8px; }
h2 { font-size: 1.4em; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1em; margin: 24px 0 8px; }
p.summary { font-size: 1.05em; max-width: 70ch; }
p.note, figcaption { color: var(--muted); font-size: 0.9em; max-width: 80ch; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 8px 0; margin: 0; border-bottom: 1px solid var(--line); }
nav a { color: var(--accent); text-decoration: none; }
nav a:hover { text-decoration: underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 20px 0; }
.card { background: var(--soft); border-radius: 8px; padding: 12px 16px; }
.card .num { display: block; font-size: 2em; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); }
.card.alert .num { color: #b3261e; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
td.num, th.num, .values tbody td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul.plain { list-style: none; margin: 0; padding: 0; }
table.grid { width: auto; }
table.grid th[scope="row"] { background: none; font-weight: 400; white-space: nowrap; }
table.grid thead th { vertical-align: bottom; }
table.grid thead th.num { max-width: 9em; white-space: normal; text-align: right; }
table.grid td { min-width: 3em; }
table.grid td.g1 { background: #e4eff4; }
table.grid td.g2 { background: #c3dce8; }
table.grid td.g3 { background: #8dbdd2; }
table.grid td.g4 { background: #2c728e; color: #ffffff; }
table.grid td.gap { background: #fbe0dc; color: #7a1212; font-weight: 600; }
.muted { color: var(--muted); }
caption { text-align: left; color: var(--muted); font-size: 0.95em; padding: 4px 0; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
aside.missing { border: 2px solid #8a5a00; background: #fff8e6; border-radius: 8px; padding: 4px 16px 8px; margin: 0 0 20px; }
aside.missing h2 { margin: 8px 0; border: 0; font-size: 1.2em; }
.heatmaps { display: flex; flex-wrap: wrap; gap: 24px 32px; align-items: flex-start; }
.heatmaps figure { flex: 0 0 auto; width: min-content; max-width: 100%; }
.heatmaps .table-wrap { width: 0; min-width: 100%; }
figure { margin: 0; max-width: 100%; overflow-x: auto; }
figure svg { display: block; height: auto; }
figure.map svg { width: 100%; max-width: 1000px; }
figure.needs { border: 1px dashed var(--line); border-radius: 8px; padding: 0 16px; min-width: 280px; }
details.as-table { margin: 6px 0 0; font-size: 0.9em; }
details.as-table summary { cursor: pointer; color: var(--accent); }
details.as-table th[scope="row"] { white-space: nowrap; }
details.long-table summary { cursor: pointer; color: var(--accent); margin: 4px 0 8px; }
.recs { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 16px; }
.rec { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.rec h3 { margin: 0 0 8px; display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.rec .rank { color: var(--muted); }
.rec dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; font-size: 0.92em; }
.rec dt { color: var(--muted); }
.rec dd { margin: 0; }
.rec .rationale { margin: 8px 0; }
.rec .evidence { font-size: 0.85em; color: var(--muted); }
.rec .evidence ul { display: inline; padding: 0; margin: 0; list-style: none; }
.rec .evidence li { display: inline; }
.rec .evidence li + li::before { content: ", "; }
.score { display: flex; align-items: center; gap: 8px; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: 0.75em; font-weight: 600; letter-spacing: 0.02em; padding: 2px 8px; border-radius: 999px; background: #e8e8ec; color: #1d1d1f; }
.kind-joint-lobby { background: #dbe7f5; color: #123e6b; }
.kind-training-offer { background: #def3e4; color: #14532d; }
.kind-shared-local-partner { background: #f6e7d3; color: #6b3a0b; }
.kind-coverage-gap { background: #f8dcdc; color: #7a1212; }
.kind-in-country-coordination { background: #e9e0f5; color: #3f1d6b; }
.kind-joint-programme { background: #d9f0ef; color: #0f4f4b; }
.kind-joint-stakeholder-mapping { background: #f3e3ee; color: #6b1d52; }
.kind-joint-company-engagement { background: #e6e9d2; color: #3d4410; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.95em; }
footer { color: var(--muted); font-size: 0.85em; padding: 32px 24px 40px; }
@page { size: A4; margin: 14mm; }
@media print {
  body { font-size: 10pt; }
  nav { display: none; }
  header, main, footer { max-width: none; padding: 0; }
  section.page { break-before: page; }
  h2, h3 { break-after: avoid; }
  .card, .rec, figure, tr { break-inside: avoid; }
  .table-wrap, figure { overflow: visible; }
  .heatmaps, .recs { display: block; }
  figure svg { max-width: 100%; }
  details.as-table { display: none; }
  aside.missing { background: none; }
  figure, .rec { margin-bottom: 12px; }
  a { color: inherit; text-decoration: none; }
}
`.trim();
