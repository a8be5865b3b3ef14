/**
 * Stage 2c, support constructions: a saying or a stance carried by a light verb or a copula with
 * another word, where no verb of the cue lexicon takes the complement itself:
 *   As S put it, C / C, as S put it          (FrameNet Encoding)
 *   As S said, C / C, as the report notes    (the same manner clause with a verb of saying)
 *   S made (it) clear (that) C               (FrameNet Statement; WordNet make clear)
 *   S is opposed to C / S is critical of C   (FrameNet Taking_sides, Judgment_communication)
 */
import { cueForm } from '../cues';
import { PREPOSITIONS } from '../lexicon';
import type { ClaimMention, CueClass, Span } from '../types';
import type { Context } from './context';
import { participleAfter } from './frames';
import { DETERMINER } from './objects';
import { active, speakerLike } from './verbSubject';
import { subjectBefore } from './speakers';

/** What opens a clause without its complementiser: a subject pronoun or a determiner ("made clear she …", "made clear the budget …"). */
const CLAUSE_SUBJECT = /^(I|you|he|she|it|we|they|there|the|a|an|this|these|those|his|her|its|their|our|no|any)$/i;

/**
 * "As S put it, C" / "C, as S put it.": the manner clause of FrameNet's Encoding frame ("put" with
 * "it", the way something was said) attributes the main clause to its subject.
 */
export function asPutIt(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  const toks = ctx.tokens;
  // (or a verb of saying in the past or present: "As Pell said, C", "C, as the report notes")
  const saying = (i: number): boolean => /^(past|third)$/.test(cueForm(toks[i].text) ?? '') && ctx.isCue(i) && !ctx.actorCovering(toks[i].start);
  for (let k = s.start; k < s.end - 3; k++) {
    if (!/^as$/i.test(toks[k].text) || inQuote(toks[k].start)) continue;
    let v = k + 2;
    while (v < s.end - 1 && v <= k + 6 && !/^(put|puts)$/.test(toks[v].text) && !saying(v)) v++;
    const put = /^(put|puts)$/.test(toks[v]?.text ?? '') && toks[v + 1]?.text === 'it';
    if (!put && !saying(v)) continue;
    const subject = subjectBefore(ctx, v, k + 1);
    if (!subject || !speakerLike(ctx, subject, v)) continue;
    const cue = put ? { ...ctx.cue(toks[v]), class: 'speech' as const } : ctx.cue(toks[v]);
    // (an adverb of manner may follow: "as she put it bluntly"; after a verb of saying, a short
    // phrase of time or place: "As Pell said in May, C")
    let after = put ? v + 2 : v + 1;
    if (/^\p{Ll}+ly$/u.test(toks[after]?.text ?? '')) after++;
    if (!put && PREPOSITIONS.has(toks[after]?.text ?? '')) for (let e = after + 1; e < s.end && e <= after + 4; e++) if (/^[,.!?]$/.test(toks[e].text)) { after = e; break; }
    // As S put it, C.
    if (k === s.start && toks[after]?.text === ',' && after + 1 < s.end - 1) return ctx.claim(toks[after + 1].start, ctx.sentenceEnd(s), 'indirect', cue, subject);
    // C, as S put it.
    if (k > s.start + 2 && toks[k - 1].text === ',' && /^[.!?]$/.test(toks[after]?.text ?? '')) return ctx.claim(toks[s.start].start, toks[k - 2].end, 'indirect', cue, subject);
  }
  return undefined;
}

/**
 * "S made (it) clear that C", "S has made it plain that C": "make" with an adjective of clarity
 * and a that-clause is a support construction of saying (FrameNet Statement; WordNet 3.0 make
 * clear, "make clear and (more) comprehensible").
 */
export function madeClear(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  const toks = ctx.tokens;
  for (let k = s.start + 1; k < s.end - 3; k++) {
    if (!/^(make|makes|made|making)$/.test(toks[k].text) || inQuote(toks[k].start)) continue;
    const adj = toks[k + 1].text === 'it' ? k + 2 : k + 1;
    if (!/^(clear|plain)$/.test(toks[adj]?.text ?? '')) continue;
    // (the complementiser may be left out, as after "said": "has made clear she will not back
    // down"; the clause then opens with a subject, a pronoun, a determiner or a name, and has a verb)
    const c = toks[adj + 1]?.text === 'that' ? adj + 2 : adj + 1;
    const bare = c === adj + 1;
    if (c >= s.end - 1 || bare && !(CLAUSE_SUBJECT.test(toks[c].text) || ctx.actorAt.has(toks[c].start)) || bare && !verbOfSubject(ctx, c, s.end)) continue;
    const subject = subjectBefore(ctx, k, s.start);
    if (!subject || !speakerLike(ctx, subject, k) || !active(ctx, k, s.start)) continue;
    return ctx.claim(toks[c].start, ctx.sentenceEnd(s), 'indirect', { ...ctx.cue(toks[k]), class: 'speech' }, subject);
  }
  return undefined;
}

/**
 * Whether the subject at token k (a pronoun, a name, or a determiner and its noun) has a verb
 * of its own after it, before any preposition: "the budget will not be cut" (but "the limits of
 * his powers" is a noun phrase, whose "powers" is no verb).
 */
function verbOfSubject(ctx: Context, k: number, end: number): boolean {
  const named = ctx.actorAt.get(ctx.tokens[k].start);
  const from = named ? ctx.indexFrom(named.end) : DETERMINER.test(ctx.tokens[k].text) ? k + 2 : k + 1;
  for (let j = from; j < end && j < from + 4; j++) {
    if (PREPOSITIONS.has(ctx.tokens[j].text) || /^[,;:.!?"“”]$/.test(ctx.tokens[j].text)) return false;
    if (ctx.hasFiniteVerb(j, j + 1)) return true;
  }
  return false;
}

/**
 * Stances held with a form of "be": "S is opposed to C", "S is in favour of C", "S is supportive
 * of C" (FrameNet Taking_sides), "S has been critical of C" (Judgment_communication): C, the noun
 * phrase after the preposition, to the end of the sentence or of its clause.
 */
const STANCES: ReadonlyArray<[words: RegExp, n: number, cue: number, cls: CueClass]> = [
  [/^opposed to$/, 2, 0, 'position'], [/^supportive of$/, 2, 0, 'position'], [/^in favou?r of$/, 3, 1, 'position'], [/^critical of$/, 2, 0, 'accusation'],
];
/** The first words of the stances: a sentence without one after its "be" is not looked at further. */
const STANCE_START = /^(opposed|supportive|in|critical)$/;

export function stanceClaim(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  const toks = ctx.tokens;
  for (let k = s.start + 1; k < s.end - 3; k++) {
    if (!/^(is|are|was|were|am|been|remains|remained)$/.test(toks[k].text) || !STANCE_START.test(toks[k + 1].text) || inQuote(toks[k].start)) continue;
    for (const [words, n, cue, cls] of STANCES) {
      const from = k + 1 + n;
      if (!words.test(toks.slice(k + 1, from).map((t) => t.text).join(' ')) || from >= s.end - 1 || !/^[\p{L}\p{N}"“]/u.test(toks[from].text)) continue;
      const subject = subjectBefore(ctx, k, s.start);
      if (!subject || !speakerLike(ctx, subject, k) || !active(ctx, k, s.start)) continue;
      const stop = Math.min(...[ctx.find(from, s.end, ';'), ctx.find(from, s.end, ':'), participleAfter(ctx, from, s.end)].filter((e) => e > 0), s.end);
      return ctx.claim(toks[from].start, stop < s.end ? toks[stop - 1].end : ctx.sentenceEnd(s), 'indirect', { ...ctx.cue(toks[k + 1 + cue]), class: cls }, subject);
    }
  }
  return undefined;
}
