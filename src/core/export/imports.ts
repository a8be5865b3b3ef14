import { OffsetIndex } from '../text/offsets';
import { newId } from '../sidecar/ids';
import type { Annotation } from '../sidecar/model';
import { LS_CONTINUES } from './labelstudio';

export interface ImportProblem {
  line: number;
  message: string;
}

export interface Imported {
  annotations: Annotation[];
  problems: ImportProblem[];
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** An attribute value as exported: JSON for numbers, booleans, lists and objects, else the text. */
function value(s: string): unknown {
  if (/^(?:true|false|null|-?\d+(?:\.\d+)?|\{.*\}|\[.*\])$/.test(s)) {
    try {
      return JSON.parse(s);
    } catch {
      return s;
    }
  }
  return s;
}

/**
 * Annotations from a brat `.ann` file on its `.txt` text (offsets in code points): T lines
 * (fragments joined into one discontinuous annotation), A lines (attributes; binary ones are
 * true), R lines (relations, as links from Arg1 to Arg2), AnnotatorNotes (`key: value` items
 * separated by "; " as attributes, `note: …` and any other text as the note; see `bratAnn`).
 * Lines brat has that Claimlens does not (E, M, N, *) are reported and left out.
 */
export function importBrat(ann: string, text: string): Imported {
  const ix = new OffsetIndex(text);
  const byT = new Map<string, Annotation>();
  const problems: ImportProblem[] = [];
  const taken = new Set<string>();
  const rows = ann.split(/\r?\n/);
  rows.forEach((row, i) => {
    if (!row.trim() || !row.startsWith('T')) return;
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(row);
    if (!m) return problems.push({ line: i + 1, message: 'not a text-bound annotation line (T<n> TAB type start end TAB text)' });
    const frags = m[3].split(';').map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
    if (frags.some(([s, e]) => !(e >= s && s >= 0 && e <= ix.lengthCp))) return problems.push({ line: i + 1, message: `offsets ${m[3]} are outside the text (${ix.lengthCp} characters)` });
    const quoteOf = frags.map(([s, e]) => ix.sliceCp(s, e)).join(' ');
    if (quoteOf.replace(/\s+/g, ' ') !== m[4].replace(/\s+/g, ' ')) problems.push({ line: i + 1, message: `the text "${m[4]}" is not what the offsets give ("${quoteOf}"); the offsets are used` });
    const tag = decode(m[2]);
    const id = newId(tag, taken);
    taken.add(id);
    const start = frags[0][0];
    const end = frags[frags.length - 1][1];
    const a: Annotation = { id, tag, start, end, quote: ix.sliceCp(start, end), status: 'confirmed', origin: 'manual' };
    if (frags.length > 1) a.fragments = frags;
    byT.set(m[1], a);
    return undefined;
  });
  rows.forEach((row, i) => {
    if (!row.trim() || row.startsWith('T')) return;
    let m: RegExpExecArray | null;
    if ((m = /^[AM]\d+\t(\S+) (T\d+)(?: (\S+))?\s*$/.exec(row))) {
      const a = byT.get(m[2]);
      if (!a) return problems.push({ line: i + 1, message: `attribute of unknown ${m[2]}` });
      // a value from the attribute's value set, as it is (free text comes in the notes)
      a.attributes = { ...a.attributes, [decode(m[1])]: m[3] === undefined ? true : m[3] };
    } else if ((m = /^R\d+\t(\S+) Arg1:(T\d+) Arg2:(T\d+)\s*$/.exec(row))) {
      const from = byT.get(m[2]);
      const to = byT.get(m[3]);
      if (!from || !to) return problems.push({ line: i + 1, message: 'relation between unknown annotations' });
      from.links = { ...from.links, [decode(m[1])]: to.id };
    } else if ((m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(row))) {
      const a = byT.get(m[1]);
      if (!a) return problems.push({ line: i + 1, message: `note on unknown ${m[1]}` });
      const { attributes, note } = notesOf(m[2]);
      if (Object.keys(attributes).length) a.attributes = { ...a.attributes, ...attributes };
      if (note) a.note = a.note ? `${a.note}\n${note}` : note;
    } else {
      problems.push({ line: i + 1, message: `"${row.split('\t')[0]}" lines are not imported` });
    }
    return undefined;
  });
  return { annotations: [...byT.values()], problems };
}

/** The attributes and the note of an AnnotatorNotes text: `key: value; key: value; note: text`. */
function notesOf(text: string): { attributes: Record<string, unknown>; note?: string } {
  const attributes: Record<string, unknown> = {};
  let rest = text;
  for (let m = /^([\p{L}\p{N}_-]+): /u.exec(rest); m; m = /^([\p{L}\p{N}_-]+): /u.exec(rest)) {
    if (m[1] === 'note') return { attributes, note: rest.slice(m[0].length) };
    const next = rest.search(/; (?=[\p{L}\p{N}_-]+: )/u);
    attributes[m[1]] = value(next < 0 ? rest.slice(m[0].length) : rest.slice(m[0].length, next));
    rest = next < 0 ? '' : rest.slice(next + 2);
  }
  return { attributes, note: rest || undefined };
}

/** One Label Studio task: its text, the article file it names (if any), and its annotations. */
export interface LabelStudioImport extends Imported {
  text: string;
  file?: string;
}

/**
 * Annotations from Label Studio tasks (JSON export of a text labeling project, as `labelStudioTask`
 * writes them): `labels` regions (offsets in code points, as Label Studio stores them; regions
 * linked by `continues` relations are the pieces of one split annotation), per-region `choices`
 * and `textarea` results as attributes, the region's meta text as its note, and the other
 * relations as links. The first annotation of each task is used.
 */
export function importLabelStudio(tasks: unknown): LabelStudioImport[] {
  const list = Array.isArray(tasks) ? tasks : [tasks];
  return list.map((task, t) => {
    const problems: ImportProblem[] = [];
    const data = (task as { data?: Record<string, unknown> })?.data ?? {};
    const text = typeof data.text === 'string' ? data.text : '';
    if (!text) problems.push({ line: t + 1, message: 'task has no data.text' });
    const ix = new OffsetIndex(text);
    const results = ((task as { annotations?: Array<{ result?: unknown[] }> }).annotations?.[0]?.result ?? []) as Array<Record<string, any>>;
    const byRegion = new Map<string, Annotation>();
    const taken = new Set<string>();
    for (const r of results) {
      if (r.type !== 'labels' || !r.value) continue;
      const { start, end, labels } = r.value as { start: number; end: number; labels?: string[] };
      if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= ix.lengthCp)) {
        problems.push({ line: t + 1, message: `region ${r.id}: offsets ${start}-${end} are outside the text` });
        continue;
      }
      const tag = labels?.[0] ?? 'span';
      const id = typeof r.id === 'string' && /^[\w-]+$/.test(r.id) && !taken.has(r.id) ? r.id : newId(tag, taken);
      taken.add(id);
      const a: Annotation = { id, tag, start, end, quote: ix.sliceCp(start, end), status: 'confirmed', origin: 'manual' };
      const meta = r.meta as { attributes?: Record<string, unknown>; text?: unknown } | undefined;
      if (meta?.attributes && typeof meta.attributes === 'object') a.attributes = meta.attributes;
      if (Array.isArray(meta?.text) && meta.text.length) a.note = meta.text.map(String).join('\n');
      byRegion.set(String(r.id), a);
    }
    for (const r of results) {
      const a = byRegion.get(String(r.id));
      if (!a || (r.type !== 'choices' && r.type !== 'textarea') || typeof r.from_name !== 'string') continue;
      const v = r.type === 'choices' ? r.value?.choices?.[0] : r.value?.text?.[0];
      if (typeof v === 'string') a.attributes = { ...a.attributes, [r.from_name.replace(/^attribute_/, '')]: r.type === 'choices' ? v : value(v) };
    }
    // pieces of one annotation: each later piece goes into the annotation of the first
    const owner = new Map<Annotation, Annotation>();
    const root = (a: Annotation): Annotation => (owner.has(a) ? root(owner.get(a)!) : a);
    for (const r of results) {
      if (r.type !== 'relation' || r.labels?.[0] !== LS_CONTINUES) continue;
      const from = byRegion.get(String(r.from_id));
      const to = byRegion.get(String(r.to_id));
      if (!from || !to || root(from) === to) continue;
      const whole = root(from);
      whole.fragments = [...(whole.fragments ?? [[whole.start, whole.end]]), [to.start, to.end]];
      whole.start = Math.min(whole.start, to.start);
      whole.end = Math.max(whole.end, to.end);
      whole.quote = ix.sliceCp(whole.start, whole.end);
      owner.set(to, whole);
    }
    for (const r of results) {
      if (r.type !== 'relation' || r.labels?.[0] === LS_CONTINUES) continue;
      const from = byRegion.get(String(r.from_id));
      const to = byRegion.get(String(r.to_id));
      if (from && to) root(from).links = { ...root(from).links, [String(r.labels?.[0] ?? 'related')]: root(to).id };
    }
    const annotations = [...byRegion.values()].filter((a) => !owner.has(a));
    for (const a of annotations) if (a.fragments) a.fragments.sort((x, y) => x[0] - y[0]);
    return { text, file: typeof data.file === 'string' ? data.file : undefined, annotations, problems };
  });
}
