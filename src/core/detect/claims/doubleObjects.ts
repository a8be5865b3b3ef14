/**
 * Double objects, the object_object frame (frames.ts): a recipient and then what is committed to
 * them, the claim ("S promised voters a referendum", "offered the unions a new contract"), with no
 * verb after them; reported.ts asks doubleObject before it reads the words after such a cue as a
 * clause ("promised voters taxes would fall" is one).
 */
import { cueVerb } from '../cues';
import { FINITE_AUXILIARY } from '../lexicon';
import { contentNoun, statingNoun } from '../nouns';
import type { Context } from './context';

/**
 * The index after the recipient of a double-object verb at token j ("promised voters a
 * referendum", "offered the unions a new contract", "pledged the town a new school"): someone
 * named, an object pronoun ("her" only before an article: "promised her a job", not "pledged her
 * support"), a plural noun for people ("voters"), or a determiner and up to two words ending in a
 * noun for people, a body or a place ("the town", "the striking workers"); -1 when none.
 */
export function recipientEnd(ctx: Context, j: number, end: number): number {
  const toks = ctx.tokens;
  const w = toks[j].text;
  const named = ctx.actorAt.get(toks[j].start);
  if (named) return ctx.indexFrom(named.end);
  if (/^(him|them|us|me|you)$/.test(w) || w === 'her' && /^(a|an|the)$/.test(toks[j + 1]?.text ?? '')) return j + 1;
  if (/^\p{Ll}{3,}s$/u.test(w) && statingNoun(w) && !contentNoun(w)) return j + 1;
  if (!/^(the|its|their|his|her|our|local|all)$/.test(w)) return -1;
  for (let k = j + 1; k < end && k <= j + 3 && /^\p{Ll}{2,}$/u.test(toks[k].text); k++) {
    if (statingNoun(toks[k].text) && !contentNoun(toks[k].text)) return k + 1;
  }
  return -1;
}

/**
 * "promised voters a referendum": whether the words after a double-object cue at token i are a
 * recipient and what is committed, with no verb of their own (no clause: "promised voters taxes
 * would fall" is one).
 */
export function doubleObject(ctx: Context, i: number, end: number): boolean {
  const verb = cueVerb(ctx.tokens[i].text.toLowerCase());
  if (!verb?.frames.includes('object_object')) return false;
  const k = recipientEnd(ctx, i + 1, end);
  if (k < 0 || !themeAt(ctx, k, end)) return false;
  for (let n = k; n < end && !/^[,;:.!?]$/.test(ctx.tokens[n].text); n++) {
    const w = ctx.tokens[n].text;
    if (FINITE_AUXILIARY.test(w) || /^\p{Ll}{3,}ed$/u.test(w) && n > k) return false;
  }
  return true;
}

/** Whether what is committed, a noun phrase, opens at token k: a determiner, an amount, or a noun for an act or a thing had ("compensation", "support"). */
export function themeAt(ctx: Context, k: number, end: number): boolean {
  const w = ctx.tokens[k]?.text ?? '';
  if (k >= end) return false;
  return /^(a|an|the|more|new|further|some|another|full|better|higher|free)$/.test(w) || /^[$£€\p{N}]/u.test(w) || /^\p{Ll}{3,}$/u.test(w) && contentNoun(w);
}
