import {
  ATTITUDES, CLAUSE_VERBS, CREDIT_LABELS, NOT_SUBJECTS, SPEECH_VERBS, THINK_VERBS, NONPERSON_PRONOUNS, NOT_CLAUSE_START, OBJECT_VERBS, PERSON_PRONOUNS, PLURAL_PRONOUNS, PREPOSITIONS, REPORTING_VERBS, ROLE_NOUNS,
  TITLES, UNNAMED_SPEAKERS,
} from './lexicon';
import { firstPast, lastAtOrBefore } from './search';
import type { Token } from './tokens';
import type { ActorMention, ClaimMention, Span, Speaker } from './types';

type Cue = NonNullable<ClaimMention['cue']>;

interface Quote {
  open: number; // offset of the opening mark
  close: number; // offset of the closing mark
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };
/** How far from a quotation its cue may be, in tokens. */
const CUE_WINDOW = 10;

/** Finds quotations: curly, guillemets, and straight double quotes paired by position. */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const marks = /["“«„]/g;
  for (let i = 0; i < text.length; i++) {
    // jump to the next opening mark
    marks.lastIndex = i;
    const found = marks.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i];
    let closeCh: string | undefined;
    if (ch === '"') {
      const prev = i === 0 ? ' ' : text[i - 1];
      if (!/[\s(\[—–-]/u.test(prev)) continue; // a closing mark without an opening one
      closeCh = '"';
    } else closeCh = PAIRS[ch];
    if (!closeCh) continue;
    // bounded: a quotation runs at most 3000 characters (paragraphs hold no blank lines)
    const window = text.slice(i + 1, i + 3001);
    let j = window.indexOf(closeCh);
    if (j >= 0) j += i + 1;
    // a straight quotation closed by a curly mark after its last word ('"… decision.“ However'): a typo to tolerate
    if (ch === '"') {
      const curly = window.slice(0, j < 0 ? undefined : j - i - 1).search(/[.!?][“](?=\s)/u);
      if (curly >= 0) j = i + 1 + curly + 1;
    }
    if (j < 0 || window.slice(0, j - i - 1).includes('\n\n')) continue;
    out.push({ open: i, close: j });
    i = j;
  }
  return out;
}

/** "The Harbour Report 2024", "Photographs and Prints from the Collection": a quoted title, not speech. */
function isTitle(s: string): boolean {
  if (/[.!?,;]["”’]?\s*$/u.test(s)) return false;
  const words = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * long.length;
}

/** Four words or more, or a phrase ending like a sentence: speech rather than a scare quote. */
function isWordy(s: string): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (n < 4 && word.exec(s)) n++;
  return n >= 4 || /[.!?,]\s*$/u.test(s) && /\s/.test(s.trim());
}

/**
 * Finds claims: direct quotations with their cue and speaker (split quotations joined into one
 * discontinuous claim), reported speech (`S said that C`, `C, S said`, `according to S, C`) and
 * unattributed reports (`It is understood that C`).
 */
export function detectClaims(text: string, tokens: readonly Token[], actors: readonly ActorMention[]): ClaimMention[] {
  const ctx = new Context(text, tokens, actors);
  const claims: ClaimMention[] = [];
  const quotes = findQuotes(text).filter((q) => isWordy(text.slice(q.open + 1, q.close)) && !isTitle(text.slice(q.open + 1, q.close)));

  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    const inner = innerSpan(text, q);
    const after = ctx.cueAfter(q.close + 1, quotes[k + 1]?.open ?? text.length);
    const next = quotes[k + 1];
    // "A," he said, "B."  -> one claim in two fragments
    if (after && next && /[,]\s*$/u.test(text.slice(inner.start, inner.end + 1)) && ctx.sameSentenceOrNext(q.close, next.open)
      && /^[\s,:;]*$/u.test(text.slice(after.clauseEnd, next.open))) {
      const inner2 = innerSpan(text, next);
      claims.push({
        start: inner.start, end: inner2.end, text: text.slice(inner.start, inner2.end), kind: 'direct',
        fragments: [[inner.start, inner.end], [inner2.start, inner2.end]], cue: after.cue, speaker: after.speaker,
      });
      k++;
      continue;
    }
    const before = ctx.cueBefore(q.open, quotes[k - 1]?.close ?? -1) ?? ctx.colonBefore(q.open);
    // 'He said, "…"' names the speaker of this quotation; a cue after it may belong to the next sentence
    const found = after?.adjacent && !before?.adjacent ? after : before ?? after;
    claims.push({ start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end), kind: 'direct', cue: found?.cue ?? null, speaker: found?.speaker ?? null });
  }

  // quotations and the claims made from them are in text order and do not overlap: binary search them
  const inQuote = (offset: number): boolean => {
    const i = lastAtOrBefore(quotes, (q) => q.open, offset);
    return i >= 0 && offset > quotes[i].open && offset < quotes[i].close;
  };
  const direct = claims.slice();
  const dropped = new Set<ClaimMention>();
  const reported: ClaimMention[] = [];
  const candidates: ClaimMention[] = [];
  for (const s of ctx.sentences()) {
    const claim = ctx.reported(s, inQuote);
    if (claim) candidates.push(...ctx.splitCoordinated(claim, inQuote));
  }
  for (const claim of candidates) {
    let clash = false;
    const inside: ClaimMention[] = [];
    for (let i = Math.max(0, lastAtOrBefore(direct, (c) => c.start, claim.start)); i < direct.length && direct[i].start < claim.end; i++) {
      const c = direct[i];
      if (c.end <= claim.start || dropped.has(c)) continue;
      // a quotation closing the sentence: '… that "it was over."' (the claim stopped before its period)
      if (c.start >= claim.start && c.end > claim.end && /^[\s.!?…]*$/u.test(text.slice(claim.end, c.end))) {
        claim.end = /["”»’]/u.test(text[c.end] ?? '') ? c.end + 1 : c.end;
        claim.text = text.slice(claim.start, claim.end);
      }
      if (c.start >= claim.start && c.end <= claim.end) inside.push(c);
      else clash = true;
    }
    if (clash) continue;
    // a reported clause that contains a quotation is one mixed claim
    if (inside.length) {
      claim.kind = 'mixed';
      for (const c of inside) dropped.add(c);
    }
    reported.push(claim);
  }
  const all = [...direct.filter((c) => !dropped.has(c)), ...reported];
  return [...all, ...all.flatMap((c) => ctx.nested(c)), ...captions(text, tokens)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A credit closing a line: "Image: Ann Berg.", "Photo: Reuters", "Video: Port Authority / Tom Sato." */
const CREDIT = new RegExp(`\\b(?:${[...CREDIT_LABELS].join('|')})s?:[ \\t]+[^\\n]{1,80}?[ \\t]*$`, 'gmu');
const CREDIT_LABEL = new RegExp(`(?:${[...CREDIT_LABELS].join('|')})s?:`, 'u');

/**
 * Photo captions: the sentence before a credit on the same line ("Officials tour the port.
 * Image: Ann Berg."), a statement about what the picture shows, made by whoever is credited;
 * kept without a speaker.
 */
function captions(text: string, tokens: readonly Token[]): ClaimMention[] {
  const out: ClaimMention[] = [];
  if (!CREDIT_LABEL.test(text)) return out;
  for (const m of text.matchAll(CREDIT)) {
    const credit = m[0];
    // the label follows the caption's last word (or opens the line)
    if (m.index > 0 && !/\s/.test(text[m.index - 1])) continue;
    if (m.index > 1 && !/[\p{L}\p{N}.!?)"”’\]\s]/u.test(text[m.index - 2])) continue;
    if (credit.split(/\s+/).length > 10) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // the sentence the caption ends with (a caption may hold several)
    let i = lastAtOrBefore(tokens, (t) => t.start, m.index - 1);
    if (i < 0 || tokens[i].start < lineStart) continue;
    let end = tokens[i].end;
    const sentence = tokens[i].sentence;
    while (i > 0 && tokens[i - 1].sentence === sentence && tokens[i - 1].start >= lineStart) i--;
    const start = tokens[i].start;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const label = credit.slice(0, credit.indexOf(':'));
    out.push({
      start, end, text: text.slice(start, end), kind: 'indirect',
      cue: { start: m.index, end: m.index + label.length, text: label }, speaker: null,
    });
  }
  return out;
}

/** "noted what began as…", "explained how the camera worked": content, unlike "did not say who". */
function revealsContent(verb: string, next: string): boolean {
  return /^(noted|notes|explained|explains|revealed|reveals|showed|shows|described|describes|detailed|outlined)$/.test(verb)
    && /^(what|how|why|where|when)$/i.test(next);
}

/** Whether an actor can be what a pronoun or role noun of this kind stands for. */
export function fits(a: ActorMention, refer: NonNullable<Speaker['refer']>): boolean {
  if (refer === 'person') return a.type === 'person';
  if (refer === 'nonperson') return a.type !== 'person';
  return a.type !== 'person' && a.type !== 'location';
}

/** The nearest actor ending before an offset that fits, looking back at most 200 mentions. */
export function nearestBefore(actors: readonly ActorMention[], offset: number, refer: NonNullable<Speaker['refer']>): ActorMention | undefined {
  for (let k = lastAtOrBefore(actors, (a) => a.end, offset), n = 0; k >= 0 && n < 200; k--, n++) {
    if (fits(actors[k], refer)) return actors[k];
  }
  return undefined;
}

function innerSpan(text: string, q: Quote): Span {
  let start = q.open + 1;
  let end = q.close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  // the comma closing the first half of a split quote belongs to the sentence, not the claim
  if (/[,]/.test(text[end - 1])) end--;
  return { start, end };
}

const startOf = (s: Span): number => s.start;
const endOf = (s: Span): number => s.end;

class Context {
  private readonly actorAt = new Map<number, ActorMention>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly actors: readonly ActorMention[],
  ) {
    for (const a of actors) this.actorAt.set(a.start, a);
  }

  /** Index of the first token starting at or after an offset. */
  private indexFrom(offset: number): number {
    return firstPast(this.tokens, startOf, offset, true);
  }

  /** A reporting verb, and not a word of a name ("United States", "News Says"). */
  private isCue(i: number): boolean {
    const t = this.tokens[i];
    if (!REPORTING_VERBS.has(t.cap ? t.text.toLowerCase() : t.text)) return false;
    if (!t.cap) return true;
    const a = this.actorCovering(t.start);
    return !a;
  }

  private actorCovering(offset: number): ActorMention | undefined {
    const k = lastAtOrBefore(this.actors, (a) => a.start, offset);
    const a = this.actors[k];
    return a && a.end > offset ? a : undefined;
  }

  sameSentenceOrNext(a: number, b: number): boolean {
    const ta = this.tokens[this.indexFrom(a)];
    const tb = this.tokens[this.indexFrom(b)];
    return !!ta && !!tb && tb.sentence - ta.sentence <= 1;
  }

  sentences(): Span[] {
    const out: Span[] = [];
    let first = 0;
    for (let i = 1; i <= this.tokens.length; i++) {
      if (i === this.tokens.length || this.tokens[i].sentence !== this.tokens[first].sentence) {
        out.push({ start: first, end: i }); // token indices
        first = i;
      }
    }
    return out;
  }

  /** `"...," Kirby said` / `"...," said Kirby` / `"...," the spokesman added`. */
  cueAfter(from: number, limit: number): { cue: Cue; speaker: Speaker | null; clauseEnd: number; adjacent: boolean } | undefined {
    const i0 = this.indexFrom(from);
    // an apposition may stand between the speaker and the verb: '"...," Ann Berg, editor at the Post, said'
    for (let i = i0; i < this.tokens.length && i < i0 + CUE_WINDOW + 8; i++) {
      const t = this.tokens[i];
      if (t.start >= limit || /^[.!?;]$/.test(t.text)) break;
      if (!this.isCue(i)) continue;
      const speaker = this.subjectBefore(i, i0) ?? this.subjectAfter(i);
      const clauseEnd = this.clauseEnd(i, limit);
      // '"…," Kirby said.' / '"…," said Kirby, "…"': nothing else follows the verb and its speaker
      const tail = this.tokens[speaker && speaker.start > t.start ? this.indexFrom(speaker.end) : i + 1];
      const adjacent = i - i0 <= 5 && (!tail || tail.sentence !== t.sentence || /^[.,;:!?]$/.test(tail.text));
      return { cue: this.cue(t), speaker, clauseEnd, adjacent };
    }
    return undefined;
  }

  /** `Kirby said: "..."` / `Kirby said, "..."`. */
  cueBefore(openMark: number, floor: number): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
    const iq = this.indexFrom(openMark);
    const sentence = this.tokens[iq]?.sentence;
    for (let i = iq - 1; i >= 0 && i >= iq - CUE_WINDOW; i--) {
      const t = this.tokens[i];
      if (t.end <= floor || (t.sentence !== sentence && i < iq - 1)) break;
      if (!this.isCue(i)) continue;
      const speaker = this.subjectBefore(i, this.indexFrom(floor + 1)) ?? this.subjectAfter(i);
      // only punctuation between the verb and the quotation: 'Kirby said: "…"'
      return { cue: this.cue(t), speaker, adjacent: /^[\s,:;—–-]*$/u.test(this.text.slice(t.end, openMark)) };
    }
    return undefined;
  }

  /** 'She continued: "…"', 'Kolar defended the budget: "…"': the subject of the sentence the colon ends. */
  colonBefore(openMark: number): { cue: Cue; speaker: Speaker | null; adjacent: boolean } | undefined {
    const iq = this.indexFrom(openMark);
    const colon = this.tokens[iq - 1];
    if (colon?.text !== ':' || !/^\s*$/.test(this.text.slice(colon.end, openMark))) return undefined;
    let first = iq - 1;
    while (first > 0 && this.tokens[first - 1].sentence === colon.sentence) first--;
    if (iq - 1 - first < 2) return undefined;
    // past an opening phrase: "During the debate, Kolar defended …"
    const comma = this.find(first, Math.min(iq - 1, first + 8), ',');
    if (comma >= 0 && !this.actorAt.has(this.tokens[first].start)) first = comma + 1;
    const start = this.tokens[first];
    const actor = this.actorAt.get(start.start);
    const speaker = actor && actor.type !== 'location'
      ? { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor }
      : PERSON_PRONOUNS.has(start.text) || PLURAL_PRONOUNS.has(start.text) ? this.pronoun(first) : null;
    if (!speaker) return undefined;
    // the cue: the first word after the subject ("She continued:", "Kolar defended the budget:")
    let v = actor ? this.indexFrom(actor.end) : first + 1;
    while (v < iq - 1 && !/^\p{Ll}/u.test(this.tokens[v].text)) v++;
    return { cue: this.cue(this.tokens[v]), speaker, adjacent: true };
  }

  private clauseEnd(verb: number, limit: number): number {
    let i = verb + 1;
    while (i < this.tokens.length && this.tokens[i].start < limit && !/^[,.;:!?]$/.test(this.tokens[i].text)) i++;
    return this.tokens[i - 1].end;
  }

  private cue(t: Token): Cue {
    return { start: t.start, end: t.end, text: t.text };
  }

  /** The actor, pronoun or role noun that is the subject of the verb at token `verb`. */
  subjectBefore(verb: number, floor: number): Speaker | null {
    const sentence = this.tokens[verb].sentence;
    // "Maria Ostrowska, the Deputy Head of the Mission (SMM), said": the head before the apposition
    if (this.tokens[verb - 1]?.text === ',') {
      for (let i = verb - 2; i >= floor && i >= verb - 25; i--) {
        const t = this.tokens[i];
        if (t.sentence !== sentence || /^["“”«»]$/.test(t.text)) break;
        if (t.text !== ',') continue;
        // "Ann Berg, director of X, and chair of Y, says": the name before one of the commas
        const before = this.tokens[i - 1];
        const actor = before && this.actorEndingAt(before.end);
        if (actor && !this.afterPreposition(actor.start)) return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
      }
    }
    let commas = 0;
    for (let i = verb - 1; i >= floor && i >= verb - 20; i--) {
      const t = this.tokens[i];
      if (t.sentence !== sentence) break;
      if (/^["“”«»]$/.test(t.text)) break;
      if (t.text === ',') commas++;
      if (commas > 2) break;
      const actor = this.actorEndingAt(t.end);
      // "Local associations are concerned": a name modifying the noun that is the subject
      const np = actor && this.unnamedSubject(verb);
      if (actor && np && np.start >= t.end && np.start - t.end <= 1) {
        const text = this.text.slice(actor.start, np.end);
        return { start: actor.start, end: np.end, text, actor: text };
      }
      // "wrote to Tom Sato and said", "published by Ann Berg, show": an object, not the subject
      if (actor && !this.afterPreposition(actor.start)) return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
      if (actor) {
        i = this.indexFrom(actor.start);
        continue;
      }
      const p = this.pronoun(i);
      if (p) return p;
    }
    return this.unnamedSubject(verb);
  }

  /** "The city reasoned", "media have said": a common noun right before the verb, with its determiner. */
  private unnamedSubject(verb: number): Speaker | null {
    // "the light show can be seen": a verb that is also a noun needs a named subject
    if (/^(show|shows|reports|claims|notes|states|estimates|say|says|estimate|warns|rules|reads)$/.test(this.tokens[verb].text)) return null;
    let k = verb - 1;
    while (k > 0 && /^(also|have|has|had|later|then|again|previously|once|further|themselves|itself)$/.test(this.tokens[k].text)) k--;
    const t = this.tokens[k];
    if (!t || t.sentence !== this.tokens[verb].sentence || !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(t.text) || /(ly|ing|ed)$/.test(t.text)
      || NOT_SUBJECTS.has(t.text) || NOT_CLAUSE_START.has(t.text) || PREPOSITIONS.has(t.text)) return null;
    let start = k;
    if (/^(the|a|an|this|that|these|those|some|one|many|most|several|its|their|his|her|our|other)$/i.test(this.tokens[k - 1]?.text ?? '')) start = k - 1;
    const from = this.tokens[start].start;
    return { start: from, end: t.end, text: this.text.slice(from, t.end), actor: t.text };
  }

  private afterPreposition(offset: number): boolean {
    const k = this.indexFrom(offset) - 1;
    let w = this.tokens[k]?.text.toLowerCase();
    if (w === 'the' || w === 'a' || w === 'an') w = this.tokens[k - 1]?.text.toLowerCase();
    return !!w && PREPOSITIONS.has(w);
  }

  subjectAfter(verb: number): Speaker | null {
    let i = verb + 1;
    if (/^(the|a|an)$/i.test(this.tokens[i]?.text ?? '')) i++;
    // "said Ambassador Mohib": the name after its title
    for (let n = 0; n < 3 && TITLES.has(this.tokens[i]?.text.replace(/\.$/, '') ?? '') && !this.actorAt.has(this.tokens[i].start); n++) i++;
    const t = this.tokens[i];
    if (!t) return null;
    const actor = this.actorAt.get(t.start);
    if (actor) return { start: actor.start, end: actor.end, text: actor.text, actor: actor.actor };
    return this.pronoun(i);
  }

  private actorEndingAt(end: number): ActorMention | undefined {
    // the first actor ending at or after `end` (they are sorted by end as well as by start)
    const lo = firstPast(this.actors, endOf, end, true);
    const a = this.actors[lo];
    if (!(a && a.end <= end + 2 && a.end >= end - 2 && a.start < end)) return undefined;
    // "The World Health Organisation (WHO) recommends": the name, not the acronym after it
    const before = this.actors[lo - 1];
    if (before && /^\s*\(\s*$/.test(this.text.slice(before.end, a.start)) && /^\p{Lu}{2,}$/u.test(a.text)) return before;
    return a;
  }

  /**
   * A pronoun or role noun at token i, resolved to the nearest fitting actor before it in this
   * text; when there is none here, marked for the document pass to resolve.
   */
  private pronoun(i: number): Speaker | null {
    const t = this.tokens[i];
    if (!t) return null;
    const w = t.text;
    let refer: Speaker['refer'];
    if (PERSON_PRONOUNS.has(w)) refer = 'person';
    else if (PLURAL_PRONOUNS.has(w) || NONPERSON_PRONOUNS.has(w)) refer = 'nonperson';
    else if (ROLE_NOUNS.has(w.toLowerCase())) refer = 'body';
    else if (UNNAMED_SPEAKERS.has(w.toLowerCase())) return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase() };
    if (!refer) return null;
    const a = nearestBefore(this.actors, t.start, refer);
    if (a) return { start: t.start, end: t.end, text: t.text, actor: a.actor, via: a.start };
    return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase(), refer };
  }

  /** Reported speech in one sentence (token range), outside quotations. */
  reported(s: Span, inQuote: (offset: number) => boolean): ClaimMention | undefined {
    const toks = this.tokens;
    const sentenceEnd = (): number => {
      let e = s.end - 1;
      while (e > s.start && /^[.!?"”’»)]$/.test(toks[e].text)) e--;
      return toks[e].end;
    };
    // "according to" names the source even when a reporting verb comes first ("the city expects …")
    const according = this.find(s.start + 1, s.end, 'according');
    const early = according > s.start && toks[according + 1]?.text === 'to' ? according : -1;
    for (let n = early >= 0 ? -1 : 0; n < s.end - s.start; n++) {
      const i = n < 0 ? early : s.start + n;
      if (n >= 0 && i === early) continue;
      const t = toks[i];
      const w = t.cap ? t.text.toLowerCase() : t.text;
      if (inQuote(t.start)) continue;
      // According to S, C.
      if (w === 'according' && toks[i + 1]?.text === 'to') {
        const comma = this.find(i + 2, s.end, ',');
        // the source: a known actor, or whatever short phrase names it ("an Internet posting")
        const last = comma >= 0 && comma - i <= 10 ? comma - 1 : Math.min(s.end - 1, i + 6);
        const phrase = (): Speaker | null => {
          let e = last;
          while (e > i + 1 && /^[.!?,;:"”]$/.test(toks[e].text)) e--;
          return e > i + 1 ? { start: toks[i + 2].start, end: toks[e].end, text: this.text.slice(toks[i + 2].start, toks[e].end), actor: this.text.slice(toks[i + 2].start, toks[e].end).replace(/^(the|a|an) /i, '') } : null;
        };
        const speaker = this.subjectAfter(i + 1) ?? phrase();
        if (i === s.start && comma >= 0 && speaker) {
          const start = toks[comma + 1]?.start;
          if (start !== undefined) return this.claim(start, sentenceEnd(), 'indirect', this.cue(t), speaker);
        }
        // According to S C.  (no comma: the claim starts after the named source)
        const named = this.actorAt.get(toks[i + 2]?.start ?? -1)
          ?? (/^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? this.actorAt.get(toks[i + 3]?.start ?? -1) : undefined);
        if (i === s.start && comma < 0 && named) {
          const after = this.indexFrom(named.end);
          if (toks[after] && after < s.end - 1) return this.claim(toks[after].start, sentenceEnd(), 'indirect', this.cue(t), { start: named.start, end: named.end, text: named.text, actor: named.actor });
        }
        if (i > s.start + 1 && toks[i - 1].text === ',' && speaker) {
          // "… which, according to S, C": what follows the source; "C, according to S.": what precedes it
          if (comma > 0 && comma - i <= 10 && toks[comma + 3] && comma + 3 < s.end && this.hasFiniteVerb(comma + 1, s.end)) {
            return this.claim(toks[comma + 1].start, sentenceEnd(), 'indirect', this.cue(t), speaker);
          }
          return this.claim(toks[s.start].start, toks[i - 2].end, 'indirect', this.cue(t), speaker);
        }
        // C according to S.  (the source closes the sentence)
        if (i > s.start + 3 && speaker && s.end - i <= 10 && !/^[,;:"“”]$/.test(toks[i - 1].text) && !inQuote(toks[s.start].start)) {
          return this.claim(toks[s.start].start, toks[i - 1].end, 'indirect', this.cue(t), speaker);
        }
        continue;
      }
      // S is concerned (that) C.  /  S was adamant that C.
      if (ATTITUDES.has(w) && /^(is|are|was|were|remain|remains|remained)$/.test(toks[i - 1]?.text ?? '') && toks[i + 1]) {
        const subject = this.subjectBefore(i - 1, s.start);
        const c = toks[i + 1].text === 'that' ? i + 2 : i + 1;
        if (subject && toks[c] && /^[\p{L}\p{N}]/u.test(toks[c].text) && !NOT_CLAUSE_START.has(toks[c].text.toLowerCase())
          && !inQuote(toks[c].start) && this.hasFiniteVerb(c + 1, s.end)) {
          return this.claim(toks[c].start, sentenceEnd(), 'indirect', this.cue(t), subject);
        }
      }
      if (!this.isCue(i)) continue;
      // S denied the allegations: C.  (the statement after the colon, when it is not a quotation)
      const colon = this.find(i + 1, Math.min(s.end, i + 8), ':');
      if (colon > 0 && toks[colon + 1] && !/^["“«]$/.test(toks[colon + 1].text) && !inQuote(toks[colon + 1].start) && toks[colon + 1].cap) {
        const subject = this.subjectBefore(i, s.start);
        if (subject && this.hasFiniteVerb(colon + 1, s.end)) return this.claim(toks[colon + 1].start, sentenceEnd(), 'indirect', this.cue(t), subject);
      }
      // It is asserted by S that C.
      if (/^(is|was|has|been)$/.test(toks[i - 1]?.text ?? '') && toks[i + 1]?.text === 'by') {
        const by = this.actorAt.get(toks[i + 2]?.start ?? -1) ?? (/^(the|a|an)$/i.test(toks[i + 2]?.text ?? '') ? this.actorAt.get(toks[i + 3]?.start ?? -1) : undefined);
        const that = by ? this.find(this.indexFrom(by.end), Math.min(s.end, this.indexFrom(by.end) + 2), 'that') : -1;
        if (by && that > 0 && toks[that + 1]) {
          return this.claim(toks[that + 1].start, sentenceEnd(), 'indirect', this.cue(t), { start: by.start, end: by.end, text: by.text, actor: by.actor });
        }
      }
      // It is understood that C.
      if (i >= s.start + 2 && toks[i - 2]?.text === 'It' && /^(is|was|has|had|been)$/.test(toks[i - 1].text) || (i >= s.start + 3 && toks[i - 3]?.text === 'It' && toks[i - 1].text === 'been')) {
        const that = this.find(i + 1, Math.min(s.end, i + 3), 'that');
        if (that >= 0 && toks[that + 1]) return this.claim(toks[that + 1].start, sentenceEnd(), 'indirect', this.cue(t), null);
      }
      // "…, said Kolar, …": the name after an inverted verb is the speaker
      const inverted = toks[i - 1]?.text === ',' && !OBJECT_VERBS.has(w) ? this.subjectAfter(i) : null;
      const subject = inverted && this.actorAt.has(inverted.start) ? null : this.subjectBefore(i, s.start);
      // S said (on the 30th during a briefing) that C.
      // (after a verb that is not one of saying, "that" further on opens a relative clause: "wrote a book that …")
      const that = this.find(i + 1, Math.min(s.end, CLAUSE_VERBS.has(w) || OBJECT_VERBS.has(w) ? i + 16 : i + 2), 'that');
      const negated = /^(not|never|n't|no)$/i.test(toks[i - 1]?.text ?? '') || /^(not|never)$/i.test(toks[i - 2]?.text ?? '') && /^(did|does|do|has|have|had|would|will|could)$/i.test(toks[i - 1]?.text ?? '');
      if (subject && that >= 0 && toks[that + 1] && !this.hasVerbBetween(i + 1, that)) {
        const first = toks[that + 1].text === ',' && toks[that + 2] ? toks[that + 2] : toks[that + 1];
        return this.claim(first.start, sentenceEnd(), 'indirect', this.cue(t), subject);
      }
      // C, S said.   /   C, said S.  (C not itself a quotation)
      if (i > s.start + 1) {
        const after = subject ? null : this.subjectAfter(i);
        const speaker = subject ?? after;
        const comma = this.lastIndexOf(s.start, i, ',');
        const next = toks[after ? this.indexFrom(after.end) : i + 1];
        const ends = !next || next.sentence !== t.sentence || /^[.!?]$/.test(next.text);
        const quoted = comma > 0 && inQuote(toks[comma].start) || /^["“«]$/.test(toks[s.start].text);
        if (speaker && ends && !quoted && i > s.start + 3 && comma > s.start + 2 && i - comma <= 6) {
          return this.claim(toks[s.start].start, toks[comma - 1].end, 'indirect', this.cue(t), speaker);
        }
        // "Port tenants, said Kolar, must renew their leases": the sentence around the parenthesis
        const resume = next?.text === ',' ? this.indexFrom(next.end) : -1;
        if (speaker && resume > 0 && toks[resume] && resume < s.end - 1 && !quoted && comma > s.start && i - comma <= 6
          && !inQuote(toks[resume].start) && this.hasFiniteVerb(resume, s.end)) {
          const first: [number, number] = [toks[s.start].start, toks[comma - 1].end];
          const second: [number, number] = [toks[resume].start, sentenceEnd()];
          const claim = this.claim(first[0], second[1], 'indirect', this.cue(t), speaker);
          if (claim) claim.fragments = [first, second];
          return claim;
        }
      }
      // S told O C.  (an object: someone named, a pronoun, or "reporters")
      if (subject && !negated && OBJECT_VERBS.has(w) && toks[i + 1]) {
        const obj = this.actorAt.get(toks[i + 1].start);
        let c = obj ? this.indexFrom(obj.end) : /^(him|her|them|us|me|you|reporters|journalists|parliament|lawmakers|the)$/i.test(toks[i + 1].text) ? i + 2 : -1;
        if (c > 0 && toks[c - 1]?.text === 'the' && toks[c]) c++; // "told the council"
        if (toks[c]?.text === 'that') c++;
        if (toks[c]?.text === ',' && toks[c - 1]?.text === 'that') c++; // "told the court that, over the months, …"
        const start = toks[c];
        if (c > 0 && start && start.sentence === t.sentence && /^[\p{L}\p{N}]/u.test(start.text) && !NOT_CLAUSE_START.has(start.text.toLowerCase())
          && !inQuote(start.start) && this.hasFiniteVerb(c + 1, s.end)) {
          return this.claim(start.start, sentenceEnd(), 'indirect', this.cue(t), subject);
        }
      }
      // S said C.  (no "that"; C starts right after the verb and runs to the end of the sentence)
      const next = toks[i + 1];
      if (subject && next && !negated && CLAUSE_VERBS.has(w) && !this.lastWord(i, s.end) && next.sentence === t.sentence
        && /^[\p{L}\p{N}]/u.test(next.text) && (!NOT_CLAUSE_START.has(next.text.toLowerCase()) || revealsContent(w, next.text)) && !inQuote(next.start)
        && this.hasFiniteVerb(i + 2, s.end)) {
        return this.claim(next.start, sentenceEnd(), 'indirect', this.cue(t), subject);
      }
    }
    return undefined;
  }

  /** "S said C1, and said C2" / "S said C1 and added that C2": two (or more) claims of one speaker. */
  splitCoordinated(claim: ClaimMention, inQuote: (offset: number) => boolean): ClaimMention[] {
    if (claim.fragments) return [claim];
    const toks = this.tokens;
    const out: ClaimMention[] = [];
    let rest = claim;
    const last = this.indexFrom(claim.end);
    for (let k = this.indexFrom(claim.start) + 2; k < last - 2; k++) {
      if (toks[k].text !== 'and' || inQuote(toks[k].start)) continue;
      let v = k + 1;
      if (/^(also|then|later)$/.test(toks[v].text)) v++;
      if (!SPEECH_VERBS.has(toks[v]?.text ?? '')) continue;
      let c = v + 1;
      if (toks[c]?.text === 'that') c++;
      if (!toks[c] || toks[c].start >= claim.end || /^[.,;:!?]$/.test(toks[c].text)) continue;
      const cut = toks[k - 1].text === ',' ? toks[k - 2] : toks[k - 1];
      out.push({ ...rest, end: cut.end, text: this.text.slice(rest.start, cut.end) });
      rest = { ...rest, start: toks[c].start, text: this.text.slice(toks[c].start, claim.end), cue: this.cue(toks[v]) };
      k = c;
    }
    out.push(rest);
    return out;
  }

  /** A rough check that a clause follows: some verb-like word (-ed, -s, modal, copula) ahead. */
  private hasFiniteVerb(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 12; k++) {
      const w = this.tokens[k].text.toLowerCase();
      if (/^(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|did|does|do)$/.test(w)) return true;
      if (/^[a-z]{3,}(ed|es)$/.test(w) || (/^[a-z]{3,}s$/.test(w) && !/ss$/.test(w))) return true;
    }
    return false;
  }

  /** Whether the verb at i is the sentence's last word (only its final punctuation follows). */
  private lastWord(i: number, end: number): boolean {
    return i + 2 >= end;
  }

  private hasVerbBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (REPORTING_VERBS.has(this.tokens[k].text.toLowerCase())) return true;
    return false;
  }

  private find(from: number, to: number, word: string): number {
    for (let k = from; k < to && k < this.tokens.length; k++) if (this.tokens[k].text === word) return k;
    return -1;
  }

  private lastIndexOf(from: number, to: number, word: string): number {
    for (let k = to - 1; k >= from; k--) if (this.tokens[k].text === word) return k;
    return -1;
  }

  private claim(start: number, end: number, kind: ClaimMention['kind'], cue: Cue, speaker: Speaker | null): ClaimMention | undefined {
    // a dateline opening the sentence is not part of what was said: "ANKARA — Talks stalled, officials said"
    const dateline = this.indexFrom(start) === 0 ? /^\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*,?\s*[—–-]\s*/u.exec(this.text.slice(start, Math.min(end, start + 40))) : null;
    if (dateline) start += dateline[0].length;
    if (end <= start) return undefined;
    return { start, end, text: this.text.slice(start, end), kind, cue, speaker };
  }

  /**
   * Attributions inside a claim, which are claims of their own: "S said she believed C" (C, by
   * "she") and, in a quotation, "I think C" (C, by "I": the quotation's speaker).
   */
  nested(claim: ClaimMention): ClaimMention[] {
    const out: ClaimMention[] = [];
    const toks = this.tokens;
    const end = claim.end;
    const innerClaim = (verb: number, speaker: Speaker, stop: number): ClaimMention | undefined => {
      let c = verb + 1;
      if (toks[c]?.text === 'that') c++;
      const next = toks[c];
      if (!next || next.start >= stop || /^[.,;:!?"“”]$/.test(next.text)) return undefined;
      let e = stop;
      while (e > next.start && /[\s"”’»]/u.test(this.text[e - 1])) e--;
      return { start: next.start, end: e, text: this.text.slice(next.start, e), kind: claim.kind === 'direct' ? 'direct' : 'indirect', cue: this.cue(toks[verb]), speaker };
    };
    if (claim.kind !== 'direct' && !claim.fragments) {
      const i = this.indexFrom(claim.start);
      // "S has learned that according to R, C": C, by R
      if (toks[i]?.text.toLowerCase() === 'according' && toks[i + 1]?.text === 'to') {
        const comma = this.find(i + 2, Math.min(this.indexFrom(end), i + 14), ',');
        if (comma > i + 2 && toks[comma + 1] && toks[comma + 1].start < end) {
          const src = /^(the|a|an)$/i.test(toks[i + 2].text) ? i + 3 : i + 2;
          const from = toks[i + 2].start;
          const named = this.actorAt.get(toks[src]?.start ?? -1);
          const speaker: Speaker = named ? { start: named.start, end: named.end, text: named.text, actor: named.actor }
            : { start: from, end: toks[comma - 1].end, text: this.text.slice(from, toks[comma - 1].end), actor: this.text.slice(toks[src].start, toks[comma - 1].end) };
          out.push({ start: toks[comma + 1].start, end, text: this.text.slice(toks[comma + 1].start, end), kind: 'indirect', cue: this.cue(toks[i]), speaker });
        }
      }
      const inner = this.pronoun(i) ?? (this.actorAt.has(toks[i]?.start ?? -1) ? this.subjectAfter(i - 1) : null);
      if (inner) {
        let v = this.indexFrom(inner.end);
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
      for (let k = this.indexFrom(claim.start); k < toks.length - 1 && toks[k].start < end; k++) {
        if (toks[k].text !== 'I' || !THINK_VERBS.has(toks[k + 1].text)) continue;
        const sentence = toks[k].sentence;
        let last = k + 1;
        while (last + 1 < toks.length && toks[last + 1].sentence === sentence && toks[last + 1].start < end) last++;
        const sp = claim.speaker;
        const speaker: Speaker = { start: toks[k].start, end: toks[k].end, text: 'I', actor: sp?.actor ?? 'I' };
        if (sp) speaker.via = sp.via ?? (this.actorAt.has(sp.start) ? sp.start : undefined);
        const c = innerClaim(k + 1, speaker, Math.min(end, toks[last].end));
        if (c) out.push(c);
      }
    }
    return out;
  }

}
