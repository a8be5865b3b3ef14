/**
 * Stage 2c, attributions without a verb of saying: a verb of the cue lexicon with the complement
 * its frames allow, when no frame of speech matched the sentence. The claim is the complement,
 * from the word after the verb to the end of the sentence; the speaker is the verb's subject,
 * which must be speaker-like (an actor, a pronoun, a role noun) and stand right before it (or
 * before an apposition); the verb must be finite, active and not negated, in a statement (not a
 * question, not a condition, not a relative clause).
 *   S accused O of C / S blamed O for C          (object_of, object_for)
 *   S blamed C on O                              (object_on)
 *   S called for C / S called on O to C          (for, on_to)
 *   S urged O to C / S wants O to C              (object_to)
 *   S pledged to C / S refused to C              (to)
 *   S rejected the plan / S opposes C            (object)
 *   S warned of C / S complained about C / S warned against C / S pointed to C   (of, about, against, to_np)
 *   S took aim at C / S hit out at C              (idioms of criticism)
 *   S promised voters C / S offered O C           (object_object: the second object is C)
 *   S described O as X                            (object_as)
 * A verb with a literal sense takes only the objects of its figurative one (cues.json "objects":
 * "attacked the plan", not "attacked the town"; "took aim at the ministry", not "at the target").
 * Where each frame's complement begins: complements.ts (the object: objects.ts; a recipient and
 * what is committed: doubleObjects.ts; a predicate after the object: predicates.ts); the verb and
 * its subject: verbSubject.ts.
 */
import { cueForm, cueVerb, nounCue, phrasalCues, type CueVerb } from '../cues';
import { CRITICISM_IDIOMS } from '../lexicon';
import { documentNoun, statingNoun } from '../nouns';
import type { ClaimMention, Span, Speaker } from '../types';
import type { Context } from './context';
import { complementStart } from './complements';
import { DETERMINER, objectFits } from './objects';
import { subjectBefore } from './speakers';
import { nameFrom } from './titles';
import { active, BETWEEN, PROGRESSIVE, speakerLike } from './verbSubject';

/**
 * The claims a complement frame gives in one sentence (token range), outside quotations: the
 * first verb's complement and, when a participle clause set off by a comma ends it, the
 * participle's own complement, by the same subject ("S rejected the offer, calling it an insult").
 */
export function complementClaims(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention[] {
  const toks = ctx.tokens;
  for (let i = s.start + 1; i < s.end - 2; i++) {
    const t = toks[i];
    if (t.cap) continue;
    const verb = cueVerb(t.text);
    const phrasal = phrasalCues(t.text);
    if (!verb && !phrasal.length && criticismIdiom(ctx, i) < 0 || inQuote(t.start) || !active(ctx, i, s.start)) continue;
    const form = cueForm(t.text) ?? 'past';
    // a base form is a verb after a plural subject or a modal, not after "to" (another verb's
    // complement); after a determiner, any form is a noun ("their pledge", "calls for"); an -ing
    // form is a verb only as a participle clause after a comma ("…, accusing O of C")
    // (or the progressive after a form of "be": "S is calling for C", "S has been pushing for C")
    const before = toks[i - 1].text.toLowerCase();
    if (form === 'base' && before === 'to' || DETERMINER.test(before) || form === 'ing' && before !== ',' && !PROGRESSIVE.test(before)) continue;
    const found = subjectBefore(ctx, i, s.start);
    if (!found || !speakerLike(ctx, found, i)) continue;
    const subject = sourceOf(ctx, found, i) ?? found;
    const claim = complementOf(ctx, i, s, inQuote, subject);
    if (!claim) continue;
    // "…, calling it an insult": a participle clause after the complement, with a frame of its own;
    // "called on O to resign and urged voters to C": a second verb of the same subject after "and"
    // "criticised the mayor, who called the plan reckless": a relative clause on the object, with
    // a verb of the lexicon, is a claim of the object's head
    const k = ctx.indexFrom(claim.end);
    const j = toks[k]?.text === ',' ? k + 1 : k;
    const relative = toks[k]?.text === ',' && /^(who|which)$/.test(toks[k + 1]?.text ?? '') && k + 3 < s.end ? relativeClaim(ctx, k + 2, s, inQuote) : undefined;
    const next = relative ?? (toks[k]?.text === ',' && k + 2 < s.end && /^\p{Ll}{2,}ing$/u.test(toks[k + 1].text) ? complementOf(ctx, k + 1, s, inQuote, subject)
      : /^(and|but)$/.test(toks[j]?.text ?? '') && j + 2 < s.end && /^(past|third)$/.test(cueForm(toks[j + 1].text) ?? '') ? complementOf(ctx, j + 1, s, inQuote, subject) : undefined);
    return next ? [claim, next] : [claim];
  }
  return [];
}

/**
 * The claim of a participle at token v that closes another claim after a comma ("announced C1,
 * citing C2", "said C1, accusing O of C2"), by that claim's speaker: its complement by its frames,
 * in the participle's sentence.
 */
export function participleClaim(ctx: Context, v: number, inQuote: (offset: number) => boolean, subject: Speaker): ClaimMention | undefined {
  const toks = ctx.tokens;
  let start = v;
  let end = v + 1;
  while (start > 0 && toks[start - 1].sentence === toks[v].sentence) start--;
  while (end < toks.length && toks[end].sentence === toks[v].sentence) end++;
  return complementOf(ctx, v, { start, end }, inQuote, subject);
}

/**
 * "A statement from the presidency described …", "A report by the Orsa Audit Office criticised
 * …": the source after "from" or "by" of a subject that is a statement or a document, up to the
 * verb at token v (an actor named, past titles, or the phrase), which speaks through it.
 */
function sourceOf(ctx: Context, subject: Speaker, v: number): Speaker | undefined {
  const toks = ctx.tokens;
  const k = ctx.indexFrom(subject.end);
  const head = subject.text.split(/\s+/).at(-1)!.toLowerCase();
  if (!/^(from|by)$/.test(toks[k]?.text ?? '') || !(nounCue(head) || documentNoun(head)) || k + 1 >= v) return undefined;
  const a = nameFrom(ctx, k + 1);
  if (a && a.type !== 'location' && a.end <= toks[v - 1].end) return { start: a.start, end: a.end, text: a.text, actor: a.actor };
  const from = toks[k + 1].start;
  const end = toks[v - 1].end;
  // (a noun for people or a body; else the statement itself speaks: "A statement from the presidency")
  if (!/^\p{Ll}{3,}$/u.test(toks[v - 1].text) || !statingNoun(toks[v - 1].text)) return undefined;
  return { start: from, end, text: ctx.text.slice(from, end), actor: toks[v - 1].text };
}

/** The claim of a cue verb at token v (an adverb or auxiliary before it) in a relative clause, by the clause's head. */
function relativeClaim(ctx: Context, v: number, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  while (v < s.end - 1 && BETWEEN.test(ctx.tokens[v].text) && !cueVerb(ctx.tokens[v].text)) v++;
  if (!cueVerb(ctx.tokens[v].text) && !phrasalCues(ctx.tokens[v].text).length || !/^(past|third)$/.test(cueForm(ctx.tokens[v].text) ?? 'past')) return undefined;
  const subject = subjectBefore(ctx, v, s.start);
  return subject && speakerLike(ctx, subject, v) ? complementOf(ctx, v, s, inQuote, subject) : undefined;
}

/** The complement the verb at token i takes by one of its frames, as a claim by `subject`. */
function complementOf(ctx: Context, i: number, s: Span, inQuote: (offset: number) => boolean, subject: Speaker): ClaimMention | undefined {
  const toks = ctx.tokens;
  const t = toks[i];
  const verb = cueVerb(t.text);
  const phrasal = phrasalCues(t.text);
  const idiom = criticismIdiom(ctx, i);
  for (const v of idiom > 0 ? [IDIOM] : verb ? [verb, ...phrasal] : phrasal) {
    const from = idiom > 0 ? idiom : complementStart(ctx, i, v, s.end);
    if (from < 0 || inQuote(toks[from].start) || idiom > 0 && !objectFits(ctx, from, s.end, IDIOM.objects)) continue;
    // the complement ends at a colon or semicolon; a quotation after the colon is the content
    // ('S defended the budget: "…"', the colon frame of stage 2a), not this complement; and at a
    // participle clause set off by a comma, an adjunct of the verb, not part of its object ("S
    // rejected the offer, calling it an insult")
    const colon = ctx.find(from, s.end, ':');
    const semi = ctx.find(from, s.end, ';');
    const participle = participleAfter(ctx, from, s.end);
    // (and at a relative clause set off by a comma, on the object: "criticised the mayor, who …")
    const relative = relativeAfter(ctx, from, s.end);
    const stop = Math.min(...[colon, semi, participle, relative, verbAfterConjunction(ctx, from, s.end)].filter((k) => k > 0), s.end);
    if (colon > 0 && /^["“«]$/.test(toks[colon + 1]?.text ?? '')) continue;
    const end = stop < s.end ? toks[stop - 1].end : ctx.sentenceEnd(s);
    const claim = ctx.claim(toks[from].start, end, 'indirect', { ...ctx.cue(t), class: v.class }, subject);
    if (claim) return claim;
  }
  return undefined;
}

/**
 * An idiom of criticism as a cue: what it aims at is an accusation's object ("S took aim at C"),
 * anything but a physical thing or a place ("The archer took aim at the target" aims).
 */
const IDIOM: CueVerb = { lemma: 'take aim at', class: 'accusation', frames: ['to_np'], objects: 'judged' };

/** After the verb of an idiom of criticism at token i ("took aim at", "hit out at"), the index of the word after "at", or -1. */
function criticismIdiom(ctx: Context, i: number): number {
  const toks = ctx.tokens;
  // ("at" first: this runs on every word of a sentence)
  const idiom = toks[i + 2]?.text === 'at' && CRITICISM_IDIOMS.some(([verbs, middle]) => verbs.test(toks[i].text) && toks[i + 1]?.text === middle);
  return idiom && /^[\p{L}\p{N}]/u.test(toks[i + 3]?.text ?? '') && toks[i + 3].sentence === toks[i].sentence ? i + 3 : -1;
}

/** The first comma after token `from` that opens a relative clause (", who …", ", which …"), or -1. */
function relativeAfter(ctx: Context, from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) if (ctx.tokens[k].text === ',' && /^(who|which)$/.test(ctx.tokens[k + 1].text)) return k;
  return -1;
}

/** "…of lying and said C": a conjunction before a cue verb opens a second verb phrase, which ends the complement (the index of the conjunction, or -1). */
function verbAfterConjunction(ctx: Context, from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    if (/^(and|but)$/.test(ctx.tokens[k].text) && /^(past|third)$/.test(cueForm(ctx.tokens[k + 1].text) ?? '') && ctx.isCue(k + 1)) return ctx.tokens[k - 1].text === ',' ? k - 1 : k;
  }
  return -1;
}

/**
 * The first comma after token `from` that a participle follows (", calling it …"), or -1 (not
 * a participle of saying, ", saying C", which splitCoordinated reads as a claim of its own).
 */
export function participleAfter(ctx: Context, from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    const w = ctx.tokens[k + 1].text;
    if (ctx.tokens[k].text === ',' && /^\p{Ll}{2,}ing$/u.test(w)) return cueVerb(w)?.frames.includes('clause') ? -1 : k;
  }
  return -1;
}
