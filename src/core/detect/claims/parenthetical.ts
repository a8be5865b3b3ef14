/**
 * A cue after its content, set off by a comma: "C, S said." and "C, said S." (what stands before
 * the comma is the claim, when nothing but a short tail follows the cue: "…, Pell told
 * reporters.", "…, officials said on Monday."), and the parenthesis inside the claim, "Port
 * tenants, said Kolar, must renew their leases" (the sentence around it, one claim in two
 * fragments; splits.ts reads "C1, S said, adding C2" as two claims).
 */
import { cueForm } from '../cues';
import { OBJECT_VERBS, REPRESENTATIVES } from '../lexicon';
import type { ClaimMention, Span, Speaker } from '../types';
import type { Context } from './context';
import { afterObject, appositionCloses, nounOfSpeechBetween, shortTail, speakerComma } from './between';
import { claimEnd } from './ends';
import { subjectAfter } from './speakers';

/**
 * The claim of the cue at token i, past the sentence's second token, after its content in
 * sentence s (token range), outside quotations (w, the cue's word with its capital lowered;
 * `subject`, the subject before it, if any): false when it takes none, else the claim (undefined
 * when its span is empty).
 */
export function parentheticalClaim(ctx: Context, s: Span, i: number, w: string, subject: Speaker | null, inQuote: (offset: number) => boolean): ClaimMention | undefined | false {
  const toks = ctx.tokens;
  const t = toks[i];
  const after = subject ? null : subjectAfter(ctx, i);
  const speaker = subject ?? after;
  const last = ctx.lastIndexOf(s.start, i, ',');
  // (the comma that opens the speaker with its apposition: "C, Pell, the mayor, said"; a
  // relative clause after the comma is no parenthesis: "The bill, which Aske wrote, will
  // fail" (Aske wrote the bill, said nothing), "He read the bill, which Aske wrote.")
  const comma = /^(which|who|whom|whose)$/i.test(toks[last + 1]?.text ?? '') ? -1 : speaker ? speakerComma(ctx, last, speaker, s.start) : last;
  const next = toks[after ? ctx.indexFrom(after.end) : i + 1];
  // what follows the cue closes the sentence: nothing, or a short tail with no clause in it
  // ("…, Pell told reporters.", "…, officials said on Monday.")
  // (the tail only after a finite cue right after the comma with its subject: "…, Pell told O")
  const finite = /^(past|third)$/.test(cueForm(t.text.toLowerCase()) ?? '') || /^(said|told)$/.test(w);
  const tight = after ? i === comma + 1 : !!speaker && ctx.indexFrom(speaker.start) <= comma + 2 && ctx.indexFrom(speaker.end) >= i - 1;
  // (or a participle phrase set off by a comma: "…, officials said, speaking on condition of anonymity")
  const tail = after ? ctx.indexFrom(after.end) : i + 1;
  const adjunct = toks[tail]?.text === ',' && /^\p{Ll}+ing$/u.test(toks[tail + 1]?.text ?? '') && shortTail(ctx, tail + 2, s.end);
  // (past a tail, what stands before the comma must be a clause: "Following a Bayesian
  // approach, we estimated the coefficient" is a verb with its object, no parenthetical cue)
  // (or an apposition on an inverted speaker: "…, said Pell, the mayor of Orsa")
  const ends = !next || next.sentence !== t.sentence || /^[.!?]$/.test(next.text) || !!after && appositionCloses(ctx, tail, s.end)
    || finite && tight && comma > 0 && (shortTail(ctx, tail, s.end) || adjunct) && ctx.hasFiniteVerb(s.start, comma);
  const quoted = comma > 0 && inQuote(toks[comma].start) || /^["“«]$/.test(toks[s.start].text);
  // (the cue near the comma, or only its speaker between: "…, the director of the Orsa Institute said")
  // (or a representative's phrase before its principal: "…, a spokesman for the Orsa Ministry of Defence said")
  const near = i - comma <= 6 || comma < last || !!speaker && speaker.end === toks[i - 1].end
    && (ctx.indexFrom(speaker.start) <= comma + 2 || ctx.indexFrom(speaker.start) <= comma + 5 && REPRESENTATIVES.has(toks[comma + 2]?.text ?? ''));
  if (speaker && ends && !quoted && i > s.start + 3 && comma > s.start + 2 && near && !nounOfSpeechBetween(ctx, comma, speaker)) {
    return ctx.claim(toks[s.start].start, toks[comma - 1].end, 'indirect', ctx.cue(t), speaker);
  }
  // "Port tenants, said Kolar, must renew their leases": the sentence around the parenthesis
  // (not when a quotation follows: 'When asked whether C, S responded, "…"' attributes the
  // quotation, and the question before the cue is no part of it)
  // (past the addressee of a verb of telling: "The talks, S told reporters, had failed")
  const addressed = !after && OBJECT_VERBS.has(w) ? afterObject(ctx, i) : -1;
  const pause = addressed > 0 ? toks[addressed] : next;
  const resume = pause?.text === ',' ? ctx.indexFrom(pause.end) : -1;
  if (speaker && resume > 0 && toks[resume] && resume < s.end - 1 && !quoted && !/^["“«]$/.test(toks[resume].text) && comma > s.start && i - comma <= 6
    && !inQuote(toks[resume].start) && ctx.hasFiniteVerb(resume, s.end)) {
    const first: [number, number] = [toks[s.start].start, toks[comma - 1].end];
    const second: [number, number] = [toks[resume].start, claimEnd(ctx, s, i, inQuote)];
    const claim = ctx.claim(first[0], second[1], 'indirect', ctx.cue(t), speaker);
    if (claim) claim.fragments = [first, second];
    return claim;
  }
  return false;
}
