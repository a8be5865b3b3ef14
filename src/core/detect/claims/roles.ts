/**
 * Titles standing for their holder: "Foreign Minister Lev Orlov met Pell. The minister said C",
 * "Orlov, the foreign minister, …": an unnamed speaker whose noun is a title ("the minister", "the
 * mayor", "the senator") stands for the nearest person named with that title before the name or
 * in apposition after it. News names the holder once and refers back by the title, often paragraphs
 * later ("Mayor Jonas Eld urged calm. ¶ "…," the mayor said"): what the paragraph cannot resolve,
 * the document pass resolves with each mention's title words (paragraphPass.ts).
 */
import { TITLES } from '../lexicon';
import type { ActorMention, Speaker } from '../types';
import type { Context } from './context';
import { nearestBefore } from './coreference';

/** The words, lower case, of the title before a person's name and of an apposition after it ("Lev Orlov, the foreign minister,"). */
export function titleWords(ctx: Context, a: ActorMention): string[] {
  const toks = ctx.tokens;
  const i = ctx.indexFrom(a.start);
  let k = i - 1;
  while (k >= i - 3 && toks[k] && TITLES.has(toks[k].text)) k--;
  const words = toks.slice(k + 1, i).map((t) => t.text.toLowerCase());
  const j = ctx.indexFrom(a.end);
  if (toks[j]?.text !== ',') return words;
  let e = j + 1;
  while (e <= j + 4 && toks[e] && toks[e].text !== ',') e++;
  return [...words, ...toks.slice(j + 1, e).map((t) => t.text.toLowerCase())];
}

/** Whether title words hold the noun a speaker needs and its modifiers (`needs`: the noun first). */
export function holds(words: readonly string[] | undefined, needs: readonly string[]): boolean {
  return !!words && needs.every((w) => words.includes(w));
}

/**
 * Resolves a title speaker to the nearest person named with that title in this paragraph; when
 * none is, the words a holder's title must have (the noun, then its modifiers: "the finance
 * minister" is not Foreign Minister Orlov), for the document pass. Undefined when the speaker is
 * no title or was resolved here.
 */
export function titled(ctx: Context, sp: Speaker, hidden: ReadonlySet<ActorMention>): string[] | undefined {
  const word = sp.actor;
  if (!/^\p{Ll}{3,}$/u.test(word) || !TITLES.has(word.charAt(0).toUpperCase() + word.slice(1))) return undefined;
  const toks = ctx.tokens;
  const needs = [word];
  for (let k = ctx.indexFrom(sp.end) - 2; k >= 0 && needs.length < 3 && /^\p{L}+$/u.test(toks[k].text) && !/^(the|a|an|this|that|its|their|our)$/i.test(toks[k].text); k--) needs.push(toks[k].text.toLowerCase());
  const a = nearestBefore(ctx.actors, sp.start, 'person', { skip: (m) => hidden.has(m) || !holds(titleWords(ctx, m), needs) });
  if (!a) return needs;
  sp.actor = a.actor;
  sp.via = a.start;
  return undefined;
}
