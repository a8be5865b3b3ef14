// The rows of the Claimlens views, built from an article's annotations and open suggestions.
// No VS Code API here: the views turn rows into tree items, and the unit tests build rows directly.
import type { Placed } from '../../core/anchor/placed';
import type { Suggestion } from '../../core/suggest/suggestions';
import { truncate } from '../../core/text/display';

export type ViewName = 'actors' | 'claims' | 'annotations';

/** What the views list: open suggestions, confirmed annotations, or both. */
export type ViewFilter = 'all' | 'suggested' | 'confirmed';

/**
 * A row of a Claimlens view. A suggestion row carries the arguments of Accept / Reject Suggestion
 * (`uri`, `start`, `end`, `kind`, and the `version` of the text its offsets are of), an annotation or rejected row those of Remove Annotation and
 * Restore Suggestion (`id`, `uri`): the views' inline actions receive the row itself.
 */
export interface Row {
  type: 'group' | 'annotation' | 'suggestion' | 'rejected';
  /** Unique in its view, the same from one refresh to the next (the tree keeps what is expanded). */
  key: string;
  label: string;
  description?: string;
  /** The article. */
  uri?: string;
  /** Annotation and rejected rows. */
  id?: string;
  placed?: Placed;
  /** Suggestion rows: the span (UTF-16 offsets) and the kind of the suggestion. */
  start?: number;
  end?: number;
  kind?: 'actor' | 'claim';
  /** Suggestion rows: the document version the offsets are of (typing since moves them). */
  version?: number;
  suggestion?: Suggestion;
  /** Zero-based line of the span (not for orphaned annotations and groups). */
  line?: number;
  children?: Row[];
  /** Groups shown open at first. */
  expanded?: boolean;
}

/** What the rows are built from; `open` are the article's open suggestions, in text order. */
export interface RowSource {
  uri: string;
  placed: readonly Placed[];
  open: readonly Suggestion[];
  /** The document version the suggestions' offsets are of. */
  version: number;
  /** Zero-based line of an offset. */
  line: (offset: number) => number;
  filter: ViewFilter;
}

/** Most rows one level of a view lists; more are split into groups of this many ("1–200 of 950"). */
export const MAX_CHILDREN = 200;
/** Groups with more children than this start collapsed... */
export const EXPAND_UP_TO = 50;
/** ...and so do the groups after the first ones that hold this many rows together. */
const EXPAND_BUDGET = 400;

const LABEL = 60;
const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
const nameOf = (p: Placed): string => String(p.data.attributes?.actor ?? p.data.quote);
const spanKey = (s: number, e: number): string => `${s}:${e}`;

/** Counts for a group's description: "2 mentions · 3 suggested". */
function counts(rows: readonly Row[], confirmed: (n: number) => string): string {
  const c = rows.filter((r) => r.type === 'annotation').length;
  const s = rows.filter((r) => r.type === 'suggestion').length;
  return [c ? confirmed(c) : '', s ? `${s} suggested` : ''].filter(Boolean).join(' · ');
}

/** Builds the rows of one view. */
export function buildRows(view: ViewName, src: RowSource): Row[] {
  const rows = view === 'actors' ? actorRows(src) : view === 'claims' ? claimRows(src) : annotationRows(src);
  let used = 0;
  for (const r of rows) {
    const n = r.children?.length ?? 0;
    r.expanded = n > 0 && n <= EXPAND_UP_TO && used + n <= EXPAND_BUDGET;
    if (r.expanded) used += n;
  }
  const out = capped(rows, view);
  unique(out, new Set());
  return out;
}

/** Keys made unique (detection could report one span twice). */
function unique(rows: readonly Row[], seen: Set<string>): void {
  for (const r of rows) {
    if (seen.has(r.key)) {
      let k = 2;
      while (seen.has(`${r.key}#${k}`)) k++;
      r.key = `${r.key}#${k}`;
    }
    seen.add(r.key);
    if (r.children) unique(r.children, seen);
  }
}

class Builder {
  readonly confirmed: Placed[];
  readonly suggested: readonly Suggestion[];

  constructor(readonly src: RowSource) {
    const live = src.filter === 'suggested' ? [] : src.placed.filter((p) => !p.orphaned && p.data.status !== 'rejected');
    this.confirmed = live;
    this.suggested = src.filter === 'confirmed' ? [] : src.open;
  }

  annotation(p: Placed, label = truncate(p.data.quote, LABEL)): Row {
    const line = p.orphaned ? undefined : this.src.line(p.start);
    return {
      type: 'annotation', key: `a:${p.data.id}`, label,
      description: [p.data.tag === 'claim' && p.data.attributes?.class ? String(p.data.attributes.class) : '', line === undefined ? 'orphaned' : `line ${line + 1}`].filter(Boolean).join(' · '),
      uri: this.src.uri, id: p.data.id, placed: p, line,
    };
  }

  rejected(p: Placed): Row {
    const line = this.src.line(p.start);
    return {
      type: 'rejected', key: `r:${p.data.id}`, label: truncate(p.data.quote, LABEL), description: `${p.data.tag} · line ${line + 1}`,
      uri: this.src.uri, id: p.data.id, placed: p, line,
    };
  }

  suggestion(s: Suggestion): Row {
    const line = this.src.line(s.start);
    return {
      type: 'suggestion', key: `s:${s.kind}:${s.start}:${s.end}`, label: truncate(s.mention.text, LABEL),
      description: `suggested · ${s.kind === 'claim' ? `${s.mention.cue?.class ?? 'speech'} · ` : ''}line ${line + 1}`,
      uri: this.src.uri, start: s.start, end: s.end, kind: s.kind, version: this.src.version, suggestion: s, line,
    };
  }
}

/** Rows in text order: annotations and suggestions merged by where they start. */
function byPosition(rows: Row[]): Row[] {
  const at = (r: Row): number => r.placed?.start ?? r.start ?? 0;
  return rows.sort((a, b) => at(a) - at(b));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Actors: canonical actor -> its mentions, confirmed and suggested; most mentioned first. */
function actorRows(src: RowSource): Row[] {
  const b = new Builder(src);
  const groups = new Map<string, { type: string; rows: Row[] }>();
  const add = (name: string, type: unknown, row: Row): void => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { type: type === undefined ? '' : String(type), rows: [] }));
    else if (!g.type && type !== undefined) g.type = String(type);
    g.rows.push(row);
  };
  for (const p of b.confirmed) if (p.data.tag === 'actor') add(nameOf(p), p.data.attributes?.type, b.annotation(p));
  for (const s of b.suggested) if (s.kind === 'actor') add(s.mention.actor || s.mention.text, s.mention.type, b.suggestion(s));
  return [...groups].sort((x, y) => y[1].rows.length - x[1].rows.length || x[0].localeCompare(y[0])).map(([name, g]): Row => ({
    type: 'group', key: `actor:${name}`, label: name,
    description: [g.type, counts(g.rows, (n) => plural(n, 'mention'))].filter(Boolean).join(' · '),
    children: byPosition(g.rows),
  }));
}

/** Claims: by speaker (the linked actor of a confirmed claim, the detected speaker of a suggested one). */
function claimRows(src: RowSource): Row[] {
  const b = new Builder(src);
  const byId = new Map(src.placed.map((p) => [p.data.id, p]));
  // a suggested claim whose speaker's mention is a confirmed actor takes that actor's name
  const actorAt = new Map<string, string>();
  for (const p of b.confirmed) if (p.data.tag === 'actor') actorAt.set(spanKey(p.start, p.end), nameOf(p));
  const NONE = 'No speaker';
  const groups = new Map<string, Row[]>();
  for (const p of b.confirmed) {
    if (p.data.tag !== 'claim') continue;
    const sp = p.data.links?.speaker ? byId.get(p.data.links.speaker) : undefined;
    push(groups, sp ? nameOf(sp) : NONE, b.annotation(p));
  }
  for (const s of b.suggested) {
    if (s.kind !== 'claim') continue;
    const sp = s.mention.speaker;
    push(groups, sp ? actorAt.get(spanKey(sp.start, sp.end)) ?? (sp.actor || sp.text) : NONE, b.suggestion(s));
  }
  const rows = [...groups].map(([name, list]) => ({ name, list: byPosition(list) }));
  // in the order the speakers first speak; claims without a speaker last
  rows.sort((x, y) => Number(x.name === NONE) - Number(y.name === NONE) || first(x.list) - first(y.list));
  return rows.map(({ name, list }): Row => ({
    type: 'group', key: `speaker:${name === NONE ? '' : name}`, label: name,
    description: counts(list, (n) => plural(n, 'claim')), children: list,
  }));
}

const first = (rows: readonly Row[]): number => rows[0]?.placed?.start ?? rows[0]?.start ?? 0;

/** Annotations: by tag (suggestions under their kind), then Rejected and Orphaned. */
function annotationRows(src: RowSource): Row[] {
  const b = new Builder(src);
  const tags = new Map<string, Row[]>();
  for (const p of b.confirmed) push(tags, p.data.tag, b.annotation(p));
  for (const s of b.suggested) push(tags, s.kind, b.suggestion(s));
  // actor and claim first, the other tags by name
  const rank = (tag: string): string => (tag === 'actor' ? '0' : tag === 'claim' ? '1' : `2${tag}`);
  const rows: Row[] = [...tags].sort((x, y) => rank(x[0]).localeCompare(rank(y[0]))).map(([tag, list]): Row => ({
    type: 'group', key: `tag:${tag}`, label: tag, description: counts(list, String), children: byPosition(list),
  }));
  if (src.filter !== 'confirmed') {
    const rejected = src.placed.filter((p) => !p.orphaned && p.data.status === 'rejected').map((p) => b.rejected(p));
    if (rejected.length) rows.push({ type: 'group', key: 'rejected', label: 'Rejected', description: String(rejected.length), children: byPosition(rejected) });
  }
  if (src.filter !== 'suggested') {
    const orphans = src.placed.filter((p) => p.orphaned && p.data.status !== 'rejected').map((p) => b.annotation(p, `${p.data.tag}: ${truncate(p.data.quote, LABEL)}`));
    if (orphans.length) rows.push({ type: 'group', key: 'orphaned', label: 'Orphaned', description: String(orphans.length), children: orphans });
  }
  return rows;
}

/** Caps every level of a view (see `chunked`). */
function capped(rows: Row[], key: string): Row[] {
  for (const r of rows) if (r.children) r.children = capped(r.children, r.key);
  return chunked(rows, key);
}

/**
 * Splits a list longer than MAX_CHILDREN into groups of at most that many (nested again if
 * needed), so that no level of a view lists more, while every row stays reachable.
 */
function chunked(rows: Row[], key: string): Row[] {
  if (rows.length <= MAX_CHILDREN) return rows;
  let size = MAX_CHILDREN;
  while (Math.ceil(rows.length / size) > MAX_CHILDREN) size *= MAX_CHILDREN;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const part = rows.slice(i, i + size);
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of part) {
      if (r.line === undefined) {
        lo = NaN;
        break;
      }
      lo = Math.min(lo, r.line);
      hi = Math.max(hi, r.line);
    }
    out.push({
      type: 'group', key: `${key}/${i}`, label: `${i + 1}–${i + part.length}`,
      description: `of ${rows.length}${Number.isNaN(lo) ? '' : ` · lines ${lo + 1}–${hi + 1}`}`,
      children: chunked(part, `${key}/${i}`),
    });
  }
  return out;
}
