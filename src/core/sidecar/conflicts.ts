import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fieldPos, type CanonicalFile } from './canonical';
import type { Annotation, Conflict } from './model';

/** The conflicts recorded on an annotation (none, one or several). */
export function conflictsOf(a: Annotation): Conflict[] {
  return a.conflict === undefined ? [] : Array.isArray(a.conflict) ? a.conflict : [a.conflict];
}

/** The annotation with these conflicts recorded (one as a mapping, several as a list). */
export function withConflicts(a: Annotation, list: readonly Conflict[]): Annotation {
  const out: Annotation = { ...a };
  if (!list.length) delete out.conflict;
  else out.conflict = list.length === 1 ? { ...list[0] } : list.map((c) => ({ ...c }));
  return out;
}

/** The fields `span` stands for (they change together). */
export const SPAN_FIELDS = ['start', 'end', 'fragments', 'quote', 'prefix', 'suffix', 'orphaned'] as const;

/** Sets a field (`note`, `attributes.type`, `links.speaker`, `span`) to a value; null removes it. */
export function setField(a: Annotation, field: string, value: unknown): Annotation {
  const out = { ...a } as unknown as Record<string, unknown>;
  const dot = field.indexOf('.');
  if (field === 'span') {
    const v = (value ?? {}) as Record<string, unknown>;
    for (const k of SPAN_FIELDS) {
      if (v[k] === undefined || v[k] === null) delete out[k];
      else out[k] = v[k];
    }
  } else if (dot > 0 && (field.startsWith('attributes.') || field.startsWith('links.'))) {
    const group = field.slice(0, dot);
    const key = field.slice(dot + 1);
    const map: Record<string, unknown> = { ...(out[group] as Record<string, unknown> | undefined) };
    if (value === null || value === undefined) delete map[key];
    else map[key] = value;
    if (Object.keys(map).length) out[group] = map;
    else delete out[group];
  } else if (value === null || value === undefined) delete out[field];
  else out[field] = value;
  return out as unknown as Annotation;
}

/**
 * Resolves one recorded conflict by taking one side's value; returns the annotation without that
 * conflict, or null when the side taken had removed the annotation.
 */
export function resolveConflict(a: Annotation, field: string, take: 'ours' | 'theirs'): Annotation | null {
  const list = conflictsOf(a);
  const c = list.find((x) => x.field === field);
  if (!c) return a;
  const rest = list.filter((x) => x !== c);
  if (c.field === 'annotation') return c[take] === 'removed' ? null : withConflicts(a, rest);
  return withConflicts(setField(a, c.field, c[take]), rest);
}

/** A short, readable value for messages. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

export interface ConflictAt {
  id: string;
  /** Index of the annotation in the sidecar. */
  index: number;
  conflict: Conflict;
  /** 1-based position of the annotation's `conflict` key's value. */
  line: number;
  col: number;
}

/** Every recorded conflict of a parsed sidecar with its place in the file's text. */
export function conflictPlaces(text: string, annotations: readonly Annotation[], canonical: CanonicalFile | undefined): ConflictAt[] {
  const out: ConflictAt[] = [];
  let locate: (index: number) => { line: number; col: number };
  if (canonical) locate = (i) => fieldPos(canonical, i, 'conflict') ?? { line: 1, col: 1 };
  else {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc });
    locate = (i) => {
      const list = doc.get('annotations', true);
      const item = isSeq(list) ? list.items[i] : undefined;
      const node = (isMap(item) ? item.get('conflict', true) : item) as YamlNode | undefined;
      return node?.range ? lc.linePos(node.range[0]) : { line: 1, col: 1 };
    };
  }
  annotations.forEach((a, index) => {
    const list = conflictsOf(a);
    if (!list.length) return;
    const at = locate(index);
    for (const conflict of list) out.push({ id: a.id, index, conflict, ...at });
  });
  return out;
}

/** `conflict on ID: FIELD is ... in ours, ... in theirs`. */
export function describeConflict(id: string, c: Conflict): string {
  return c.field === 'annotation'
    ? `conflict on ${id}: ${c.ours === 'removed' ? 'removed in ours, changed in theirs' : 'changed in ours, removed in theirs'}`
    : `conflict on ${id}: ${c.field} is ${showValue(c.ours)} in ours, ${showValue(c.theirs)} in theirs`;
}
