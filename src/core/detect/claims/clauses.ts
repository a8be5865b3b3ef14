/**
 * Where the clause a cue reports begins and ends, when it holds clauses of its own: a relative
 * "that" inside a clause already begun ("said he would veto any bill that raised taxes"), a
 * demonstrative or contracted subject opening it ("said this is a problem", "says it's a story").
 */
import { FINITE_AUXILIARY, IRREGULAR_PAST, OBJECT_VERBS, PREPOSITIONS } from '../lexicon';
import { statingNoun } from '../nouns';
import { afterObject } from './between';
import { timeNoun, type Context } from './context';

/** A verb contracted onto its subject: "it's", "they're", "we'll". */
const CONTRACTION = "['’](?:s|re|m|ll|d|ve)";
/** Subject pronouns, contracted or not: one right after a cue opens its clause ("said he would veto any bill that …"). */
const SUBJECT_PRONOUN = new RegExp(`^(?:I|you|he|she|it|we|they)(?:${CONTRACTION})?$`, 'i');
/** A subject with its verb contracted (a clause on its own). */
export const CONTRACTED_SUBJECT = new RegExp(`^(?:I|you|he|she|it|we|they|that|there)${CONTRACTION}$`, 'i');
const DETERMINER = /^(the|a|an|this|these|those|his|her|its|their|our|my|your|any|every|each|some|no)$/i;

/** "said this is a problem": a demonstrative before an auxiliary is the clause's subject, no determiner. */
export function demonstrativeSubject(ctx: Context, k: number): boolean {
  return /^(this|these)$/i.test(ctx.tokens[k]?.text ?? '') && FINITE_AUXILIARY.test(ctx.tokens[k + 1]?.text ?? '');
}

/**
 * "said what happened that night was a tragedy", "said whoever leaked the memo would be fired": a
 * free relative (what, whatever, whoever) at token k as the subject of the reported clause, with
 * two verbs after it, its own and the clause's (not "said what she wanted", an object).
 */
export function freeRelativeSubject(ctx: Context, k: number, end: number): boolean {
  return /^(what|whatever|whoever)$/i.test(ctx.tokens[k]?.text ?? '') && ctx.twoVerbsAhead(k + 1, end);
}

/**
 * Whether the clause of the cue at `verb` has already begun before a later "that" (from `after`,
 * the token past the cue and its particle): a subject
 * pronoun at once ("said he would veto any bill that raised taxes"), an auxiliary or modal
 * ("said the plan would fail, a claim that …"), or, after a verb that takes no object, a noun
 * phrase that is no time ("said the plan that passed had failed"; but "said this week that C",
 * "told the council that C"). The "that" is then a relative pronoun inside the clause, no
 * complementiser, and the clause is read from where it begins (as after a free relative subject,
 * "said what happened that night was …"); so is a "that" after "and", which
 * coordinates a second clause with the first.
 */
export function clauseBegun(ctx: Context, verb: number, after: number, that: number): boolean {
  const toks = ctx.tokens;
  // (past the addressee of a verb of telling: "told parliament the reforms that he proposed would …")
  // (a verb of telling without an addressee reads its clause at once: "warned taxes would rise")
  const object = OBJECT_VERBS.has(toks[verb].text.toLowerCase()) ? afterObject(ctx, verb) : -1;
  const from = object > 0 ? object : after;
  if (that <= from) return false;
  // "said taxes would rise and that schools would close": a "that" after a conjunction opens the
  // second of two coordinated clauses, the first of which has begun
  if (/^(and|or|but)$/.test(toks[that - 1].text) && that - 1 > from) return true;
  if (SUBJECT_PRONOUN.test(toks[from].text) || freeRelativeSubject(ctx, from, that + 4)) return true;
  for (let k = from; k < that; k++) if (FINITE_AUXILIARY.test(toks[k].text)) return true;
  if (!DETERMINER.test(toks[from].text)) return false;
  for (let k = from + 1; k < that; k++) if (PREPOSITIONS.has(toks[k].text) || /^[,;:]$/.test(toks[k].text)) return false;
  return !timeNoun(toks[that - 1].text);
}

/** Auxiliaries and adverbs between a relative pronoun and its verb ("who has long said"). */
const BEFORE_VERB = /^(has|have|had|will|would|could|may|might|should|must|can|also|then|later|again|once|since|\p{Ll}+ly)$/u;
/** Words after a comma that do not open the main clause's verb phrase. */
const NOT_MAIN_VERB = /^(and|or|but|nor|who|which|that|whom|whose|when|while|if|as|because|although|though|after|before|since|until|where|so|yet|then|not)$/;

/**
 * "Pell, who has said he will retire, declined to comment": a cue in a relative clause set off
 * by commas reports a clause that ends where the relative clause does, at the comma before the
 * main clause's verb (a lower-case word that is no conjunction, determiner, pronoun,
 * preposition, adverb in -ly or participle), once the reported clause has a verb ("who said the
 * bill, in its current form, was dead, left": not before "was"). The index of that comma, or -1.
 */
export function relativeClose(ctx: Context, verb: number, first: number, end: number): number {
  const toks = ctx.tokens;
  let k = verb - 1;
  while (k > first && BEFORE_VERB.test(toks[k].text)) k--;
  // (or with a subject of its own, the relative pronoun the reported clause's: "the mayor, who critics say has ignored the port, denied")
  for (let n = 0; n < 3 && k > first && !/^(who|which)$/.test(toks[k].text) && /^\p{L}/u.test(toks[k].text); n++) k--;
  if (!/^(who|which)$/.test(toks[k]?.text ?? '') || toks[k - 1]?.text !== ',') return -1;
  for (let c = verb + 2; c < end - 1; c++) {
    const w = toks[c + 1].text;
    if (toks[c].text === ',' && ctx.hasFiniteVerb(verb + 1, c) && /^\p{Ll}{2,}$/u.test(w) && !NOT_MAIN_VERB.test(w) && !DETERMINER.test(w) && !SUBJECT_PRONOUN.test(w) && !PREPOSITIONS.has(w) && !/(ly|ing)$/.test(w)) return c;
  }
  return -1;
}

/**
 * Conjunctions of contrast that, after a comma, may open a clause of their own ("…, though some
 * warned of risks"). Not "and", "so" or "while": the speaker's words often go on after them, and
 * cutting there cost the interviews' check half (claims 62.7 -> 61.8).
 */
const COORDINATOR = /^(but|yet|whereas|though|although)$/;
/** Determiners and quantifiers opening a subject noun phrase ("the jury", "its lawyers", "many analysts"). */
const SUBJECT_DETERMINER = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|several|all|both|no|few|other|another)$/i;
/** Adverbs and floating quantifiers between a subject and its verb ("the court later found", "they all agreed"). */
const BEFORE_FINITE = /^(also|later|then|still|now|soon|instead|all|both|too|\p{Ll}+ly)$/u;

/**
 * Whether a verb in the simple past opens at token j, past any adverbs: in -ed or irregular
 * (IRREGULAR_PAST): the narrative past of the writer ("but the jury rejected his account", "and
 * she blamed the unions"). A present ("but this number is very uncertain"), a modal or an
 * auxiliary ("but it would pay off", "but it was worth it": the reported clause's back-shifted
 * tense) may still be the speaker's; "did" is the narrative's ("but she did not say when").
 * The verb's index, or -1.
 */
function pastAt(ctx: Context, j: number, end: number): number {
  const toks = ctx.tokens;
  while (j < end && BEFORE_FINITE.test(toks[j].text)) j++;
  const w = toks[j]?.text ?? '';
  return j < end && (/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(w) || /^did(n['’]t)?$/.test(w)) ? j : -1;
}

/**
 * "The defendant claimed he was at home, but the jury rejected his account": a comma and a
 * conjunction of contrast (COORDINATOR: but, yet, whereas, though, although) opening a clause
 * with its own subject (a pronoun, a quantifier, a name, a noun phrase with a determiner, or a
 * plural noun for people: "but engineers warned") and a verb of its own in the simple past
 * (pastAt) end the clause a cue reports; what follows is the writer's narrative, or another
 * speaker's. The index of the comma in tokens `from` to `to`, or -1. (Not "said taxes would rise,
 * and that schools would close": no subject; not "said it was costly, but would pay off": no
 * subject of its own.)
 */
export function coordinateClause(ctx: Context, from: number, to: number): number {
  const toks = ctx.tokens;
  for (let k = from + 1; k < to - 3; k++) {
    if (toks[k].text !== ',' || !COORDINATOR.test(toks[k + 1].text)) continue;
    let j = k + 2;
    const w = toks[j].text;
    const named = ctx.actorAt.get(toks[/^the$/i.test(w) ? j + 1 : j]?.start ?? -1);
    // (a pronoun, or a quantifier standing for people: "though some warned of risks")
    if (/^(some|many|others|most|several|few|both|all|none)$/.test(w) && pastAt(ctx, j + 1, to) === j + 1) return k;
    if (/^(I|you|he|she|it|we|they)$/.test(w)) j++;
    else if (named) j = ctx.indexFrom(named.end);
    else if (SUBJECT_DETERMINER.test(w)) {
      // the noun phrase: up to four words, with one "of" ("the head of the agency")
      let n = 0;
      for (j++; j < to && n < 4 && /^[\p{L}'’-]+$/u.test(toks[j].text) && !FINITE_AUXILIARY.test(toks[j].text) && pastAt(ctx, j, to) !== j; j++, n++) {
        if (PREPOSITIONS.has(toks[j].text) && toks[j].text !== 'of') break;
      }
      if (n === 0) continue;
    } else if (/^\p{Ll}{3,}s$/u.test(w) && statingNoun(w)) j++;
    else continue;
    if (pastAt(ctx, j, to) >= 0) return k;
  }
  return -1;
}

/**
 * "Mara Voss, who spoke after Kolar, said Tarvik supported an open border": a name right after a
 * cue with a comma before it is no inverted speaker ("…, said Kolar, …") when a finite verb
 * follows it at once: it is the subject of the reported clause, and the cue's subject stands
 * before the comma. `end`: the end offset of the name after the cue.
 */
export function subjectOfClause(ctx: Context, end: number): boolean {
  const k = ctx.indexFrom(end);
  const next = ctx.tokens[k];
  return !!next && next.sentence === ctx.tokens[k - 1]?.sentence && /^\p{Ll}/u.test(next.text) && !PREPOSITIONS.has(next.text) && ctx.hasFiniteVerb(k, k + 1);
}

/**
 * "Kolar (2012) found that vegetation slows erosion, but our data do not support this", "Varga
 * argued that supply is constant, but we find that it varies": a comma and a conjunction of
 * contrast opening a clause whose subject is the first person (we, I, our/my and a noun) end a
 * third party's reported clause in any tense: reported speech gives its speaker's own first person
 * back in the third, so this is the writer answering. The index of the comma in tokens `from` to
 * `to`, or -1.
 */
export function writerClause(ctx: Context, from: number, to: number): number {
  const toks = ctx.tokens;
  for (let k = from + 1; k < to - 2; k++) {
    if (toks[k].text !== ',' || !COORDINATOR.test(toks[k + 1].text)) continue;
    const w = toks[k + 2].text;
    if (/^(we|I)$/.test(w)) return k;
    // (a noun phrase of the first person with a cue of its own is split as two claims already: "…, but our results show that C2")
    if (/^(our|my)$/.test(w) && /^\p{Ll}{3,}$/u.test(toks[k + 3]?.text ?? '') && !toks.slice(k + 4, to).some((_, n) => ctx.isCue(k + 4 + n))) return k;
  }
  return -1;
}
