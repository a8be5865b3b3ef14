import { sha256Hex } from '../text/hash';
import { OffsetIndex } from '../text/offsets';
import type { Annotation, Sidecar } from '../sidecar/model';
import { Anchorer, selectorOf, type AnchorFailure, type AnchorHow, type Anchored } from './anchor';
import { DiffMap, sharedStretches } from './history';
import type { LiveSpan } from './track';

/** An annotation placed in a live text: UTF-16 offsets (or orphaned, keeping its stored selector). */
export interface Placed extends LiveSpan {
  data: Annotation;
  orphaned: boolean;
  /** How it was placed when loaded, or why it could not be. */
  how?: AnchorHow | AnchorFailure;
}

/**
 * Anchors every annotation of a sidecar in the current text (results in the sidecar's order).
 * With `previous`, the text the sidecar was written for (its SHA-256 is the sidecar's), the
 * offsets are mapped through a diff of the two texts: only annotations in changed text are
 * searched for. Either way a found placement that would break the order of the annotations
 * placed with certainty, or land on a span another annotation of its tag holds, is refused.
 */
export function placeAll(text: string, sidecar: Sidecar, previous?: string): Placed[] {
  const same = sha256Hex(text) === sidecar.document.sha256;
  const anchorer = new Anchorer(text, same);
  const ix = anchorer.index;
  const history = !same && previous !== undefined && sha256Hex(previous) === sidecar.document.sha256
    ? { index: new OffsetIndex(previous), map: new DiffMap(sharedStretches(previous, text)) } : undefined;
  const order = sidecar.annotations.map((_, i) => i).sort((i, j) => sidecar.annotations[i].start - sidecar.annotations[j].start);
  const out: Placed[] = new Array(sidecar.annotations.length);
  const certain = new Array<boolean>(sidecar.annotations.length).fill(false);
  for (const i of order) {
    const a = sidecar.annotations[i];
    let r: Anchored | AnchorFailure | undefined;
    let target = a;
    if (history) {
      const s16 = history.index.toUtf16(a.start);
      const e16 = history.index.toUtf16(a.end);
      const m = previous!.slice(s16, e16) === a.quote ? history.map.span(s16, e16) : undefined;
      // next to a change, the stored context on that side must still be there (a repeated word
      // inserted beside it could otherwise take its place)
      const near = (ctx: string | undefined, after: boolean): string => (after ? (ctx ?? '').slice(0, 8) : (ctx ?? '').slice(-8));
      // and a word diff may align a repeated phrase of a line with another one of it: one side of
      // the context at least must be as stored
      const before = m !== undefined && text.slice(Math.max(0, m.start - 8), m.start).endsWith(near(a.prefix, false));
      const after = m !== undefined && text.startsWith(near(a.suffix, true), m.end);
      const fits = m && (!m.editBefore || before) && (!m.editAfter || after) && (before || after);
      if (m && fits) {
        r = { start16: m.start, end16: m.end, how: 'diff', certain: true };
        anchorer.learn(a, m.start);
      } else {
        // in changed text: searched for near where the unchanged text around it went
        target = { ...a, start: ix.toCodePoint(history.map.expected(s16)) };
      }
    }
    r ??= anchorer.anchor(target);
    if (typeof r === 'string') {
      out[i] = { data: { ...a }, start: 0, end: 0, orphaned: true, how: r };
      continue;
    }
    certain[i] = r.certain;
    let fragments: Array<[number, number]> | undefined;
    if (a.fragments) {
      const delta = ix.toCodePoint(r.start16) - a.start;
      fragments = a.fragments
        .map(([s, e]): [number, number] => [Math.max(r.start16, ix.toUtf16(s + delta)), Math.min(r.end16, ix.toUtf16(e + delta))])
        .filter(([s, e]) => e > s);
      if (fragments.length < 2) fragments = undefined;
    }
    out[i] = { data: { ...a }, start: r.start16, end: r.end16, fragments, orphaned: false, how: r.how };
  }
  // (when every placement is certain, as in an unchanged text, there is nothing to contradict)
  if (certain.some((c, i) => !c && !out[i].orphaned)) refuseDisorder(sidecar, order, out, certain, ix);
  return out;
}

/** Code points by which neighbours' shifts may differ and still agree. */
const NEIGHBOUR_AGREEMENT = 64;
/** Neighbours on each side whose shifts make the consensus. */
const WINDOW = 5;

/**
 * Edits keep the order of the text they leave: annotations placed out of their stored order
 * contradict each other, and one side of the contradiction is a look-alike. The placements kept
 * are the heaviest chain in stored order whose new positions never go back (certain ones weigh
 * most, then by how well the context fits); the others are orphaned as out of order. Then two
 * annotations of one tag on one span that did not share it before: the found one goes.
 */
function refuseDisorder(sidecar: Sidecar, order: readonly number[], out: Placed[], certain: readonly boolean[], index: OffsetIndex): void {
  const orphan = (i: number, why: AnchorFailure): void => {
    out[i] = { data: { ...sidecar.annotations[i] }, start: 0, end: 0, orphaned: true, how: why };
  };
  const live = order.filter((i) => !out[i].orphaned);
  for (const i of heaviestChain(live.map((i) => out[i].start), live.map((i) => (certain[i] ? 1000 : out[i].how === 'fuzzy' ? 1 : 2)))
    .map((k) => live[k])) orphan(i, 'out-of-order');
  // a found one whose neighbours agree on how far the text moved, while it moved much further or
  // less: the text around it would have to grow on one side and shrink on the other
  const kept = order.filter((i) => !out[i].orphaned);
  const shift = (i: number): number => index.toCodePoint(out[i].start) - sidecar.annotations[i].start;
  // the consensus of the neighbours (up to WINDOW placed on each side): most of them agree on
  // how far the text moved, this one alone (or with one or two others) does not
  const shifts = kept.map(shift);
  const outliers = kept.filter((i, k) => {
    if (certain[i]) return false;
    const around = [...shifts.slice(Math.max(0, k - WINDOW), k), ...shifts.slice(k + 1, k + 1 + WINDOW)];
    if (around.length < 4) return false;
    const median = [...around].sort((x, y) => x - y)[around.length >> 1];
    const agreeing = around.filter((v) => Math.abs(v - median) <= NEIGHBOUR_AGREEMENT).length;
    return agreeing >= around.length * 0.6 && Math.abs(shifts[k] - median) > NEIGHBOUR_AGREEMENT;
  });
  for (const i of outliers) orphan(i, 'out-of-order');
  const holder = new Map<string, number>();
  for (const i of order) {
    const p = out[i];
    if (p.orphaned) continue;
    const key = `${p.data.tag}:${p.start}:${p.end}`;
    const other = holder.get(key);
    if (other === undefined) { holder.set(key, i); continue; }
    const a = sidecar.annotations[i];
    const b = sidecar.annotations[other];
    if (a.start === b.start && a.end === b.end) continue;
    if (!certain[i]) orphan(i, 'taken');
    else if (!certain[other]) { orphan(other, 'taken'); holder.set(key, i); }
  }
}

/**
 * The indexes left out of the heaviest non-decreasing subsequence of `values` (weights > 0),
 * in O(n log n) with a Fenwick tree of best chain weights over the ranks of the values.
 */
export function heaviestChain(values: readonly number[], weights: readonly number[]): number[] {
  const n = values.length;
  const ranks = [...new Set(values)].sort((x, y) => x - y);
  const rank = new Map(ranks.map((v, k) => [v, k + 1]));
  const tree = new Float64Array(ranks.length + 1);
  const arg = new Int32Array(ranks.length + 1).fill(-1);
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const r = rank.get(values[i])!;
    let w = 0;
    let from = -1;
    for (let k = r; k > 0; k -= k & -k) if (tree[k] > w) { w = tree[k]; from = arg[k]; }
    best[i] = w + weights[i];
    prev[i] = from;
    for (let k = r; k <= ranks.length; k += k & -k) if (best[i] > tree[k]) { tree[k] = best[i]; arg[k] = i; }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || best[i] > best[end]) end = i;
  const kept = new Uint8Array(n);
  for (let i = end; i >= 0; i = prev[i]) kept[i] = 1;
  const left: number[] = [];
  for (let i = 0; i < n; i++) if (!kept[i]) left.push(i);
  return left;
}

/** The sidecar for a text and its placed annotations; selectors are recomputed from the text. */
export function toSidecar(fileName: string, text: string, placed: readonly Placed[]): Sidecar {
  const index = new OffsetIndex(text);
  const annotations = placed.map((p): Annotation => {
    if (p.orphaned) return { ...p.data, orphaned: true };
    const out: Annotation = { ...p.data, ...selectorOf(index, p.start, p.end), orphaned: undefined };
    if (p.fragments && p.fragments.length > 1) out.fragments = p.fragments.map(([s, e]) => [index.toCodePoint(s), index.toCodePoint(e)]);
    else delete out.fragments;
    return out;
  });
  return {
    document: { file: fileName, sha256: sha256Hex(text), length: index.lengthCp },
    annotations,
  };
}

/** How many annotations were placed in each way. */
export interface PlacementCounts {
  kept: number;
  diff: number;
  quote: number;
  fuzzy: number;
  orphaned: number;
}

export function placementCounts(placed: readonly Placed[]): PlacementCounts {
  const c: PlacementCounts = { kept: 0, diff: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  for (const p of placed) {
    if (p.orphaned) c.orphaned++;
    else if (p.how === 'diff') c.diff++;
    else if (p.how === 'quote') c.quote++;
    else if (p.how === 'fuzzy') c.fuzzy++;
    else c.kept++;
  }
  return c;
}

/** "12 kept, 3 mapped by the diff, 1 found by its quote, 0 by a close match, 1 orphaned". */
export function describeCounts(c: PlacementCounts): string {
  return `${c.kept} kept, ${c.diff} mapped by the diff, ${c.quote} found by their quote, ${c.fuzzy} by a close match, ${c.orphaned} orphaned`;
}
