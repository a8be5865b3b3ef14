/**
 * Claims in one paragraph, stage by stage:
 *   1. quotes.ts        quotations that may be speech
 *   2. attributions.ts  each quotation's cue and speaker; reported.ts: cues outside quotations
 *                       and the frames they take (that-clause, "C, S said", "according to S" …);
 *                       splits.ts: one claim per cue ("S said C1, and said C2");
 *                       frames.ts: verbs that take a complement of their own ("accused O of C");
 *                       support.ts: light verbs and copulas ("made clear C", "is opposed to C");
 *                       nested.ts: attributions inside a claim
 *   3. continuations.ts quotations without a cue of their own continue the speaker before them
 *                       (run by the document pass, across paragraphs: incremental.ts)
 *   4. speakers.ts      the subject a cue's frame names
 *   5. coreference.ts   pronouns and role nouns resolved to an actor, agreeing in the gender
 *                       the text shows (gender.ts)
 * context.ts holds what every stage reads (text, tokens, actors).
 */
import type { Token } from '../tokens';
import { readBaseVerbs } from './baseVerbs';
import type { ActorMention, ClaimMention, Span } from '../types';
import { quotationClaims } from './attributions';
import { captions } from './captions';
import { Context } from './context';
import { coordinateClause, writerClause } from './clauses';
import { complementClaims } from './frames';
import { asPutIt, madeClear, stanceClaim } from './support';
import { nested } from './nested';
import { nominalClaim } from './nominal';
import { insideQuote, speechQuotes } from './quotes';
import { reported } from './reported';
import { splitCoordinated } from './splits';
import { statedBy } from './stating';
import { ADVICE_VERBS } from '../lexicon';
import { nameParts } from '../actors';
import { personPlural } from '../nouns';
import { lastAtOrBefore } from '../search';

import { resolveBySalience, unsalient } from './coreference';
import { genders, objectVerb, type GenderNote } from './gender';
import { objectSubjects } from './centering';
import { inQuestion } from './questions';
import { titleWords } from './roles';

export { fits, nearestBefore, referOf, roleHead } from './coreference';
export { disagrees, genderOf } from './gender';

/** Whether claim a, with its cue, stands wholly before or after claim b and its cue. */
function apart(a: ClaimMention, b: ClaimMention): boolean {
  const from = Math.min(b.start, b.cue?.start ?? b.start);
  const to = Math.max(b.end, b.cue?.end ?? b.end);
  return Math.max(a.end, a.cue?.end ?? a.end) <= from || Math.min(a.start, a.cue?.start ?? a.start) >= to;
}

/**
 * The claims of one sentence (or of the rest of one after a clause: boundedClaims): those of its
 * clauses (clauseClaims), a subordinate clause opening it read apart when a claim of its runs on
 * past its comma.
 */
function sentenceClaims(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention[] {
  const all = clauseClaims(ctx, s, inQuote);
  // "Although Pell said the talks had failed, Kolar remained hopeful": a cue in a subordinate
  // clause opening the sentence reports a clause that ends with it, at its comma; the main clause
  // is read apart (a condition too: "If volunteers think C, they can fork the site" holds C as
  // the volunteers' view, as GUM's attributions do)
  const k = frontedClause(ctx, s, inQuote);
  const comma = k > 0 ? ctx.tokens[k].start : -1;
  if (k < 0 || !all.some((c) => c.cue && c.cue.start < comma && c.end > comma)) return all;
  return [...clauseClaims(ctx, { start: s.start, end: k }, inQuote), ...sentenceClaims(ctx, { start: k + 1, end: s.end }, inQuote)];
}

/** Conjunctions that open a subordinate clause before the main one ("When …, C", "Although …, C"; not "As S said, C", an attribution). */
const SUBORDINATOR = /^(when|whenever|if|unless|whether|although|though|while|whereas|after|before|because|since|once|until)$/i;

/** The comma closing a subordinate clause that opens the sentence, a token index, or -1. */
function frontedClause(ctx: Context, s: Span, inQuote: (offset: number) => boolean): number {
  if (!SUBORDINATOR.test(ctx.tokens[s.start].text)) return -1;
  for (let k = s.start + 2; k < s.end - 2; k++) if (ctx.tokens[k].text === ',' && !inQuote(ctx.tokens[k].start)) return k;
  return -1;
}

/**
 * The claims of reported speech and of the other frames in a sentence or a clause of it: reported
 * speech, with the complement frames and nominal cues apart from it ("S accused O of C1 and said
 * C2"); else the complement frames, unless a nominal cue with a source and a clause of its own is
 * inside one ("The party welcomed Pell's announcement that C" gives C by Pell); else the other
 * frames. Each claim ends before a clause coordinated with it that has a subject of its own ("S
 * claimed C, but the jury rejected his account"), and the rest of the sentence is read for claims
 * of its own (boundedClaims).
 */
function clauseClaims(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention[] {
  const found = reported(ctx, s, inQuote);
  const frames = complementClaims(ctx, s, inQuote);
  const nominal = nominalClaim(ctx, s, inQuote);
  // ("S urged O to C1, warning that C2": the participle's claim is inside the frame's, which
  // splitCoordinated splits, each claim by S)
  if (found && !(/ing$/.test(found.cue?.text ?? '') && frames.some((c) => c.start < found.start && c.end >= found.end))) {
    const kept = boundedClaims(ctx, s, inQuote, [found]);
    // (the other frames bounded too: "S vowed to C1, but analysts doubted C2" keeps C1 before C2)
    const others = boundedClaims(ctx, s, inQuote, [...frames, ...(nominal ? [nominal] : [])]);
    for (const c of others) if (kept.every((k) => apart(c, k))) kept.push(c);
    return kept;
  }
  if (frames.length && !(nominal && frames.some((c) => c.start <= nominal.start && c.end >= nominal.end))) return boundedClaims(ctx, s, inQuote, frames);
  const other = asPutIt(ctx, s, inQuote) ?? madeClear(ctx, s, inQuote) ?? stanceClaim(ctx, s, inQuote) ?? nominal;
  return other ? boundedClaims(ctx, s, inQuote, [other]) : [];
}

/**
 * Claims that follow their cue cut before a coordinated clause with a subject and verb of its
 * own (clauses.ts coordinateClause), and the claims of the rest of the sentence after the
 * conjunction ("…, but engineers warned that C2", "…, yet the court found him guilty"), apart from
 * the others.
 */
function boundedClaims(ctx: Context, s: Span, inQuote: (offset: number) => boolean, claims: readonly ClaimMention[]): ClaimMention[] {
  const out: ClaimMention[] = [];
  const tails: ClaimMention[] = [];
  for (const c of claims) {
    const from = ctx.indexFrom(c.start);
    const to = Math.min(ctx.indexFrom(c.end), s.end);
    // (a first-person answer ends a third party's claim in any tense: "…, but our data do not support this")
    const third = !!c.speaker && !/^(we|i)$/i.test(c.speaker.actor);
    const cuts = !c.fragments && c.cue && c.cue.end <= c.start ? [coordinateClause(ctx, from, to), third ? writerClause(ctx, from, to) : -1].filter((n) => n >= 0) : [];
    const k = cuts.length ? Math.min(...cuts) : -1;
    if (k < 0 || inQuote(ctx.tokens[k].start)) {
      out.push(c);
      continue;
    }
    const end = ctx.tokens[k - 1].end;
    out.push({ ...c, end, text: ctx.text.slice(c.start, end) });
    tails.push(...sentenceClaims(ctx, { start: k + 2, end: s.end }, inQuote));
  }
  for (const t of tails) if (out.every((c) => apart(t, c))) out.push(t);
  return out;
}

/** What detectClaims finds in a paragraph (the document pass reads it: paragraphPass.ts). */
export interface ClaimsResult {
  claims: ClaimMention[];
  /** Mentions a pronoun does not stand for (inside a claim, after a preposition). */
  hidden: Set<ActorMention>;
  /** Those of `hidden` that are there only for being unsure (may be no name at all). */
  unsureOnly: Set<ActorMention>;
  /** The gender the paragraph shows for its person mentions. */
  gender: Map<ActorMention, GenderNote>;
  /** Single words of unknown kind read as surnames alone (Context.surnames). */
  surnames: Set<ActorMention>;
  /** Mentions that are (or a pronoun resolved here stands for) a claim's speaker. */
  speakers: Set<ActorMention>;
  /** People named only as a verb's object, no speaker here (objectVerb). */
  acted: Set<ActorMention>;
  /** Claims whose pronoun goes on with the speaker of a paragraph before ("Furthermore, he warned"). */
  continuing: Set<ClaimMention>;
  /** People named as a verb's object, each with the subject of its sentence (centering.ts). */
  subjects: Map<ActorMention, ActorMention>;
  /** Claims whose speaker is a title no person here holds, with the words a holder's title needs (roles.ts). */
  titledPending: Map<ClaimMention, string[]>;
  /** The title words of each person mention (roles.ts). */
  titles: Map<ActorMention, string[]>;
}

/**
 * Finds claims (and the actor mentions a pronoun does not stand for; `unsure` are mentions that
 * may not be names at all): direct quotations with their cue and speaker (split quotations joined into one
 * discontinuous claim) and reported speech (`S said that C`, `C, S said`, `according to S, C`).
 */
export function detectClaims(text: string, tokens: readonly Token[], actors: readonly ActorMention[], unsure: ReadonlySet<ActorMention> = new Set()): ClaimsResult {
  const ctx = new Context(text, readBaseVerbs(tokens), actors);
  const quotes = speechQuotes(text);
  const claims = quotationClaims(ctx, quotes);

  // quotations and the claims made from them are in text order and do not overlap: binary search them
  const inQuote = (offset: number): boolean => insideQuote(quotes, offset);
  const direct = claims.slice();
  const dropped = new Set<ClaimMention>();
  const reportedClaims: ClaimMention[] = [];
  const candidates: ClaimMention[] = [];
  for (const s of ctx.sentences()) {
    for (const claim of sentenceClaims(ctx, s, inQuote)) {
      // "We recommend that you book ahead", "the guide suggests you avoid Sundays": a verb of advice
      // (VerbNet advise-37.9, FrameNet Attempt_suasion) with what the reader is to do is advice to
      // the reader, not a statement attributed to anyone
      if (/^you\b/i.test(claim.text) && ADVICE_VERBS.has(claim.cue?.text.toLowerCase() ?? '')) continue;
      // (nor a cue inside an indirect question: "Asked whether she expected C, S replied, "…"": questions.ts)
      candidates.push(...splitCoordinated(ctx, claim, inQuote).filter((c) => statedBy(ctx, c, unsure) && !inQuestion(ctx, c)));
    }
  }
  for (const claim of candidates) {
    let clash = false;
    const inside: ClaimMention[] = [];
    for (let i = Math.max(0, lastAtOrBefore(direct, (c) => c.start, claim.start)); i < direct.length && direct[i].start < claim.end; i++) {
      const c = direct[i];
      if (c.end <= claim.start || dropped.has(c)) continue;
      // a quotation closing the sentence: '… that "it was over."' (the claim stopped before its period)
      if (c.start >= claim.start && c.end > claim.end && /^[\s.!?…]*$/u.test(text.slice(claim.end, c.end))) {
        claim.end = /["”»’]/u.test(text[c.end] ?? '') ? c.end + 1 : c.end;
        claim.text = text.slice(claim.start, claim.end);
      }
      if (c.start >= claim.start && c.end <= claim.end) inside.push(c);
      else clash = true;
    }
    if (clash) continue;
    // a reported clause that contains a quotation is one mixed claim
    if (inside.length) {
      claim.kind = 'mixed';
      for (const c of inside) dropped.add(c);
    }
    reportedClaims.push(claim);
  }
  const all = [...direct.filter((c) => !dropped.has(c)), ...reportedClaims];
  const out = [...all, ...all.flatMap((c) => nested(ctx, c)), ...captions(text, tokens)].sort((a, b) => a.start - b.start || b.end - a.end);
  // a pronoun or role noun does not stand for an unsure mention either (an unknown word opening a
  // sentence, "Keep to the paths. The tourist office recommends …": "Keep" is no body)
  // a single word of unknown kind that speaks ("Pell said"), or a word of a full name before, is a surname alone
  // (not a plural of a noun for people: "Colleagues complained that C. She replied" is no "she")
  for (const c of out) {
    const a = c.speaker && ctx.actorAt.get(c.speaker.start);
    if (a && a.type === 'other' && a.end === c.speaker?.end && !a.text.includes(' ') && !personPlural(a.text)) ctx.surnames.add(a);
  }
  const parts = new Set<string>();
  for (const a of ctx.actors) {
    if (a.type === 'person' && a.text.includes(' ')) for (const w of nameParts(a.text)) parts.add(w);
    else if (a.type === 'other' && parts.has(a.text)) ctx.surnames.add(a);
  }
  const hidden = unsalient(ctx, out);
  const unsureOnly = new Set<ActorMention>();
  for (const a of unsure) {
    if (ctx.surnames.has(a) || hidden.has(a)) continue;
    hidden.add(a);
    unsureOnly.add(a);
  }
  const gender = genders(ctx);
  const subjects = objectSubjects(ctx);
  const titledPending = new Map<ClaimMention, string[]>();
  const continuing = resolveBySalience(ctx, out, hidden, gender, subjects, titledPending);
  const titles = new Map<ActorMention, string[]>();
  for (const a of ctx.actors) {
    const words = ctx.isPerson(a) ? titleWords(ctx, a) : [];
    if (words.length) titles.set(a, words);
  }
  // what the document pass reads of its people: who speaks here, who is only acted on
  const speakers = new Set<ActorMention>();
  for (const c of out) {
    const a = c.speaker && (ctx.actorAt.get(c.speaker.start) ?? (c.speaker.via !== undefined ? ctx.actorAt.get(c.speaker.via) : undefined));
    if (a && c.speaker?.refer === undefined) speakers.add(a);
  }
  const acted = new Set(ctx.actors.filter((a) => ctx.isPerson(a) && !speakers.has(a) && objectVerb(ctx, a) >= 0));
  return { claims: out, hidden, unsureOnly, gender, surnames: ctx.surnames, speakers, acted, continuing, subjects, titledPending, titles };
}
