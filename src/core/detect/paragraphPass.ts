// What the incremental detector keeps per paragraph, and the steps of its document pass over
// them (which words some paragraph shows to name no actor, which mentions a pronoun may stand for,
// aliases, claims placed in document offsets, word counts): each a function of the paragraphs.
import { acronymAfter, detectActors, givenParts, isFullName, KIN_NAMED } from './actors';
import { firstPast } from './search';
import { isPerson } from './claims/context';
import { detectClaims, disagrees, genderOf, nearestBefore, roleHead, type ClaimsResult } from './claims/index';
import { holds } from './claims/roles';
import type { Gender, GenderNote } from './claims/gender';
import type { Gazetteer } from './gazetteer';
import { ideaNoun, statingNoun, thingNoun } from './nouns';
import { tokenize } from './tokens';
import type { ActorMention, ClaimMention, Speaker } from './types';

/** What one paragraph yields on its own; offsets relative to the paragraph. Shared, never changed. */
export interface ParagraphResult extends ClaimsResult {
  actors: ActorMention[];
  /** Acronyms defined in parentheses after a mention. */
  acronyms: Map<ActorMention, string>;
  tentative: Set<ActorMention>;
  /** Tentative mentions kept all the same: a single word that speaks right after a quotation ('"…," Pell said'). */
  quotedSpeakers: Set<ActorMention>;
  midCaps: Set<string>;
  /** Single words the paragraph shows to name no actor: dropped in every paragraph. */
  things: Set<string>;
  /** Whether a claim's speaker is a pronoun or role noun left for the document pass to resolve. */
  refers: boolean;
}

/** A mention that defines an acronym: as the document pass made it, and as its paragraph found it. */
export interface Definition {
  acronym: string;
  doc: ActorMention;
  own: ActorMention;
}

/** A paragraph of the current text and its share of the document's result (document offsets). */
export interface Paragraph {
  start: number;
  end: number;
  result: ParagraphResult;
  /** The mentions the tentative filter keeps, aliases resolved. */
  actors: ActorMention[];
  /** One per `result.claims`, speakers resolved, the quotation chain included. */
  claims: ClaimMention[];
  /** The mentions here that define acronyms, in text order. */
  definitions: Definition[] | undefined;
  /** The canonical name of the last full-name person here by each name part (made when first asked for). */
  nameParts: Map<string, string> | undefined;
}

/** Counts the edited-paragraphs pass keeps up to date. */
export interface WordCounts {
  /** How many paragraphs have each word capitalised inside a sentence (absent: none). */
  midCaps: Map<string, number>;
  /** How many tentative mentions (sentence-initial unknown words, heading lines) have each word (tentativeWords). */
  tentative: Map<string, number>;
}

export function detectParagraph(text: string, gazetteer: Gazetteer): ParagraphResult {
  const tokens = tokenize(text);
  const { mentions, tentative, midCaps, things } = detectActors(text, tokens, gazetteer);
  const acronyms = new Map<ActorMention, string>();
  for (const m of mentions) {
    const acr = acronymAfter(text, m);
    if (acr) acronyms.set(m, acr);
  }
  const found = detectClaims(text, tokens, mentions, tentative);
  const quotedSpeakers = new Set<ActorMention>();
  for (const a of tentative) if (speakingName(text, found, a)) quotedSpeakers.add(a);
  // (the claims' own object given the rest: an object spread of it cost some 20 µs a paragraph)
  return Object.assign(found, { actors: mentions, acronyms, tentative, quotedSpeakers, midCaps, things, refers: found.titledPending.size > 0 || found.claims.some((c) => c.speaker?.refer) });
}

/** Document mentions a pronoun does not stand for (made by keep() from each paragraph's `hidden`). */
const HIDDEN = new WeakSet<ActorMention>();

/**
 * Document mentions their paragraph reads as surnames alone ("Pell said", its full name perhaps in
 * no paragraph before): people for the document pass's pronouns, as for the paragraph's (isPerson).
 */
export const SURNAMES = new WeakSet<ActorMention>();

/** Document mentions that speak in their paragraph, and people there only acted on. */
const SPEAKS = new WeakSet<ActorMention>();
const ACTED = new WeakSet<ActorMention>();

/** Document mentions of people named as a verb's object, each with its sentence's subject (centering.ts). */
const SUBJECT = new WeakMap<ActorMention, ActorMention>();

/** The title words of each document mention of a person (roles.ts). */
const TITLE_WORDS = new WeakMap<ActorMention, string[]>();

/** The gender each document mention's paragraph shows for it. */
const GENDER = new WeakMap<ActorMention, GenderNote>();

/** Makes a paragraph's document mentions: those the tentative filter keeps, in document offsets. */
/** The words some paragraph shows to name no actor. */
export function thingsOf(paras: readonly Paragraph[]): Set<string> {
  const out = new Set<string>();
  for (const p of paras) for (const w of p.result.things) out.add(w);
  return out;
}

/**
 * Whether a paragraph's mention is a single word right after a quotation's closing mark that
 * speaks there ('"We will win," Pell said'), one WordNet knows as no noun ("Critics" stays out).
 */
function speakingName(text: string, result: ClaimsResult, a: ActorMention): boolean {
  return result.surnames.has(a) && result.speakers.has(a) && /[,!?]["”]\s*$/.test(text.slice(Math.max(0, a.start - 4), a.start))
    && !statingNoun(a.text) && !thingNoun(a.text) && !ideaNoun(a.text);
}

/**
 * The words of a tentative mention the document must capitalise inside a sentence to keep it: a
 * single word itself; of a heading line, the words after its first ("Getting Around": "Around").
 */
export function tentativeWords(a: ActorMention): string[] {
  return a.text.includes(' ') ? a.text.split(' ').slice(1) : [a.text];
}

export function keep(p: Paragraph, midCaps: { has(word: string): boolean }, things: ReadonlySet<string>): void {
  const { result, start: offset } = p;
  p.actors = [];
  p.definitions = undefined;
  p.nameParts = undefined;
  let surnames: Set<string> | undefined;
  const made = result.subjects.size ? new Map<ActorMention, ActorMention>() : undefined;
  for (const a of result.actors) {
    // (a sentence-initial word of unknown kind is kept when it speaks and is no English noun:
    // '"We will win," Pell said', a surname alone, is a person a later "he" may stand for)
    if (result.tentative.size && result.tentative.has(a) && !tentativeWords(a).every((w) => midCaps.has(w)) && !result.quotedSpeakers.has(a)) continue;
    if (things.size && things.has(a.text)) continue;
    // '"We will win," Pell said': a word kept only as a speaker right after a quotation (the
    // document never writes it capitalised inside a sentence) is kept as a surname alone: a person
    const surname = a.type === 'other' && result.quotedSpeakers.has(a) && !midCaps.has(a.text);
    if (surname) (surnames ??= new Set()).add(a.text);
    const m: ActorMention = { start: a.start + offset, end: a.end + offset, text: a.text, type: surname ? 'person' : a.type, actor: a.actor };
    p.actors.push(m);
    if (KIN_NAMED.has(a)) KIN_NAMED.add(m);
    made?.set(a, m);
    // (a tentative mention the document keeps is a name after all: a pronoun may stand for it)
    if (result.hidden.has(a) && !result.unsureOnly.has(a)) HIDDEN.add(m);
    if (result.surnames.has(a)) SURNAMES.add(m);
    if (result.speakers.has(a)) SPEAKS.add(m);
    if (result.acted.has(a)) ACTED.add(m);
    const g = result.gender.get(a);
    if (g) GENDER.set(m, g);
    const words = result.titles.get(a);
    if (words) TITLE_WORDS.set(m, words);
    const acronym = result.acronyms.get(a);
    if (acronym) (p.definitions ??= []).push({ acronym, doc: m, own: a });
  }
  if (made) for (const [object, subject] of result.subjects) {
    const o = made.get(object);
    const s = made.get(subject);
    if (o && s) SUBJECT.set(o, s);
  }
  // (and so is the same word in its other mentions in the paragraph: "Later, Pell left")
  if (surnames) for (const m of p.actors) if (m.type === 'other' && surnames.has(m.text)) m.type = 'person';
}

/** The last definition of each acronym in the document. */
export function lastDefiners(paras: readonly Paragraph[]): Map<string, Definition> {
  const out = new Map<string, Definition>();
  for (const p of paras) for (const d of p.definitions ?? []) out.set(d.acronym, d);
  return out;
}

/**
 * A person named in full: later single names may stand for them. (Acronyms have no spaces, so
 * no acronym definition renames a full name: its name stays as the paragraph found it.)
 */
export function namePartsOf(p: Paragraph): Map<string, string> {
  if (!p.nameParts) {
    p.nameParts = new Map();
    for (const m of p.actors) if (isFullName(m)) for (const part of givenParts(m)) p.nameParts.set(part, m.actor);
  }
  return p.nameParts;
}

/**
 * Whether two runs of paragraphs give other paragraphs' aliases the same: acronym definitions
 * (used as found by mentions before them, as resolved by those after) and full names, in order.
 */
export function sameGifts(a: readonly Paragraph[], b: readonly Paragraph[]): boolean {
  const gifts = (ps: readonly Paragraph[]): [string[], string[]] => {
    const acronyms: string[] = [];
    const names: string[] = [];
    for (const p of ps) {
      for (const d of p.definitions ?? []) acronyms.push(d.acronym, d.own.actor, d.own.type, d.doc.actor, d.doc.type);
      for (const m of p.actors) if (isFullName(m)) names.push(KIN_NAMED.has(m) ? `${m.actor} (kin)` : m.actor);
    }
    return [acronyms, names];
  };
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((v, k) => v === y[k]);
  const [acronymsA, namesA] = gifts(a);
  const [acronymsB, namesB] = gifts(b);
  return same(acronymsA, acronymsB) && same(namesA, namesB);
}

/** A paragraph's claims in document offsets, with their own speakers (before the quotation chain). */
export function claimsOf(p: Paragraph, actors: readonly ActorMention[]): ClaimMention[] {
  const offset = p.start;
  return p.result.claims.map((c) => {
    const claim: ClaimMention = {
      start: c.start + offset, end: c.end + offset, text: c.text, kind: c.kind,
      cue: c.cue && { start: c.cue.start + offset, end: c.cue.end + offset, text: c.cue.text, class: c.cue.class },
      speaker: null,
    };
    if (c.fragments) claim.fragments = c.fragments.map(([s, e]) => [s + offset, e + offset]);
    if (c.speaker) claim.speaker = ownSpeaker(p, c.speaker, actors, p.result.continuing.has(c), p.result.titledPending.get(c));
    return claim;
  });
}

/** The first gender some paragraph shows for each canonical name, and where, by document (made when first asked for). */
const NAME_GENDER = new WeakMap<readonly ActorMention[], Map<string, { gender: Gender; at: number }>>();

/**
 * The gender the document shows for a mention, for a pronoun at offset `before`: its paragraph's
 * note, else one a paragraph before the pronoun shows for the same person ("Ms Dana Pell" there,
 * "Pell" alone here: the aliases give both one canonical name, and the surname is as much that
 * woman as the full name is). (Only before the pronoun: an edit changes the pronouns after it.)
 */
function genderIn(actors: readonly ActorMention[], a: ActorMention, before: number): GenderNote | undefined {
  let byName = NAME_GENDER.get(actors);
  if (!byName) {
    byName = new Map();
    for (const m of actors) {
      const g = GENDER.get(m);
      if ((g === 'm' || g === 'f') && !byName.has(m.actor)) byName.set(m.actor, { gender: g, at: m.start });
    }
    NAME_GENDER.set(actors, byName);
  }
  const named = byName.get(a.actor);
  return GENDER.get(a) ?? (named && named.at < before ? named.gender : undefined);
}

/**
 * A claim's speaker with the canonical name the aliases now give it. `continues`: its pronoun goes
 * on with the last speaker before ("Furthermore, he warned"), past people merely named between.
 */
function ownSpeaker(p: Paragraph, sp: Speaker, actors: readonly ActorMention[], continues: boolean, needs?: readonly string[]): Speaker {
  const start = sp.start + p.start;
  // "Mayor Jonas Eld urged calm. ¶ "…," the mayor said": a title no person in its paragraph holds
  // stands for the nearest person named with it before (roles.ts)
  if (needs) {
    const holder = nearestBefore(actors, start, 'person', { skip: (a) => HIDDEN.has(a) || !holds(TITLE_WORDS.get(a), needs) });
    return { start, end: sp.end + p.start, text: sp.text, actor: holder ? holder.actor : sp.actor };
  }
  const wants = genderOf(sp.text);
  const skip = (a: ActorMention): boolean => HIDDEN.has(a) || disagrees(genderIn(actors, a, start), wants);
  const near = sp.refer ? nearestBefore(actors, start, sp.refer, {
    skip, head: roleHead(sp.text, sp.refer), people: SURNAMES, agrees: (a) => !wants || genderIn(actors, a, start) === wants,
  }) : undefined;
  // "Kirby said C. ¶ The sanctions target Oleg Petrov. ¶ '…,' he said": the last person who spoke
  // outranks one named since only as a verb's object (resolveBySalience's rule, across
  // paragraphs); "Kirby said C. ¶ Mora was sanctioned. Furthermore, he warned": an additive
  // connective goes on with the last person who spoke
  const spoke = near && sp.refer === 'person' && (continues || ACTED.has(near)) ? nearestBefore(actors, start, 'person', { skip: (a) => !SPEAKS.has(a) || skip(a), people: SURNAMES }) : undefined;
  // "Kolar met her counterpart, Mara Voss. She said C": the subject of the sentence naming a
  // person as its object, when it may be a person (resolveBySalience's rule, with the document's kinds)
  const centre = near && sp.refer === 'person' && !continues ? SUBJECT.get(near) : undefined;
  const subject = centre && isPerson(centre, SURNAMES) && !skip(centre) ? centre : undefined;
  const named = mentionAt(p.actors, start) ?? (sp.via !== undefined ? mentionAt(p.actors, sp.via + p.start) : undefined) ?? subject
    ?? (near && sp.refer === 'person' && !continues ? topicOver(p, actors, near, start, wants) : undefined)
    ?? (spoke && near && spoke.start < near.start ? spoke : near);
  return { start, end: sp.end + p.start, text: sp.text, actor: named ? named.actor : sp.actor };
}

/**
 * "Halvard Morstein was born in Eskvik. … ¶ … His colleague Piet Ansel recalled C. ¶ After the war
 * he returned to Eskvik. He told an interviewer C": a person pronoun in a paragraph that names no
 * person before it stands for the document's topic, the person it names most (a biography's
 * subject, named once in full, then by surname and "he"), over a person named nearer but less
 * (centering across paragraph breaks: the one continued is the discourse topic, not the last
 * person mentioned). The topic is named at least three times before, twice as often as `near`.
 */
function topicOver(p: Paragraph, actors: readonly ActorMention[], near: ActorMention, before: number, wants: Gender | undefined): ActorMention | undefined {
  if (p.actors.some((a) => a.start < before && isPerson(a, SURNAMES))) return undefined;
  const counts = new Map<string, number>();
  const last = new Map<string, ActorMention>();
  for (const a of actors) {
    if (a.start >= before) break;
    if (!isPerson(a, SURNAMES)) continue;
    counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
    last.set(a.actor, a);
  }
  let topic: string | undefined;
  for (const [name, n] of counts) if (!topic || n > (counts.get(topic) ?? 0)) topic = name;
  const n = topic ? counts.get(topic) ?? 0 : 0;
  const m = topic === undefined ? undefined : last.get(topic);
  // (nor one whose gender the text shows is not the pronoun's)
  if (!m || topic === near.actor || n < 3 || n < 2 * (counts.get(near.actor) ?? 0) || disagrees(genderIn(actors, m, before), wants)) return undefined;
  return m;
}

function mentionAt(actors: readonly ActorMention[], start: number): ActorMention | undefined {
  // mentions are sorted by start: a binary search, not a scan per claim
  const a = actors[firstPast(actors, (m) => m.start, start, true)];
  return a?.start === start ? a : undefined;
}

/** Resolves again the pronouns a paragraph left to the document pass; whether any now names someone else. */
export function rerefer(p: Paragraph, actors: readonly ActorMention[]): boolean {
  if (!p.result.refers) return false;
  let changed = false;
  p.result.claims.forEach((c, k) => {
    const speaker = p.claims[k].speaker;
    const needs = p.result.titledPending.get(c);
    if (!c.speaker?.refer && !needs || !c.speaker || !speaker) return;
    const actor = ownSpeaker(p, c.speaker, actors, p.result.continuing.has(c), needs).actor;
    if (speaker.actor !== actor) {
      speaker.actor = actor;
      changed = true;
    }
  });
  return changed;
}

export function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  return a === b || !!a && !!b && a.start === b.start && a.end === b.end && a.text === b.text && a.actor === b.actor;
}

/** Moves a paragraph kept after an edit, with its results, by `delta` code units. */
export function shift(p: Paragraph, delta: number): void {
  p.start += delta;
  p.end += delta;
  for (const a of p.actors) {
    a.start += delta;
    a.end += delta;
  }
  for (const c of p.claims) {
    c.start += delta;
    c.end += delta;
    if (c.cue) {
      c.cue.start += delta;
      c.cue.end += delta;
    }
    // a speaker continued from a claim before the edit is made again by the quotation chain
    if (c.speaker) {
      c.speaker.start += delta;
      c.speaker.end += delta;
    }
    if (c.fragments) for (const f of c.fragments) {
      f[0] += delta;
      f[1] += delta;
    }
  }
}

export function countWords(paras: readonly Paragraph[]): WordCounts {
  const counts: WordCounts = { midCaps: new Map(), tentative: new Map() };
  for (const p of paras) count(counts, p.result, 1);
  return counts;
}

/** Adds (sign 1) or removes (sign -1) a paragraph's capitalised words and tentative mentions. */
export function count(counts: WordCounts, result: ParagraphResult, sign: 1 | -1): void {
  for (const w of result.midCaps) bump(counts.midCaps, w, sign);
  for (const t of result.tentative) for (const w of tentativeWords(t)) bump(counts.tentative, w, sign);
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

export function flat<T>(paras: readonly Paragraph[], items: (p: Paragraph) => readonly T[]): T[] {
  const out: T[] = [];
  for (const p of paras) for (const x of items(p)) out.push(x);
  return out;
}
