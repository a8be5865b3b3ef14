/**
 * Stage 5, coreference: a pronoun or role noun standing for a speaker ("she said", "the ministry
 * said") resolved by salience to the nearest actor before it that fits and is not merely mentioned
 * (inside a claim, after a preposition); what this paragraph cannot resolve is marked for the
 * document pass.
 */
import { NONPERSON_PRONOUNS, ORGANISATION_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, REPRESENTATIVES, ROLE_NOUNS, UNNAMED_SPEAKERS } from '../lexicon';
import { lastAtOrBefore } from '../search';
import type { ActorMention, ClaimMention, Speaker } from '../types';
import { isPerson, type Context } from './context';
import { afterPreposition } from './speakers';
import { disagrees, genderOf, genderOfNoun, objectVerb, type GenderNote } from './gender';
import { titled } from './roles';
import { openingSubject } from './topics';

/** Whether an actor can be what a pronoun or role noun of this kind stands for. */
export function fits(a: ActorMention, refer: NonNullable<Speaker['refer']>, people?: { has(a: ActorMention): boolean }): boolean {
  if (refer === 'person') return isPerson(a, people);
  if (refer === 'nonperson') return a.type !== 'person';
  // a body: an organisation, a state or a group, not a name of unknown kind ("Velmore")
  return a.type === 'organization' || a.type === 'state' || a.type === 'group';
}

export interface Salience {
  /** Mentions that are not salient: inside a claim, or the object of a preposition. */
  skip?: (a: ActorMention) => boolean;
  /** A role noun ("council"): an actor whose name ends in it is preferred ("Velmore Harbour Council"). */
  head?: string;
  /** Whether the text shows a person has the gender the pronoun needs ("she" after "Ms Pell", "Pell … her"). */
  agrees?: (a: ActorMention) => boolean;
  /** Mentions of unknown kind read as people too (a surname alone that speaks: Context.surnames). */
  people?: { has(a: ActorMention): boolean };
  /** For "they": the text, to find coordinated actors ("Pell and Sato", "Norway and Sweden"). */
  plural?: string;
}

/** What joins the last conjunct to the one before it: "and", ", and" (and "the" before it). */
const LAST_JOIN = /^\s*,?\s*and\s+(?:the\s+)?$/;
/** What joins the conjuncts before: a comma (and "the"). */
const COMMA_JOIN = /^\s*,\s+(?:the\s+)?$/;

/**
 * "Dana Pell and Tom Sato", "Pell, Sato and the council": the index of the first conjunct of the
 * coordination whose last conjunct is actors[k] (k itself when none). Coordinated actors are a
 * subject together, and the first (the head of the coordination) stands for it, as for "they"
 * after them: a speaker is one actor mention. The conjuncts are actors (no place) joined by "and"
 * before the last one and commas before the others, at most five; a name before a comma alone is
 * no conjunct ("Asked about Pell, Sato said").
 */
export function firstConjunct(text: string, actors: readonly ActorMention[], k: number): number {
  let j = k;
  for (let n = 0; n < 4 && j > 0; n++) {
    const prev = actors[j - 1];
    if (prev.type === 'location' || !(n === 0 ? LAST_JOIN : COMMA_JOIN).test(text.slice(prev.end, actors[j].start))) break;
    j--;
  }
  return j;
}

/** How many people of unknown gender "she" or "he" may pass to reach one the text shows fits. */
const UNKNOWN_REACH = 3;

/**
 * The nearest actor ending before an offset that fits, looking back at most 200 mentions,
 * passing over mentions that are not salient; a role noun prefers a name ending in that noun.
 */
export function nearestBefore(actors: readonly ActorMention[], offset: number, refer: NonNullable<Speaker['refer']>, salience: Salience = {}): ActorMention | undefined {
  const { skip, head, agrees, plural, people } = salience;
  let nearest: ActorMention | undefined;
  const unknown = new Set<string>();
  for (let k = lastAtOrBefore(actors, (a) => a.end, offset), n = 0; k >= 0 && n < 200; k--, n++) {
    const a = actors[k];
    // "Pell and Sato met in Orsa. They said": "they" stands for a coordination of people or bodies,
    // which its first conjunct stands for (as a coordinated subject's does)
    const j = plural && !skip?.(a) && a.type !== 'location' ? firstConjunct(plural, actors, k) : k;
    if (j < k) return actors[j];
    if (!fits(a, refer, people) || skip?.(a)) continue;
    if (!head && (!agrees || agrees(a))) return a;
    if (!head) {
      // "Dana Pell said her party … Rob Aske welcomed it. She said": a person the text shows
      // agrees is preferred over nearer ones whose gender it does not show, a few people back
      nearest ??= a;
      unknown.add(a.actor);
      if (unknown.size > UNKNOWN_REACH) return nearest;
      continue;
    }
    const name = a.text.toLowerCase();
    if (name.endsWith(` ${head}`)) return a;
    // a noun of a kind of body: "Ministry of Defence" for "the ministry", else a state, whose
    // ministry or police it may be ("the ministry said" after "Estonia"), never a body of another
    // kind (a council is no ministry); "a spokesman", "the statement" may be any body's
    // (a name holding the noun as a word: "Velmore Ministry of Defence" for "the ministry"; a
    // company, a party or a union is no state's)
    if (!REPRESENTATIVES.has(head) && !/^(statement|report)$/.test(head) && !` ${name} `.includes(` ${head} `) && (a.type !== 'state' || ORGANISATION_NOUNS.has(head))) continue;
    nearest ??= a;
  }
  return nearest;
}

/** The first person plural, which stands for the writers or speakers themselves. */
const FIRST_PLURAL = /^we$/i;

/** The kind of actor a pronoun or role noun can stand for. */
export function referOf(word: string): Speaker['refer'] {
  if (PERSON_PRONOUNS.has(word)) return 'person';
  if (FIRST_PLURAL.test(word)) return undefined;
  if (PLURAL_PRONOUNS.has(word) || NONPERSON_PRONOUNS.has(word)) return 'nonperson';
  if (ROLE_NOUNS.has(word.toLowerCase()) || ORGANISATION_NOUNS.has(word.toLowerCase())) return 'body';
  return undefined;
}

/** The noun of a role-noun speaker, for names ending in it ("the council" -> "council"). */
export function roleHead(word: string, refer: Speaker['refer']): string | undefined {
  return refer === 'body' ? word.toLowerCase() : undefined;
}

/**
 * Mentions that a pronoun does not stand for: those inside a claim (a person merely mentioned in
 * what someone said) and objects of prepositions ("in an interview with X"), unless the mention
 * is itself a claim's speaker.
 */
export function unsalient(ctx: Context, claims: readonly ClaimMention[]): Set<ActorMention> {
  const out = new Set<ActorMention>();
  if (!ctx.actors.length) return out;
  const speakers = new Set<number>();
  // (named speakers only: a pronoun's first guess is what is being decided)
  for (const c of claims) if (c.speaker && ctx.actorAt.has(c.speaker.start)) speakers.add(c.speaker.start);
  const spans = claims.map((c) => [c.start, c.end] as const).sort((x, y) => x[0] - y[0]);
  let k = 0;
  let reach = -1;
  for (const a of ctx.actors) {
    if (speakers.has(a.start)) continue;
    while (k < spans.length && spans[k][0] <= a.start) reach = Math.max(reach, spans[k++][1]);
    if (reach >= a.end || afterPreposition(ctx, a.start)) out.add(a);
  }
  return out;
}

/**
 * Pronoun and role-noun speakers resolved again once the paragraph's claims are known, by
 * salience: the nearest fitting actor before them that is not in `hidden`; none here leaves the
 * speaker for the document pass (which passes over the same mentions).
 */
export function resolveBySalience(ctx: Context, claims: readonly ClaimMention[], hidden: ReadonlySet<ActorMention>, gender: ReadonlyMap<ActorMention, GenderNote>, subjects: ReadonlyMap<ActorMention, ActorMention>, pending: Map<ClaimMention, string[]>): Set<ClaimMention> {
  // claims whose pronoun goes on with a speaker before this paragraph (left to the document pass)
  const continuing = new Set<ClaimMention>();
  let last: ActorMention | undefined; // the actor of the last claim's speaker
  let unnamed: Speaker | undefined; // the last claim's speaker when it names no actor ("the court")
  let phrase: Speaker | undefined; // the last claim's speaker when it is a person's role phrase ("the aide to Senator Vell")
  for (const c of claims) {
    const sp = c.speaker;
    const before = last;
    const own = sp && ctx.actorAt.get(sp.start);
    if (own) last = own;
    if (own || sp && sp.via === undefined && !sp.refer) {
      unnamed = own || !sp || !/^\p{Ll}{3,}$/u.test(sp.actor) ? undefined : sp;
      phrase = own || !sp || !PERSON_HEAD.test(sp.actor) ? undefined : sp;
    }
    if (!sp || own) continue;
    const refer = referOf(sp.text);
    if (!refer) {
      // (a title the paragraph names no holder of is left to the document pass: roles.ts)
      const needs = titled(ctx, sp, hidden);
      if (needs) pending.set(c, needs);
      continue;
    }
    const wants = genderOf(sp.text);
    const skip = (m: ActorMention): boolean => hidden.has(m) || disagrees(gender.get(m), wants);
    // "Furthermore, he warned", "he added": an additive connective or cue continues the speaker
    // before, past other actors mentioned between (the speaker is the topic being reported)
    const goesOn = !roleHead(sp.text, refer) && additive(ctx, c, sp);
    const continued = before && fits(before, refer, ctx.surnames) && !skip(before) && goesOn ? before : undefined;
    // ("Kirby said C. ¶ Mora was sanctioned. Furthermore, he warned": with no speaker before it
    // in this paragraph, the speaker it goes on with is the document's last, not Mora)
    if (goesOn && !before && !unnamed && refer === 'person') {
      continuing.add(c);
      sp.actor = sp.text.toLowerCase();
      sp.refer = refer;
      delete sp.via;
      continue;
    }
    const agrees = wants && ((m: ActorMention): boolean => gender.get(m) === wants);
    const plural = /^they$/i.test(sp.text) ? ctx.text : undefined;
    const near = continued ?? nearestBefore(ctx.actors, sp.start, refer, { skip, head: roleHead(sp.text, refer), agrees: agrees || undefined, plural, people: ctx.surnames });
    // "Kirby said C. The sanctions target Oleg Petrov. He said C2": the subject of the last
    // attribution outranks a person named since only as a verb's object (centering: a subject is
    // the preferred centre, an object ranks below it)
    const over = near && before && near !== before && near.start > before.start && refer === 'person' && fits(before, refer, ctx.surnames) && !skip(before) && objectVerb(ctx, near) >= 0 ? before : near;
    // "Kolar met her counterpart, Mara Voss. She said C": the subject of the sentence naming the
    // person as an object (centering.ts); a subject of unknown kind is left to the document pass
    const centre = over && over === near && refer === 'person' && !continued ? subjects.get(over) : undefined;
    if (centre && centre.type === 'other' && !fits(centre, refer, ctx.surnames)) {
      sp.actor = sp.text.toLowerCase();
      sp.refer = refer;
      delete sp.via;
      continue;
    }
    const a = centre && over && fits(centre, refer, ctx.surnames) && !skip(centre) ? centre : over;
    // "The court rejected the claim. It held that C": "it" or "they" for the unnamed speaker of the
    // claim before, agreeing in number, when no actor fits nearer
    if (unnamed && refer === 'nonperson' && !continued && (!a || a.end <= unnamed.start) && /^they$/i.test(sp.text) === /[^s]s$/.test(unnamed.actor)) {
      sp.actor = unnamed.actor;
      delete sp.refer;
      delete sp.via;
      continue;
    }
    // "Negotiators from Velmore left Drenmoor. They said C": the unnamed subject of the sentence before (topics.ts)
    const topic = refer === 'nonperson' && !continued ? openingSubject(ctx, ctx.indexFrom(sp.start), a) : undefined;
    if (topic) {
      sp.actor = topic.noun;
      delete sp.refer;
      delete sp.via;
      continue;
    }
    // "The aide to Senator Hal Vell said C. He said C2": "he" or "she" for the role phrase that
    // spoke before, when no person fits nearer (the name inside the phrase is no candidate)
    if (!a && phrase && refer === 'person' && !continued && !disagrees(genderOfNoun(phrase.actor), wants)) {
      sp.actor = phrase.actor;
      delete sp.refer;
      delete sp.via;
      continue;
    }
    if (a) last = a;
    if (a) {
      sp.actor = a.actor;
      sp.via = a.start;
      delete sp.refer;
    } else {
      sp.actor = sp.text.toLowerCase();
      sp.refer = refer;
      delete sp.via;
    }
  }
  return continuing;
}

/**
 * The first word of a role phrase for one person: a representative, an office holder, a relation
 * ("aide to Senator Hal Vell", "director of the Orsa Institute", "wife of Mayor Tom Sato").
 */
const PERSON_HEAD = /^(aide|adviser|advisor|spokesman|spokeswoman|spokesperson|lawyer|attorney|counsel|solicitor|barrister|representative|director|chief|head|chairman|chairwoman|chair|friend|wife|husband|son|daughter|mother|father|brother|sister|deputy|secretary|minister|officer|official|leader|member|manager|president|founder|editor|professor)( |$)/;

/** Connectives of addition (Halliday and Hasan's additive conjunction) that go on with what was being said. */
const ADDITIVE = /^(furthermore|moreover|additionally|also|besides)$/i;

/**
 * Whether a claim goes on with the speaker before it: its cue is "add" or "continue", or an
 * additive connective opens its clause before the speaker ("Furthermore, he warned", "In
 * addition, she said") or follows it ("she also said").
 */
function additive(ctx: Context, c: ClaimMention, sp: Speaker): boolean {
  if (c.cue && /^(add|adds|added|adding|continue|continues|continued|continuing)$/i.test(c.cue.text)) return true;
  const toks = ctx.tokens;
  const p = ctx.indexFrom(sp.start);
  if (ADDITIVE.test(toks[p + 1]?.text ?? '')) return true;
  for (let k = p - 1; k >= 0 && k >= p - 4 && toks[k].sentence === toks[p].sentence; k--) {
    if (ADDITIVE.test(toks[k].text) || /^addition$/i.test(toks[k].text) && /^in$/i.test(toks[k - 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * A pronoun or role noun at token i, resolved to the nearest fitting actor before it in this
 * text; when there is none here, marked for the document pass to resolve.
 */
export function pronoun(ctx: Context, i: number): Speaker | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const w = t.text;
  const refer = referOf(w);
  // "I think C" outside a quotation: the writer's or the interviewee's own attribution (who "I" is,
  // the text around says: an interview's answers are the interviewee's)
  if (w === 'I') return { start: t.start, end: t.end, text: t.text, actor: 'I' };
  // "We find that C", "we conclude C": the first person plural outside a quotation is the writers
  // (with the reader, or the interviewee's side), never a third party named before: as "I", itself
  if (FIRST_PLURAL.test(w)) return { start: t.start, end: t.end, text: t.text, actor: 'we' };
  if (!refer && UNNAMED_SPEAKERS.has(w.toLowerCase())) return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase() };
  if (!refer) return null;
  // "the tourist office", "a regional ministry", "the prime minister's office": a role noun with a
  // modifier of its own (a possessive too) describes a body the text has not named, unless a name
  // ends in that noun ("the harbour council" -> the Velmore Harbour Council); else the phrase is
  // the speaker
  const mod = ctx.tokens[i - 1];
  if (refer === 'body' && mod && mod.sentence === t.sentence && /^\p{Ll}{3,}(['’]s)?$/u.test(mod.text) && !/^(the|this|that|its|their|our|his|her|said|also|new|and|but|nor|yet|while|when|because|then)$/.test(mod.text)) {
    const named = nearestBefore(ctx.actors, t.start, refer, { head: roleHead(t.text, refer) });
    if (!named || !named.text.toLowerCase().endsWith(` ${w.toLowerCase()}`)) return { start: mod.start, end: t.end, text: ctx.text.slice(mod.start, t.end), actor: ctx.text.slice(mod.start, t.end).toLowerCase() };
  }
  const a = nearestBefore(ctx.actors, t.start, refer, { head: roleHead(t.text, refer) });
  if (a) return { start: t.start, end: t.end, text: t.text, actor: a.actor, via: a.start };
  return { start: t.start, end: t.end, text: t.text, actor: t.text.toLowerCase(), refer };
}
