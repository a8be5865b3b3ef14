import { classOf } from '../cues';
import { FINITE_AUXILIARY, FINITE_PAST, IRREGULAR_PAST, PREPOSITIONS, REPORTING_VERBS } from '../lexicon';
import { contentNoun, statingNoun } from '../nouns';
import { adjectiveSuffix } from '../pos';
import { firstPast, lastAtOrBefore } from '../search';
import type { Token } from '../tokens';
import type { ActorMention, ClaimMention, Span, Speaker } from '../types';

export type Cue = NonNullable<ClaimMention['cue']>;

const startOf = (s: Span): number => s.start;

/** Nouns of time a demonstrative "that" may stand before. */
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'moment',
  'point', 'hour', 'decade', 'season', 'summer', 'winter', 'spring', 'autumn', 'date', 'era', 'period', 'session', 'meeting']);

/** Whether a word is a noun of time ("weekend", "years"): "over the weekend" is a time, no reason. */
export function timeNoun(word: string): boolean {
  const w = word.toLowerCase();
  return TIME_NOUNS.has(w) || TIME_NOUNS.has(w.replace(/s$/, '')) || w === 'past';
}

/**
 * Whether a mention is of a person: typed so, or among `surnames`, single words of unknown kind
 * read as surnames alone (Context.surnames in a paragraph; in the document, those of every
 * paragraph). The one test of personhood for gender, coreference and quotation chains.
 */
export function isPerson(a: ActorMention, surnames?: { has(a: ActorMention): boolean }): boolean {
  return a.type === 'person' || !!surnames?.has(a);
}

/** Quantifiers and possessives: what opens a noun phrase, never a verb after it. */
const QUANTIFIER = /^(his|her|its|their|our|my|your|few|fewer|many|several|more|most)$/i;
/** Words after a plural noun that are no verb of its (determiners, conjunctions, pronouns, adverbs, prepositions PREPOSITIONS lacks). */
const NOT_BASE_VERB = /^(the|and|but|nor|that|who|which|whom|whose|than|this|these|those|their|they|them|its|his|her|our|your|not|also|only|even|just|still|now|then|here|there|when|where|while|because|although|after|before|during|since|until|over|under|around|through|across|against|between|among|within|without|like|near|close|such|each|both|all|more|most|less|per|alone|too|very|well|again|ago|away|back|off|out|down|up|yet|one|two|three|four|five|last|next|first|same|other|own|new|old)$/;

/** Determiners and quantifiers before a plural noun ("the talks", "many voters"). */
const PLURAL_BEFORE = /^(the|these|those|his|her|its|their|our|my|your|some|many|several|all|both|few|no|two|three|four|five|ten|other|such|more|most|new|old|local|foreign)$/i;

/** Words after "that" that open a clause, never a noun it determines ("that the", "that she"). */
const CLOSED_WORD = /^(the|a|an|this|these|those|his|her|its|their|our|my|your|she|he|they|we|you|it|there|not|no|all|some|any|many|most|one|two|three|only|even|if|when|while|as|because|although)$/;

/**
 * What every stage reads: the paragraph's text, its tokens and its actor mentions, with the
 * look-ups they share (token at an offset, actor starting or covering an offset, words ahead).
 */
export class Context {
  readonly actorAt = new Map<number, ActorMention>();
  /**
   * Single-word mentions of unknown kind that are surnames alone as likely as not: one that speaks
   * ("Pell said", whose full name may be in another paragraph), or a word of a person's full name
   * named before in the paragraph ("Dana Pell … Pell arrived"); coreference reads them as people
   * (isPerson), as the document pass's aliases will type them.
   */
  readonly surnames = new Set<ActorMention>();

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly actors: readonly ActorMention[],
  ) {
    for (const a of actors) this.actorAt.set(a.start, a);
  }

  /** Index of the first token starting at or after an offset. */
  indexFrom(offset: number): number {
    return firstPast(this.tokens, startOf, offset, true);
  }

  /** A reporting verb, and not a word of a name ("United States", "News Says"). */
  isCue(i: number): boolean {
    const t = this.tokens[i];
    if (!REPORTING_VERBS.has(t.cap ? t.text.toLowerCase() : t.text)) return false;
    if (!t.cap) return true;
    const a = this.actorCovering(t.start);
    return !a;
  }

  /** A person, or a single-word name of unknown kind that speaks (a surname alone): isPerson. */
  isPerson(a: ActorMention): boolean {
    return isPerson(a, this.surnames);
  }

  actorCovering(offset: number): ActorMention | undefined {
    const k = lastAtOrBefore(this.actors, startOf, offset);
    const a = this.actors[k];
    return a && a.end > offset ? a : undefined;
  }

  sameSentenceOrNext(a: number, b: number): boolean {
    const ta = this.tokens[this.indexFrom(a)];
    const tb = this.tokens[this.indexFrom(b)];
    return !!ta && !!tb && tb.sentence - ta.sentence <= 1;
  }

  /** The sentences, as token index ranges. */
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

  /** The end of a sentence's last word (closing punctuation and quotation marks left out). */
  sentenceEnd(s: Span): number {
    let e = s.end - 1;
    while (e > s.start && /^[.!?"”’»)]$/.test(this.tokens[e].text)) e--;
    return this.tokens[e].end;
  }

  cue(t: Token): Cue {
    // (the text's own word: a base form read as a verb has its third-person form as token text)
    return { start: t.start, end: t.end, text: this.text.slice(t.start, t.end), class: classOf(t.text) };
  }

  /** A rough check that a clause follows: some verb-like word (-ed, -s, modal, copula) ahead. */
  hasFiniteVerb(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 12; k++) {
      const w = this.tokens[k].text.toLowerCase();
      if (FINITE_AUXILIARY.test(w) || w === 'be' || w === 'been' || FINITE_PAST.has(w)) return true;
      // an irregular past that is its participle too is finite before a determiner, its object
      // ("said the minister lost his seat"), not where a reduced relative may end ("a notice made
      // two days ago", "reports made public")
      if (IRREGULAR_PAST.has(w) && /^(the|a|an|his|her|its|their|our|my|your|this|these|those)$/i.test(this.tokens[k + 1]?.text ?? '')) return true;
      // (a word in -s after a determiner, a number or an adjective is a plural noun: "the talks",
      // "ethical lapses", "two votes")
      if (/^[a-z]{3,}ed$/.test(w) || /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w) && !this.nounBefore(k)) return true;
      // (a base form after a plural: "the results confirm", "media reports range")
      if (k > 0 && /^[a-z]{3,}[^s]s$/.test(this.tokens[k - 1].text) && /^[a-z]{3,}$/.test(w) && !/(s|ing|ly)$/.test(w) && !PREPOSITIONS.has(w) && !NOT_BASE_VERB.test(w)) return true;
    }
    return false;
  }

  /** Whether the word before token k makes a word in -s a plural noun: a determiner, a number, a possessive or an adjective by its suffix. */
  private nounBefore(k: number): boolean {
    const p = this.tokens[k - 1]?.text ?? '';
    // (an adjective by its suffix that is no noun the lists know: "ethical lapses", not "the proposal calls")
    return PLURAL_BEFORE.test(p) || /^\p{N}/u.test(p) || /['’]s$/.test(p) || /^\p{Ll}{4,}$/u.test(p) && adjectiveSuffix(p) && !statingNoun(p) && !contentNoun(p);
  }

  /**
   * Whether a clause of its own starts at `from`: a verb-like word ahead (as hasFiniteVerb) before
   * a relative pronoun or a closing quotation mark. "conceded a penalty which the referee
   * awarded" and '"Anon declares war on X" One poster admitted' have a noun phrase after the verb,
   * not a clause (an opening mark may start a quoted phrase of the clause: 'said a "review" is due').
   */
  clauseAhead(from: number, to: number): boolean {
    let opened = false;
    let reach = from + 12;
    for (let k = from; k < to && k < reach; k++) {
      const t = this.tokens[k];
      if (/^["“«]$/.test(t.text) && /\s/.test(this.text[t.start - 1] ?? ' ')) opened = true;
      else if (/^["”»]$/.test(t.text) && !opened) return false;
      // a relative clause set off by commas is a parenthesis in the subject: "argued the law, which
      // passed in 2019, was unconstitutional" reads on after its closing comma
      const close = /^(which|who)$/i.test(t.text) && this.tokens[k - 1]?.text === ',' ? this.find(k + 1, Math.min(to, k + 12), ',') : -1;
      if (close > 0) {
        reach += close - k;
        k = close;
        continue;
      }
      if (/^(which|who|whom|whose|that)$/i.test(t.text)) return this.twoVerbsAhead(k + 1, to);
      // "will find fewer options, but most places can …", "wrote letters to his daughters": a word
      // in -s after a quantifier or a possessive heads a noun phrase, a plural noun, no verb
      if (/^[a-z]{3,}s$/.test(t.text) && QUANTIFIER.test(this.tokens[k - 1]?.text ?? '')) continue;
      // and a conjunction after a comma opens a clause coordinated with the cue's, no complement of it
      if (t.text === ',' && /^(but|and|or|yet)$/.test(this.tokens[k + 1]?.text ?? '')) return false;
      // a subject pronoun after a determiner and a noun opens a relative clause without its
      // pronoun ("said the man he met was lying"), or a clause of its own, no part of this one
      // ("when he found his brother he had resolution")
      if (/^(I|he|she|we|they)$/.test(t.text) && k >= from + 1 && /^(the|a|an|his|her|their|its|our|my|your|this|that)$/i.test(this.tokens[k - 2]?.text ?? '') && /^\p{Ll}+$/u.test(this.tokens[k - 1].text)) return this.twoVerbsAhead(k + 1, to);
      if (this.hasFiniteVerb(k, k + 1)) return true;
    }
    return false;
  }

  /**
   * After a relative pronoun at k - 1: whether two verbs follow, the relative clause's and the main
   * clause's ("said the company that built the bridge had ignored warnings"), where an object with
   * a relative clause has one ("conceded a penalty which the referee awarded"). Only auxiliaries and
   * forms in -ed count, not any word in -s ("minutes", "warnings").
   */
  twoVerbsAhead(from: number, to: number): boolean {
    let verbs = 0;
    for (let k = from; k < to && k < from + 12; k++) {
      const w = this.tokens[k].text;
      if (/^[,;:.!?"“”]$/.test(w)) return false;
      // (or, once the relative clause has its verb, a word after an object pronoun, which closes
      // the relative clause's verb phrase: "the people who voted for him deserve better")
      const closed = verbs === 1 && /^(him|her|them|us|me)$/.test(this.tokens[k - 1]?.text ?? '') && /^[a-z]{3,}$/.test(w) && !PREPOSITIONS.has(w) && !/^(and|or|but|when|if|because|as|again|too|also)$|ly$/.test(w);
      if (FINITE_AUXILIARY.test(w) || /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w) || closed) verbs++;
      if (verbs === 2) return true;
    }
    return false;
  }

  /** Whether the verb at i is the sentence's last word (only its final punctuation follows). */
  lastWord(i: number, end: number): boolean {
    return i + 2 >= end;
  }

  hasVerbBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (REPORTING_VERBS.has(this.tokens[k].text.toLowerCase())) return true;
    return false;
  }

  /**
   * Whether the "that" at token k opens a clause: not the demonstrative of a time noun ("said
   * during a briefing that day, …", "announced that week"), which ends a phrase instead.
   */
  isThatClause(k: number): boolean {
    const noun = this.tokens[k + 1];
    if (!noun) return true;
    // ("When I wrote my poems, that was true adversity": after a comma and before an auxiliary,
    // the demonstrative subject of a clause of its own)
    if (this.tokens[k - 1]?.text === ',' && FINITE_AUXILIARY.test(noun.text)) return false;
    if (!TIME_NOUNS.has(noun.text.toLowerCase())) return !this.demonstrative(k);
    const after = this.tokens[k + 2];
    return !!after && after.sentence === noun.sentence && !/^[,.;:!?"“”]$/.test(after.text) && !/^(in|on|at|by|with|to|for|and|but|or|when|before|after|that)$/i.test(after.text);
  }

  /**
   * Whether the "that" at token k is a determiner: a noun in lower case after it, then a
   * preposition or the end of the sentence, and no verb in the sentence's next twelve words ("denied that
   * report", "submitted that report to the board"; not "said that plan fell", "said that Pell won").
   */
  private demonstrative(k: number): boolean {
    const noun = this.tokens[k + 1];
    const next = this.tokens[k + 2];
    if (!noun || !/^\p{Ll}{3,}$/u.test(noun.text) || CLOSED_WORD.test(noun.text) || !next || next.sentence !== noun.sentence) return false;
    // ("that according to S, C": the complementiser before an adjunct, whose clause comes after its comma)
    if (noun.text === 'according') return false;
    if (!/^[.,;:!?]$/.test(next.text) && !PREPOSITIONS.has(next.text)) return false;
    let to = k + 1;
    // (hasFiniteVerb reads at most twelve words)
    while (to < this.tokens.length && to < k + 13 && this.tokens[to].sentence === noun.sentence) to++;
    return !this.hasFiniteVerb(k + 1, to);
  }

  /** The first "that" opening a clause between two token indices, or -1. */
  findThat(from: number, to: number): number {
    for (let k = from; k < to && k < this.tokens.length; k++) if (this.tokens[k].text === 'that' && this.isThatClause(k)) return k;
    return -1;
  }

  find(from: number, to: number, word: string): number {
    for (let k = from; k < to && k < this.tokens.length; k++) if (this.tokens[k].text === word) return k;
    return -1;
  }

  lastIndexOf(from: number, to: number, word: string): number {
    for (let k = to - 1; k >= from; k--) if (this.tokens[k].text === word) return k;
    return -1;
  }

  claim(start: number, end: number, kind: ClaimMention['kind'], cue: Cue, speaker: Speaker | null): ClaimMention | undefined {
    // a dateline opening the sentence is not part of what was said: "ANKARA — Talks stalled, officials said"
    const dateline = this.indexFrom(start) === 0 ? /^\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*,?\s*[—–-]\s*/u.exec(this.text.slice(start, Math.min(end, start + 40))) : null;
    if (dateline) start += dateline[0].length;
    // a parenthesis left open at the end: a citation closing the sentence is the writer's, not
    // what was said ("… matters more (Kolar, 2004)."), any other parenthesis is closed
    let open = -1;
    if (this.text[end] === ')') for (let k = end - 1; k >= start && open < 0; k--) if (this.text[k] === '(') open = k;
    if (open >= start && this.text.indexOf(')', open) >= end) {
      if (/\b(1[5-9]|20)\d\d[a-z]?$/.test(this.text.slice(open, end))) end = open;
      else end++;
      while (end > start && /\s/.test(this.text[end - 1])) end--;
    }
    // a quotation closing the claim closes with it: 'said it was "a sad day"' (not 'a sad day)
    if (/["”»]/u.test(this.text[end] ?? '') && ((this.text.slice(start, end).match(/["“”«»]/gu)?.length ?? 0) & 1)) end++;
    if (end <= start) return undefined;
    return { start, end, text: this.text.slice(start, end), kind, cue, speaker };
  }
}
