/**
 * Attributions inside a claim, which are claims of their own: "S said she believed C" (C, by
 * "she"), "S has learned that according to R, C" (C, by R) and, in a quotation, "I think C" (C,
 * by the quotation's speaker).
 */
import { CLAUSE_VERBS, THINK_VERBS } from '../lexicon';
import type { ClaimMention, Speaker } from '../types';
import type { Context } from './context';
import { pronoun } from './coreference';
import { subjectAfter } from './speakers';

export function nested(ctx: Context, claim: ClaimMention): ClaimMention[] {
  const out: ClaimMention[] = [];
  const toks = ctx.tokens;
  const end = claim.end;
  const innerClaim = (verb: number, speaker: Speaker, stop: number): ClaimMention | undefined => {
    let c = verb + 1;
    if (toks[c]?.text === 'that') c++;
    const next = toks[c];
    if (!next || next.start >= stop || /^[.,;:!?"“”]$/.test(next.text)) return undefined;
    let e = stop;
    while (e > next.start && /[\s"”’»]/u.test(ctx.text[e - 1])) e--;
    return { start: next.start, end: e, text: ctx.text.slice(next.start, e), kind: claim.kind === 'direct' ? 'direct' : 'indirect', cue: ctx.cue(toks[verb]), speaker };
  };
  if (claim.kind !== 'direct' && !claim.fragments) {
    const i = ctx.indexFrom(claim.start);
    // "S has learned that according to R, C": C, by R
    if (toks[i]?.text.toLowerCase() === 'according' && toks[i + 1]?.text === 'to') {
      const comma = ctx.find(i + 2, Math.min(ctx.indexFrom(end), i + 14), ',');
      if (comma > i + 2 && toks[comma + 1] && toks[comma + 1].start < end) {
        const src = /^(the|a|an)$/i.test(toks[i + 2].text) ? i + 3 : i + 2;
        const from = toks[i + 2].start;
        const named = ctx.actorAt.get(toks[src]?.start ?? -1);
        const speaker: Speaker = named ? { start: named.start, end: named.end, text: named.text, actor: named.actor }
          : { start: from, end: toks[comma - 1].end, text: ctx.text.slice(from, toks[comma - 1].end), actor: ctx.text.slice(toks[src].start, toks[comma - 1].end) };
        out.push({ start: toks[comma + 1].start, end, text: ctx.text.slice(toks[comma + 1].start, end), kind: 'indirect', cue: ctx.cue(toks[i]), speaker });
      }
    }
    const inner = pronoun(ctx, i) ?? (ctx.actorAt.has(toks[i]?.start ?? -1) ? subjectAfter(ctx, i - 1) : null);
    if (inner) {
      let v = ctx.indexFrom(inner.end);
      if (/^(also|still|now|then|had|has|have)$/i.test(toks[v]?.text ?? '')) v++;
      const verb = toks[v];
      if (verb && CLAUSE_VERBS.has(verb.text.toLowerCase()) && verb.start < end) {
        const c = innerClaim(v, inner, end);
        if (c) out.push(c);
      }
    }
  }
  if (claim.kind !== 'indirect') {
    // "I think C" inside a quotation: C, by the speaker of the quotation, to the end of that sentence
    for (let k = ctx.indexFrom(claim.start); k < toks.length - 1 && toks[k].start < end; k++) {
      if (toks[k].text !== 'I' || !THINK_VERBS.has(toks[k + 1].text)) continue;
      const sentence = toks[k].sentence;
      let last = k + 1;
      while (last + 1 < toks.length && toks[last + 1].sentence === sentence && toks[last + 1].start < end) last++;
      const sp = claim.speaker;
      const speaker: Speaker = { start: toks[k].start, end: toks[k].end, text: 'I', actor: sp?.actor ?? 'I' };
      if (sp) speaker.via = sp.via ?? (ctx.actorAt.has(sp.start) ? sp.start : undefined);
      const c = innerClaim(k + 1, speaker, Math.min(end, toks[last].end));
      if (c) out.push(c);
    }
  }
  return out;
}
