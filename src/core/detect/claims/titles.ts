/**
 * Titles outside a name ("Senator", "Gen.", "Prime Minister"): the walks past them that find the
 * name a title stands before, and the word before a titled name.
 */
import { TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { Context } from './context';

/** Whether token k is a title outside a name ("Senator", "Gen.", "Prime Minister"). */
function titleAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && TITLES.has(t.text.replace(/\.$/, '')) && !ctx.actorAt.has(t.start);
}

/** The index of the token after "the", "a" or "an" at token j and up to three titles outside a name ("the Foreign Minister Lev Orlov": "Lev"). */
export function pastTitles(ctx: Context, j: number): number {
  if (/^(the|a|an)$/i.test(ctx.tokens[j]?.text ?? '')) j++;
  for (let n = 0; n < 3 && titleAt(ctx, j); n++) j++;
  return j;
}

/** The actor named from token j on, past "the", "a" or "an" and up to three titles outside the name ("for the Foreign Minister Lev Orlov"). */
export function nameFrom(ctx: Context, j: number): ActorMention | undefined {
  return ctx.actorAt.get(ctx.tokens[pastTitles(ctx, j)]?.start ?? -1);
}

/** The index of the token before a name starting at `offset`, past up to three titles outside it ("to Senator Hal Vell": "to"). */
export function beforeTitles(ctx: Context, offset: number): number {
  let k = ctx.indexFrom(offset) - 1;
  for (let n = 0; n < 3 && titleAt(ctx, k); n++) k--;
  return k;
}
