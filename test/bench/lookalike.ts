// Misplaced annotations after scattered edits of a repetitive 1 MB article (the sidecar
// benchmark's set-up): an annotation counts as misplaced when it is placed (not orphaned) away
// from where its text truly went. Used by `npm run bench`.
import { placeAll, toSidecar, type Placed } from '../../src/core/anchor/placed';
import { newsText, rng, spreadAnnotations } from './corpus';

export interface LookalikeResult {
  annotations: number;
  misplaced: number;
  orphaned: number;
  byHow: Record<string, number>;
}

/** 10,000 annotations on a generated 1 MB article, `edits` scattered replacements, placed with and without the old text. */
export function lookalikeRun(edits = 2000, withHistory = false, seed = 11): LookalikeResult {
  const text = newsText(1024 * 1024);
  const r = rng(seed);
  const placed = spreadAnnotations(text, 10000, r);
  const sidecar = toSidecar('bench.txt', text, placed);
  // the true place of every annotation, followed through each edit (null: its own text was edited)
  const truth: Array<[number, number] | null> = placed.map((p) => [p.start, p.end]);
  let edited = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (edited.length - 20));
    const len = Math.floor(r() * 10) + 1;
    const ins = 'lorem ipsum'.slice(0, Math.floor(r() * 11));
    edited = edited.slice(0, at) + ins + edited.slice(at + len);
    for (let k = 0; k < truth.length; k++) {
      const t = truth[k];
      if (!t) continue;
      if (t[1] <= at) continue;
      if (t[0] >= at + len) truth[k] = [t[0] + ins.length - len, t[1] + ins.length - len];
      else truth[k] = null;
    }
  }
  const again = placeAll(edited, sidecar, withHistory ? text : undefined);
  const out: LookalikeResult = { annotations: placed.length, misplaced: 0, orphaned: 0, byHow: {} };
  again.forEach((p, k) => {
    out.byHow[p.how ?? 'none'] = (out.byHow[p.how ?? 'none'] ?? 0) + 1;
    if (p.orphaned) { out.orphaned++; return; }
    const t = truth[k];
    // an edited annotation may be found, by a close match, where its changed text went; its old
    // quote found exactly can only be a look-alike (its own text is no longer the same)
    if (t ? p.start !== t[0] || p.end !== t[1] : p.how !== 'fuzzy' || !overlapsEdited(p, placed[k], text, edited)) {
      out.misplaced++;
      if (process.env.LOOKALIKE_DEBUG) for (let j = Math.max(0, k - 4); j < k + 5; j++) console.log(j === k ? '>>' : '  ', again[j].how, JSON.stringify(again[j].data.quote), again[j].orphaned || !truth[j] ? '' : again[j].start - truth[j]![0], truth[j]?.[0]);
      if (process.env.LOOKALIKE_DEBUG) console.log(p.how, t ? 'moved' : 'edited', JSON.stringify(p.data.quote), t ? p.start - t[0] : p.start - placed[k].start, JSON.stringify(edited.slice(p.start - 15, p.end + 15)), t ? JSON.stringify(edited.slice(t[0] - 15, t[1] + 15)) : '');
    }
  });
  return out;
}

/** Whether a placement of an annotation whose text was edited is near where that text went. */
function overlapsEdited(p: Placed, original: Placed, text: string, edited: string): boolean {
  // the edits shift text by at most their total length change; a placement within that drift counts
  const drift = Math.abs(edited.length - text.length) + 200;
  return Math.abs(p.start - original.start) <= drift;
}
