/**
 * Three-way merge of sidecars by annotation id, field by field: a change on one side wins, the
 * same change on both sides is taken once, an annotation added on one side is kept, one removed
 * on one side and unchanged on the other is removed. Where both sides changed a field differently
 * ours stays in place and both values are recorded on the annotation (`conflict`), so the result
 * is always a valid sidecar. `attributes` and `links` merge key by key; the span (offsets, quote,
 * context, pieces) as one field. The three versions must refer to the same text (re-anchor first).
 */
import { conflictsOf, SPAN_FIELDS, withConflicts } from '../sidecar/conflicts';
import type { Annotation, Conflict, DocumentInfo, Sidecar } from '../sidecar/model';

export interface MergeResult {
  sidecar: Sidecar;
  /** Conflicts recorded by this merge. */
  conflicts: Array<{ id: string; conflict: Conflict }>;
}

/** Deep equality of YAML data, key order aside; undefined and null are both "absent". */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Fields = Map<string, unknown>;

const GROUPS = new Set(['attributes', 'links']);
const SPAN = new Set<string>(SPAN_FIELDS);

/** An annotation as merge fields: `span`, `attributes.X`, `links.R`, and every other key. */
function fieldsOf(a: Annotation | undefined): Fields {
  const out: Fields = new Map();
  if (!a) return out;
  const rec = a as unknown as Record<string, unknown>;
  const span: Record<string, unknown> = {};
  out.set('span', span);
  for (const [k, v] of Object.entries(rec)) {
    if (v === undefined || k === 'conflict') continue;
    if (SPAN.has(k)) {
      if (!(k === 'orphaned' && v === false)) span[k] = v;
    } else if (GROUPS.has(k) && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [kk, vv] of Object.entries(v)) if (vv !== undefined) out.set(`${k}.${kk}`, vv);
    } else out.set(k, v);
  }
  return out;
}

function annotationOf(fields: Fields, conflicts: readonly Conflict[]): Annotation {
  const rec: Record<string, unknown> = {};
  for (const [k, v] of fields) {
    if (v === undefined || v === null) continue;
    if (k === 'span') Object.assign(rec, v);
    else {
      const dot = k.indexOf('.');
      const group = dot > 0 ? k.slice(0, dot) : '';
      if (GROUPS.has(group)) rec[group] = { ...(rec[group] as object | undefined), [k.slice(dot + 1)]: v };
      else rec[k] = v;
    }
  }
  return withConflicts(rec as unknown as Annotation, conflicts);
}

/** Merges one annotation present on both sides (and maybe in the base). */
function mergeOne(base: Annotation | undefined, ours: Annotation, theirs: Annotation): { annotation: Annotation; conflicts: Conflict[] } {
  const b = fieldsOf(base);
  const o = fieldsOf(ours);
  const t = fieldsOf(theirs);
  const merged: Fields = new Map();
  const conflicts: Conflict[] = [];
  // field order: ours first, then what only theirs has
  for (const k of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const bv = b.get(k);
    const ov = o.get(k);
    const tv = t.get(k);
    if (sameValue(ov, tv)) merged.set(k, ov);
    else if (sameValue(ov, bv)) merged.set(k, tv);
    else if (sameValue(tv, bv)) merged.set(k, ov);
    else {
      merged.set(k, ov);
      conflicts.push({ field: k, ours: ov ?? null, theirs: tv ?? null });
    }
  }
  // conflicts recorded by an earlier merge: one side resolving one (it was in the base) wins
  const has = (list: readonly Conflict[], c: Conflict): boolean => list.some((x) => sameValue(x, c));
  const [inBase, inOurs, inTheirs] = [base ? conflictsOf(base) : [], conflictsOf(ours), conflictsOf(theirs)];
  const open: Conflict[] = [];
  for (const c of [...inOurs, ...inTheirs]) {
    if (has(open, c)) continue;
    if (has(inBase, c) && !(has(inOurs, c) && has(inTheirs, c))) continue;
    open.push(c);
  }
  return { annotation: annotationOf(merged, [...open, ...conflicts]), conflicts };
}

/**
 * Merges our and their sidecar given their common ancestor (undefined: the file is new on both
 * sides). `document` is what the result refers to (the text the annotations were placed on).
 */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar, document: DocumentInfo = ours.document): MergeResult {
  const byId = (s: Sidecar | undefined): Map<string, Annotation> => new Map((s?.annotations ?? []).map((a) => [a.id, a]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const out: Annotation[] = [];
  const recorded: MergeResult['conflicts'] = [];
  const ids = [...new Set([...o.keys(), ...t.keys()])];
  for (const id of ids) {
    const bo = b.get(id);
    const oa = o.get(id);
    const ta = t.get(id);
    if (oa && ta) {
      const m = mergeOne(bo, oa, ta);
      out.push(m.annotation);
      for (const c of m.conflicts) recorded.push({ id, conflict: c });
      continue;
    }
    const present = (oa ?? ta)!;
    if (!bo) {
      out.push(present); // added on one side
      continue;
    }
    if (sameValue(present, bo)) continue; // removed on one side, unchanged on the other
    // removed on one side, changed on the other: kept, and the choice recorded
    const c: Conflict = oa ? { field: 'annotation', ours: 'changed', theirs: 'removed' } : { field: 'annotation', ours: 'removed', theirs: 'changed' };
    out.push(withConflicts(present, [...conflictsOf(present), c]));
    recorded.push({ id, conflict: c });
  }
  return { sidecar: { document: { ...document }, annotations: out }, conflicts: recorded };
}
