/**
 * The gender the text shows for its person mentions, for "he" and "she" to agree with: titles,
 * pronouns after a name in its sentence, a sentence opening with a pronoun after a sentence naming
 * one person it can be.
 */
import type { ActorMention } from '../types';
import type { Context } from './context';

const MALE_TITLES = /^(Mr|Mr\.|Sir|Lord|King|Prince|Father|Brother|Duke|Baron)$/;
const FEMALE_TITLES = /^(Mrs|Mrs\.|Ms|Ms\.|Miss|Lady|Queen|Princess|Dame|Sister|Duchess|Baroness)$/;

export type Gender = 'm' | 'f';

/** The gender a person pronoun needs ("she" -> f, "he" -> m). */
export function genderOf(pronoun: string): Gender | undefined {
  return /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : undefined;
}

/** Whether a mention's gender, where the text shows it, rules it out for a pronoun needing `wants`. */
export function disagrees(known: Gender | undefined, wants: Gender | undefined): boolean {
  return !!known && !!wants && known !== wants;
}

/**
 * The gender the paragraph shows for its person mentions: a title before a mention ("Mr", "Ms"),
 * or the first "he/his/him" or "she/her" after a mention in its sentence with no other person
 * named between ("Aske was criticised for his remarks"); shared by the mentions of one name.
 */
/** What follows an object pronoun "her" (punctuation, a preposition, a conjunction, a determiner), not a noun it possesses. */
const OBJECT_FOLLOWER = /^([.,;:!?"”)]|and|or|but|to|in|on|at|for|with|from|about|after|before|as|that|the|a|an|this|again|too|well|now|then)$/i;

export function genders(ctx: Context): Map<ActorMention, Gender> {
  const byName = new Map<string, Gender>();
  const out = new Map<ActorMention, Gender>();
  const pronouns = /\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b/.test(ctx.text);
  const toks = ctx.tokens;
  for (const a of ctx.actors) {
    if (a.type !== 'person' || byName.has(a.actor)) continue;
    const i = ctx.indexFrom(a.start);
    const title = toks[i - 1]?.text ?? '';
    if (MALE_TITLES.test(title)) byName.set(a.actor, 'm');
    else if (FEMALE_TITLES.test(title)) byName.set(a.actor, 'f');
    else if (pronouns) {
      const after = ctx.indexFrom(a.end);
      for (let k = after, n = 0; k < toks.length && n < 25 && toks[k].sentence === toks[i].sentence; k++, n++) {
        const other = ctx.actorAt.get(toks[k].start);
        if (other && other.type === 'person' && other.actor !== a.actor) break;
        const w = toks[k].text.toLowerCase();
        // (nor a possessive opening an apposition: "Tom Sato, her deputy," is someone else's deputy,
        // a noun phrase holds no pronoun standing for itself, the i-within-i condition)
        if (k === after + 1 && toks[after].text === ',' && (w === 'his' || w === 'her')) continue;
        // (not an object pronoun: "Sato spoke after her", "Pell thanked him" name someone else, a
        // clause's object is not its subject (binding principle B); "her" before a word of its
        // noun phrase is the possessive, "her deputy")
        if (w === 'him' || w === 'her' && (OBJECT_FOLLOWER.test(toks[k + 1]?.text ?? '.') || /ly$/.test(toks[k + 1]?.text ?? ''))) continue;
        if (w === 'he' || w === 'his') byName.set(a.actor, 'm');
        else if (w === 'she' || w === 'her') byName.set(a.actor, 'f');
        else continue;
        break;
      }
    }
  }
  if (pronouns) sentenceOpeners(ctx, byName);
  if (byName.size) for (const a of ctx.actors) {
    const g = byName.get(a.actor);
    if (g) out.set(a, g);
  }
  return out;
}

/**
 * A sentence opening with "He", "She", "His" or "Her" goes on about a person of the sentence before
 * ("Ilves was born in Orsa. Her father …"; "Ilves married Tobias Rehn. He encouraged her"): when
 * exactly one person named there may have that gender (the others' known gender rules them
 * out), that person has it.
 */
function sentenceOpeners(ctx: Context, byName: Map<string, Gender>): void {
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
      if (a.type !== 'person' || toks[ctx.indexFrom(a.start)].sentence !== before || a.actor === person) continue;
      const known = byName.get(a.actor);
      if (known && known !== g) continue;
      person = a.actor;
      fits++;
    }
    if (fits === 1 && person && !byName.has(person) && !knownBefore(ctx, byName, k, before, g)) byName.set(person, g);
  }
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
    if (sentence < before && a.type === 'person' && byName.get(a.actor) === g) return true;
  }
  return false;
}
