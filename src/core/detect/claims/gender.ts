/**
 * The gender the text shows for its person mentions, for "he" and "she" to agree with: titles,
 * pronouns after a name in its sentence, a sentence opening with a pronoun after a sentence naming
 * one person it can be.
 */
import { PREPOSITIONS, TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { Context } from './context';

const MALE_TITLES = /^(Mr|Mr\.|Sir|Lord|King|Prince|Father|Brother|Duke|Baron)$/;
const FEMALE_TITLES = /^(Mrs|Mrs\.|Ms|Ms\.|Miss|Lady|Queen|Princess|Dame|Sister|Duchess|Baroness)$/;

export type Gender = 'm' | 'f';
/** What the text shows of a mention: its gender, or that it is not the one a pronoun of that gender stands for ("he married Ana Lind"). */
export type GenderNote = Gender | 'not m' | 'not f';

/**
 * Nouns for people of one gender (WordNet 3.0 noun.person: the hyponyms of man.n.01 / woman.n.01
 * and the gendered kinship terms under relative.n.01) that name a person in apposition ("her
 * father, Josef Vell", "Ana Lind, his wife").
 */
const MALE_NOUNS = /^(man|father|son|husband|brother|uncle|nephew|grandfather|grandson|stepfather|stepson|widower|boyfriend|fiance|king|prince|monk|priest|businessman|chairman|congressman|spokesman|actor)$/;
const FEMALE_NOUNS = /^(woman|mother|daughter|wife|sister|aunt|niece|grandmother|granddaughter|stepmother|stepdaughter|widow|girlfriend|fiancee|queen|princess|nun|businesswoman|chairwoman|congresswoman|spokeswoman|actress)$/;

/** The gender a role phrase's first noun shows ("wife of Tom Sato": f), if any. */
export function genderOfNoun(phrase: string): Gender | undefined {
  const w = phrase.split(' ')[0].toLowerCase();
  return MALE_NOUNS.test(w) ? 'm' : FEMALE_NOUNS.test(w) ? 'f' : undefined;
}

/** The gender a person pronoun needs ("she" -> f, "he" -> m). */
export function genderOf(pronoun: string): Gender | undefined {
  return /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : undefined;
}

/** Whether a mention's gender, where the text shows it, rules it out for a pronoun needing `wants`. */
export function disagrees(known: GenderNote | undefined, wants: Gender | undefined): boolean {
  return !!known && !!wants && known !== wants && (known.length === 1 || known === `not ${wants}`);
}

/**
 * The gender the paragraph shows for its person mentions: a title before a mention ("Mr", "Ms"),
 * or the first "he/his/him" or "she/her" after a mention in its sentence with no other person
 * named between ("Aske was criticised for his remarks"); shared by the mentions of one name.
 */
/** What follows an object pronoun "her" (punctuation, a preposition, a conjunction, a determiner), not a noun it possesses. */
const OBJECT_FOLLOWER = /^([.,;:!?"”)]|and|or|but|to|in|on|at|for|with|from|about|after|before|as|that|the|a|an|this|again|too|well|now|then)$/i;

export function genders(ctx: Context): Map<ActorMention, GenderNote> {
  const byName = new Map<string, Gender>();
  const out = new Map<ActorMention, GenderNote>();
  const pronouns = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b/.test(ctx.text);
  const toks = ctx.tokens;
  for (const a of ctx.actors) {
    if (!ctx.isPerson(a) || byName.has(a.actor)) continue;
    const i = ctx.indexFrom(a.start);
    const title = toks[i - 1]?.text ?? '';
    const noun = appositionNoun(ctx, a);
    if (MALE_TITLES.test(title) || MALE_NOUNS.test(noun)) byName.set(a.actor, 'm');
    else if (FEMALE_TITLES.test(title) || FEMALE_NOUNS.test(noun)) byName.set(a.actor, 'f');
    else if (pronouns) {
      const after = ctx.indexFrom(a.end);
      for (let k = after, n = 0; k < toks.length && n < 25 && toks[k].sentence === toks[i].sentence; k++, n++) {
        const other = ctx.actorAt.get(toks[k].start);
        if (other && ctx.isPerson(other) && other.actor !== a.actor) break;
        const w = toks[k].text.toLowerCase();
        // (nor a possessive opening an apposition: "Tom Sato, her deputy," is someone else's deputy,
        // a noun phrase holds no pronoun standing for itself, the i-within-i condition)
        // it stands for the person named before instead ("Pell said C. Sato, her deputy, …" -> Pell)
        if (k === after + 1 && toks[after].text === ',' && (w === 'his' || w === 'her')) {
          const owner = personBefore(ctx, a);
          if (owner && !byName.has(owner.actor)) byName.set(owner.actor, w === 'his' ? 'm' : 'f');
          continue;
        }
        // (not an object pronoun: "Sato spoke after her", "Pell thanked him" name someone else, a
        // clause's object is not its subject (binding principle B); "her" before a word of its
        // noun phrase is the possessive, "her deputy"); and the pronouns after it go on about that
        // someone else, no more about the mention ("Bel encouraged her to exhibit, and her first
        // show opened": "her show" is not Bel's)
        if (w === 'him' || w === 'her' && (OBJECT_FOLLOWER.test(toks[k + 1]?.text ?? '.') || /ly$/.test(toks[k + 1]?.text ?? ''))) break;
        if (w === 'he' || w === 'his') byName.set(a.actor, 'm');
        else if (w === 'she' || w === 'her') byName.set(a.actor, 'f');
        else continue;
        break;
      }
    }
  }
  const bound = pronouns ? pronounObjects(ctx) : new Map<ActorMention, Gender>();
  if (pronouns) sentenceOpeners(ctx, byName, bound);
  for (const a of ctx.actors) {
    const b = bound.get(a);
    const g = byName.get(a.actor) ?? (b && `not ${b}` as const);
    if (g) out.set(a, g);
  }
  return out;
}

/** The nearest person other than `a` named before it in its sentence or the one before. */
function personBefore(ctx: Context, a: ActorMention): ActorMention | undefined {
  const sentence = ctx.tokens[ctx.indexFrom(a.start)].sentence;
  for (let j = ctx.actors.indexOf(a) - 1; j >= 0; j--) {
    const b = ctx.actors[j];
    if (ctx.tokens[ctx.indexFrom(b.start)].sentence < sentence - 1) return undefined;
    if (ctx.isPerson(b) && b.actor !== a.actor) return b;
  }
  return undefined;
}

/**
 * The noun for a person in apposition to a mention, lower case: before it ("her father, Josef
 * Vell", "his wife Ana Lind") or after it and a comma ("Ana Lind, his wife"); '' when none.
 */
function appositionNoun(ctx: Context, a: ActorMention): string {
  const toks = ctx.tokens;
  const i = ctx.indexFrom(a.start);
  const before = toks[i - 1]?.text === ',' ? toks[i - 2] : toks[i - 1];
  if (before && before.sentence === toks[i].sentence && /^(his|her|their|the|a|an|my|our)$/i.test(toks[ctx.indexFrom(before.start) - 1]?.text ?? '')) return before.text.toLowerCase();
  const k = ctx.indexFrom(a.end);
  if (toks[k]?.text === ',' && /^(his|her|their|the|a|an|my|our)$/i.test(toks[k + 1]?.text ?? '')) return toks[k + 2]?.text.toLowerCase() ?? '';
  return '';
}

/**
 * Persons named as the object of a clause whose subject is "he" or "she" ("In 1910 he married Ana
 * Lind", "she met the composer Rob Aske"): the pronoun is someone else (binding principle C), and
 * the one it stands for stays the topic, so the next "he" ("He later wrote that C") goes on about
 * that person, not the object. Maps each such mention to the pronoun's gender.
 */
function pronounObjects(ctx: Context): Map<ActorMention, Gender> {
  const out = new Map<ActorMention, Gender>();
  const toks = ctx.tokens;
  for (const a of ctx.actors) {
    if (!ctx.isPerson(a)) continue;
    // the verb (and an adverb before it) right after the pronoun
    const k = objectVerb(ctx, a);
    if (k < 0) continue;
    let p = k - 1;
    if (/ly$/.test(toks[p]?.text ?? '')) p--;
    const g = /^he$/i.test(toks[p]?.text ?? '') ? 'm' : /^she$/i.test(toks[p]?.text ?? '') ? 'f' : undefined;
    if (g && toks[p].sentence === toks[k].sentence) out.set(a, g);
  }
  return out;
}

/** Words after which a name is no verb's object: conjunctions, relative words, auxiliaries, verbs a name follows inverted ('"…," said Pell'). */
const NOT_GOVERNING = /^(and|but|or|nor|who|which|that|was|were|is|are|has|had|have|will|would|said|says|told|asked)$/;

/**
 * The verb a mention is the object of ("married Ana Lind", "target Oleg Petrov", "met the composer
 * Rob Aske"): the lower-case word right before it in its sentence, past titles, a determiner and up
 * to two words of a role, that is no preposition, conjunction, auxiliary or adverb. Its token
 * index, or -1. (Coreference ranks such an object below the subject before it.)
 */
export function objectVerb(ctx: Context, a: ActorMention): number {
  const toks = ctx.tokens;
  let k = ctx.indexFrom(a.start) - 1;
  while (k >= 0 && TITLES.has(toks[k].text)) k--;
  // past a determiner and up to two words of a role ("the composer", "a young singer")
  for (let j = k; j >= k - 2 && /^\p{Ll}+$/u.test(toks[j]?.text ?? ''); j--) {
    if (/^(the|a|an)$/.test(toks[j].text)) {
      k = j - 1;
      break;
    }
  }
  const w = toks[k];
  return !!w && w.sentence === toks[k + 1].sentence && governing(w.text) ? k : -1;
}

/** Whether a word may be a verb governing the name after it: lower case, no preposition, conjunction, auxiliary or adverb. */
export function governing(w: string): boolean {
  return /^\p{Ll}{3,}$/u.test(w) && !PREPOSITIONS.has(w) && !NOT_GOVERNING.test(w) && !/ly$/.test(w);
}

/**
 * A sentence opening with "He", "She", "His" or "Her" goes on about a person of the sentence before
 * ("Ilves was born in Orsa. Her father …"; "Ilves married Tobias Rehn. He encouraged her"): when
 * exactly one person named there may have that gender (the others' known gender rules them
 * out), that person has it.
 */
function sentenceOpeners(ctx: Context, byName: Map<string, Gender>, bound: ReadonlyMap<ActorMention, Gender>): void {
  const toks = ctx.tokens;
  let k = 0; // the first actor not before the sentence before
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].sentence === toks[i - 1].sentence) continue;
    const g = /^(He|His)$/.test(toks[i].text) ? 'm' : /^(She|Her)$/.test(toks[i].text) ? 'f' : undefined;
    if (!g) continue;
    const before = toks[i - 1].sentence;
    let person: string | undefined;
    let fits = 0;
    for (; k < ctx.actors.length && ctx.actors[k].start < toks[i].start; k++) {
      const a = ctx.actors[k];
      if (!ctx.isPerson(a) || toks[ctx.indexFrom(a.start)].sentence !== before || a.actor === person) continue;
      const known = byName.get(a.actor);
      // (nor an object of "she" for "She": "In 1975 she met Rob Aske. She later wrote …")
      if (known && known !== g || bound.get(a) === g) continue;
      // (nor one named after a pronoun of that gender in the sentence before: "Her tutor, Karl
      // Bremer, doubted it. She finished …": the pronoun there is the centre, the one it stands
      // for no part of the phrase naming Bremer (binding principle C), and the opener goes on with it)
      if (pronounBefore(ctx, a, g)) continue;
      person = a.actor;
      fits++;
    }
    if (fits === 1 && person && !byName.has(person) && !knownBefore(ctx, byName, k, before, g)) byName.set(person, g);
  }
}

/** Whether a pronoun of gender `g` ("she", "her"; "he", "his", "him") comes before a mention in its sentence. */
function pronounBefore(ctx: Context, a: ActorMention, g: Gender): boolean {
  const toks = ctx.tokens;
  const i = ctx.indexFrom(a.start);
  const pronoun = g === 'f' ? /^(she|her)$/i : /^(he|his|him)$/i;
  for (let k = i - 1; k >= 0 && toks[k].sentence === toks[i].sentence; k--) if (pronoun.test(toks[k].text)) return true;
  return false;
}

/**
 * Whether a person the text already shows has gender `g` is named in the two sentences before
 * sentence `before` (actors before index `k`): the pronoun opening the sentence after may go on
 * about that person ("Pell said her party would win. Aske arrived. She said …"), so it shows
 * nothing of the one named in the sentence before.
 */
function knownBefore(ctx: Context, byName: ReadonlyMap<string, Gender>, k: number, before: number, g: Gender): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const a = ctx.actors[j];
    const sentence = ctx.tokens[ctx.indexFrom(a.start)].sentence;
    if (sentence < before - 2) return false;
    if (sentence < before && ctx.isPerson(a) && byName.get(a.actor) === g) return true;
  }
  return false;
}
