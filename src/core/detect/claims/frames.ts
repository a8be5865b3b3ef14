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
 */
import { cueForm, cueVerb, nounCue, phrasalCues, type CueVerb, type VerbFrame } from '../cues';
import { CRITICISM_IDIOMS, FINITE_AUXILIARY, PREPOSITIONS, REPRESENTATIVES, ROLE_NOUNS, UNNAMED_SPEAKERS } from '../lexicon';
import { contentNoun, documentNoun, physicalNoun, statingNoun } from '../nouns';
import { adjectiveSuffix } from '../pos';
import type { ClaimMention, Span, Speaker } from '../types';
import { timeNoun, type Context } from './context';
import { dayAfter } from './between';
import { subjectBefore } from './speakers';
import { nameFrom } from './titles';

const BE = /^(is|are|was|were|be|been|being|am|'s|’s|get|got|gets|become|became|seem|seems|seemed)$/i;
/** Forms of "be" before the -ing form of a progressive. */
const PROGRESSIVE = /^(is|are|was|were|am|been|'s|’s|'re|’re)$/i;
const NEGATION = /^(not|never|no|longer|neither|nor)$|n['’]t$/i;
/** Words that may stand between a subject and its verb (auxiliaries and adverbs: "has long accused"). */
const BETWEEN = /^(also|has|have|had|will|would|could|may|might|should|must|can|later|then|again|now|once|still|repeatedly|twice|long|\p{L}+ly)$/iu;
/** Words before a verb that put it in a question, a condition or a relative clause. */
const NOT_STATEMENT = /^(if|whether|unless|who|which|that|whom|do|does|did|why|how|what|when|where)$/i;
/** Words that open a noun phrase (an object). */
export const DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|any|all|every|each|no|both|further|more|new|plans?|calls?)$/i;
/** How many tokens an object may run before the preposition of its frame. */
const OBJECT_SPAN = 10;

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

/** Words that end an object noun phrase: a preposition, a conjunction, a verb or a complementiser after its head. */
const AFTER_HEAD = /^(to|as|that|who|which|whose|and|or|but|if|when|while|because|is|are|was|were|will|would|has|have|had|can|could|over|after|before|during|since|until)$/i;

/**
 * The head of the object noun phrase at token j (its last word before a preposition, a
 * conjunction, a punctuation mark or a verb, past a possessive: "the ministry's plan", "the
 * senator's record on taxes", "rising crime as the reason"), a token index.
 */
function objectHead(ctx: Context, j: number, end: number): number {
  const toks = ctx.tokens;
  let k = j;
  while (k + 1 < end && /^[\p{L}\p{N}'’-]+$/u.test(toks[k + 1].text) && !PREPOSITIONS.has(toks[k + 1].text) && !AFTER_HEAD.test(toks[k + 1].text) && k < j + 6) k++;
  return k;
}

/**
 * Whether the object at token j is of a kind the verb's object frame takes (CueVerb.objects):
 * any, without a literal sense; 'content', a noun for what a judgment is about (nouns.ts
 * contentNoun: "the plan", "the remarks", "the ministry's decision"), no name or pronoun;
 * 'judged', anything but a physical thing or a place (physicalNoun: "the truck", "the town"), or
 * a place named.
 */
function objectFits(ctx: Context, j: number, end: number, objects: CueVerb['objects']): boolean {
  if (!objects) return true;
  const head = ctx.tokens[objectHead(ctx, j, end)];
  const named = ctx.actorCovering(head.start);
  if (named || /^\p{Lu}/u.test(head.text)) return objects === 'judged' && named?.type !== 'location';
  if (/^(it|them|him|her|us|me|you|this|that|these|those)$/i.test(head.text)) return objects === 'judged';
  return objects === 'content' ? contentNoun(head.text) : !physicalNoun(head.text);
}

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

/**
 * An active, affirmative verb in a statement: no form of "be" before it (a passive, an adjective:
 * "were very threatening"), no negation, not in a question, and no "if", "who", "do you" in the
 * three words before it.
 */
export function active(ctx: Context, i: number, first: number): boolean {
  const toks = ctx.tokens;
  let last = i + 1;
  while (last < toks.length && toks[last].sentence === toks[i].sentence) last++;
  if (toks[last - 1].text === '?') return false;
  // (a progressive is active: "is calling for C")
  const progressive = /ing$/.test(toks[i].text) && PROGRESSIVE.test(toks[i - 1]?.text ?? '');
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const w = toks[k].text;
    // (a relative clause set off by a comma asserts of its head what it says: "the mayor, who
    // called the plan reckless" is the mayor's labelling; not a restrictive one, "voters who oppose C")
    if (/^(who|which)$/.test(w) && toks[k - 1]?.text === ',') return true;
    if (BE.test(w) && !(progressive && k === i - 1) || NEGATION.test(w) || NOT_STATEMENT.test(w)) return false;
  }
  return true;
}

/**
 * A subject that can hold a view: an actor, a pronoun or a role noun, ending in the three words
 * before the verb (adverbs and auxiliaries between), or the head of an apposition closed by a comma.
 */
export function speakerLike(ctx: Context, sp: Speaker, verb: number): boolean {
  const toks = ctx.tokens;
  if (toks[verb - 1].text !== ',') {
    // only adverbs and auxiliaries between the subject and the verb ("has prompted calls" is no subject + verb)
    // (nor a day: "the council on Tuesday accused O of C", "S yesterday called for C"; nor the
    // representative the subject speaks through: "Pell's campaign accused O of C" is Pell's)
    // (past the comma and pronoun of a relative clause on the subject: "the mayor, who called O P")
    let after = ctx.indexFrom(sp.end);
    const relative = toks[after]?.text === ',' && /^(who|which)$/.test(toks[after + 1]?.text ?? '') ? 2 : 0;
    // (past the source of a statement or document: "A statement from the presidency described …")
    const noun = toks[after - 1]?.text.toLowerCase() ?? '';
    if (/^(from|by)$/.test(toks[after]?.text ?? '') && (nounCue(noun) || documentNoun(noun))) {
      let e = after + 1;
      while (e < verb && e <= after + 5 && /^[\p{L}'’-]+$/u.test(toks[e].text) && !FINITE_AUXILIARY.test(toks[e].text)) e++;
      if (e === verb) after = verb;
    }
    for (let k = after + relative; k < verb; k++) {
      const day = dayAfter(ctx, k);
      if (day) k += day - 1;
      else if (!BETWEEN.test(toks[k].text) && !(k === after && REPRESENTATIVES.has(toks[k].text)) && !(k === verb - 1 && PROGRESSIVE.test(toks[k].text))) return false;
    }
  }
  if (ctx.actorAt.has(sp.start) || sp.via !== undefined || sp.refer) return true;
  const head = sp.text.split(/\s+/).at(-1)!.toLowerCase();
  // (or a noun WordNet knows for people, groups and institutions: "the candidates have pledged to C")
  return ROLE_NOUNS.has(head) || UNNAMED_SPEAKERS.has(head) || /^(i|we|you)$/.test(head) || statingNoun(head);
}

/** Where the complement a frame of `v` allows after the verb at i begins (a token index), or -1. */
function complementStart(ctx: Context, i: number, v: CueVerb, end: number): number {
  const toks = ctx.tokens;
  let j = i + 1;
  if (v.particle) {
    if (toks[j]?.text !== v.particle) return -1;
    j++;
  }
  const at = (k: number): string => (k < end ? toks[k]?.text.toLowerCase() ?? '' : '');
  const has = (f: VerbFrame): boolean => v.frames.includes(f);
  // (a word, or a quotation mark opening a quoted phrase: 'warned of "grave consequences"')
  const word = (k: number): boolean => k < end && (/^[\p{L}\p{N}]/u.test(toks[k]?.text ?? '') || /^["“]$/.test(toks[k]?.text ?? '') && /^[\p{L}\p{N}]/u.test(toks[k + 1]?.text ?? ''));
  // S called for C / S called on O to C
  if (v.particle === 'for' && has('for')) return word(j) ? j : -1;
  if (v.particle === 'on' && has('on_to')) return word(j) && prepAhead(ctx, j, end, 'to') > j ? j : -1;
  if (v.particle === 'to' && has('to_np')) return word(j) ? j : -1;
  // S pledged to C (and "S vowed not to C")
  if (has('to') && (at(j) === 'to' || (at(j) === 'not' && at(j + 1) === 'to'))) return word(j + (at(j) === 'to' ? 1 : 2)) ? j : -1;
  // S warned of C / S complained about C / S warned against C / S pointed to C
  // (and "S appealed for C", "S pleaded for C": a one-word lemma with the frame of "call for")
  for (const [f, p] of [['of', 'of'], ['about', 'about'], ['against', 'against'], ['to_np', 'to'], ['for', 'for']] as Array<[VerbFrame, string]>) {
    if (has(f) && at(j) === p && word(j + 1)) return j + 1;
  }
  if (!word(j) || /^(that|to|and|or|but|as|if|when|while|in|on|at|by|with|from|after|before|during|since)$/i.test(at(j))) return -1;
  // S accused O of C / S blamed O for C / S urged O to C: the object, then the preposition of the frame
  // (the reason of a judgment may take "over" as well: "criticised O over C", FrameNet
  // Judgment_communication's Reason; not a time: "attacked the town over the weekend")
  // (and "S blamed the shutdown on O": what is blamed, then on whom, the frame's other order)
  for (const [f, p] of [['object_of', 'of'], ['object_for', 'for'], ['object_for', 'over'], ['object_to', 'to'], ['object_on', 'on']] as Array<[VerbFrame, string]>) {
    const k = has(f) ? prepAhead(ctx, j, end, p) : -1;
    // (nor a day after "on": "blamed the delay on Monday"; but a time noun before "of" measures
    // what follows, no time: "blamed the strike on years of underfunding")
    const n = /^(the|a|an|this|that|last|past|recent)$/i.test(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (k > j && !(/^(over|on)$/.test(p) && (timeNoun(toks[n]?.text ?? '') && toks[n + 1]?.text !== 'of' || dayAfter(ctx, k) > 0))) return j;
  }
  // S promised voters a referendum: a recipient, then what is committed to them, the claim
  if (has('object_object')) {
    const k = recipientEnd(ctx, j, end);
    if (k > j && themeAt(ctx, k, end)) return k;
  }
  // S described the plan as a betrayal: an object, then "as" and what it is said to be
  if (has('object_as') && prepAhead(ctx, j, end, 'as') > j) return j;
  // S called the plan a disaster: an object, then a noun phrase with an article
  if (has('object_predicate') && predicateAhead(ctx, j, end)) return j;
  // S rejected the plan: an object noun phrase (of a kind the verb's literal sense leaves out:
  // "attacked the plan", not "attacked the town")
  // (a preposition opens no object: "asked about the tax" is a question)
  if (has('object') && !PREPOSITIONS.has(at(j)) && (DETERMINER.test(at(j)) || ctx.actorAt.has(toks[j].start) || /^\p{Ll}{3,}$/u.test(toks[j].text) && !/(ly|ed)$/.test(at(j))) && objectFits(ctx, j, end, v.objects)) return j;
  return -1;
}

/**
 * The index after the recipient of a double-object verb at token j ("promised voters a
 * referendum", "offered the unions a new contract", "pledged the town a new school"): someone
 * named, an object pronoun ("her" only before an article: "promised her a job", not "pledged her
 * support"), a plural noun for people ("voters"), or a determiner and up to two words ending in a
 * noun for people, a body or a place ("the town", "the striking workers"); -1 when none.
 */
function recipientEnd(ctx: Context, j: number, end: number): number {
  const toks = ctx.tokens;
  const w = toks[j].text;
  const named = ctx.actorAt.get(toks[j].start);
  if (named) return ctx.indexFrom(named.end);
  if (/^(him|them|us|me|you)$/.test(w) || w === 'her' && /^(a|an|the)$/.test(toks[j + 1]?.text ?? '')) return j + 1;
  if (/^\p{Ll}{3,}s$/u.test(w) && statingNoun(w) && !contentNoun(w)) return j + 1;
  if (!/^(the|its|their|his|her|our|local|all)$/.test(w)) return -1;
  for (let k = j + 1; k < end && k <= j + 3 && /^\p{Ll}{2,}$/u.test(toks[k].text); k++) {
    if (statingNoun(toks[k].text) && !contentNoun(toks[k].text)) return k + 1;
  }
  return -1;
}

/**
 * "promised voters a referendum": whether the words after a double-object cue at token i are a
 * recipient and what is committed, with no verb of their own (no clause: "promised voters taxes
 * would fall" is one).
 */
export function doubleObject(ctx: Context, i: number, end: number): boolean {
  const verb = cueVerb(ctx.tokens[i].text.toLowerCase());
  if (!verb?.frames.includes('object_object')) return false;
  const k = recipientEnd(ctx, i + 1, end);
  if (k < 0 || !themeAt(ctx, k, end)) return false;
  for (let n = k; n < end && !/^[,;:.!?]$/.test(ctx.tokens[n].text); n++) {
    const w = ctx.tokens[n].text;
    if (FINITE_AUXILIARY.test(w) || /^\p{Ll}{3,}ed$/u.test(w) && n > k) return false;
  }
  return true;
}

/** Whether what is committed, a noun phrase, opens at token k: a determiner, an amount, or a noun for an act or a thing had ("compensation", "support"). */
function themeAt(ctx: Context, k: number, end: number): boolean {
  const w = ctx.tokens[k]?.text ?? '';
  if (k >= end) return false;
  return /^(a|an|the|more|new|further|some|another|full|better|higher|free)$/.test(w) || /^[$£€\p{N}]/u.test(w) || /^\p{Ll}{3,}$/u.test(w) && contentNoun(w);
}

/**
 * Whether an object (a pronoun, a name, or a noun phrase of up to four words opening with a
 * determiner) at token j is followed by a noun phrase with an indefinite article or a
 * superlative: "called it a blow", "called the new budget a disgrace", "called her the most
 * gifted student" (not "called the meeting to order").
 */
function predicateAhead(ctx: Context, j: number, end: number): boolean {
  const toks = ctx.tokens;
  const named = ctx.actorAt.get(toks[j].start);
  let k = named ? ctx.indexFrom(named.end) : /^(it|him|her|them|this|that)$/i.test(toks[j].text) ? j + 1 : -1;
  // (a predicate opens with an indefinite article, or with "the" and a superlative: "called the
  // plan the worst idea in years", "called her the most gifted student")
  const opens = (i: number): boolean => /^(a|an)$/.test(toks[i].text) || toks[i].text === 'the' && /^(\p{Ll}{2,}est|best|worst|most|least|only)$/u.test(toks[i + 1]?.text ?? '');
  // "called them racist", "calling it dishonest": after a pronoun or a name, one word closing the clause
  if (k > j && adjectiveCloses(ctx, k, end, false)) return true;
  if (k < 0 && DETERMINER.test(toks[j].text)) {
    for (k = j + 1; k < end && k <= j + 4 && /^\p{Ll}+$/u.test(toks[k].text) && !opens(k); k++);
    // "called the plan reckless": after a noun phrase, its last word when it has an adjective's suffix
    if (k >= j + 3 && adjectiveCloses(ctx, k - 1, end, true)) return true;
  }
  return k > j && k < end - 1 && opens(k) && /^\p{L}/u.test(toks[k + 1].text);
}

/** An adjective by its form: a suffix ("reckless", "illegal"), a participle ("rigged", "biased"), or the negative prefix ("unfair"; not "union", "unit"). */
function predicateAdjective(w: string): boolean {
  return adjectiveSuffix(w) || /^\p{Ll}{3,}ed$/u.test(w) || /^un(?!i)\p{Ll}{3,}$/u.test(w);
}

/** Words after an object that are no predicate: particles and adverbs ("called them back", "called it off"). */
const NOT_PREDICATE = /^(back|off|up|out|in|on|over|down|again|today|yesterday|tonight|later|home|away|together|now|too|also|then|so|here|there)$/;

/**
 * Whether the word at token k is an adjective predicate closing its clause (a comma, a stop, a
 * conjunction or the sentence's end after it): any lower-case word but a particle after a pronoun
 * or name, one with an adjective's form after a noun phrase, whose last noun it may be otherwise
 * ("called the press conference").
 */
function adjectiveCloses(ctx: Context, k: number, end: number, suffix: boolean): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.text ?? '';
  if (k >= end || !/^\p{Ll}{3,}$/u.test(w) || NOT_PREDICATE.test(w) || /(ly|ing)$/.test(w) || suffix && !predicateAdjective(w)) return false;
  return k + 1 >= end || /^[,;:.!?]$/.test(toks[k + 1].text) || /^(and|but)$/.test(toks[k + 1].text);
}

/** The index of preposition `p` within an object's reach after token j, with no verb-like word or clause break before it; else -1. */
function prepAhead(ctx: Context, j: number, end: number, p: string): number {
  const toks = ctx.tokens;
  for (let k = j; k < end && k < j + OBJECT_SPAN; k++) {
    const w = toks[k].text;
    if (w === p && k > j) return k;
    if (/^[,;:.!?"“”]$/.test(w) || /^(that|who|which|and|but|is|are|was|were|will|would|has|have|had)$/i.test(w)) return -1;
  }
  return -1;
}
