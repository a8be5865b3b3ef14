import search from 'approx-string-match';
import { firstCodePoints, lastCodePoints, OffsetIndex } from '../text/offsets';
import type { Annotation } from '../sidecar/model';

/** Code points of context kept before and after a span. */
export const CONTEXT_CP = 32;
/** Lowest similarity (1 - edits / length) at which a changed quote is still recognised. */
export const MIN_FUZZY_SCORE = 0.8;
/** How far around the expected position the first, cheap search looks (UTF-16 units). */
const WINDOW = 4096;
/** Shortest quote that may be found by fuzzy matching (shorter ones are too easily confused). */
const MIN_FUZZY_LENGTH = 8;
/** Quotes at least this long are distinctive enough to be placed without matching context. */
const DISTINCTIVE_LENGTH = 24;
/** Share of the stored context a shorter quote needs around it to be placed in a changed text. */
const MIN_CONTEXT = 0.3;
/** A quote this long that occurs once in the text is placed there even if its context changed. */
const UNIQUE_LENGTH = 16;

export interface Selector {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

/** The position + quote + context selector of a UTF-16 range, with offsets in code points. */
export function selectorOf(index: OffsetIndex, start16: number, end16: number): Selector {
  const t = index.text;
  return {
    start: index.toCodePoint(start16),
    end: index.toCodePoint(end16),
    quote: t.slice(start16, end16),
    prefix: lastCodePoints(t.slice(Math.max(0, start16 - 2 * CONTEXT_CP), start16), CONTEXT_CP),
    suffix: firstCodePoints(t.slice(end16, end16 + 2 * CONTEXT_CP), CONTEXT_CP),
  };
}

/**
 * How an annotation was placed: kept at its offsets, mapped through a diff from the text it was
 * made on, found by its exact quote elsewhere, or by a close match.
 */
export type AnchorHow = 'position' | 'diff' | 'quote' | 'fuzzy';

export interface Anchored {
  /** UTF-16 offsets into the current text. */
  start16: number;
  end16: number;
  how: AnchorHow;
  /**
   * Placed with certainty: at its own offsets in an unchanged text, through a diff, with its
   * whole context, or at the only occurrence of a long quote. Where placements contradict each
   * other's order, these weigh most.
   */
  certain: boolean;
}

/**
 * Why an annotation could not be placed: its text is gone, several places fit about as well, the
 * best place would move it past annotations placed with certainty, or another annotation of its
 * tag holds that span already.
 */
export type AnchorFailure = 'missing' | 'ambiguous' | 'out-of-order' | 'taken';

type Target = Pick<Annotation, 'start' | 'end' | 'quote' | 'prefix' | 'suffix'>;

interface Candidate {
  start: number;
  end: number;
  /** Similarity of the quote, 0..1. */
  quoteSim: number;
  /** Share of the stored context that matches next to the candidate, 0..1. */
  context: number;
  /** Characters of the prefix and of the suffix that match. */
  pre: number;
  suf: number;
  distance: number;
}

/**
 * Places stored annotations in a (possibly changed) text, in the stages of the sidecar contract:
 * where the offsets, corrected by the shift seen on the neighbours, still hold the quote; else at
 * an exact occurrence of the quote chosen by context and nearness; else at a close match with a
 * minimum score. A candidate that is not clearly better than another is refused: the annotation
 * is then orphaned rather than moved to a look-alike passage.
 */
export class Anchorer {
  readonly index: OffsetIndex;
  private readonly eol: '\n' | '\r\n';
  /** Code point shift seen on the last annotation placed (the text before it grew or shrank). */
  private shift = 0;
  /** Whether that shift comes from a placement made with certainty (at the start: nothing moved yet). */
  private shiftCertain = true;

  /**
   * @param unchanged the text is the one the offsets were made on (same SHA-256): then offsets
   *   holding their quote are trusted without looking at the context.
   */
  constructor(readonly text: string, private readonly unchanged = false) {
    this.index = new OffsetIndex(text);
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** Anchors annotations given in position order; the i-th result belongs to the i-th input. */
  anchorAll(targets: readonly Target[]): Array<Anchored | AnchorFailure> {
    this.shift = 0;
    this.shiftCertain = true;
    return targets.map((t) => this.anchor(t));
  }

  anchor(target: Target): Anchored | AnchorFailure {
    const quote = this.adaptEol(target.quote);
    const prefix = this.adaptEol(target.prefix ?? '');
    const suffix = this.adaptEol(target.suffix ?? '');
    const text = this.text;
    const at = (cp: number): number => this.index.toUtf16(Math.max(0, cp));
    const trusted = (c: Candidate): boolean => quote.length >= DISTINCTIVE_LENGTH
      || c.context >= (quote.length < MIN_FUZZY_LENGTH ? 0.5 : MIN_CONTEXT);
    // 1. at its offsets, or shifted like its neighbours
    for (const shift of this.shift ? [0, this.shift] : [0]) {
      const s = at(target.start + shift);
      if (target.start + shift > this.index.lengthCp || !text.startsWith(quote, s)) continue;
      const c = quote ? this.candidate(s, s + quote.length, 1, prefix, suffix, s) : undefined;
      if ((this.unchanged && shift === 0) || (c && trusted(c))) {
        // in a changed text, offsets that still hold the quote prove little without its context,
        // and a shift learned from a guess proves nothing
        // (at a shift learned from a guess, its whole context is not proof: repeated text has it too)
        const certain = (this.unchanged && shift === 0) || (c !== undefined && c.context >= 0.9 && shift === this.shift && this.shiftCertain);
        return this.placed(target, s, s + quote.length, shift === 0 ? 'position' : 'quote', certain);
      }
    }
    if (!quote) return 'missing';
    const expected = at(target.start + this.shift);
    // 2. the exact quote elsewhere, near the expected place first
    const { cands: exact, whole } = this.exactCandidates(quote, prefix, suffix, expected);
    // a phrase (longer than most names) that occurs once in the whole text is its own evidence
    if (whole && exact.length === 1 && quote.length >= UNIQUE_LENGTH) return this.placed(target, exact[0].start, exact[0].end, 'quote', true);
    if (exact.length) {
      // a rival about as well fitting, or fitting the other side better, makes the choice a guess
      const pick = choose(exact, (c) => c.context * 4 - c.distance / (text.length + 1),
        (b, r) => b.context - r.context < 0.2 || (r.pre - b.pre >= 3 || r.suf - b.suf >= 3));
      if (pick === 'ambiguous') return 'ambiguous';
      if (trusted(pick)) return this.placed(target, pick.start, pick.end, 'quote', false);
    }
    // 3. a close match of the quote
    if (quote.length < MIN_FUZZY_LENGTH) return 'missing';
    const fuzzy = this.fuzzyCandidates(quote, prefix, suffix, expected);
    if (!fuzzy.length) return 'missing';
    const pick = choose(fuzzy, (c) => c.quoteSim * 3 + c.context - Math.min(1, c.distance / (text.length + 1)),
      (b, r) => b.quoteSim * 3 + b.context - (r.quoteSim * 3 + r.context) < 0.1);
    if (pick === 'ambiguous') return 'ambiguous';
    return trusted(pick) ? this.placed(target, pick.start, pick.end, 'fuzzy', false) : 'missing';
  }

  private placed(target: Target, s: number, e: number, how: AnchorHow, certain: boolean): Anchored {
    // the next annotation is looked for where this one's text moved to
    this.shift = this.index.toCodePoint(s) - target.start;
    this.shiftCertain = certain;
    return { start16: s, end16: e, how, certain };
  }

  /** Learns the shift from a placement made elsewhere (through a diff). */
  learn(target: Target, start16: number): void {
    this.shift = this.index.toCodePoint(start16) - target.start;
    this.shiftCertain = true;
  }

  private candidate(s: number, e: number, quoteSim: number, prefix: string, suffix: string, expected: number): Candidate {
    const text = this.text;
    let pre = 0;
    let suf = 0;
    while (pre < prefix.length && s - pre - 1 >= 0 && text[s - pre - 1] === prefix[prefix.length - pre - 1]) pre++;
    while (suf < suffix.length && e + suf < text.length && text[e + suf] === suffix[suf]) suf++;
    const total = prefix.length + suffix.length;
    return { start: s, end: e, quoteSim, context: total ? (pre + suf) / total : 0, pre, suf, distance: Math.abs(s - expected) };
  }

  private adaptEol(s: string): string {
    return this.eol === '\r\n' ? s.replace(/\r?\n/g, '\r\n') : s.replace(/\r\n/g, '\n');
  }

  private exactCandidates(quote: string, prefix: string, suffix: string, expected: number): { cands: Candidate[]; whole: boolean } {
    const text = this.text;
    const out: Candidate[] = [];
    const collect = (from: number, to: number): void => {
      for (let i = text.indexOf(quote, from); i >= 0 && i <= to; i = text.indexOf(quote, i + 1)) {
        out.push(this.candidate(i, i + quote.length, 1, prefix, suffix, expected));
        if (out.length > 5000) break; // a very common quote: context decides among the first ones
      }
    };
    const lo = Math.max(0, expected - WINDOW);
    const hi = expected + quote.length + WINDOW;
    collect(lo, hi);
    // a well-fitting occurrence nearby settles it; otherwise look through the whole text
    if (out.some((c) => c.context >= 0.5)) return { cands: out, whole: false };
    out.length = 0;
    collect(0, text.length);
    return { cands: out, whole: out.length <= 5000 };
  }

  private fuzzyCandidates(quote: string, prefix: string, suffix: string, expected: number): Candidate[] {
    const text = this.text;
    const maxErrors = Math.floor(quote.length * (1 - MIN_FUZZY_SCORE));
    const find = (from: number, to: number): Candidate[] => search(text.slice(from, to), quote, maxErrors)
      .map((m) => this.candidate(from + m.start, from + m.end, 1 - m.errors / quote.length, prefix, suffix, expected));
    const lo = Math.max(0, expected - WINDOW - quote.length);
    const hi = Math.min(text.length, expected + 2 * quote.length + WINDOW);
    let found = find(lo, hi);
    if (!found.length || (lo > 0 || hi < text.length) && !found.some((c) => c.context >= 0.5)) found = find(0, text.length);
    return dedupe(found);
  }
}

/**
 * The best candidate by score, or 'ambiguous' when a separate candidate is about as good
 * (`close`) and about as near the expected place: then neither can be trusted.
 */
function choose(cands: readonly Candidate[], score: (c: Candidate) => number, close: (best: Candidate, rival: Candidate) => boolean): Candidate | 'ambiguous' {
  const ranked = cands.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s);
  const best = ranked[0].c;
  if (best.distance === 0) return best;
  const separate = (c: Candidate): boolean => c.end <= best.start || c.start >= best.end;
  const rival = ranked.find((r) => separate(r.c))?.c;
  if (rival && close(best, rival) && rival.distance <= 2 * best.distance + 64) return 'ambiguous';
  // the quote is still where it was expected, only its surroundings changed: moving it away would be a guess
  if (best.context < 0.8 && best.distance > 32 && ranked.some((r) => r.c.distance <= 32 && separate(r.c))) return 'ambiguous';
  return best;
}

/** Overlapping matches of one place keep only their best. */
function dedupe(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => b.quoteSim - a.quoteSim || b.context - a.context || a.distance - b.distance);
  const kept: Candidate[] = [];
  for (const c of cands) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

/** Places one annotation on its own (no neighbours to learn a shift from). */
export function anchorAnnotation(index: OffsetIndex, a: Target): Anchored | undefined {
  const r = new Anchorer(index.text).anchor(a);
  return typeof r === 'string' ? undefined : r;
}
