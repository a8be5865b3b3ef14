/**
 * The head of a subject that goes on with a prepositional phrase ("Counsel for the appellant",
 * "the mother of the victim"): the object of the preposition is never the subject (speakers.ts
 * reads the noun right before the verb; this finds the noun before the preposition).
 */
import { NOT_SUBJECTS } from '../lexicon';
import { statingNoun } from '../nouns';
import type { Context } from './context';

/**
 * The noun for someone at token k (and its article before it), when "for" or "of" follows it:
 * the phrase's first token and the noun in lower case; undefined when token k is no such noun.
 */
export function prepositionalHead(ctx: Context, k: number): { start: number; noun: string } | undefined {
  const n = ctx.tokens[k];
  if (!n || !/^(for|of)$/.test(ctx.tokens[k + 1]?.text ?? '') || !/^\p{L}\p{Ll}{2,}$/u.test(n.text) || !statingNoun(n.text) || NOT_SUBJECTS.has(n.text.toLowerCase())) return undefined;
  return { start: /^(the|a|an)$/i.test(ctx.tokens[k - 1]?.text ?? '') && ctx.tokens[k - 1].sentence === n.sentence ? k - 1 : k, noun: n.text.toLowerCase() };
}
