/**
 * What stands between a reporting verb and its content: a day ("said Tuesday C"), a phrase closed
 * by a comma ("estimated by 2050, C"), the medium, place or time of the saying ("posted on
 * Facebook that C"), the addressee ("told reporters C"), a short tail closing the sentence ("…,
 * Pell told reporters."), and a noun of speech whose relative clause holds the cue ("C, a charge S
 * denied").
 */
import { cueVerb, nounCue } from '../cues';
import { PREPOSITIONS } from '../lexicon';
import { statingNoun } from '../nouns';
import type { Speaker } from '../types';
import type { Context } from './context';

/** How many tokens at `k` name a day ("Tuesday", "on Monday", "last Friday", "yesterday"): an adverbial between a cue and its clause. */
export function dayAfter(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const lead = /^(on|last|this)$/.test(toks[k]?.text ?? '') ? 1 : 0;
  const day = toks[k + lead]?.text ?? '';
  if (/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(day) || !lead && /^(today|yesterday|tonight)$/.test(day)) return lead + 1;
  return 0;
}

/** How many tokens at `k` are a short phrase opened by a preposition and closed by a comma ("by 2050,", "in a statement,"). */
export function phraseBefore(ctx: Context, k: number, end: number): number {
  const toks = ctx.tokens;
  if (!PREPOSITIONS.has(toks[k]?.text.toLowerCase() ?? '')) return 0;
  for (let j = k + 1; j < end && j <= k + 6; j++) {
    const w = toks[j].text;
    if (w === ',') return j + 1 - k;
    if (/^[.;:!?"“”]$/.test(w) || CLAUSE_WORD.test(w) || ctx.isCue(j)) return 0;
  }
  return 0;
}

/**
 * The index after the object of a verb of telling at token i (someone named, a pronoun,
 * "reporters", "the council", "the Velmore Gazette", "a reporter"), or -1.
 */
export function afterObject(ctx: Context, i: number): number {
  const toks = ctx.tokens;
  const obj = ctx.actorAt.get(toks[i + 1]?.start ?? -1);
  // (or a plural noun for people or bodies: "warned voters C", "assured investors C")
  const plural = /^\p{Ll}{3,}s$/u.test(toks[i + 1]?.text ?? '') && statingNoun(toks[i + 1].text);
  let c = obj ? ctx.indexFrom(obj.end) : /^(him|her|them|us|me|you|reporters|journalists|parliament|lawmakers|the)$/i.test(toks[i + 1]?.text ?? '') || plural ? i + 2 : -1;
  // "told the council", "told the Velmore Gazette": past the noun or the name after "the"
  const named = c > 0 && toks[c - 1]?.text === 'the' ? ctx.actorAt.get(toks[c]?.start ?? -1) : undefined;
  if (named) c = ctx.indexFrom(named.end);
  else if (c > 0 && toks[c - 1]?.text === 'the' && toks[c]) c++;
  else if (c < 0 && /^(a|an)$/i.test(toks[i + 1]?.text ?? '')) c = hearerAfterArticle(toks, i + 2);
  return c;
}

/**
 * "told a reporter C", "told an interviewer that C", "told a local paper that C": after "a"
 * or "an", a noun for someone who can hear and state things, maybe past one adjective; the index
 * after that noun, or -1 ("told a story that moved everyone" has no addressee).
 */
function hearerAfterArticle(toks: Context['tokens'], k: number): number {
  for (let j = k; j < k + 2; j++) {
    const w = toks[j]?.text ?? '';
    if (!/^\p{Ll}+$/u.test(w)) return -1;
    if (statingNoun(w)) return j + 1;
  }
  return -1;
}

/**
 * "C, a charge S denied", "C, an allegation the ministry rejected": an article and a noun of speech
 * between the comma and the speaker head a noun phrase in apposition to C, and the cue is in a
 * relative clause on that noun: S answers C, S does not say it.
 */
export function nounOfSpeechBetween(ctx: Context, comma: number, speaker: Speaker): boolean {
  const toks = ctx.tokens;
  if (!/^(a|an|the|this|that|these|those)$/i.test(toks[comma + 1]?.text ?? '')) return false;
  const last = Math.min(ctx.indexFrom(speaker.start), comma + 4);
  for (let k = comma + 2; k < last; k++) {
    const w = toks[k].text.toLowerCase();
    if (nounCue(w) || nounCue(w.replace(/s$/, '')) || cueVerb(w) || CONTENT_NOUNS.has(w)) return true;
  }
  return false;
}

/** Prepositions that open the medium, place or time of a saying ("on Facebook", "at a briefing", "in a statement"). */
const MEDIUM_PREPOSITIONS = /^(on|in|at|to|during|via|through|over|after|before|from)$/;

/**
 * How many tokens at `k` are one or two prepositional phrases of the medium, place or time of a
 * saying, ending right before a "that" ("on Facebook", "in a statement on its website"); 0 when
 * none does, or when the noun before "that" takes a content clause of its own ("responded to the
 * claim that C", "commented on reports that C": C is the claim's, not the speaker's).
 */
export function mediumPhrases(ctx: Context, k: number, end: number): number {
  const toks = ctx.tokens;
  let j = k;
  for (let n = 0; n < 2 && MEDIUM_PREPOSITIONS.test(toks[j]?.text ?? ''); n++) {
    let e = j + 1;
    while (e < end && e <= j + 5 && toks[e].text !== 'that' && !MEDIUM_PREPOSITIONS.test(toks[e].text)) {
      if (CLAUSE_WORD.test(toks[e].text) || /^[.!?]$/.test(toks[e].text) || ctx.isCue(e)) return 0;
      e++;
    }
    if (e === j + 1 || e >= end) return 0;
    j = e;
    if (toks[j].text === 'that') {
      const noun = toks[j - 1].text.toLowerCase();
      return nounCue(noun) || nounCue(noun.replace(/s$/, '')) || cueVerb(noun) || CONTENT_NOUNS.has(noun) ? 0 : j - k;
    }
  }
  return 0;
}

/** Words that open the subject of a clause after a phrase of the saying ("said on its website the changes were …"). */
const SUBJECT_START = /^(the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|I|there)$/;

/**
 * How many tokens at `k` are one phrase of the medium, place or time of a saying before a clause
 * without "that" or a comma: a preposition of MEDIUM_PREPOSITIONS and a noun phrase of up to four
 * words ("on its website", "at a press conference", "in May"), then a word opening the clause's
 * subject and a finite verb within six words ("said on its website the changes were temporary");
 * 0 when none.
 */
export function mediumLead(ctx: Context, k: number, end: number): number {
  const toks = ctx.tokens;
  if (!/^(on|in|at|during|via|through)$/.test(toks[k]?.text ?? '')) return 0;
  for (let j = k + 2; j < end - 2 && j <= k + 5; j++) {
    const w = toks[j - 1].text;
    if (!/^[\p{L}\p{N}'’-]+$/u.test(w) || /^\p{Ll}/u.test(w) && CLAUSE_WORD.test(w) || ctx.isCue(j - 1)) return 0;
    // (the phrase's noun phrase has a word of its own before the clause's subject)
    if (SUBJECT_START.test(toks[j].text) && (j > k + 2 || !/^(the|a|an|its|his|her|their|our)$/i.test(toks[k + 1].text)) && ctx.hasFiniteVerb(j + 1, Math.min(end, j + 7))) return j - k;
  }
  return 0;
}

/** Nouns that take a content clause ("the news that C"), besides the cue lexicon's nouns and verbs. */
const CONTENT_NOUNS = new Set(['news', 'fact', 'facts', 'idea', 'notion', 'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions', 'allegations', 'possibility', 'evidence', 'reports', 'claims', 'concerns', 'fears']);

/** Auxiliaries, modals and words that open a clause: a tail holding one is a clause of its own. */
const CLAUSE_WORD = /^(that|who|which|whom|whose|whether|if|because|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do|and|but|or|,|;|:|"|“|”)$/i;

/** Whether the tokens from `from` to the sentence's end are a short phrase (an object, an adverbial) with no clause. */
export function shortTail(ctx: Context, from: number, end: number): boolean {
  let last = end - 1;
  while (last > from && /^[.!?"”’»)]$/.test(ctx.tokens[last].text)) last--;
  if (last - from > 7) return false;
  for (let k = from; k <= last; k++) {
    const w = ctx.tokens[k].text;
    if (CLAUSE_WORD.test(w) || ctx.isCue(k) || /^\p{Ll}{3,}ed$/u.test(w)) return false;
  }
  return true;
}

/** Whether a segment of tokens is a noun phrase in apposition: a determiner first, no verb ("the mayor of Orsa"). */
function apposition(ctx: Context, from: number, to: number): boolean {
  return to > from + 1 && /^(the|a|an)$/i.test(ctx.tokens[from].text) && !ctx.hasFiniteVerb(from, to) && ctx.find(from, to, ',') < 0;
}

/**
 * "C, Dana Pell, the mayor of Orsa, said" / "C, the senior senator from Orsa, Dana Pell, said":
 * the comma that opens the speaker with its apposition, not the last comma before the cue (which
 * `last` is); `last` when the speaker stands after it.
 */
export function speakerComma(ctx: Context, last: number, speaker: Speaker, floor: number): number {
  const sp = ctx.indexFrom(speaker.start);
  if (last < 0 || sp > last) return last;
  let c = ctx.lastIndexOf(floor, sp, ',');
  if (c < 0) return last;
  // (past a noun phrase in apposition before the name: ", the senior senator from Orsa, Pell,")
  const prev = ctx.lastIndexOf(floor, c, ',');
  if (prev > floor && apposition(ctx, prev + 1, c)) c = prev;
  return c;
}

/** Whether the tokens at `tail` are a comma and an apposition or a relative clause closing the sentence ("…, said Pell, the mayor of Orsa."). */
export function appositionCloses(ctx: Context, tail: number, end: number): boolean {
  const toks = ctx.tokens;
  if (toks[tail]?.text !== ',') return false;
  const w = toks[tail + 1]?.text ?? '';
  return /^(the|a|an)$/i.test(w) && shortTail(ctx, tail + 1, end) || /^(who|whose)$/.test(w) && ctx.find(tail + 2, end, ',') < 0;
}
