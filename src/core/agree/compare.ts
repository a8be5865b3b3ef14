/**
 * Two analysts' annotations of one text side by side: spans both have alike (agree), spans only
 * one has (theirs, yours), and spans both have with a different tag, speaker or attributes
 * (conflict). Offsets are whatever unit the caller uses for both sides.
 */
import { sameValue } from '../merge/merge3';

export interface Side {
  id: string;
  tag: string;
  start: number;
  end: number;
  attributes?: Readonly<Record<string, unknown>>;
  /** Canonical actor of a claim's speaker (null: none). */
  speaker?: string | null;
}

export type DifferenceKind = 'agree' | 'theirs' | 'yours' | 'conflict';

export interface Difference {
  kind: DifferenceKind;
  start: number;
  end: number;
  yours?: Side;
  theirs?: Side;
  /** For a conflict: what differs (`tag`, `speaker`, `attributes.NAME`). */
  fields: string[];
}

/** What differs between two annotations of the same span. */
export function differingFields(a: Side, b: Side): string[] {
  const out: string[] = [];
  if (a.tag !== b.tag) out.push('tag');
  if ((a.speaker ?? null) !== (b.speaker ?? null)) out.push('speaker');
  const keys = new Set([...Object.keys(a.attributes ?? {}), ...Object.keys(b.attributes ?? {})]);
  for (const k of [...keys].sort()) if (!sameValue(a.attributes?.[k], b.attributes?.[k])) out.push(`attributes.${k}`);
  return out;
}

/** A key that names a difference while the annotations stay as they are. */
export function differenceKey(d: Difference): string {
  return `${d.kind}|${d.start}|${d.end}|${d.yours?.id ?? ''}|${d.theirs?.id ?? ''}`;
}

/** Compares two sides, span by span; in position order. */
export function compareSides(yours: readonly Side[], theirs: readonly Side[]): Difference[] {
  const bySpan = new Map<string, { y: Side[]; t: Side[] }>();
  const at = (s: Side): { y: Side[]; t: Side[] } => {
    const k = `${s.start}:${s.end}`;
    let g = bySpan.get(k);
    if (!g) bySpan.set(k, (g = { y: [], t: [] }));
    return g;
  };
  for (const s of yours) at(s).y.push(s);
  for (const s of theirs) at(s).t.push(s);
  const out: Difference[] = [];
  for (const { y, t } of bySpan.values()) {
    const ys = [...y];
    const ts = [...t];
    const take = (pick: (a: Side, b: Side) => boolean, kind: DifferenceKind): void => {
      for (let i = 0; i < ys.length; i++) {
        const j = ts.findIndex((b) => pick(ys[i], b));
        if (j < 0) continue;
        const [a] = ys.splice(i--, 1);
        const [b] = ts.splice(j, 1);
        out.push({ kind, start: a.start, end: a.end, yours: a, theirs: b, fields: kind === 'agree' ? [] : differingFields(a, b) });
      }
    };
    take((a, b) => differingFields(a, b).length === 0, 'agree');
    take((a, b) => a.tag === b.tag, 'conflict');
    take(() => true, 'conflict');
    for (const a of ys) out.push({ kind: 'yours', start: a.start, end: a.end, yours: a, fields: [] });
    for (const b of ts) out.push({ kind: 'theirs', start: b.start, end: b.end, theirs: b, fields: [] });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
}
