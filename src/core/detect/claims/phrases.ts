/**
 * Noun phrases that hold a name, for the speakers stage: the phrase a name is part of ("the
 * director of the Orsa Institute", "Staff at Orsa General Hospital"), who a representative speaks
 * for ("Dana Pell's spokesman"), and who owns a noun after a possessive ("Pell's announcement").
 */
import { NOT_SUBJECTS, PREPOSITIONS, REPRESENTATIVES } from '../lexicon';
import { documentNoun, statingNoun } from '../nouns';
import type { ActorMention, Speaker } from '../types';
import type { Context } from './context';
import type { Token } from '../tokens';
import { nearestBefore } from './coreference';
import { beforeTitles, nameFrom } from './titles';

/** Whether a word may be the common noun heading a phrase that holds a name ("director", "aide"): lower case, no adverb, participle, preposition or word that is never a subject. */
export function headNoun(w: string): boolean {
  return /^\p{Ll}{3,}$/u.test(w) && !/(ly|ing|ed)$/.test(w) && !NOT_SUBJECTS.has(w) && !PREPOSITIONS.has(w);
}

/**
 * "The director of the Orsa Institute", "a senior engineer at the Port Authority", "The aide to
 * Senator Hal Vell", "the chief of staff to Governor Ines Marr": a noun phrase opening its clause
 * whose head, a common noun, takes the name (past its titles) after "of", "at", "for", "from" or
 * "to"; the phrase is the speaker, not the name inside it (nor a representative's: "a spokesman
 * for X" is X; but one "to" a person is the aide's or adviser's own word).
 */
export function phraseOfName(ctx: Context, a: ActorMention): Speaker | null {
  const toks = ctx.tokens;
  let k = beforeTitles(ctx, a.start);
  if (/^the$/i.test(toks[k]?.text ?? '')) k--;
  const prep = toks[k]?.text ?? '';
  if (!/^(of|at|for|from|by|to)$/.test(prep)) return null;
  const noun = toks[k - 1];
  // ("Staff at the Orsa Hospital", "Doctors at X": a noun for people opening the sentence, no determiner)
  const opening = !!noun && prep !== 'by' && toks[k - 2]?.sentence !== noun.sentence && /^\p{Lu}\p{Ll}{2,}$/u.test(noun.text) && headNoun(noun.text.toLowerCase())
    && statingNoun(noun.text.toLowerCase()) && !REPRESENTATIVES.has(noun.text.toLowerCase());
  if (opening) return { start: noun.start, end: a.end, text: ctx.text.slice(noun.start, a.end), actor: ctx.text.slice(noun.start, a.end) };
  if (!noun || !headNoun(noun.text)) return null;
  if (REPRESENTATIVES.has(noun.text) && prep !== 'to') return null; // "a spokesman for X" speaks for X: principal() reads it
  // the phrase opens the clause: a determiner (and adjectives, or a noun and "of": "chief of
  // staff") before the noun, at the start of the sentence or after a comma
  let d = k - 2;
  while (d >= 0 && toks[d].sentence === noun.sentence && (/^\p{Ll}{3,}$/u.test(toks[d].text) || toks[d].text === 'of') && !/^(the|a|an)$/.test(toks[d].text) && k - 1 - d <= 3) d--;
  if (!/^(the|a|an)$/i.test(toks[d]?.text ?? '') || toks[d].sentence !== noun.sentence) return null;
  const before = toks[d - 1];
  if (before && before.sentence === noun.sentence && !/^[,;:"”»]$/.test(before.text)) return null; // (or after a quotation: '"…," a statement from S said')
  // "a poll by the Velmore Institute shows", "a statement from the council said": a document's
  // author (after "by" or "from") is the source
  if (/^(by|from)$/.test(prep) && documentNoun(noun.text)) return { start: a.start, end: a.end, text: a.text, actor: a.actor };
  if (prep === 'by') return null;
  const text = ctx.text.slice(toks[d].start, a.end);
  // (the actor from the head: "aide to Senator Hal Vell", "chief of staff to Governor Ines Marr")
  const head = toks[k - 2]?.text === 'of' && k - 3 > d ? toks[k - 3] : noun;
  return { start: toks[d].start, end: a.end, text, actor: ctx.text.slice(head.start, a.end) };
}

/**
 * "Dana Pell's spokesman said", "a lawyer for the Orsa Shipping Company said": who speaks through
 * a representative (the noun at token i) is the actor it is the representative of, named in a
 * possessive before it or after "for" / "of" (and "the").
 */
export function principal(ctx: Context, i: number): Speaker | null {
  const toks = ctx.tokens;
  if (!REPRESENTATIVES.has(toks[i].text.toLowerCase())) return null;
  const before = toks[i - 1];
  const owned = possessor(ctx, before);
  const a = owned && !owned.pronoun ? owned.owner : /^(for|of)$/.test(toks[i + 1]?.text ?? '') ? nameFrom(ctx, i + 2) : undefined;
  if (a) return a.type !== 'location' ? { start: a.start, end: a.end, text: a.text, actor: a.actor } : null;
  // "his spokesman", "its lawyers": the person or body the possessive pronoun stands for
  if (!owned) return null;
  return { start: before.start, end: toks[i].end, text: ctx.text.slice(before.start, toks[i].end), actor: owned.owner.actor, via: owned.owner.start };
}

/**
 * Who owns the noun after token `before` when it is a possessive: an actor named with "'s" (or a
 * plural's "'"), "Dana Pell's", "the council's" (no place: "Orsa's mayor" is the mayor's), or
 * the person ("his", "her") or body ("its", "their") a possessive pronoun stands for, the nearest
 * named before it. Shared by representatives ("Pell's spokesman") and nominal cues ("Pell's
 * announcement", "her pledge").
 */
export function possessor(ctx: Context, before: Token | undefined): { owner: ActorMention; pronoun: boolean } | undefined {
  if (!before) return undefined;
  const refer = /^(his|her)$/i.test(before.text) ? 'person' : /^(its|their)$/i.test(before.text) ? 'nonperson' : undefined;
  if (refer) {
    const owner = nearestBefore(ctx.actors, before.start, refer);
    return owner && { owner, pronoun: true };
  }
  if (!/['’]s?$/.test(before.text)) return undefined;
  const a = ctx.actorCovering(before.start);
  return a && a.type !== 'location' && before.end - a.end <= 2 ? { owner: a, pronoun: false } : undefined;
}
