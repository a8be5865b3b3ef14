/**
 * Where a claim of reported speech that runs to the end of its sentence ends: before the closing
 * punctuation; with the relative clause set off by commas that holds the cue; and before what
 * closes the sentence after a comma but is no part of the claim, a second cue with its own short
 * subject ("Most voters believe C, a new poll shows.") or the writer's relative clause on the
 * claim ("Prosecutors said Kolar stole the funds, which he denies.").
 */
import { cueVerb } from '../cues';
import { FINITE_AUXILIARY } from '../lexicon';
import type { Span } from '../types';
import type { Context } from './context';
import { relativeClose } from './clauses';

/** The end (an offset) of the claim of the cue at token `cueAt` that runs to the end of sentence s (token range). */
export function claimEnd(ctx: Context, s: Span, cueAt: number, inQuote: (offset: number) => boolean): number {
  const toks = ctx.tokens;
  // (a cue in a relative clause set off by commas: the clause ends with the relative clause)
  const close = relativeClose(ctx, cueAt, s.start, s.end);
  if (close > 0) return toks[close - 1].end;
  let e = s.end - 1;
  while (e > s.start && /^[.!?"”’»)]$/.test(toks[e].text)) e--;
  // "Most voters believe C, a new poll shows.": a second cue closing the sentence after a comma,
  // with its own short subject, is no part of the claim
  const c = ctx.lastIndexOf(cueAt + 2, e, ',');
  if (c > 0 && e - c >= 2 && e - c <= 6 && ctx.isCue(e) && !inQuote(toks[c].start)
    && toks.slice(c + 1, e).every((w) => /^[\p{L}\p{N}'’.-]+$/u.test(w.text) && !/^(as|is|are|was|were|has|have|had|will|would|and|but|who|which|that)$/i.test(w.text))) return toks[c - 1].end;
  // "Prosecutors said Kolar stole the funds, which he denies.": a relative clause on the claim
  // closing the sentence, whose verb of the lexicon answers it, is the writer's
  if (c > 0 && toks[c + 1]?.text === 'which' && e - c >= 3 && e - c <= 6 && !!cueVerb(toks[e].text) && !inQuote(toks[c].start)
    && toks.slice(c + 2, e).every((w) => /^[\p{L}'’-]+$/u.test(w.text) && !FINITE_AUXILIARY.test(w.text) || /^(has|have|had)$/.test(w.text))) return toks[c - 1].end;
  return toks[e].end;
}
