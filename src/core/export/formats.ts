import { stringify } from 'csv-stringify/sync';
import { OffsetIndex } from '../text/offsets';
import type { Annotation, Sidecar } from '../sidecar/model';
import { jsonlSpans, type ExportSource, type JsonlSpan } from './jsonl';

/** An article with its annotations, for the formats that need the text itself. */
export interface ArticleSource extends ExportSource {
  text: string;
}

export const FORMATS = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'labelstudio', 'spacy'] as const;
export type Format = (typeof FORMATS)[number];

/** The annotations that are exported: confirmed and placed, in position order. */
function exported(sidecar: Sidecar): Annotation[] {
  return sidecar.annotations.filter((a) => a.status !== 'rejected' && !a.orphaned);
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = ['file', 'id', 'tag', 'start', 'end', 'text', 'speaker', 'attributes', 'note'] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function csvRows(source: ExportSource): string {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return stringify(jsonlSpans(source).map((s: JsonlSpan) => [
    s.file, s.id, s.tag, String(s.start), String(s.end), s.text, s.speaker ?? '',
    Object.keys(s.attributes).length ? JSON.stringify(s.attributes) : '', byId.get(s.id)?.note ?? '',
  ].map((c) => neutralise(String(c)))));
}

// ---------------------------------------------------------------- W3C Web Annotation

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One Web Annotation per exported annotation: the tag and attributes as bodies, quote and position selectors. */
export function w3cAnnotations(source: ExportSource, withContext = true): object[] {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return exported(source.sidecar).map((a) => {
    const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }];
    for (const [k, v] of Object.entries(a.attributes ?? {})) body.push({ type: 'TextualBody', purpose: 'describing', value: `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}` });
    if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
    const speaker = a.links?.speaker ? byId.get(a.links.speaker) : undefined;
    if (speaker) body.push({ type: 'SpecificResource', purpose: 'linking', source: `urn:claimlens:${encodeURIComponent(source.file)}#${speaker.id}` });
    return {
      ...(withContext ? { '@context': W3C_CONTEXT } : {}),
      id: `urn:claimlens:${encodeURIComponent(source.file)}#${a.id}`,
      type: 'Annotation',
      motivation: a.tag === 'claim' ? 'classifying' : 'tagging',
      ...(a.author ? { creator: a.author } : {}),
      ...(a.created ? { created: a.created } : {}),
      body,
      target: {
        source: source.file,
        selector: [
          { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix ?? '', suffix: a.suffix ?? '' },
          { type: 'TextPositionSelector', start: a.start, end: a.end },
        ],
      },
    };
  });
}

// ---------------------------------------------------------------- brat

/**
 * The brat standoff `.ann` of an article: T lines for spans (discontinuous and multi-line spans
 * as fragments, since a line holds one span), R lines for claim -> speaker, A lines for
 * attributes, # lines for notes. Offsets are code points, as brat counts them.
 */
export function bratAnn(source: ArticleSource): string {
  const ix = new OffsetIndex(source.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  let a = 0;
  let n = 0;
  const safe = (s: string): string => s.replace(/[\t\n\r]/g, ' ');
  const type = bratName;
  const list = exported(source.sidecar);
  list.forEach((ann, k) => {
    const t = `T${k + 1}`;
    tOf.set(ann.id, t);
    const pieces: Array<[number, number]> = [];
    for (const [s, e] of ann.fragments ?? [[ann.start, ann.end]]) {
      // split at line breaks: brat fragments may not contain them
      let from = s;
      const text = ix.sliceCp(s, e);
      let cp = s;
      for (const ch of text) {
        if (ch === '\n' || ch === '\r') {
          if (cp > from) pieces.push([from, cp]);
          from = cp + 1;
        }
        cp++;
      }
      if (e > from) pieces.push([from, e]);
    }
    if (!pieces.length) return;
    lines.push(`${t}\t${type(ann.tag)} ${pieces.map(([s, e]) => `${s} ${e}`).join(';')}\t${safe(pieces.map(([s, e]) => ix.sliceCp(s, e)).join(' '))}`);
  });
  let r = 0;
  for (const ann of list) {
    const from = tOf.get(ann.id);
    for (const [role, target] of Object.entries(ann.links ?? {})) {
      const to = tOf.get(target);
      if (from && to) lines.push(`R${++r}\t${type(role)} Arg1:${from} Arg2:${to}`);
    }
    for (const [k, v] of Object.entries(ann.attributes ?? {})) {
      if (from && v !== undefined && v !== null && v !== '') lines.push(`A${++a}\t${type(k)} ${from} ${type(typeof v === 'string' ? v : JSON.stringify(v))}`);
    }
    if (from && ann.note) lines.push(`#${++n}\tAnnotatorNotes ${from}\t${safe(ann.note)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * A name brat can hold (types, roles, attribute names and values have no spaces): other
 * characters are percent-encoded, so that importing gives the original back.
 */
export function bratName(s: string): string {
  return s.replace(/[^\p{L}\p{N}_.-]/gu, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
}

// ---------------------------------------------------------------- CoNLL

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * CoNLL-2003-style columns: one token a line with its BIO tag (the innermost annotation wins),
 * a blank line after each sentence, `-DOCSTART- -X- -X- O` before each article.
 */
export function conll(source: ArticleSource): string {
  const text = source.text;
  const spans = exported(source.sidecar);
  const ix = new OffsetIndex(text);
  const ranges = spans.map((a) => ({ tag: a.tag, pieces: (a.fragments ?? [[a.start, a.end]]).map(([s, e]) => [ix.toUtf16(s), ix.toUtf16(e)] as [number, number]), len: a.end - a.start }));
  const out: string[] = ['-DOCSTART- -X- -X- O', ''];
  let prev: { tag: string; piece: [number, number] } | undefined;
  let sentence: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    let best: { tag: string; piece: [number, number]; len: number } | undefined;
    for (const r of ranges) {
      for (const piece of r.pieces) {
        if (s >= piece[0] && e <= piece[1] && (!best || r.len < best.len)) best = { tag: r.tag, piece, len: r.len };
      }
    }
    const label = best ? `${prev && prev.piece === best.piece ? 'I' : 'B'}-${best.tag}` : 'O';
    prev = best ? { tag: best.tag, piece: best.piece } : undefined;
    sentence.push(`${m[0]}\t${label}`);
    if (/^[.!?]$/.test(m[0]) && !best) {
      out.push(...sentence, '');
      sentence = [];
    }
  }
  if (sentence.length) out.push(...sentence, '');
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- Label Studio

/**
 * A Label Studio task for the text labeling template (`<Labels name="label" toName="text">`):
 * spans as `labels` results, claim -> speaker as relations. Offsets are code points.
 */
export function labelStudioTask(source: ArticleSource): object {
  const list = exported(source.sidecar);
  const result: object[] = [];
  for (const a of list) {
    result.push({
      id: a.id, from_name: 'label', to_name: 'text', type: 'labels',
      value: { start: a.start, end: a.end, text: a.quote, labels: [a.tag] },
      ...(a.attributes && Object.keys(a.attributes).length ? { meta: { attributes: a.attributes } } : {}),
    });
  }
  const ids = new Set(list.map((a) => a.id));
  for (const a of list) {
    for (const [role, target] of Object.entries(a.links ?? {})) {
      if (ids.has(target)) result.push({ from_id: a.id, to_id: target, type: 'relation', direction: 'right', labels: [role] });
    }
  }
  return { data: { text: source.text, file: source.file }, annotations: [{ result }] };
}

// ---------------------------------------------------------------- spaCy

/** One line of spaCy-style JSONL: the text and its character spans (code points, as Python counts). */
export function spacyLine(source: ArticleSource): object {
  return {
    text: source.text,
    spans: exported(source.sidecar).map((a) => ({ start: a.start, end: a.end, label: a.tag })),
    meta: { file: source.file },
  };
}
