import { acronymAfter, detectActors, groupAliases } from './actors';
import { detectClaims, nearestBefore } from './claims';
import { defaultGazetteer, Gazetteer } from './gazetteer';
import { tokenize } from './tokens';
import type { ActorMention, ClaimMention, Detection } from './types';

export type { ActorMention, ActorType, ClaimMention, ClaimKind, Detection, Span } from './types';
export { Gazetteer } from './gazetteer';
export type { ActorDefinition } from './gazetteer';

export interface DetectOptions {
  gazetteer?: Gazetteer;
}

/** What one paragraph yields on its own; offsets relative to the paragraph. */
interface ParagraphResult {
  actors: ActorMention[];
  /** Acronyms defined in parentheses after a mention. */
  acronyms: Map<ActorMention, string>;
  tentative: Set<ActorMention>;
  midCaps: Set<string>;
  claims: ClaimMention[];
}

/** Paragraphs: runs of text between blank lines (sentences and quotations never cross them). */
export function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    out.push([start, m.index + 1]);
    start = m.index + m[0].length - 1;
  }
  out.push([start, text.length]);
  return out;
}

function detectParagraph(text: string, gazetteer: Gazetteer): ParagraphResult {
  const tokens = tokenize(text);
  const { mentions, tentative, midCaps } = detectActors(text, tokens, gazetteer);
  const acronyms = new Map<ActorMention, string>();
  for (const m of mentions) {
    const acr = acronymAfter(text, m);
    if (acr) acronyms.set(m, acr);
  }
  return { actors: mentions, acronyms, tentative, midCaps, claims: detectClaims(text, tokens, mentions) };
}

/**
 * Detects actors and claims paragraph by paragraph, remembering each paragraph's result by its
 * text, so that after an edit only the changed paragraphs are analysed again. A document pass
 * then does what needs the whole text: which sentence-initial words are names, aliases
 * (acronyms, surnames), pronouns that refer to an earlier paragraph, and quotation chains.
 * Offsets are UTF-16 code units.
 */
export class IncrementalDetector {
  private cache = new Map<string, ParagraphResult>();
  /** Paragraphs analysed in the last run (the rest came from the cache). */
  lastAnalysed = 0;

  constructor(private readonly gazetteer: Gazetteer = defaultGazetteer()) {}

  detect(text: string): Detection {
    const next = new Map<string, ParagraphResult>();
    const parts: Array<{ offset: number; result: ParagraphResult }> = [];
    this.lastAnalysed = 0;
    for (const [s, e] of paragraphs(text)) {
      const piece = text.slice(s, e);
      let result = next.get(piece) ?? this.cache.get(piece);
      if (!result) {
        result = detectParagraph(piece, this.gazetteer);
        this.lastAnalysed++;
      }
      next.set(piece, result);
      parts.push({ offset: s, result });
    }
    this.cache = next;
    return combine(text, parts);
  }
}

/** The document pass over the paragraphs' results (which it does not change). */
function combine(text: string, parts: ReadonlyArray<{ offset: number; result: ParagraphResult }>): Detection {
  const midCaps = new Set<string>();
  for (const p of parts) for (const w of p.result.midCaps) midCaps.add(w);
  const actors: ActorMention[] = [];
  const byStart = new Map<number, ActorMention>();
  const acronyms = new Map<ActorMention, string>();
  for (const { offset, result } of parts) {
    for (const a of result.actors) {
      if (result.tentative.size && result.tentative.has(a) && !midCaps.has(a.text)) continue;
      const m: ActorMention = { start: a.start + offset, end: a.end + offset, text: a.text, type: a.type, actor: a.actor };
      actors.push(m);
      byStart.set(m.start, m);
      const acr = result.acronyms.get(a);
      if (acr) acronyms.set(m, acr);
    }
  }
  groupAliases(actors, (m) => acronyms.get(m));

  const claims: ClaimMention[] = [];
  for (const { offset, result } of parts) {
    for (const c of result.claims) {
      const claim: ClaimMention = {
        start: c.start + offset, end: c.end + offset, text: c.text, kind: c.kind,
        cue: c.cue && { start: c.cue.start + offset, end: c.cue.end + offset, text: c.cue.text },
        speaker: null,
      };
      if (c.fragments) claim.fragments = c.fragments.map(([s, e]) => [s + offset, e + offset]);
      const sp = c.speaker;
      if (sp) {
        const start = sp.start + offset;
        // the canonical name as the aliases now have it
        const named = byStart.get(start) ?? (sp.via !== undefined ? byStart.get(sp.via + offset) : undefined)
          ?? (sp.refer ? nearestBefore(actors, start, sp.refer) : undefined);
        claim.speaker = { start, end: sp.end + offset, text: sp.text, actor: named ? named.actor : sp.actor };
      }
      claims.push(claim);
    }
  }
  // a quotation with no cue of its own continues the speaker of the claim just before it
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k];
    const prev = claims[k - 1];
    if (c.kind !== 'direct' || c.cue || c.speaker || !prev.speaker) continue;
    const gap = text.slice(prev.end, c.start);
    if (gap.length < 400 && (gap.match(/\n\s*\n/g) ?? []).length <= 1 && !personBetween(actors, prev.end, c.start)) c.speaker = { ...prev.speaker };
  }
  return { actors, claims };
}

function personBetween(actors: readonly ActorMention[], from: number, to: number): boolean {
  let lo = 0;
  let hi = actors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (actors[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < actors.length && actors[k].end <= to; k++) if (actors[k].type === 'person') return true;
  return false;
}

/** Detects actors and claims in a text. Offsets are UTF-16 code units into `text`. */
export function detect(text: string, options: DetectOptions = {}): Detection {
  return new IncrementalDetector(options.gazetteer).detect(text);
}
