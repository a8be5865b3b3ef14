/**
 * Stage 4, speakers: the subject of a cue's verb (the actor before it, past an apposition; the
 * name after an inverted verb, '"…," said Kolar'; an unnamed subject, "the city reasoned"),
 * never the object of a preposition (phrases.ts: the noun phrase a name is part of, who a
 * representative or a possessive names).
 */
import { FINITE_AUXILIARY, NOT_CLAUSE_START, NOT_SUBJECTS, PREPOSITIONS, UNNAMED_DETERMINER } from '../lexicon';
import { documentNoun, statingNoun } from '../nouns';
import { prepositionalHead } from './prepositional';
import { firstPast } from '../search';
import type { ActorMention, Span, Speaker } from '../types';
import type { Context } from './context';
import type { Token } from '../tokens';
import { phraseBefore } from './between';
import { headNoun, phraseOfName, principal } from './phrases';
import { firstConjunct, pronoun, referOf } from './coreference';
import { beforeTitles, nameFrom, pastTitles } from './titles';
import { objectBeforeCoordinated } from './coordinated';

const endOf = (s: Span): number => s.end;
/** Adverbs and auxiliaries that may stand between a conjunction and the verb it coordinates. */
const AUXILIARY = /^(also|then|later|has|have|had|will|would|could|may|might|should|must|can|\p{L}+ly)$/iu;
/** Words opening an adjunct set off by commas: a participle, or a preposition of time, manner or company. */
const ADJUNCT_OPENER = /^(?:\p{Ll}{3,}ing|\p{Ll}{3,}ed|after|before|during|while|despite|alongside|unlike|like|in|at|on|with|without|upon)$/u;
/** How far back from a verb and its comma the head of an apposition may be, in tokens. */
const APPOSITION_REACH = 40;

/** The actor, pronoun or role noun that is the subject of the verb at token `verb`. */
export function subjectBefore(ctx: Context, verb: number, floor: number): Speaker | null {
  const sentence = ctx.tokens[verb].sentence;
  // ", who said C": "who" for the person before its comma; "The senator, who chairs the Finance
  // Committee, warned": the noun before the relative clause
  const relative = relativeSubject(ctx, verb) ?? beforeRelative(ctx, verb, floor);
  if (relative) return relative;
  // "Maria Ostrowska, the Deputy Head of the Mission (SMM), said": the head before the apposition
  // (adverbs and auxiliaries between the comma and the verb: "…, a boat builder, later said")
  let close = verb - 1;
  while (close > floor && AUXILIARY.test(ctx.tokens[close].text)) close--;
  if (ctx.tokens[close]?.text === ',') {
    for (let i = close - 1; i >= floor && i >= close - APPOSITION_REACH; i--) {
      const t = ctx.tokens[i];
      if (t.sentence !== sentence || /^["“”«»]$/.test(t.text)) break;
      if (t.text !== ',') continue;
      // "Ann Berg, director of X, and chair of Y, says": the name before one of the commas
      const before = ctx.tokens[i - 1];
      const actor = before && actorEndingAt(ctx, before.end);
      const head = actor && headOf(ctx, actor);
      if (head && !afterPreposition(ctx, head.start)) return { start: head.start, end: head.end, text: head.text, actor: head.actor };
      // "An adviser to Olek Dunn, speaking on condition of anonymity, said", "The aide to Hal
      // Vell, who asked not to be named, said": the noun phrase holding the name, before a
      // participle or relative clause set off by commas (no name after the comma to be the head)
      const np = head && head.end === before.end && /^(\p{Ll}+ing|who)$/u.test(ctx.tokens[i + 1]?.text ?? '') ? phraseOfName(ctx, head) : null;
      if (np) return np;
      // "Her father, a boat builder, said": an unnamed head before an apposition that opens with an article
      // "The minister, speaking alongside Tomas Bel, said", "The mayor, after meeting Ivo Kolar,
      // said": or before an adjunct set off by commas, a participle's or a preposition's phrase,
      // whose names are never the subject
      const unnamed = !actor && (/^(a|an|the)$/i.test(ctx.tokens[i + 1]?.text ?? '') || ADJUNCT_OPENER.test(ctx.tokens[i + 1]?.text ?? '')) ? appositionHead(ctx, i - 1) : null;
      if (unnamed) return unnamed;
      // "Staff at Orsa General Hospital, speaking alongside Tomas Bel, said": the names of the
      // adjunct are never the subject, which is what stands before its comma (or none found)
      if (ADJUNCT_OPENER.test(ctx.tokens[i + 1]?.text ?? '') && i - 1 > floor) return subjectBefore(ctx, i, floor);
    }
  }
  let commas = 0;
  // (the sentence's first token, found at its first comma)
  let first: number | undefined;
  for (let i = verb - 1; i >= floor && i >= verb - 20; i--) {
    const t = ctx.tokens[i];
    if (t.sentence !== sentence) break;
    // a quotation mark, a semicolon or a colon closes the clause the subject is in ("Trains run
    // hourly; the timetable shows …", "Eat: most visitors agree that C")
    if (/^["“”«»;:]$/.test(t.text)) break;
    // so does a comma before a conjunction and a subject of its own: "Visitors should arrive
    // early, and the guide says C" (not a second verb of the first subject: "Pell had known him,
    // and wrote that C")
    if (/^(and|but)$/.test(t.text) && ctx.tokens[i - 1]?.text === ',' && ctx.tokens.slice(i + 1, verb).some((w) => !AUXILIARY.test(w.text))) return unnamedSubject(ctx, verb, true);
    if (t.text === ',') commas++;
    if (commas > 2) break;
    // "In a statement, the shareholders said", "In a letter to the board, Pell demanded": an
    // opening prepositional phrase is an adjunct; the subject comes after its comma
    // "Taxes will rise, the minister warned": a noun phrase between a comma and the verb is its
    // subject when what stands before the comma opens with a capital only by its place (a
    // single word opening the sentence), no name to speak
    if (t.text === ',' && i + 1 < verb) {
      first ??= sentenceStart(ctx, verb);
      if (openingPhrase(ctx, first, i)) break;
      if (capitalByPlace(ctx, first)) {
        const np = unnamedSubject(ctx, verb);
        if (np && np.start > t.start) return np;
      }
    }
    const found = actorEndingAt(ctx, t.end);
    const actor = found && headOf(ctx, found);
    // "Local associations are concerned", "Human rights groups condemned O": a name modifying the
    // noun that is the subject, right before it or before up to two nouns of a compound
    const np = actor && unnamedSubject(ctx, verb);
    if (actor && np && np.start >= t.end && compoundBetween(ctx, t.end, np.start)) {
      const text = ctx.text.slice(actor.start, np.end);
      return { start: actor.start, end: np.end, text, actor: text };
    }
    // "with (the) Rob Aske saying …": the name before a participle after "with" is its subject
    if (actor && t.end === ctx.tokens[verb - 1].end && /ing$/.test(ctx.tokens[verb].text) && afterWith(ctx, actor.start)) {
      return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
    }
    // "He met Rusk and said": the first verb's object (coordinated.ts), read past to its subject
    const governs = actor ? objectBeforeCoordinated(ctx, actor, verb) : -1;
    if (governs >= 0) {
      i = governs;
      continue;
    }
    // "wrote to Tom Sato and said", "published by Ann Berg, show": an object, not the subject
    if (actor && !afterPreposition(ctx, actor.start)) return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
    if (actor) {
      // "the director of the Orsa Institute said": the noun phrase the name is part of
      const np = actor.end === ctx.tokens[verb - 1].end ? phraseOfName(ctx, actor) : null;
      if (np) return np;
      i = ctx.indexFrom(actor.start);
      continue;
    }
    // (a pronoun after a preposition is its object, never the verb's subject: "The museum next to
    // it explains how C")
    const p = principal(ctx, i) ?? (PREPOSITIONS.has(ctx.tokens[i - 1]?.text.toLowerCase() ?? '') ? null : pronoun(ctx, i));
    if (p) return p;
  }
  return unnamedSubject(ctx, verb);
}

/** Conjunctions, determiners and possessives: a phrase of its own begins ("Pell and his allies"), no compound. */
const NOT_COMPOUND = /^(and|but|the|his|her|our|your|other)$/; // (NOT_SUBJECTS holds the others: nor, its, their, some, all …)

/** Whether only a space, or up to two lower-case words of a compound noun, stand between two offsets. */
function compoundBetween(ctx: Context, from: number, to: number): boolean {
  if (to - from <= 1) return true;
  const between = ctx.text.slice(from, to).trim().split(/\s+/);
  return between.length <= 2 && between.every((w) => /^\p{Ll}{3,}$/u.test(w) && !NOT_SUBJECTS.has(w) && !PREPOSITIONS.has(w) && !NOT_COMPOUND.test(w) && !FINITE_AUXILIARY.test(w) && !/(ly|ed)$/.test(w));
}

/**
 * A noun for someone who states things at token k with a determiner or possessive before it,
 * opening its sentence or after a comma ("Her father", "The company's lawyer"): the phrase.
 */
function appositionHead(ctx: Context, k: number): Speaker | null {
  const toks = ctx.tokens;
  const noun = toks[k];
  const det = toks[k - 1];
  if (!noun || !det || !/^\p{Ll}{3,}$/u.test(noun.text) || !statingNoun(noun.text) || NOT_SUBJECTS.has(noun.text)) return null;
  if (!UNNAMED_DETERMINER.test(det.text) || det.sentence !== noun.sentence) return null;
  const before = toks[k - 2];
  if (before && before.sentence === noun.sentence && before.text !== ',') return null;
  return { start: det.start, end: noun.end, text: ctx.text.slice(det.start, noun.end), actor: noun.text };
}

/** The index of the first token of token i's sentence. */
function sentenceStart(ctx: Context, i: number): number {
  let first = i;
  while (first > 0 && ctx.tokens[first - 1].sentence === ctx.tokens[i].sentence) first--;
  return first;
}

/** Whether a sentence (its first token at `first`) opens with a single capitalised word of unknown kind, before a word in lower case ("Taxes will rise"). */
function capitalByPlace(ctx: Context, first: number): boolean {
  const a = ctx.actorAt.get(ctx.tokens[first].start);
  return !!a && a.type === 'other' && !a.text.includes(' ') && /^\p{Ll}/u.test(ctx.tokens[first + 1]?.text ?? '');
}

/** Whether the comma at token i closes a prepositional phrase opening its sentence (at `first`: "In a letter to the board,"). */
function openingPhrase(ctx: Context, first: number, i: number): boolean {
  return phraseBefore(ctx, first, i + 1) === i + 1 - first;
}

/**
 * "criticised by Rob Aske, who said C": the relative pronoun "who" right before the verb is its
 * subject, and stands for the person or body before its comma, even the object of a preposition
 * there (the relative clause is about them). The speaker is "who", resolved to the name; after a
 * noun for people ("by farmers, who said"), the noun phrase.
 */
function relativeSubject(ctx: Context, verb: number): Speaker | null {
  let k = verb - 1;
  if (AUXILIARY.test(ctx.tokens[k]?.text ?? '') && !/ly$/.test(ctx.tokens[k].text)) k--;
  const who = ctx.tokens[k];
  if (!who || who.text !== 'who' || ctx.tokens[k - 1]?.text !== ',' || !ctx.tokens[k - 2]) return null;
  const a = actorEndingAt(ctx, ctx.tokens[k - 2].end);
  // "who" stands for someone: a person, a name of unknown type ("by Pell, who said"), or a body;
  // after no name, a noun for people with its determiner ("by farmers, who said", "the mayor, who
  // called the plan reckless")
  if (!a) return unnamedHead(ctx, k - 2);
  if (a.end !== ctx.tokens[k - 2].end || a.type === 'location') return null;
  return { start: who.start, end: who.end, text: who.text, actor: a.actor, via: a.start };
}

/** What opens a clause after a verb: "that", a quotation mark, a determiner or a subject pronoun. */
const CLAUSE_AFTER_NOUN_VERB = /^(that|the|a|an|this|these|those|its|their|his|her|our|it|he|she|they|we|there|["“:])$/;

/**
 * "The city reasoned", "media have said": a common noun right before the verb, with its
 * determiner. `coordinated`: the clause follows ", and" ("…, and the guide says C"), where a verb
 * that is also a noun may follow a noun for someone or something that states things.
 */
function unnamedSubject(ctx: Context, verb: number, coordinated = false): Speaker | null {
  let k = verb - 1;
  // (an emphatic reflexive after the subject is no noun of a compound with it: "Kolar herself
  // insisted", "the judge himself admitted" are Kolar's and the judge's words)
  while (k > 0 && /^(also|have|has|had|later|then|again|previously|once|further|themselves|itself|himself|herself|myself|ourselves|yourself)$/.test(ctx.tokens[k].text)) k--;
  const t = ctx.tokens[k];
  // "the light show can be seen": a verb that is also a noun needs a named subject (or, in a
  // coordinated clause, a noun for someone or something that states things: "…, and the guide
  // says"; or such a noun with a clause after the verb: "The defendant claims that C", "the
  // brochure says the gate is shut", where a noun compound is followed by a verb, "the press
  // reports were", or ends its phrase)
  if (/^(show|shows|reports|claims|notes|states|estimates|say|says|estimate|warns|rules|reads)$/.test(ctx.tokens[verb].text)
    && !(k === verb - 1 && t && statingNoun(t.text) && (coordinated || CLAUSE_AFTER_NOUN_VERB.test(ctx.tokens[verb + 1]?.text ?? '')))) return null;
  // (a noun for people capitalised as the sentence's first word: "Epidemiologists warn that C")
  const opening = !!t && t.cap && ctx.tokens[k - 1]?.sentence !== t.sentence && /^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) && statingNoun(t.text);
  // (a body's noun capitalised as its short name, the object of a preposition after a noun for
  // someone: "Counsel for the Board submitted that C", "a lawyer for the Council said")
  const shortName = !!t && t.cap && /^the$/.test(ctx.tokens[k - 1]?.text ?? '') && !ctx.actorCovering(t.start) && statingNoun(t.text) && !!prepositionalHead(ctx, k - 3);
  if (!t || t.sentence !== ctx.tokens[verb].sentence || !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) && !opening && !shortName || /(ly|ing|ed)$/.test(t.text)
    || NOT_SUBJECTS.has(t.text) || NOT_CLAUSE_START.has(t.text) || PREPOSITIONS.has(t.text)) return null;
  let start = k;
  if (/^(the|a|an|this|that|these|those|some|one|many|most|several|its|their|his|her|our|other)$/i.test(ctx.tokens[k - 1]?.text ?? '')) start = k - 1;
  // "Counsel for the appellant argued", "the mother of the victim said": the object of a
  // preposition is never the subject; the noun for someone before the preposition heads it
  const head = prepositionalHead(ctx, start - 2);
  const from = ctx.tokens[head?.start ?? start].start;
  return { start: from, end: t.end, text: ctx.text.slice(from, t.end), actor: head ? head.noun : t.text };
}

/**
 * The subject before a relative clause set off by commas right before the verb ("The senator, who
 * chairs the Finance Committee, warned"; "the agency, which runs the port, said"): what the clause
 * names is never the subject. A name before the first comma is found by the apposition rule; here
 * the unnamed head, a noun for people or groups with its determiner. Null when no such clause.
 */
function beforeRelative(ctx: Context, verb: number, floor: number): Speaker | null {
  const toks = ctx.tokens;
  if (toks[verb - 1]?.text !== ',') return null;
  const sentence = toks[verb].sentence;
  for (let i = verb - 2; i > floor && i >= verb - APPOSITION_REACH; i--) {
    const t = toks[i];
    if (t.sentence !== sentence || /^["“”«»;]$/.test(t.text)) return null;
    if (t.text !== ',') continue;
    if (!/^(who|which|whose|whom)$/i.test(toks[i + 1]?.text ?? '')) return null;
    return toks[i - 1] && !ctx.actorAt.has(toks[i - 1].start) && !actorEndingAt(ctx, toks[i - 1].end) ? unnamedHead(ctx, i - 1) : null;
  }
  return null;
}

/** The unnamed head of a noun phrase ending at token k, a noun for someone who states things, with its determiner ("the senator"), or null. */
function unnamedHead(ctx: Context, k: number): Speaker | null {
  const head = ctx.tokens[k];
  if (!head || !/^\p{Ll}{3,}$/u.test(head.text) || !statingNoun(head.text)) return null;
  const det = ctx.tokens[k - 1];
  const start = det && /^(the|a|an|this|that|its|their|his|her|our)$/i.test(det.text) ? det.start : head.start;
  return { start, end: head.end, text: ctx.text.slice(start, head.end), actor: head.text };
}

/** Whether "with" (and "the") stands right before an offset: "with (the) S saying …". */
export function afterWith(ctx: Context, offset: number): boolean {
  let k = ctx.indexFrom(offset) - 1;
  if (/^the$/i.test(ctx.tokens[k]?.text ?? '')) k--;
  return /^with$/i.test(ctx.tokens[k]?.text ?? '');
}

export function afterPreposition(ctx: Context, offset: number): boolean {
  // past a title outside the name: "led by Justice Ana Brill", "with Foreign Minister Lev Orlov"
  const k = beforeTitles(ctx, offset);
  let w = ctx.tokens[k]?.text.toLowerCase();
  if (w === 'the' || w === 'a' || w === 'an') w = ctx.tokens[k - 1]?.text.toLowerCase();
  return !!w && PREPOSITIONS.has(w);
}

export function subjectAfter(ctx: Context, verb: number): Speaker | null {
  // "said Ambassador Mohib": the name after its title
  const i = pastTitles(ctx, verb + 1);
  const t = ctx.tokens[i];
  if (!t) return null;
  const actor = ctx.actorAt.get(t.start) ?? appositionAfter(ctx, i);
  if (actor) return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
  // "according to a spokesman for Senator Ana Quill", "according to a statement from the
  // ministry": the one a representative speaks for, the author a document is from
  return principal(ctx, i) ?? authorOf(ctx, i) ?? pronoun(ctx, i) ?? phraseAfter(ctx, verb + 1, i);
}

/**
 * '"…," said the director of the Orsa Institute': after an inverted verb, a common noun (at token
 * i, its determiner at `from`) taking a name after "of", "at", "for", "from" or "to" and closing
 * the clause; the phrase is the speaker, as phraseOfName reads it before a verb.
 */
function phraseAfter(ctx: Context, from: number, i: number): Speaker | null {
  const toks = ctx.tokens;
  const noun = toks[i];
  if (from === i || !headNoun(noun.text)) return null;
  if (!/^(of|at|for|from|to)$/.test(toks[i + 1]?.text ?? '')) return null;
  const a = nameFrom(ctx, i + 2);
  const next = a && toks[ctx.indexFrom(a.end)];
  if (!a || next && next.sentence === noun.sentence && !/^[.,;!?]$/.test(next.text)) return null;
  const text = ctx.text.slice(toks[from].start, a.end);
  return { start: toks[from].start, end: a.end, text, actor: ctx.text.slice(noun.start, a.end) };
}

/** "a statement from the ministry", "a report by Ana Quill": the actor (no place) a document noun at token i names as its author. */
function authorOf(ctx: Context, i: number): Speaker | null {
  if (!documentNoun(ctx.tokens[i].text) || !/^(from|by)$/.test(ctx.tokens[i + 1]?.text ?? '')) return null;
  const a = nameFrom(ctx, i + 2);
  return a && a.type !== 'location' ? { start: a.start, end: a.end, text: a.text, actor: a.actor } : null;
}

/**
 * '"…," said the party's leader, Ruth Calder': a role after an inverted verb with a person's name
 * in apposition after its comma; the name is the speaker (up to four lower-case words of the role,
 * a possessive among them, none a preposition: "the head of the Orsa Council" is read whole).
 */
function appositionAfter(ctx: Context, i: number): ActorMention | undefined {
  for (let k = i; k < i + 5 && ctx.tokens[k]; k++) {
    const w = ctx.tokens[k].text;
    if (w === ',') {
      const a = k > i ? ctx.actorAt.get(ctx.tokens[k + 1]?.start ?? -1) : undefined;
      return a?.type === 'person' ? a : undefined;
    }
    if (!/^\p{Ll}+(['’]s)?$|^['’]s$/u.test(w) || PREPOSITIONS.has(w)) return undefined;
  }
  return undefined;
}

/** The first conjunct of the coordination an actor mention closes (the mention itself when none): coreference.firstConjunct. */
function headOf(ctx: Context, last: ActorMention): ActorMention {
  // (mentions are sorted by start: a binary search, not a scan)
  const k = firstPast(ctx.actors, (a) => a.start, last.start, true);
  return ctx.actors[k] === last ? ctx.actors[firstConjunct(ctx.text, ctx.actors, k)] : last;
}

function actorEndingAt(ctx: Context, end: number): ActorMention | undefined {
  // the first actor ending at or after `end` (they are sorted by end as well as by start)
  const lo = firstPast(ctx.actors, endOf, end, true);
  const a = ctx.actors[lo];
  if (!(a && a.end <= end + 2 && a.end >= end - 2 && a.start < end)) return undefined;
  // "The World Health Organisation (WHO) recommends": the name, not the acronym after it
  const before = ctx.actors[lo - 1];
  if (before && /^\s*\(\s*$/.test(ctx.text.slice(before.end, a.start)) && /^\p{Lu}{2,}$/u.test(a.text)) return before;
  return a;
}

/**
 * The pronoun of a contracted copula ("I'm", "she's", "we're") as a speaker: "I" as itself, a
 * third person for stage 5 to resolve (referOf).
 */
export function contractedSubject(t: Token, word: string): Speaker {
  const end = t.start + word.length;
  if (word === 'I') return { start: t.start, end, text: word, actor: 'I' };
  return { start: t.start, end, text: word, actor: word.toLowerCase(), refer: referOf(word) };
}
