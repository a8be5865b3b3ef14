import { givenParts, groupAliases, resolveAlias, type AliasLookup } from './actors';
import { firstPast } from './search';
import { continuedSpeaker } from './claims/continuations';
import { defaultGazetteer, Gazetteer } from './gazetteer';
import type { ActorMention, ClaimMention, Detection } from './types';
import { claimsOf, count, countWords, detectParagraph, flat, keep, lastDefiners, namePartsOf, rerefer, sameGifts, SURNAMES, sameSpeaker, shift, tentativeWords, thingsOf, type Paragraph, type ParagraphResult, type WordCounts } from './paragraphPass';

/** Above this many paragraphs replaced, the document pass is redone whole (it is then not much dearer). */
const MAX_LOCAL = 64;

/** Paragraphs: runs of text between blank lines (sentences and quotations never cross them). */
export function paragraphs(text: string): Array<[number, number]> {
  return splitParagraphs(text, 0, 0);
}

/**
 * Paragraph spans from the paragraph starting at `start`, the blank-line search resuming at
 * `from` (where a search from the text's beginning would be then), until `stopAt` accepts the
 * start of the next paragraph.
 */
function splitParagraphs(text: string, start: number, from: number, stopAt?: (next: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    out.push([start, m.index + 1]);
    start = m.index + m[0].length - 1;
    if (stopAt?.(start)) return out;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Detects actors and claims paragraph by paragraph. After an edit only the paragraphs it touched
 * are analysed again, and the document pass (which sentence-initial words are names, aliases such
 * as acronyms and surnames, pronouns referring to an earlier paragraph, quotation chains) redoes
 * only what the edit can change: the result is always what a fresh `detect(text)` gives.
 * Offsets are UTF-16 code units.
 */
export class IncrementalDetector {
  /** Paragraphs analysed in the last run (the others were reused). */
  lastAnalysed = 0;
  /** Whether the last run's document pass redid only the edited paragraphs or the whole text. */
  lastDocumentPass: 'edited' | 'whole' = 'whole';
  private text = '';
  private paras: Paragraph[] = [];
  /** Made by the first edited-paragraphs pass after a whole one (which has no use for them). */
  private counts: WordCounts | undefined;

  constructor(private readonly gazetteer: Gazetteer = defaultGazetteer()) {}

  /**
   * The actors and claims of `text`. The arrays are new on every call, but the objects in them
   * belong to the detector: the next call may reuse them and change them in place (shift their
   * offsets, re-resolve speakers). A caller that keeps a result across calls must copy it first.
   */
  detect(text: string): Detection {
    try {
      return this.run(text);
    } catch (e) {
      // whatever state the failure left is forgotten: the next run starts afresh
      this.paras = [];
      this.text = '';
      this.counts = undefined;
      throw e;
    }
  }

  private run(text: string): Detection {
    this.lastAnalysed = 0;
    const old = this.paras;
    const edit = old.length ? this.locateEdit(text) : { first: 0, resume: 0, spans: paragraphs(text) };
    const removed = old.slice(edit.first, edit.resume);
    const fresh = this.analyse(text, edit.spans, removed);
    const tail = old.slice(edit.resume);
    const local = fresh.length + removed.length <= MAX_LOCAL && edit.first + tail.length > 0;
    if (local) this.counts ??= countWords(old);
    const delta = text.length - this.text.length;
    if (delta) for (const p of tail) shift(p, delta);
    this.paras = [...old.slice(0, edit.first), ...fresh, ...tail];
    this.text = text;
    let actors = local ? this.updateDocument(edit.first, fresh, removed, this.counts!) : undefined;
    this.lastDocumentPass = actors ? 'edited' : 'whole';
    actors ??= this.redoDocument();
    return { actors, claims: flat(this.paras, (p) => p.claims) };
  }

  /**
   * Where the new text differs from the last one, in paragraphs: the old paragraphs
   * [first, resume) give way to `spans`; those after stay as they were, shifted.
   */
  private locateEdit(text: string): { first: number; resume: number; spans: Array<[number, number]> } {
    const old = this.text;
    const paras = this.paras;
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
    const delta = text.length - old.length;
    // the last paragraph whose start (with the blank line ending there) lies in the common
    // prefix: splitting resumes there exactly as a split from the beginning would be then
    const first = Math.max(0, firstPast(paras, (p) => p.start + 1, prefix) - 1);
    const sameFrom = old.length - suffix;
    let resume = paras.length;
    const spans = splitParagraphs(text, paras[first].start, first === 0 ? 0 : paras[first].start + 1, (next) => {
      // a paragraph starting in the common suffix where an old one started: the rest is as it was
      const at = next - delta;
      if (at < sameFrom) return false;
      const k = firstPast(paras, (p) => p.start, at, true);
      if (k <= first || paras[k]?.start !== at) return false;
      resume = k;
      return true;
    });
    return { first, resume, spans };
  }

  /** Paragraph records for new spans, analysing only those whose text is not among the replaced ones. */
  private analyse(text: string, spans: ReadonlyArray<[number, number]>, replaced: readonly Paragraph[]): Paragraph[] {
    const known = new Map<string, ParagraphResult>();
    for (const p of replaced) known.set(this.text.slice(p.start, p.end), p.result);
    return spans.map(([start, end]) => {
      const piece = text.slice(start, end);
      let result = known.get(piece);
      if (!result) {
        result = detectParagraph(piece, this.gazetteer);
        known.set(piece, result);
        this.lastAnalysed++;
      }
      return { start, end, result, actors: [], claims: [], definitions: undefined, nameParts: undefined };
    });
  }

  /** The document pass over every paragraph; returns the document's actor mentions. */
  private redoDocument(): ActorMention[] {
    this.counts = undefined;
    // only the words of tentative mentions need to be looked up among those capitalised inside sentences
    const wanted = new Set<string>();
    for (const p of this.paras) for (const a of p.result.tentative) for (const w of tentativeWords(a)) wanted.add(w);
    const midCaps = new Set<string>();
    if (wanted.size) for (const p of this.paras) for (const w of p.result.midCaps) if (wanted.has(w)) midCaps.add(w);
    const things = thingsOf(this.paras);
    const actors: ActorMention[] = [];
    const acronymOf = new Map<ActorMention, string>();
    for (const p of this.paras) {
      keep(p, midCaps, things);
      for (const m of p.actors) actors.push(m);
      for (const d of p.definitions ?? []) acronymOf.set(d.doc, d.acronym);
    }
    groupAliases(actors, (m) => acronymOf.get(m));
    for (const p of this.paras) p.claims = claimsOf(p, actors);
    this.chain(actors, 0, Infinity);
    return actors;
  }

  /**
   * The document pass for `fresh`, the paragraphs from index `first` that replaced `removed`,
   * when the rest of the document can keep its result; otherwise undefined (redo it all).
   */
  private updateDocument(first: number, fresh: readonly Paragraph[], removed: readonly Paragraph[], counts: WordCounts): ActorMention[] | undefined {
    // a word that starts or stops being capitalised inside a sentence somewhere decides whether
    // other paragraphs keep their tentative mentions of it
    const had = new Map<string, boolean>();
    const note = (w: string): void => { if (!had.has(w)) had.set(w, counts.midCaps.has(w)); };
    for (const p of removed) for (const w of p.result.midCaps) note(w);
    for (const p of fresh) for (const w of p.result.midCaps) note(w);
    for (const p of removed) count(counts, p.result, -1);
    for (const p of fresh) count(counts, p.result, 1);
    for (const [w, before] of had) {
      if (before === counts.midCaps.has(w)) continue;
      let here = 0;
      for (const p of fresh) for (const t of p.result.tentative) if (tentativeWords(t).includes(w)) here++;
      if ((counts.tentative.get(w) ?? 0) > here) return undefined;
    }

    // a paragraph that shows a word names no actor changes other paragraphs: the whole pass
    if (removed.some((p) => p.result.things.size) || fresh.some((p) => p.result.things.size)) return undefined;
    const things = thingsOf(this.paras);
    for (const p of fresh) keep(p, counts.midCaps, things);
    this.resolveAliases(first, fresh.length);
    // other paragraphs' aliases stay as they were only if the edited ones give them the same
    if (!sameGifts(removed, fresh)) return undefined;

    const actors = flat(this.paras, (p) => p.actors);
    for (const p of fresh) p.claims = claimsOf(p, actors);
    // pronouns after the edit may now stand for a mention in it
    let settled = first + fresh.length - 1;
    for (let i = settled + 1; i < this.paras.length; i++) if (rerefer(this.paras[i], actors)) settled = i;
    this.chain(actors, first, settled);
    return actors;
  }

  /**
   * The alias rules (`resolveAlias`) for the `count` paragraphs from index `first` only, given
   * what the rest of the document gives them: the last definition of each acronym, and the latest
   * full-name person before them by name part.
   */
  private resolveAliases(first: number, count: number): void {
    const definers = lastDefiners(this.paras);
    /** Full names by name part: those met in the edited paragraphs, and those looked up before them. */
    const byPart = new Map<string, string | undefined>();
    const lookup: AliasLookup = {
      definer: (m) => {
        const def = definers.get(m.text);
        if (!def || def.doc === m) return undefined;
        // a definition before this mention has been resolved already; a later one not yet
        return def.doc.start < m.start ? def.doc : def.own;
      },
      fullName: (part) => {
        if (byPart.has(part)) return byPart.get(part);
        let found: string | undefined;
        for (let i = first - 1; i >= 0 && found === undefined; i--) found = namePartsOf(this.paras[i]).get(part);
        byPart.set(part, found);
        return found;
      },
      noteFullName: (m) => {
        for (const part of givenParts(m)) byPart.set(part, m.actor);
      },
    };
    for (let i = first; i < first + count; i++) for (const m of this.paras[i].actors) resolveAlias(m, lookup);
  }

  /**
   * The quotation chain: a direct quotation with no cue and no speaker of its own continues the
   * speaker of the claim just before it. Runs from paragraph `from`; past paragraph `settled`
   * it stops at the first claim whose speaker stays as it was (the rest then stays too).
   */
  private chain(actors: readonly ActorMention[], from: number, settled: number): void {
    let prev: ClaimMention | undefined;
    for (let i = from - 1; i >= 0 && !prev; i--) prev = this.paras[i].claims.at(-1);
    for (let i = from; i < this.paras.length; i++) {
      const p = this.paras[i];
      for (let k = 0; k < p.claims.length; k++) {
        const c = p.claims[k];
        if (p.result.claims[k].speaker) {
          if (i > settled) return;
        } else {
          const speaker = continuedSpeaker(this.text, actors, prev, c, SURNAMES);
          if (!sameSpeaker(speaker, c.speaker)) c.speaker = speaker;
          else if (i > settled) return;
        }
        prev = c;
      }
    }
  }
}

/** Strings are compared in blocks first: equality of two slices is a fast memory comparison. */
const BLOCK = 1024;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}
