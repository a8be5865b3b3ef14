/**
 * Stage 2b, attributions of reported speech: a cue in a sentence outside quotations and the frame
 * it takes: `S said (that) C`, `C, S said`, `C1, said S, C2`, `according to S, C`, `S told O C`,
 * `S is concerned C`, `S denied it: C`, `it is asserted by S that C` (but `It is understood that C`
 * names no source: no claim);
 * and "S said C1, and said C2" split into one claim per cue (between.ts: what stands between a cue
 * and its content).
 */
import { cueForm, cueVerb, nounCue, phrasalCues } from '../cues';
import { ATTITUDES, CLAUSE_VERBS, CREDIT_LABELS, FINITE_AUXILIARY, IRREGULAR_PAST, NOT_CLAUSE_START, OBJECT_VERBS, PREPOSITIONS, REPRESENTATIVES, SPEECH_VERBS, TITLES, UNNAMED_DETERMINER } from '../lexicon';
import type { ClaimMention, Span, Speaker } from '../types';
import type { Context } from './context';
import { clauseBegun, CONTRACTED_SUBJECT, demonstrativeSubject, freeRelativeSubject, relativeClose, subjectOfClause } from './clauses';
import { afterObject, appositionCloses, dayAfter, mediumLead, mediumPhrases, nounOfSpeechBetween, phraseBefore, shortTail, speakerComma } from './between';
import { statingNoun } from '../nouns';
import { obliged } from './advice';
import { doubleObject, participleClaim } from './frames';
import { lightVerbBefore } from './nominal';
import { pronoun } from './coreference';
import { afterWith, contractedSubject, subjectAfter, subjectBefore } from './speakers';

/** "noted what began as…", "explained how the camera worked": content, unlike "did not say who" (and "the museum shows how the town looked" displays, it reports nothing). */
function revealsContent(verb: string, next: string): boolean {
  return /^(noted|notes|explained|explains|revealed|reveals|described|describes|detailed|outlined)$/.test(verb)
    && /^(what|how|why|where|when)$/i.test(next);
}

/** Adverbs of degree or time between a copula and an adjective of attitude ("are increasingly convinced", "is now sure"). */
const ATTITUDE_ADVERB = /^(?:\p{Ll}+ly|now|still|also|all|both|very|so|quite|more|less|ever|even|fully)$/u;

/** The actor after "by" in a short phrase from token k to `last` ("a statement released by the council"). */
function agentOf(ctx: Context, k: number, last: number): Speaker | null {
  const by = ctx.find(k, last, 'by');
  if (by < 0) return null;
  const a = ctx.actorAt.get(ctx.tokens[/^the$/i.test(ctx.tokens[by + 1]?.text ?? '') ? by + 2 : by + 1]?.start ?? -1);
  return a && a.end <= ctx.tokens[last].end ? { start: a.start, end: a.end, text: a.text, actor: a.actor } : null;
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
  const sentenceEnd = (): number => {
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
  };
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
    // According to S, C.
    if (w === 'according' && toks[i + 1]?.text === 'to') {
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
        if (start !== undefined) return ctx.claim(start, sentenceEnd(), 'indirect', ctx.cue(t), speaker);
      }
      // According to S C.  (no comma: the claim starts after the named source)
      const named = ctx.actorAt.get(toks[i + 2]?.start ?? -1)
        ?? (/^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? ctx.actorAt.get(toks[i + 3]?.start ?? -1) : undefined);
      if (i === s.start && comma < 0 && named) {
        const after = ctx.indexFrom(named.end);
        if (toks[after] && after < s.end - 1) return ctx.claim(toks[after].start, sentenceEnd(), 'indirect', ctx.cue(t), { start: named.start, end: named.end, text: named.text, actor: named.actor });
      }
      // (a source named in capitals that is no actor, up to a title or a name: "According to the
      // Arts and Humanities Citation Index Professor Kolar is …")
      if (i === s.start && comma < 0 && !named) {
        const from = /^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? i + 3 : i + 2;
        let e = from;
        while (e < s.end && (toks[e].cap || /^(and|of|for|&)$/.test(toks[e].text) && toks[e + 1]?.cap) && !TITLES.has(toks[e].text) && !(e > from && ctx.actorAt.has(toks[e].start))) e++;
        if (e - from >= 2 && toks[e - 1].cap && e < s.end - 2 && (TITLES.has(toks[e].text) || ctx.actorAt.has(toks[e].start))) {
          const src = ctx.text.slice(toks[from].start, toks[e - 1].end);
          return ctx.claim(toks[e].start, sentenceEnd(), 'indirect', ctx.cue(t), { start: toks[from].start, end: toks[e - 1].end, text: src, actor: src });
        }
      }
      if (i > s.start + 1 && toks[i - 1].text === ',' && speaker) {
        // "… which, according to S, C": what follows the source; "C, according to S.": what precedes it
        if (comma > 0 && comma - i <= 10 && toks[comma + 3] && comma + 3 < s.end && ctx.hasFiniteVerb(comma + 1, s.end)) {
          return ctx.claim(toks[comma + 1].start, sentenceEnd(), 'indirect', ctx.cue(t), speaker);
        }
        return ctx.claim(toks[s.start].start, toks[i - 2].end, 'indirect', ctx.cue(t), speaker);
      }
      // C according to S.  (the source closes the sentence)
      if (i > s.start + 3 && speaker && s.end - i <= 10 && !/^[,;:"“”]$/.test(toks[i - 1].text) && !inQuote(toks[s.start].start)) {
        return ctx.claim(toks[s.start].start, toks[i - 1].end, 'indirect', ctx.cue(t), speaker);
      }
      continue;
    }
    // S is concerned (that) C.  /  S was adamant that C.  /  I am sure that C.  /  I'm sure C.
    // (a degree or time adverb may stand between the copula and the adjective: "voters are
    // increasingly convinced that C", "S is now confident C"; a negation may not)
    const be = ATTITUDES.has(w) && ATTITUDE_ADVERB.test(toks[i - 1]?.text ?? '') ? i - 2 : i - 1;
    const contracted = ATTITUDES.has(w) ? /^(I|he|she|we|they)['’](m|s|re)$/i.exec(toks[be]?.text ?? '') : null;
    if (ATTITUDES.has(w) && (/^(is|are|am|was|were|remain|remains|remained)$/.test(toks[be]?.text ?? '') || contracted) && toks[i + 1]) {
      const subject = contracted ? contractedSubject(toks[be], contracted[1]) : subjectBefore(ctx, be, s.start);
      const c = toks[i + 1].text === 'that' ? i + 2 : i + 1;
      if (subject && toks[c] && /^[\p{L}\p{N}]/u.test(toks[c].text) && !NOT_CLAUSE_START.has(toks[c].text.toLowerCase())
        && !inQuote(toks[c].start) && ctx.hasFiniteVerb(c + 1, s.end)) {
        // (a view held, FrameNet Certainty and the emotion frames: belief; "adamant" insists, a saying)
        return ctx.claim(toks[c].start, sentenceEnd(), 'indirect', { ...ctx.cue(t), class: w === 'adamant' ? 'speech' : 'belief' }, subject);
      }
    }
    // "I mean C", "we meant that C": a speaker glossing what they say (only in the first person:
    // "this means that C" says what follows from something, no one's statement)
    if (/^(mean|meant)$/.test(w) && /^(I|we)$/i.test(toks[i - 1]?.text ?? '') && !inQuote(t.start)) {
      const c = toks[i + 1]?.text === 'that' || toks[i + 1]?.text === ',' ? i + 2 : i + 1;
      const subject = subjectBefore(ctx, i, s.start);
      if (subject && toks[c] && /^[\p{L}\p{N}]/u.test(toks[c].text) && !NOT_CLAUSE_START.has(toks[c].text.toLowerCase()) && ctx.clauseAhead(c, s.end)) {
        return ctx.claim(toks[c].start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
      }
    }
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
    if (/^(be|is|are|was|were|been|being|am|get|gets|got)$/i.test(toks[i - 1]?.text ?? '') && cueForm(w) !== 'ing') continue;
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
    // C, S said.   /   C, said S.  (C not itself a quotation)
    if (i > s.start + 1) {
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
        const second: [number, number] = [toks[resume].start, sentenceEnd()];
        const claim = ctx.claim(first[0], second[1], 'indirect', ctx.cue(t), speaker);
        if (claim) claim.fragments = [first, second];
        return claim;
      }
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
    // (not a recipient and what is committed to them: "promised voters a referendum", frames.ts)
    if (subject && next && !negated && clauseVerb && !(toks[i - 1]?.text === 'to' && cueForm(w) === 'base') && !ctx.lastWord(i, s.end) && next.sentence === t.sentence && !doubleObject(ctx, i, s.end)
      && /^[\p{L}\p{N}]/u.test(next.text) && (!NOT_CLAUSE_START.has(next.text.toLowerCase()) || revealsContent(w, next.text) || demonstrativeSubject(ctx, i + 1 + lead) || freeRelativeSubject(ctx, i + 1 + lead, s.end)) && !inQuote(next.start)
      && (ctx.clauseAhead(i + 2 + lead, s.end) || CONTRACTED_SUBJECT.test(next.text) || relativeSubject(ctx, i) && ctx.hasFiniteVerb(i + 1 + lead, i + 2 + lead))) {
      return ctx.claim(next.start, sentenceEnd(), 'indirect', ctx.cue(t), subject);
    }
  }
  return undefined;
}

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

/** Words that open a postmodifier of an unnamed source: "familiar with", "close to", "who". */
const POSTMODIFIER = /^(familiar|close|briefed|knowledgeable|involved|with|who|which|that)$/;


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
