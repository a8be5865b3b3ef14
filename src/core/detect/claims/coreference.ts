/**
 * Stage 5, coreference: a pronoun or role noun standing for a speaker ("she said", "the ministry
 * said") resolved to the nearest actor before it that fits; what this paragraph cannot resolve is
 * marked for the document pass.
 */
import { NONPERSON_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, ROLE_NOUNS, UNNAMED_SPEAKERS } from '../lexicon';
import { lastAtOrBefore } from '../search';
import type { ActorMention, Speaker } from '../types';
import type { Context } from './context';

/** Whether an actor can be what a pronoun or role noun of this kind stands for. */
export function fits(a: ActorMention, refer: NonNullable<Speaker['refer']>): boolean {
  if (refer === 'person') return a.type === 'person';
  if (refer === 'nonperson') return a.type !== 'person';
  return a.type !== 'person' && a.type !== 'location';
}

/** The nearest actor ending before an offset that fits, looking back at most 200 mentions. */
export function nearestBefore(actors: readonly ActorMention[], offset: number, refer: NonNullable<Speaker['refer']>): ActorMention | undefined {
  for (let k = lastAtOrBefore(actors, (a) => a.end, offset), n = 0; k >= 0 && n < 200; k--, n++) {
    if (fits(actors[k], refer)) return actors[k];
  }
  return undefined;
}

/**
 * A pronoun or role noun at token i, resolved to the nearest fitting actor before it in this
 * text; when there is none here, marked for the document pass to resolve.
 */
export function pronoun(ctx: Context, i: number): Speaker | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const w = t.text;
  let refer: Speaker['refer'];
  if (PERSON_PRONOUNS.has(w)) refer = 'person';
  else if (PLURAL_PRONOUNS.has(w) || NONPERSON_PRONOUNS.has(w)) refer = 'nonperson';
  else if (ROLE_NOUNS.has(w.toLowerCase())) refer = 'body';
  else if (UNNAMED_SPEAKERS.has(w.toLowerCase())) return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase() };
  if (!refer) return null;
  const a = nearestBefore(ctx.actors, t.start, refer);
  if (a) return { start: t.start, end: t.end, text: t.text, actor: a.actor, via: a.start };
  return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase(), refer };
}
