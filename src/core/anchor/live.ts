import { CONTEXT_CP } from './anchor';
import { placeAll, toSidecar, type Placed } from './placed';
import { applyChange, type TextChange } from './track';

/** An annotation whose text was deleted in the editor; it comes back if that text does (undo). */
interface Tombstone {
  placed: Placed;
  /** UTF-16 offset where its text was, moved along by later edits. */
  at: number;
  quote: string;
}

const MAX_TOMBSTONES = 500;

export interface EditOutcome {
  /** Annotations whose text was deleted. */
  removed: Placed[];
  /** Annotations brought back because their text came back (undo, redo, paste of the same text). */
  restored: Placed[];
  /** The whole text was replaced (a reload from disk) and everything was re-anchored. */
  reloaded: boolean;
}

/**
 * The annotations of one text while it is being edited. Every edit moves, grows, shrinks or
 * trims them exactly; a span whose whole text is replaced is looked for in the replacement
 * (a reformatted paragraph) and otherwise removed, but remembered, so that undo brings it back.
 * A replacement of the whole text (a reload from disk) re-anchors everything.
 */
export class LiveAnnotations {
  private tombstones: Tombstone[] = [];

  constructor(public text: string, public placed: Placed[]) {}

  applyEdits(changes: readonly TextChange[]): EditOutcome {
    const removed: Placed[] = [];
    if (changes.length === 1 && changes[0].offset === 0 && changes[0].length === this.text.length && this.text.length > 0) {
      this.reload(changes[0].text);
      return { removed, restored: [], reloaded: true };
    }
    let text = this.text;
    for (const c of changes) {
      const doomed: Array<{ p: Placed; quote: string; prefix: string; suffix: string }> = [];
      this.placed = this.placed.filter((p) => {
        if (p.orphaned) return true;
        const before = { start: p.start, end: p.end };
        if (applyChange(p, c)) return true;
        doomed.push({
          p, quote: text.slice(before.start, before.end),
          prefix: text.slice(Math.max(0, before.start - CONTEXT_CP), before.start),
          suffix: text.slice(before.end, before.end + CONTEXT_CP),
        });
        p.start = before.start;
        p.end = before.end;
        return false;
      });
      for (const t of this.tombstones) {
        // text put back where it was deleted starts at the tombstone: insertions there leave it in place
        if (c.offset + c.length <= t.at && c.offset !== t.at) t.at += c.text.length - c.length;
        else if (c.offset < t.at) t.at = c.offset;
      }
      text = text.slice(0, c.offset) + c.text + text.slice(c.offset + c.length);
      for (const d of doomed) {
        const back = this.findInReplacement(text, c, d.quote, d.prefix, d.suffix);
        if (back) {
          const delta = back - d.p.start;
          d.p.start = back;
          d.p.end = back + d.quote.length;
          if (d.p.fragments) d.p.fragments = d.p.fragments.map(([s, e]) => [s + delta, e + delta]);
          this.placed.push(d.p);
        } else {
          removed.push(d.p);
          this.tombstones.push({ placed: d.p, at: c.offset, quote: d.quote });
        }
      }
    }
    this.text = text;
    if (this.tombstones.length > MAX_TOMBSTONES) this.tombstones.splice(0, this.tombstones.length - MAX_TOMBSTONES);
    const restored = this.restore();
    if (removed.length || restored.length) this.sort();
    return { removed, restored, reloaded: false };
  }

  /** A deleted span's text found again right where the replacement went in (a reflowed paragraph). */
  private findInReplacement(text: string, c: TextChange, quote: string, prefix: string, suffix: string): number | undefined {
    if (!quote || c.text.length < quote.length) return undefined;
    const lo = c.offset;
    const hi = c.offset + c.text.length;
    let found: number | undefined;
    for (let i = text.indexOf(quote, lo); i >= 0 && i + quote.length <= hi; i = text.indexOf(quote, i + 1)) {
      if (found !== undefined) return undefined; // twice in the replacement: ambiguous
      found = i;
    }
    if (found === undefined) return undefined;
    // the context must agree on at least one side, so that a look-alike is not taken for it
    const pre = text.slice(Math.max(0, found - prefix.length), found);
    const suf = text.slice(found + quote.length, found + quote.length + suffix.length);
    return (prefix && pre === prefix) || (suffix && suf === suffix) ? found : undefined;
  }

  private restore(): Placed[] {
    const restored: Placed[] = [];
    this.tombstones = this.tombstones.filter((t) => {
      if (!this.text.startsWith(t.quote, t.at)) return true;
      if (this.placed.some((p) => p.data.id === t.placed.data.id)) return false;
      const delta = t.at - t.placed.start;
      t.placed.start = t.at;
      t.placed.end = t.at + t.quote.length;
      if (t.placed.fragments) t.placed.fragments = t.placed.fragments.map(([s, e]) => [s + delta, e + delta]);
      this.placed.push(t.placed);
      restored.push(t.placed);
      return false;
    });
    return restored;
  }

  /** The whole text was replaced: place every annotation anew by its selector. */
  private reload(next: string): void {
    const previous = toSidecar('', this.text, this.placed);
    this.placed = placeAll(next, previous);
    this.tombstones = [];
    this.text = next;
    this.sort();
  }

  /** Puts annotations in position order (orphaned ones last). */
  sort(): void {
    this.placed.sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
  }
}
