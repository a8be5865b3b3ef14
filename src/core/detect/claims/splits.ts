/**
 * One claim per cue: a claim of reported speech that holds a second cue of its speaker ("S said
 * C1, and said C2", "S said C1 and added that C2", "S said C1, adding C2"; "announced C1, citing
 * C2", a participle of the other frames, frames.ts) or a second speaker with a cue of its own
 * after a conjunction ("S1 said C1, while S2 argued C2") is split into one claim per cue; so are
 * the two fragments of "C1, S said, adding (that) C2".
 */
import { cueForm, cueVerb } from '../cues';
import { CLAUSE_VERBS, SPEECH_VERBS, UNNAMED_DETERMINER } from '../lexicon';
import { statingNoun } from '../nouns';
import type { ClaimMention, Speaker } from '../types';
import type { Context } from './context';
import { participleClaim } from './frames';
import { pronoun } from './coreference';

/**
 * "C1, S said, adding (that) C2": the part after the parenthesis is a second claim of S, with the
 * participle as its cue, not the rest of the first one.
 */
function splitParticiple(ctx: Context, claim: ClaimMention): ClaimMention[] {
  const [first, second] = claim.fragments!;
  const k = ctx.indexFrom(second[0]);
  const v = ctx.tokens[k];
  if (claim.fragments!.length !== 2 || !v || cueForm(v.text) !== 'ing' || !cueVerb(v.text)?.frames.includes('clause')) return [claim];
  const c = ctx.tokens[k + 1]?.text === 'that' ? k + 2 : k + 1;
  const start = ctx.tokens[c];
  if (!start || start.start >= second[1]) return [claim];
  const { fragments: _, ...one } = claim;
  return [
    { ...one, end: first[1], text: ctx.text.slice(first[0], first[1]) },
    { ...one, start: start.start, end: second[1], text: ctx.text.slice(start.start, second[1]), cue: ctx.cue(v) },
  ];
}

/**
 * A speaker at token k and the clause-taking cue right after it (an adverb between): a name ("the"
 * before it: "Tom Sato (also) argued"), a pronoun ("but he warned C2": whom it stands for), or a
 * determiner or possessive and a noun for someone or something that states things ("our results
 * show", "the ministry said": nouns.ts), unnamed.
 */
function secondSpeaker(ctx: Context, k: number): { speaker: Speaker; verb: number } | undefined {
  const toks = ctx.tokens;
  const p = /^(he|she|they)$/.test(toks[k]?.text ?? '') ? pronoun(ctx, k) : null;
  const a = p ? undefined : ctx.actorAt.get(toks[/^the$/i.test(toks[k]?.text ?? '') ? k + 1 : k]?.start ?? -1);
  let speaker: Speaker | undefined;
  let v: number;
  if (p) {
    speaker = p;
    v = k + 1;
  } else if (a && a.type !== 'location') {
    speaker = { start: a.start, end: a.end, text: a.text, actor: a.actor };
    v = ctx.indexFrom(a.end);
  } else if (!a && UNNAMED_DETERMINER.test(toks[k]?.text ?? '') && /^\p{Ll}+$/u.test(toks[k + 1]?.text ?? '') && statingNoun(toks[k + 1].text)) {
    speaker = { start: toks[k].start, end: toks[k + 1].end, text: ctx.text.slice(toks[k].start, toks[k + 1].end), actor: toks[k + 1].text };
    v = k + 2;
  } else return undefined;
  if (/^(also|then|later|however)$/.test(toks[v]?.text ?? '')) v++;
  if (!CLAUSE_VERBS.has(toks[v]?.text ?? '')) return undefined;
  return { speaker, verb: v };
}

/** "S said C1, and said C2" / "S said C1 and added that C2": two (or more) claims of one speaker. */
export function splitCoordinated(ctx: Context, claim: ClaimMention, inQuote: (offset: number) => boolean): ClaimMention[] {
  if (claim.fragments) return splitParticiple(ctx, claim);
  const toks = ctx.tokens;
  const out: ClaimMention[] = [];
  let rest = claim;
  const last = ctx.indexFrom(claim.end);
  for (let k = ctx.indexFrom(claim.start) + 1; k < last - 2; k++) {
    // "…, and said C2" / "…, adding C2" (a participle of a verb of speech after a comma)
    const participle = toks[k].text === ',' && cueForm(toks[k + 1]?.text ?? '') === 'ing' && !!cueVerb(toks[k + 1].text)?.frames.includes('clause');
    // "S1 said C1, while S2 argued C2": a second speaker named after a conjunction, with a cue of
    // its own, says the second clause
    const other = !participle && /^(and|but|while|whereas)$/.test(toks[k].text) ? secondSpeaker(ctx, k + 1) : undefined;
    if (other && !inQuote(toks[k].start)) {
      const c = toks[other.verb + 1]?.text === 'that' ? other.verb + 2 : other.verb + 1;
      if (toks[c] && toks[c].start < claim.end && /^[\p{L}\p{N}]/u.test(toks[c].text) && ctx.clauseAhead(c, last)) {
        const cut = toks[k - 1].text === ',' ? toks[k - 2] : toks[k - 1];
        out.push({ ...rest, end: cut.end, text: ctx.text.slice(rest.start, cut.end) });
        rest = { ...rest, start: toks[c].start, text: ctx.text.slice(toks[c].start, claim.end), cue: ctx.cue(toks[other.verb]), speaker: other.speaker };
        k = c;
        continue;
      }
    }
    // "announced C1, citing C2", "said C1, accusing O of C2": a participle of a verb of the other
    // frames (frames.ts) ends C1 and says C2, by the same speaker
    const frame = !participle && !other && toks[k].text === ',' && rest.speaker && /^\p{Ll}{3,}ing$/u.test(toks[k + 1]?.text ?? '') && !inQuote(toks[k].start)
      ? participleClaim(ctx, k + 1, inQuote, rest.speaker) : undefined;
    if (frame && frame.start > toks[k + 1].start && frame.end <= claim.end) {
      out.push({ ...rest, end: toks[k - 1].end, text: ctx.text.slice(rest.start, toks[k - 1].end) });
      rest = frame;
      k = ctx.indexFrom(frame.start);
      continue;
    }
    if (toks[k].text !== 'and' && !participle || inQuote(toks[k].start)) continue;
    let v = k + 1;
    if (/^(also|then|later)$/.test(toks[v].text)) v++;
    if (!participle && !SPEECH_VERBS.has(toks[v]?.text ?? '')) continue;
    let c = v + 1;
    if (toks[c]?.text === 'that') c++;
    if (!toks[c] || toks[c].start >= claim.end || /^[.,;:!?]$/.test(toks[c].text)) continue;
    const cut = toks[k - 1].text === ',' || participle ? toks[k - (participle ? 1 : 2)] : toks[k - 1];
    // "maintained his innocence, saying C": what comes before the participle is a claim only as a
    // clause, when its cue takes one ("rejected the proposal, saying C": the object is the claim)
    const clauseCue = !!cueVerb(rest.cue?.text.toLowerCase() ?? '')?.frames.some((f) => f === 'clause' || f === 'that' || f === 'object_clause');
    if (!participle || !clauseCue || ctx.hasFiniteVerb(ctx.indexFrom(rest.start), k)) out.push({ ...rest, end: cut.end, text: ctx.text.slice(rest.start, cut.end) });
    rest = { ...rest, start: toks[c].start, text: ctx.text.slice(toks[c].start, claim.end), cue: ctx.cue(toks[v]) };
    k = c;
  }
  out.push(rest);
  return out;
}
