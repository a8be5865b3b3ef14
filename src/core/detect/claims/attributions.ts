/**
 * Stage 2a, attributions of quotations: the cue of each quotation (a reporting verb after it, '"…,"
 * Kirby said', or before it, 'Kirby said: "…"', or the sentence a colon ends, 'Kolar defended the
 * budget: "…"') and the speaker that cue's frame names. Split quotations ('"A," he said, "B."')
 * become one claim in two fragments.
 */
import { cueForm, nounCue } from '../cues';
import { PERSON_PRONOUNS, PLURAL_PRONOUNS, TITLES } from '../lexicon';
import { roleNoun } from '../nouns';
import type { ClaimMention, Speaker } from '../types';
import type { Context, Cue } from './context';
import { pronoun } from './coreference';
import { nominalBefore } from './nominal';
import { innerSpan, type Quote } from './quotes';
import { subjectAfter, subjectBefore } from './speakers';

/** How far from a quotation its cue may be, in tokens. */
const CUE_WINDOW = 10;
/** How far a cue may follow a speaker named right after a quotation, past an apposition or a relative clause. */
const APPOSITION_WINDOW = 40;

/** The direct claims: one per quotation (a split quotation is one), with cue and speaker when found. */
export function quotationClaims(ctx: Context, quotes: readonly Quote[]): ClaimMention[] {
  const text = ctx.text;
  const claims: ClaimMention[] = [];
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    const inner = innerSpan(text, q);
    const after = cueAfter(ctx, q.close + 1, quotes[k + 1]?.open ?? text.length);
    const next = quotes[k + 1];
    // (the subject of a relative clause right before the quotation first, not the sentence's: "She
    // sang the song she called "…"")
    const before = relativeLabel(ctx, ctx.indexFrom(q.open)) ?? cueBefore(ctx, q.open, quotes[k - 1]?.close ?? -1) ?? colonBefore(ctx, q.open)
      ?? nominalBefore(ctx, q.open, quotes[k - 1]?.close ?? -1);
    // "A," he said, "B."  -> one claim in two fragments (but 'S stated, "A," adding, "B."' is two
    // claims of S: a second cue with no subject of its own does not replace the first one's speaker)
    if (after && next && (after.speaker || !before?.speaker) && /[,]\s*$/u.test(text.slice(inner.start, inner.end + 1)) && ctx.sameSentenceOrNext(q.close, next.open)
      && /^[\s,:;]*$/u.test(text.slice(after.clauseEnd, next.open))) {
      const inner2 = innerSpan(text, next);
      claims.push({
        start: inner.start, end: inner2.end, text: text.slice(inner.start, inner2.end), kind: 'direct',
        fragments: [[inner.start, inner.end], [inner2.start, inner2.end]], cue: after.cue, speaker: after.speaker,
      });
      k++;
      continue;
    }
    // 'He said, "…"' names the speaker of this quotation; a cue after it may belong to the next
    // sentence; with no cue at all, a quotation inside a sentence has the words of its subject
    const found = (after?.adjacent && !before?.adjacent ? after : before ?? after) ?? colonBefore(ctx, q.open, true);
    let speaker = found?.speaker ?? null;
    // '…," adding, "…"', '… and added: "…"': a cue without a subject of its own keeps the speaker
    // of the quotation just before it, in the same sentence or the one before
    const prev = claims.at(-1);
    if (found && !speaker && prev?.speaker && subjectless(ctx, found.cue) && ctx.sameSentenceOrNext(prev.end, q.open)) speaker = { ...prev.speaker };
    claims.push({ start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end), kind: 'direct', cue: found?.cue ?? null, speaker });
  }
  return claims;
}

/** A cue that cannot have a subject of its own: a participle ("adding"), or a verb after "and" or a comma. */
function subjectless(ctx: Context, cue: Cue): boolean {
  if (cueForm(cue.text.toLowerCase()) === 'ing') return true;
  const before = ctx.tokens[ctx.indexFrom(cue.start) - 1]?.text;
  return before === 'and' || before === ',' || before === '"' || before === '”';
}

/** `"...," Kirby said` / `"...," said Kirby` / `"...," the spokesman added`. */
export function cueAfter(ctx: Context, from: number, limit: number): { cue: Cue; speaker: Speaker | null; clauseEnd: number; adjacent: boolean } | undefined {
  const i0 = ctx.indexFrom(from);
  // an apposition may stand between the speaker and the verb: '"...," Ann Berg, editor at the Post, said',
  // and a longer one after a name right after the quotation: '"…," Ann Berg, who has run the port
  // since 2010 and …, said'
  const named = ctx.actorAt.get(ctx.tokens[i0]?.start ?? -1);
  const reach = named && ctx.tokens[ctx.indexFrom(named.end)]?.text === ',' ? APPOSITION_WINDOW : CUE_WINDOW + 8;
  // '"…," according to Kolar.': the source after "according to"
  const first = ctx.tokens[i0];
  if (first && first.start < limit && /^according$/i.test(first.text) && ctx.tokens[i0 + 1]?.text === 'to') {
    const speaker = subjectAfter(ctx, i0 + 1);
    if (speaker) return { cue: ctx.cue(first), speaker, clauseEnd: clauseEndAfter(ctx, i0 + 1, limit), adjacent: true };
  }
  for (let i = i0; i < ctx.tokens.length && i < i0 + reach; i++) {
    const t = ctx.tokens[i];
    if (t.start >= limit || /^[.!?;]$/.test(t.text)) break;
    if (!ctx.isCue(i)) continue;
    const speaker = subjectBefore(ctx, i, i0) ?? subjectAfter(ctx, i);
    const clauseEnd = clauseEndAfter(ctx, i, limit);
    // '"…," Kirby said.' / '"…," said Kirby, "…"': nothing else follows the verb and its speaker
    const tail = ctx.tokens[speaker && speaker.start > t.start ? ctx.indexFrom(speaker.end) : i + 1];
    const adjacent = i - i0 <= 5 && (!tail || tail.sentence !== t.sentence || /^[.,;:!?]$/.test(tail.text));
    return { cue: ctx.cue(t), speaker, clauseEnd, adjacent };
  }
  return undefined;
}

/** `Kirby said: "..."` / `Kirby said, "..."`. */
export function cueBefore(ctx: Context, openMark: number, floor: number): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
  const iq = ctx.indexFrom(openMark);
  const sentence = ctx.tokens[iq]?.sentence;
  for (let i = iq - 1; i >= 0 && i >= iq - CUE_WINDOW; i--) {
    const t = ctx.tokens[i];
    if (t.end <= floor || (t.sentence !== sentence && i < iq - 1)) break;
    if (!ctx.isCue(i)) continue;
    const speaker = subjectBefore(ctx, i, ctx.indexFrom(floor + 1)) ?? subjectAfter(ctx, i);
    // only punctuation between the verb and the quotation: 'Kirby said: "…"'
    return { cue: ctx.cue(t), speaker, adjacent: /^[\s,:;—–-]*$/u.test(ctx.text.slice(t.end, openMark)) };
  }
  return undefined;
}

/** 'She continued: "…"', 'Kolar defended the budget: "…"': the subject of the sentence the colon ends. */
export function colonBefore(ctx: Context, openMark: number, embedded = false): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
  const iq = ctx.indexFrom(openMark);
  const colon = ctx.tokens[iq - 1];
  if (!colon || !embedded && (colon.text !== ':' || !/^\s*$/.test(ctx.text.slice(colon.end, openMark)))) return undefined;
  // embedded: 'Pell called the plan "a disaster for the whole town"', words of the sentence's subject
  if (embedded && (colon.sentence !== ctx.tokens[iq]?.sentence || /^[.!?]$/.test(colon.text))) return undefined;
  let first = iq - 1;
  while (first > 0 && ctx.tokens[first - 1].sentence === colon.sentence) first--;
  // the clause the quotation is in: after a conjunction joining clauses ("Critics praised her
  // work, and the Gazette called her "…"") or a semicolon
  if (embedded) {
    for (let k = iq - 2; k > first; k--) {
      const w = ctx.tokens[k].text;
      if (w === ';' || w === ',' && /^(and|but|while|whereas)$/.test(ctx.tokens[k + 1]?.text ?? '')) {
        first = w === ';' ? k + 1 : k + 2;
        break;
      }
    }
  }
  if (iq - 1 - first < 2) return undefined;
  // past an opening phrase: "During the debate, Kolar defended …"
  const comma = ctx.find(first, Math.min(iq - 1, first + 8), ',');
  // past a title ("Mayor Dana Pell"), a determiner ("The Velmore Harbour Council") and a noun for
  // a person's role ("The novelist Peter Hollis called her "…"")
  const titled = (k: number): boolean => TITLES.has(ctx.tokens[k]?.text.replace(/\.$/, '') ?? '') || /^the$/i.test(ctx.tokens[k]?.text ?? '')
    || /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '') && roleNoun(ctx.tokens[k].text);
  for (let k = first, n = 0; n < 3 && titled(k) && k + 1 < iq - 1; k++, n++) if (ctx.actorAt.has(ctx.tokens[k + 1].start)) { first = k + 1; break; }
  if (comma >= 0 && !ctx.actorAt.has(ctx.tokens[first].start)) first = comma + 1;
  const start = ctx.tokens[first];
  const actor = ctx.actorAt.get(start.start);
  const speaker = actor && actor.type !== 'location'
    ? { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor }
    : PERSON_PRONOUNS.has(start.text) || PLURAL_PRONOUNS.has(start.text) ? pronoun(ctx, first) : null;
  if (!speaker) return undefined;
  // the cue: the first word after the subject ("She continued:", "Kolar defended the budget:")
  let v = actor ? ctx.indexFrom(actor.end) : first + 1;
  while (v < iq - 1 && !/^\p{Ll}/u.test(ctx.tokens[v].text)) v++;
  // (in a phrase set off by a comma, its noun of speech: "Dana Pell, in an interview with the
  // Gazette: "…"" has the cue "interview", not "in")
  if (ctx.tokens[v - 1]?.text === ',') {
    for (let k = v; k < iq - 1; k++) if (nounCue(ctx.tokens[k].text.toLowerCase())) { v = k; break; }
  }
  return { cue: ctx.cue(ctx.tokens[v]), speaker, adjacent: true };
}

/**
 * "…, an experience she later described as "the making of me"", "the town he once called "a
 * sleeping giant"": a relative clause with no relative word, its subject a pronoun for people or
 * a person's name, then maybe an adverb, a past tense and maybe "as", right before the quotation,
 * which is what the subject said the noun before it was.
 */
function relativeLabel(ctx: Context, iq: number): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
  const toks = ctx.tokens;
  let v = iq - 1;
  if (toks[v]?.text === 'as') v--;
  if (!/^\p{Ll}+ed$|^(?:called|dubbed|termed)$/u.test(toks[v]?.text ?? '')) return undefined;
  let s = v - 1;
  if (/^(?:later|once|then|famously|memorably|often|also)$/.test(toks[s]?.text ?? '')) s--;
  const t = toks[s];
  if (!t || t.sentence !== toks[iq].sentence) return undefined;
  const named = ctx.actorCovering(t.start);
  // (the noun the clause is on comes right before its subject: "an experience she", "the town Kolar")
  const head = toks[named ? ctx.indexFrom(named.start) - 1 : s - 1]?.text ?? '';
  if (!/^\p{Ll}+$/u.test(head) || PERSON_PRONOUNS.has(head)) return undefined;
  const speaker = named && named.end === t.end && ctx.isPerson(named) ? { start: named.start, end: named.end, text: named.text, actor: named.actor }
    : PERSON_PRONOUNS.has(t.text) || PLURAL_PRONOUNS.has(t.text) || t.text === 'I' ? pronoun(ctx, s) : null;
  return speaker ? { cue: ctx.cue(toks[v]), speaker, adjacent: true } : undefined;
}

function clauseEndAfter(ctx: Context, verb: number, limit: number): number {
  let i = verb + 1;
  while (i < ctx.tokens.length && ctx.tokens[i].start < limit && !/^[,.;:!?]$/.test(ctx.tokens[i].text)) i++;
  return ctx.tokens[i - 1].end;
}
