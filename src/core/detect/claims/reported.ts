/**
 * Stage 2b, attributions of reported speech: a cue in a sentence outside quotations and the frame
 * it takes: `S said (that) C`, `S told O C`, `S denied it: C`, `it is asserted by S that C` (but
 * `It is understood that C` names no source: no claim); `C, S said` and `C1, said S, C2`
 * (parenthetical.ts); `according to S, C` (according.ts); `S is concerned C` (attitudes.ts);
 * each claim running to the end of its sentence up to what closes it (ends.ts). "S said C1, and
 * said C2" is split into one claim per cue by splits.ts (between.ts: what stands between a cue
 * and its content).
 */
import { cueForm, cueVerb, nounCue, phrasalCues } from '../cues';
import { CLAUSE_VERBS, CREDIT_LABELS, FINITE_AUXILIARY, IRREGULAR_PAST, NOT_CLAUSE_START, OBJECT_VERBS, PREPOSITIONS } from '../lexicon';
import type { ClaimMention, Span } from '../types';
import type { Context } from './context';
import { clauseBegun, CONTRACTED_SUBJECT, demonstrativeSubject, freeRelativeSubject, subjectOfClause } from './clauses';
import { afterObject, dayAfter, mediumLead, mediumPhrases, phraseBefore } from './between';
import { obliged } from './advice';
import { accordingTo } from './according';
import { attitudeClaim, glossClaim } from './attitudes';
import { doubleObject } from './doubleObjects';
import { claimEnd } from './ends';
import { lightVerbBefore } from './nominal';
import { parentheticalClaim } from './parenthetical';
import { afterWith, subjectAfter, subjectBefore } from './speakers';

/** "noted what began as…", "explained how the camera worked": content, unlike "did not say who" (and "the museum shows how the town looked" displays, it reports nothing). */
function revealsContent(verb: string, next: string): boolean {
  return /^(noted|notes|explained|explains|revealed|reveals|described|describes|detailed|outlined)$/.test(verb)
    && /^(what|how|why|where|when)$/i.test(next);
}

/** The first token of the noun phrase ending in the noun at token k ("a brief statement"). */
function nounPhraseStart(ctx: Context, k: number, first: number): number {
  while (k > first && /^(a|an|the|its|his|her|their|our|brief|short|joint|written|new|further|second|formal)$/i.test(ctx.tokens[k - 1].text)) k--;
  return k;
}

/**
 * The finite verb of the clause a participle clause follows, the last before the comma at token
 * `last` and after `first` ("The governor urged residents to stay indoors, warning …": "urged";
 * an -ed form, an irregular past, an auxiliary, or a cue in the past or third person), not in a
 * name, or -1.
 */
function mainVerb(ctx: Context, first: number, last: number): number {
  const toks = ctx.tokens;
  for (let k = last - 1; k > first; k--) {
    const w = toks[k].text;
    if (ctx.actorCovering(toks[k].start) || toks[k - 1].text === 'to') continue;
    if (/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(w) || /^(past|third)$/.test(cueForm(w) ?? '') || FINITE_AUXILIARY.test(w)) return k;
  }
  return -1;
}

/**
 * "The document, which media reports range from ten to 32 pages": a cue after a relative pronoun
 * and the cue's own subject (up to three words), the pronoun the reported clause's subject, which
 * then opens with its verb (as "the mayor, who critics say has ignored the port").
 */
function relativeSubject(ctx: Context, i: number): boolean {
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    const w = ctx.tokens[k].text;
    if (/^(which|who)$/.test(w)) return true;
    if (!/^[\p{L}'’-]+$/u.test(w)) return false;
  }
  return false;
}

/** Reported speech in one sentence (token range), outside quotations. */
export function reported(ctx: Context, s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
  const toks = ctx.tokens;
  let cueAt = s.start;
  const sentenceEnd = (): number => claimEnd(ctx, s, cueAt, inQuote);
  // "according to" names the source even when a reporting verb comes first ("the city expects …")
  const according = ctx.find(s.start + 1, s.end, 'according');
  const early = according > s.start && toks[according + 1]?.text === 'to' ? according : -1;
  for (let n = early >= 0 ? -1 : 0; n < s.end - s.start; n++) {
    const i = n < 0 ? early : s.start + n;
    cueAt = i;
    if (n >= 0 && i === early) continue;
    const t = toks[i];
    const w = t.cap ? t.text.toLowerCase() : t.text;
    if (inQuote(t.start)) continue;
    // According to S, C.  (according.ts)
    if (w === 'according' && toks[i + 1]?.text === 'to') {
      const found = accordingTo(ctx, s, i, inQuote);
      if (found !== false) return found;
      continue;
    }
    // S is concerned (that) C.  /  I mean C.  (attitudes.ts)
    const attitude = attitudeClaim(ctx, s, i, w, inQuote);
    if (attitude !== false) return attitude;
    const gloss = glossClaim(ctx, s, i, w, inQuote);
    if (gloss !== false) return gloss;
    if (!ctx.isCue(i)) continue;
    if (obliged(ctx, i)) continue;
    // "commented on reports that C": a cue form after a preposition (not "to", an infinitive's
    // mark; not an -ing form: "by saying") is a noun; so is one the noun lexicon lists after an
    // article ("left with the hope that C") or after a light verb of expressing ("voiced hope that
    // C" is nominal.ts's)
    const prev = toks[i - 1]?.text ?? '';
    if (PREPOSITIONS.has(prev) && prev !== 'to' && cueForm(w) !== 'ing' || /^(the|a|an)$/i.test(prev) && !!nounCue(w) || lightVerbBefore(ctx, i) >= 0) continue;
    // S denied the allegations: C.  (the statement after the colon, when it is not a quotation)
    // (not a credit's colon, "was held in Orsa. Image: Ann Berg", nor after a passive cue, whose
    // subject is no speaker)
    const colon = ctx.find(i + 1, Math.min(s.end, i + 8), ':');
    if (colon > 0 && !CREDIT_LABELS.has(toks[colon - 1].text) && !/^(be|is|are|was|were|been|being)$/i.test(toks[i - 1]?.text ?? '') && toks[colon + 1] && !/^["“«]$/.test(toks[colon + 1].text) && !inQuote(toks[colon + 1].start) && toks[colon + 1].cap) {
      const subject = subjectBefore(ctx, i, s.start);
      if (subject && ctx.hasFiniteVerb(colon + 1, s.end)) return ctx.claim(toks[colon + 1].start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
    }
    // It is asserted by S that C.
    if (/^(is|was|has|been)$/.test(toks[i - 1]?.text ?? '') && toks[i + 1]?.text === 'by') {
      const by = ctx.actorAt.get(toks[i + 2]?.start ?? -1) ?? (/^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? ctx.actorAt.get(toks[i + 3]?.start ?? -1) : undefined);
      const that = by ? ctx.find(ctx.indexFrom(by.end), Math.min(s.end, ctx.indexFrom(by.end) + 2), 'that') : -1;
      if (by && that > 0 && toks[that + 1]) {
        return ctx.claim(toks[that + 1].start, sentenceEnd(), 'indirect', ctx.cue(t), { start: by.start, end: by.end, text: by.text, actor: by.actor });
      }
    }
    // "Be warned that C", "Kolar was told that C": the subject of a passive cue is who heard it,
    // not who said it (and "by S" after it was read above); "It is understood that C", "it has been
    // reported that C": an impersonal passive names no source, nothing is attributed to an actor
    // (a later cue of the sentence may still be: "It is understood that S said C")
    // (past an adverb: "It is widely believed that C", "Kolar was never told that C")
    const beAt = /^\p{Ll}+ly$|^(?:not|never|also|now|still|long|often|generally)$/u.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
    if (/^(be|is|are|was|were|been|being|am|get|gets|got)$/i.test(toks[beAt]?.text ?? '') && cueForm(w) !== 'ing') continue;
    // "…, said Kolar, …": the name after an inverted verb is the speaker
    const after0 = toks[i - 1]?.text === ',' && !OBJECT_VERBS.has(w) ? subjectAfter(ctx, i) : null;
    const inverted = after0 && !subjectOfClause(ctx, after0.end) ? after0 : null;
    // "issued a statement saying C": the subject of the verb whose object is the noun of speech
    const noun = cueForm(w) === 'ing' && !!nounCue(toks[i - 1]?.text.toLowerCase() ?? '') ? nounPhraseStart(ctx, i - 1, s.start) : -1;
    // ("The governor met residents, warning that C": a participle clause after a comma says what
    // the main clause's subject says, not the noun before the comma)
    const main = noun < 0 && cueForm(w) === 'ing' && prev === ',' ? mainVerb(ctx, s.start, i - 1) : -1;
    const subject = inverted && ctx.actorAt.has(inverted.start) ? null
      : main > s.start ? subjectBefore(ctx, main, s.start) : subjectBefore(ctx, noun > s.start ? noun - 1 : i, s.start);
    // S said (on the 30th during a briefing) that C.
    // (after a verb that is not one of saying, "that" further on opens a relative clause: "wrote a book that …")
    // (a two-word cue's particle comes first: "pointed out that C")
    const particle = phrasalCues(w).some((v) => v.particle === toks[i + 1]?.text && v.frames.includes('that')) ? 1 : 0;
    // (past the medium, place or time of the saying: "posted on Facebook that C", "responded at a
    // press conference that C", "said in a statement on its website that C")
    const pp = CLAUSE_VERBS.has(w) || OBJECT_VERBS.has(w) ? 0 : mediumPhrases(ctx, i + 1 + particle, s.end);
    const that = ctx.findThat(i + 1, Math.min(s.end, CLAUSE_VERBS.has(w) || OBJECT_VERBS.has(w) ? i + 16 : i + 2 + particle + pp));
    const negated = /^(not|never|n['’]t|no)$|n['’]t$/i.test(toks[i - 1]?.text ?? '') || /^(not|never)$/i.test(toks[i - 2]?.text ?? '') && /^(did|does|do|has|have|had|would|will|could)$/i.test(toks[i - 1]?.text ?? '');
    if (subject && that >= 0 && toks[that + 1] && !ctx.hasVerbBetween(i + 1, that) && !clauseBegun(ctx, i, i + 1 + particle, that)) {
      // ("that" before a verb of its own is the clause's subject, a demonstrative: "said that was wrong")
      const first = toks[that + 1].text === ',' && toks[that + 2] ? toks[that + 2]
        : /^(is|was|has|had|will|would|can|could|may|might|must|should|does|did)$/.test(toks[that + 1].text) ? toks[that] : toks[that + 1];
      return ctx.claim(first.start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
    }
    // C, S said.   /   C, said S.  (C not itself a quotation; parenthetical.ts)
    if (i > s.start + 1) {
      const found = parentheticalClaim(ctx, s, i, w, subject, inQuote);
      if (found !== false) return found;
    }
    // S told O C.  (an object: someone named, a pronoun, or "reporters")
    if (subject && !negated && OBJECT_VERBS.has(w) && toks[i + 1]) {
      let c = afterObject(ctx, i);
      if (toks[c]?.text === 'that' && ctx.isThatClause(c)) c++;
      if (toks[c]?.text === ',' && toks[c - 1]?.text === 'that') c++; // "told the court that, over the months, …"
      const start = toks[c];
      // (an auxiliary after the "object" makes it the clause's subject: "warned the deal would collapse")
      if (c > 0 && start && start.sentence === t.sentence && /^[\p{L}\p{N}]/u.test(start.text) && !NOT_CLAUSE_START.has(start.text.toLowerCase()) && !FINITE_AUXILIARY.test(start.text)
        && !inQuote(start.start) && ctx.hasFiniteVerb(c + 1, s.end)) {
        return ctx.claim(start.start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
      }
    }
    // S said C.  (no "that"; C starts right after the verb and runs to the end of the sentence)
    // (not an infinitive, the complement of another verb: "decided to write a letter"; but the
    // participle of "S was quoted (as) saying C"; past a day: "said Tuesday C", "said on Monday C")
    // (or a short phrase set off by a comma: "estimated by 2050, C", "said in a statement, C")
    const lead = dayAfter(ctx, i + 1) || phraseBefore(ctx, i + 1, s.end) || (CLAUSE_VERBS.has(w) ? mediumLead(ctx, i + 1, s.end) : 0);
    const next = toks[i + 1 + lead];
    // (and the participle after a noun of speech: "issued a statement saying C", by who issued it,
    // or after "with S": "with the Gazette reporting C")
    const withSubject = !!subject && afterWith(ctx, subject.start);
    const clauseVerb = CLAUSE_VERBS.has(w) || cueForm(w) === 'ing' && (/^(as|quoted)$/.test(toks[i - 1]?.text ?? '') || withSubject || !!nounCue(toks[i - 1]?.text.toLowerCase() ?? '')) && !!cueVerb(w)?.frames.includes('clause');
    // (not a recipient and what is committed to them: "promised voters a referendum", doubleObjects.ts)
    if (subject && next && !negated && clauseVerb && !(toks[i - 1]?.text === 'to' && cueForm(w) === 'base') && !ctx.lastWord(i, s.end) && next.sentence === t.sentence && !doubleObject(ctx, i, s.end)
      && /^[\p{L}\p{N}]/u.test(next.text) && (!NOT_CLAUSE_START.has(next.text.toLowerCase()) || revealsContent(w, next.text) || demonstrativeSubject(ctx, i + 1 + lead) || freeRelativeSubject(ctx, i + 1 + lead, s.end)) && !inQuote(next.start)
      && (ctx.clauseAhead(i + 2 + lead, s.end) || CONTRACTED_SUBJECT.test(next.text) || relativeSubject(ctx, i) && ctx.hasFiniteVerb(i + 1 + lead, i + 2 + lead))) {
      return ctx.claim(next.start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
    }
  }
  return undefined;
}
