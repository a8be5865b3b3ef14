/**
 * A name in apposition to a noun for a relative or a companion ("his mother, Ingrid", "her father
 * Anders", "two daughters, Anna and Lise", "his colleague Piet"): the name is a person's, whatever
 * the word is otherwise (biographies name a subject's family by given name alone).
 */
import type { Token } from '../tokens';

/**
 * Nouns for relatives and companions: WordNet 3.0's relative.n.01 (kin terms, gendered and not),
 * spouse.n.01 and the companions of associate.n.01 / friend.n.01, singular and plural.
 */
const RELATIVES = new Set(`mother father son daughter brother sister wife husband uncle aunt nephew niece cousin grandmother grandfather
  grandson granddaughter stepmother stepfather stepson stepdaughter parent child sibling spouse partner fiance fiancee widow widower
  friend colleague companion mentor tutor pupil student teacher mothers fathers sons daughters brothers sisters wives husbands uncles
  aunts nephews nieces cousins parents children siblings partners friends colleagues companions students pupils twins twin`.split(/\s+/));

/** Possessives and numerals that open the noun's phrase ("his mother", "two daughters", "the couple's son"). */
const OPENER = /^(his|her|their|my|our|whose|two|three|four|five|both)$|['’]s$/i;

/**
 * Whether the name at token k stands in apposition after such a noun with a possessive or a
 * numeral before it ("her father, Anders,"; "his wife Clara"), or is the next conjunct of one
 * ("daughters, Anna and Lise").
 */
export function relativeNamed(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (/^(and|&)$/.test(tokens[j]?.text ?? '') && tokens[j - 1]?.cap) {
    // the conjunct before: a single name after the noun (and a comma)
    j -= 2;
  }
  if (tokens[j]?.text === ',') j--;
  const noun = tokens[j];
  return !!noun && noun.sentence === tokens[k].sentence && RELATIVES.has(noun.text) && OPENER.test(tokens[j - 1]?.text ?? '');
}
