/**
 * Stage 0 of the claims pipeline: the base form of a cue that is mostly a noun ("claim", "report",
 * "fear", "demand", "note": no cue by itself) read as a verb where English syntax allows only a
 * verb, a plural or first- or second-person subject or a modal right before it, and a that-clause
 * (or a clause with an auxiliary, "Officials fear the death toll will rise") after it: "They claim that C", "Residents fear that C", "Critics note that C", "we demand that
 * C", "Pell would later claim that C". After a
 * determiner or a possessive it stays a noun ("the claim that C", "the residents' fear that C").
 * The later stages see such a word as the cue's third-person form; its text in the output is the
 * text's own.
 */
import { nounlikeBase } from '../cues';
import { FINITE_AUXILIARY } from '../lexicon';
import { statingNoun } from '../nouns';
import type { Token } from '../tokens';

/** Subjects that take the base form of a verb in the present. */
const BASE_FORM_PRONOUNS = /^(i|we|you|they)$/i;
/** Adverbs that may stand between a subject and its verb ("they also claim", "critics often fear"). */
const MID_ADVERBS = /^(also|still|often|now|then|later|never|generally|usually|always|repeatedly|openly|publicly|widely|rightly|long)$/i;

/** The tokens, with each such base form given its third-person form as text. */
export function readBaseVerbs(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const third = nounlikeBase(t.text);
    if (!third || !(tokens[i + 1].text === 'that' || clauseAfter(tokens, i + 1)) || tokens[i + 1].sentence !== t.sentence) continue;
    let s = i - 1;
    if (MID_ADVERBS.test(tokens[s].text) && s > 0) s--;
    const subject = tokens[s];
    const modal = /^(will|would|can|could|may|might|must|should|do|did|does|not|n't)$/i.test(subject.text);
    if (subject.sentence !== t.sentence || !modal && !pluralSubject(subject.text) && !citedAuthors(tokens, s)) continue;
    out ??= tokens.slice();
    out[i] = { ...t, text: third };
  }
  return out ?? tokens;
}

/** Words that open the subject of a clause without "that" ("Officials fear the death toll will rise"). */
const CLAUSE_SUBJECT = /^(the|this|these|those|his|her|its|their|our|it|he|she|they|we|I|you|there|more|many)$/;

/**
 * Whether a clause without "that" opens at token k: a word opening its subject, then within
 * six words an auxiliary or modal ("fear the death toll will rise", "claim the vote was rigged";
 * not "fear the worst").
 */
function clauseAfter(tokens: readonly Token[], k: number): boolean {
  if (!CLAUSE_SUBJECT.test(tokens[k].text)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 6 && tokens[j].sentence === tokens[k].sentence; j++) {
    if (/^[,;:.!?"“”]$/.test(tokens[j].text)) return false;
    if (FINITE_AUXILIARY.test(tokens[j].text)) return true;
  }
  return false;
}

/** A subject pronoun that takes the base form, or a plural noun for people, groups or documents ("residents", "Critics", "reports"). */
function pluralSubject(word: string): boolean {
  return BASE_FORM_PRONOUNS.test(word) || /^\p{L}[\p{Ll}-]+[^s]s$/u.test(word) && statingNoun(word);
}

/**
 * Two names joined by "and" or "&", or a name and "et al.", ending at token k, maybe with a year
 * cited in parentheses: a plural subject ("Brask and Lund report that C", "Kolar et al. (2015)
 * claim that C").
 */
function citedAuthors(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text === ')' && /^\d{4}[a-z]?$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === '(') k -= 3;
  const a = tokens[k];
  const b = tokens[k - 1];
  if (a?.text === 'al.' && b?.text === 'et') return true;
  return !!a?.cap && /^(and|&)$/.test(b?.text ?? '') && !!tokens[k - 2]?.cap && a.sentence === tokens[k - 2].sentence;
}
