/**
 * "According to S": the source after "according to" (a known actor, the actor after "by" in the
 * phrase, "a statement released by the council", or the short phrase that names it, "an Internet
 * posting", up to a postmodifier, "a senior official familiar with the plan"), and the claim on
 * either side of it: after the source and its comma ("According to S, C"), after a source named
 * without one ("According to S C"), after a source in a clause ("… which, according to S, C"),
 * or before it ("C, according to S.", "C according to S.").
 */
import { TITLES } from '../lexicon';
import type { ClaimMention, Span, Speaker } from '../types';
import type { Context } from './context';
import { claimEnd } from './ends';
import { subjectAfter } from './speakers';

/** Words that open a postmodifier of an unnamed source: "familiar with", "close to", "who". */
const POSTMODIFIER = /^(familiar|close|briefed|knowledgeable|involved|with|who|which|that)$/;

/** The actor after "by" in a short phrase from token k to `last` ("a statement released by the council"). */
function agentOf(ctx: Context, k: number, last: number): Speaker | null {
  const by = ctx.find(k, last, 'by');
  if (by < 0) return null;
  const a = ctx.actorAt.get(ctx.tokens[/^the$/i.test(ctx.tokens[by + 1]?.text ?? '') ? by + 2 : by + 1]?.start ?? -1);
  return a && a.end <= ctx.tokens[last].end ? { start: a.start, end: a.end, text: a.text, actor: a.actor } : null;
}

/**
 * The claim whose source "according" at token i (before "to") names in sentence s (token range),
 * outside quotations: false when none of its frames matches, else the claim (undefined when its
 * span is empty).
 */
export function accordingTo(ctx: Context, s: Span, i: number, inQuote: (offset: number) => boolean): ClaimMention | undefined | false {
  const toks = ctx.tokens;
  const t = toks[i];
  let comma = ctx.find(i + 2, s.end, ',');
  // "According to S, who spoke on condition of anonymity, C": past the relative clause on S
  if (comma > 0 && /^(who|which)$/.test(toks[comma + 1]?.text ?? '')) {
    const next = ctx.find(comma + 2, s.end, ',');
    if (next > 0) comma = next;
  }
  // the source: a known actor, or whatever short phrase names it ("an Internet posting")
  const last = comma >= 0 && comma - i <= 10 ? comma - 1 : Math.min(s.end - 1, i + 6);
  const phrase = (): Speaker | null => {
    // (the noun phrase ends before a postmodifier: "a senior official familiar with the plan",
    // "sources close to the minister", "two people briefed on the talks", "officials who …")
    const post = toks.slice(i + 3, last + 1).findIndex((x) => POSTMODIFIER.test(x.text));
    let e = post >= 0 ? i + 2 + post : last;
    while (e > i + 1 && /^[.!?,;:"”]$/.test(toks[e].text)) e--;
    return e > i + 1 ? { start: toks[i + 2].start, end: toks[e].end, text: ctx.text.slice(toks[i + 2].start, toks[e].end), actor: ctx.text.slice(toks[i + 2].start, toks[e].end).replace(/^(the|a|an) /i, '') } : null;
  };
  // ("a statement released by the council": the actor after "by" the source names)
  const speaker = agentOf(ctx, i + 2, last) ?? subjectAfter(ctx, i + 1) ?? phrase();
  if (i === s.start && comma >= 0 && speaker) {
    const start = toks[comma + 1]?.start;
    if (start !== undefined) return ctx.claim(start, claimEnd(ctx, s, i, inQuote), 'indirect', ctx.cue(t), speaker);
  }
  // According to S C.  (no comma: the claim starts after the named source)
  const named = ctx.actorAt.get(toks[i + 2]?.start ?? -1)
    ?? (/^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? ctx.actorAt.get(toks[i + 3]?.start ?? -1) : undefined);
  if (i === s.start && comma < 0 && named) {
    const after = ctx.indexFrom(named.end);
    if (toks[after] && after < s.end - 1) return ctx.claim(toks[after].start, claimEnd(ctx, s, i, inQuote), 'indirect', ctx.cue(t), { start: named.start, end: named.end, text: named.text, actor: named.actor });
  }
  // (a source named in capitals that is no actor, up to a title or a name: "According to the
  // Arts and Humanities Citation Index Professor Kolar is …")
  if (i === s.start && comma < 0 && !named) {
    const from = /^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? i + 3 : i + 2;
    let e = from;
    while (e < s.end && (toks[e].cap || /^(and|of|for|&)$/.test(toks[e].text) && toks[e + 1]?.cap) && !TITLES.has(toks[e].text) && !(e > from && ctx.actorAt.has(toks[e].start))) e++;
    if (e - from >= 2 && toks[e - 1].cap && e < s.end - 2 && (TITLES.has(toks[e].text) || ctx.actorAt.has(toks[e].start))) {
      const src = ctx.text.slice(toks[from].start, toks[e - 1].end);
      return ctx.claim(toks[e].start, claimEnd(ctx, s, i, inQuote), 'indirect', ctx.cue(t), { start: toks[from].start, end: toks[e - 1].end, text: src, actor: src });
    }
  }
  if (i > s.start + 1 && toks[i - 1].text === ',' && speaker) {
    // "… which, according to S, C": what follows the source; "C, according to S.": what precedes it
    if (comma > 0 && comma - i <= 10 && toks[comma + 3] && comma + 3 < s.end && ctx.hasFiniteVerb(comma + 1, s.end)) {
      return ctx.claim(toks[comma + 1].start, claimEnd(ctx, s, i, inQuote), 'indirect', ctx.cue(t), speaker);
    }
    return ctx.claim(toks[s.start].start, toks[i - 2].end, 'indirect', ctx.cue(t), speaker);
  }
  // C according to S.  (the source closes the sentence)
  if (i > s.start + 3 && speaker && s.end - i <= 10 && !/^[,;:"“”]$/.test(toks[i - 1].text) && !inQuote(toks[s.start].start)) {
    return ctx.claim(toks[s.start].start, toks[i - 1].end, 'indirect', ctx.cue(t), speaker);
  }
  return false;
}
