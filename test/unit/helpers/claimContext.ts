import { detectActors } from '../../../src/core/detect/actors';
import { Context } from '../../../src/core/detect/claims/context';
import { tokenize } from '../../../src/core/detect/tokens';

/** A paragraph's claim context, as the detector makes it: tokens and actor mentions. */
export function contextOf(text: string): Context {
  const tokens = tokenize(text);
  return new Context(text, tokens, detectActors(text, tokens).mentions);
}

/** Index of the first token with this text (after token `from`). */
export function tokenIndex(ctx: Context, word: string, from = 0): number {
  const i = ctx.tokens.findIndex((t, k) => k >= from && t.text === word);
  if (i < 0) throw new Error(`no token "${word}"`);
  return i;
}
