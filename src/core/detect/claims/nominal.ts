/**
 * Nominal cues: a noun of the cue lexicon that names its source (data/cues.json "nouns").
 *   a statement from S: "…" / a letter by S, "…"    the quotation after it, by S
 *   S's announcement that C / S's pledge to C      C, by S
 *   a statement from S that C                      C, by S
 * The noun gives the claim its class (a pledge: intention; an accusation: accusation).
 */
import { lightVerb, nounCue } from '../cues';
import { TITLES } from '../lexicon';
import { statingNoun } from '../nouns';
import { tag, type Pos } from '../pos';
import type { ActorMention, ClaimMention, Span, Speaker } from '../types';
import type { Context, Cue } from './context';
import { possessor } from './phrases';
import { subjectBefore } from './speakers';
import { nameFrom } from './titles';

/** Auxiliaries and negation, after which an adverb stays in the verb group. */
const AUXILIARIES = /^(is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|not|never|to)$/i;

const MODALS = /^(will|would|can|could|may|might|must|should|shall|do|does|did)$/i;

/** How far before a quotation its nominal cue may stand, in tokens. */
const WINDOW = 14;

const asSpeaker = (a: ActorMention): Speaker => ({ start: a.start, end: a.end, text: a.text, actor: a.actor });

/** Words between a light verb and its noun: a determiner, a possessive, an adjective of degree ("voiced their deep concern"). */
const LIGHT_FILLER = /^(a|an|the|its|his|her|their|our|some|any|no|deep|serious|grave|great|growing|strong|renewed|cautious|considerable|further|new|fresh)$/i;

/**
 * "S expressed (deep) concern that C", "S voiced hope that C", "S raised doubts that C": a noun of
 * attitude after a light verb of expressing (data/cues.json "lightVerbs") says what its subject
 * holds; the light verb's subject is the source. The index of the light verb, or -1.
 */
export function lightVerbBefore(ctx: Context, i: number): number {
  const toks = ctx.tokens;
  for (let k = i - 1, n = 0; k >= 0 && n <= 2; k--, n++) {
    if (lightVerb(toks[k].text.toLowerCase())) return k;
    if (!LIGHT_FILLER.test(toks[k].text)) return -1;
  }
  return -1;
}

/** The source a cue noun at token i names: "from/by (the) S" after it, "S's" before it, or the subject of a light verb before it. */
function sourceOf(ctx: Context, i: number): { speaker: Speaker; next: number } | undefined {
  const toks = ctx.tokens;
  const light = lightVerbBefore(ctx, i);
  if (light > 0) {
    const speaker = subjectBefore(ctx, light, 0);
    return speaker && toks[i + 1]?.text === 'that' ? { speaker, next: i + 1 } : undefined;
  }
  if (/^(from|by)$/.test(toks[i + 1]?.text ?? '')) {
    // ("by Mayor Dana Pell": past the title)
    const a = nameFrom(ctx, i + 2);
    if (a && a.type !== 'location') return { speaker: asSpeaker(a), next: ctx.indexFrom(a.end) };
    return undefined;
  }
  // "Pell's announcement", "the council's pledge": the actor ends right before "'s"; "her call
  // for C", "their pledge to C": the one the possessive pronoun stands for (when the text names
  // one before it)
  const before = toks[i - 1];
  const owned = possessor(ctx, before);
  if (!owned) {
    // "the prime minister's claim": an unnamed owner
    const owner = before && /['’]s$/.test(before.text) && !ctx.actorCovering(before.start) ? unnamedOwner(ctx, i - 1) : undefined;
    return owner && { speaker: owner, next: i + 1 };
  }
  const a = owned.owner;
  if (owned.pronoun) return { speaker: { start: before.start, end: before.end, text: before.text, actor: a.actor, via: a.start }, next: i + 1 };
  return { speaker: asSpeaker(a), next: i + 1 };
}

/**
 * "the prime minister's claim", "the company's pledge": an unnamed owner in the possessive at
 * token k, a noun for someone who states things (nouns.ts) after a determiner and up to two
 * modifiers in lower case; the phrase is the source.
 */
function unnamedOwner(ctx: Context, k: number): Speaker | undefined {
  const toks = ctx.tokens;
  const head = toks[k].text.replace(/['’]s$/, '');
  if (!/^\p{Ll}{3,}$/u.test(head) || !statingNoun(head)) return undefined;
  let d = k - 1;
  while (d >= k - 2 && /^\p{Ll}{3,}$/u.test(toks[d]?.text ?? '') && !/^(the|this|that)$/.test(toks[d].text)) d--;
  if (!/^(the|this|that)$/i.test(toks[d]?.text ?? '') || toks[d].sentence !== toks[k].sentence) return undefined;
  const end = toks[k].start + head.length;
  const text = ctx.text.slice(toks[d].start, end);
  return { start: toks[d].start, end, text, actor: head };
}

function cueNoun(ctx: Context, i: number): Cue | undefined {
  const t = ctx.tokens[i];
  if (t.text.length < 4) return undefined;
  const w = t.cap ? t.text.toLowerCase() : t.text;
  // (a plural after a light verb: "raised doubts that C", "voiced concerns that C")
  const cls = nounCue(w) ?? (w.endsWith('s') && lightVerbBefore(ctx, i) > 0 ? nounCue(w.slice(0, -1)) : undefined);
  return cls && { start: t.start, end: t.end, text: t.text, class: cls };
}

/** 'A statement from the council: "…"': the cue noun before a quotation, in its sentence, and its source. */
export function nominalBefore(ctx: Context, openMark: number, floor: number): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
  const toks = ctx.tokens;
  const iq = ctx.indexFrom(openMark);
  const sentence = toks[iq]?.sentence;
  for (let i = iq - 1; i >= 0 && i >= iq - WINDOW; i--) {
    const t = toks[i];
    if (t.end <= floor || (t.sentence !== sentence && i < iq - 1) || /^["“”«»]$/.test(t.text)) break;
    const cue = cueNoun(ctx, i);
    const source = cue && sourceOf(ctx, i);
    if (cue && source) return { cue, speaker: source.speaker, adjacent: /^[\s,:;—–-]*$/u.test(ctx.text.slice(toks[iq - 1].end, openMark)) };
  }
  return undefined;
}

/** "Pell's announcement that C", "the council's pledge to C", "a statement from S that C": C, by S. */
export function nominalClaim(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  const toks = ctx.tokens;
  for (let i = s.start; i < s.end - 2; i++) {
    if (inQuote(toks[i].start)) continue;
    const cue = cueNoun(ctx, i);
    const source = cue && sourceOf(ctx, i);
    if (!cue || !source) continue;
    const k = source.next;
    // (a demand takes what is demanded after "for": "Pell's call for a recount")
    // (or after a copula: "Pell's position is that C", "her view was that C")
    const copula = /^(is|was|remains)$/.test(toks[k]?.text ?? '') && toks[k + 1]?.text === 'that';
    const opens = copula ? k + 2 : toks[k]?.text === 'that' ? k + 1 : toks[k]?.text === 'to' && cue.class === 'intention' ? k : toks[k]?.text === 'for' && cue.class === 'demand' ? k + 1 : -1;
    if (opens < 0 || opens >= s.end - 1 || inQuote(toks[opens].start) || /^[,.;:!?"“”]$/.test(toks[opens].text)) continue;
    const main = opensSentence(ctx, i, s) && !copula ? mainVerbAfter(ctx, opens, s, toks[k].text === 'for') : -1;
    const end = main > opens ? toks[main - 1].end : ctx.sentenceEnd(s);
    const claim = ctx.claim(toks[opens].start, end, 'indirect', cue, source.speaker);
    if (claim) return claim;
  }
  return undefined;
}

/**
 * Whether the noun phrase of the cue noun at token i opens the sentence ("Pell's announcement",
 * "The council's pledge", "A statement from S"): it is the sentence's subject, and the main verb
 * comes after its clause.
 */
function opensSentence(ctx: Context, i: number, s: Span): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  if (/['’]s$/.test(toks[k]?.text ?? '')) {
    const a = ctx.actorCovering(toks[k].start) ?? ctx.actorAt.get(toks[k].start);
    k = a ? ctx.indexFrom(a.start) - 1 : k - 1;
    // (an unnamed owner's modifiers: "The prime minister's")
    for (let n = 0; !a && n < 2 && k >= s.start && /^\p{Ll}{3,}$/u.test(toks[k].text) && !/^(the|this|that)$/.test(toks[k].text); n++) k--;
  }
  // (past a title and the determiner: "Mayor Dana Pell's", "The council's")
  while (k >= s.start && (TITLES.has(toks[k].text.replace(/\.$/, '')) || /^(the|a|an|this|that|his|her|its|their|our|new|latest|recent|surprise|earlier)$/i.test(toks[k].text))) k--;
  return k < s.start;
}

/**
 * The main verb of a sentence whose subject is "S's announcement that C": the clause C runs
 * through its own verb group ("she would stand again") and what follows it; a verb after that,
 * with no conjunction or relative word opening a clause of its own before it, is the sentence's
 * ("… surprised her party"): C ends before it (a noun phrase C, before its first verb). The token index, or -1.
 */
function mainVerbAfter(ctx: Context, from: number, s: Span, nounPhrase: boolean): number {
  const tags = tag(ctx.tokens.slice(s.start, s.end), (k) => !!ctx.actorCovering(ctx.tokens[s.start + k].start));
  const at = (k: number): Pos => tags[k - s.start];
  let k = from;
  // the clause's own verb group, and each one a conjunction or relative word opens inside it
  // (what is demanded after "for" is a noun phrase with no verb of its own: "Pell's call for a
  // recount was rejected" ends before the first verb)
  let groups = nounPhrase ? 1 : 0;
  let open = !nounPhrase;
  for (; k < s.end; k++) {
    const pos = at(k);
    if (pos === 'CONJ' || /^(who|which|whom|whose)$/i.test(ctx.tokens[k].text) || pos === 'PUNCT' && /^[,;:—–-]$/.test(ctx.tokens[k].text)) {
      open = true;
      continue;
    }
    if (pos !== 'VERB') continue;
    // (a finite verb, not a modal: "the plan he drafted would fail" goes on)
    if (!open && groups > 0 && !MODALS.test(ctx.tokens[k].text) && !/ing$/.test(ctx.tokens[k].text)) return k;
    // past the verb group: an auxiliary and what it takes (verbs, particles, adverbs: "would not
    // easily stand"); a lexical verb ends it ("would stand again surprised …" ends at "stand")
    while (k + 1 < s.end && AUXILIARIES.test(ctx.tokens[k].text) && /^(VERB|PART|ADV)$/.test(at(k + 1))) k++;
    groups++;
    open = false;
  }
  return -1;
}
