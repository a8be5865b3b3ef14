/**
 * An indirect question after "asked" ("Asked whether she expected Holm to resign, Tann replied,
 * "…"", "Kolar, asked if he thought the deal was dead, said") asserts nothing: a cue inside it
 * ("expected", "thought") reports no claim of anyone, and a claim read from it would swallow the
 * answer after its comma. The question runs from its wh-word or "whether"/"if" to the next comma,
 * semicolon or quotation mark.
 */
import type { ClaimMention } from '../types';
import type { Context } from './context';

/** Words opening an indirect question after "asked" (and an object pronoun: "asked him whether"). */
const QUESTION = /^(whether|if|what|why|how|when|who)$/i;

/** Whether a claim's cue stands inside an indirect question after "asked". */
export function inQuestion(ctx: Context, c: ClaimMention): boolean {
  if (!c.cue) return false;
  const toks = ctx.tokens;
  const q = ctx.indexFrom(c.cue.start);
  const sentence = toks[q]?.sentence;
  for (let k = q - 1; k > 0 && k >= q - 15 && toks[k].sentence === sentence; k--) {
    if (/^[,;:"“”«»]$/.test(toks[k].text)) return false;
    if (!QUESTION.test(toks[k].text)) continue;
    let a = k - 1;
    if (/^(him|her|them|us|me)$/i.test(toks[a]?.text ?? '')) a--;
    return /^asked$/i.test(toks[a]?.text ?? '');
  }
  return false;
}
