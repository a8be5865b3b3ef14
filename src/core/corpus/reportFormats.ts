// `claimlens report` as CSV, Markdown and a self-contained HTML page (the JSON is the report itself).
import { stringify } from 'csv-stringify/sync';
import { neutralise } from '../export/csv';
import type { CorpusReport } from './corpusIndex';
import type { GraphData } from './graph';

export const REPORT_FORMATS = ['json', 'csv', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const attrs = (a: Record<string, unknown>): string => (Object.keys(a).length ? JSON.stringify(a) : '');

/** Three tables a blank line apart: actors, pairs (speaker -> about), claims. */
export function reportCsv(r: CorpusReport): string {
  const table = (rows: unknown[][]): string => stringify(rows.map((row) => row.map((c) => (typeof c === 'string' ? neutralise(c) : c))));
  return [
    table([['actor', 'type', 'mentions', 'articles', 'claims'], ...r.actors.map((a) => [a.actor, a.type, a.mentions, a.articles, a.claims])]),
    table([['speaker', 'about', 'claims'], ...r.pairs.map((p) => [p.speaker, p.about, p.claims])]),
    table([['file', 'id', 'speaker', 'text', 'about', 'attributes'], ...r.claims.map((c) => [c.file, c.id, c.speaker ?? '', c.text, c.about.join('; '), attrs(c.attributes)])]),
  ].join('\n');
}

const md = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function reportMarkdown(r: CorpusReport): string {
  const out = [`# Who said what`, '', `${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.actors.length} actors, ${r.claims.length} claims.`, '', '## Actors', '',
    '| actor | type | mentions | articles | claims |', '| --- | --- | ---: | ---: | ---: |',
    ...r.actors.map((a) => `| ${md(a.actor)} | ${a.type} | ${a.mentions} | ${a.articles} | ${a.claims} |`),
    '', '## Who speaks about whom', '', '| speaker | about | claims |', '| --- | --- | ---: |',
    ...r.pairs.map((p) => `| ${md(p.speaker)} | ${md(p.about)} | ${p.claims} |`),
    '', '## Claims', '', '| file | speaker | claim | about | attributes |', '| --- | --- | --- | --- | --- |',
    ...r.claims.map((c) => `| ${md(c.file)} (${c.id}) | ${md(c.speaker ?? '—')} | ${md(c.text)} | ${md(c.about.join(', '))} | ${md(attrs(c.attributes))} |`),
  ];
  return out.join('\n') + '\n';
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
/** JSON that can sit inside a <script> element. */
const scriptJson = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * One page a colleague can open offline: the graph (the bundled graph script and its data, inline)
 * and the tables. Nothing is loaded from anywhere: its Content-Security-Policy allows only its
 * own inline script and style (by nonce).
 */
export function reportHtml(r: CorpusReport, graph: GraphData, graphScript: string, nonce: string, graphCss: string): string {
  const rows = (cells: string[][]): string => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src data: blob:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claimlens report: who said what</title>
<style id="__________cytoscape_stylesheet" nonce="${nonce}">.__________cytoscape_container { position: relative; }</style>
<style nonce="${nonce}">
${graphCss}
body { margin: 0 auto; max-width: 1200px; padding: 1em; }
table { border-collapse: collapse; margin: 0.5em 0 2em; }
td, th { border: 1px solid var(--vscode-panel-border); padding: 2px 8px; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
#graph-root { height: 70vh; min-height: 420px; border: 1px solid var(--vscode-panel-border); }
</style>
</head>
<body class="claimlens-report">
<h1>Who said what</h1>
<p>${r.articles} article${r.articles === 1 ? '' : 's'}, ${r.actors.length} actors, ${r.claims.length} claims. Made by <code>claimlens report</code>.</p>
<div id="graph-root"></div>
<script type="application/json" id="claimlens-graph-data">${scriptJson(graph)}</script>
<script nonce="${nonce}">${graphScript.replace(/<\/script/gi, '<\\/script')}</script>
<h2>Actors</h2>
<table><thead><tr><th>actor</th><th>type</th><th class="n">mentions</th><th class="n">articles</th><th class="n">claims</th></tr></thead><tbody>
${rows(r.actors.map((a) => [esc(a.actor), esc(a.type), String(a.mentions), String(a.articles), String(a.claims)]))}
</tbody></table>
<h2>Who speaks about whom</h2>
<table><thead><tr><th>speaker</th><th>about</th><th class="n">claims</th></tr></thead><tbody>
${rows(r.pairs.map((p) => [esc(p.speaker), esc(p.about), String(p.claims)]))}
</tbody></table>
<h2>Claims</h2>
<table><thead><tr><th>file</th><th>speaker</th><th>claim</th><th>about</th><th>attributes</th></tr></thead><tbody>
${rows(r.claims.map((c) => [`${esc(c.file)} <small>${esc(c.id)}</small>`, esc(c.speaker ?? '—'), esc(c.text), esc(c.about.join(', ')), esc(attrs(c.attributes))]))}
</tbody></table>
</body>
</html>
`;
}
