/**
 * Centering for pronoun speakers: "Kolar met her counterpart from Tarvik, Mara Voss, on Wednesday.
 * She said C" — the subject of a sentence is its preferred centre, and a person named there only
 * as a verb's object ("met Mara Voss") or in apposition to the object ("met her counterpart, Mara
 * Voss") ranks below it: a "he" or "she" after it stands for the subject. The paragraph pass maps
 * each such object to its clause's subject (objectSubjects); coreference.ts and the document pass
 * (paragraphPass.ts) prefer the subject when it may be a person and the text does not show its
 * gender to be another.
 */
import { TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { Context } from './context';
import { governing, objectVerb } from './gender';

/** Words that may stand between a subject and its verb: adverbs and auxiliaries ("Kolar later met", "Kolar has met"). */
const BETWEEN = /^(also|then|later|first|again|has|have|had|\p{Ll}+ly)$/u;
/** Determiners and possessives that open a noun phrase an apposition follows ("her counterpart, Mara Voss"). */
const OPENER = /^(the|a|an|his|her|its|their|our)$/;

/**
 * The verb token a person mention is the object of, directly ("met Mara Voss") or through an
 * apposition after a comma ("met her counterpart from Tarvik, Mara Voss"); -1 when none.
 */
function governingVerb(ctx: Context, a: ActorMention): number {
  const direct = objectVerb(ctx, a);
  if (direct >= 0) return direct;
  const toks = ctx.tokens;
  const i = ctx.indexFrom(a.start);
  if (toks[i - 1]?.text !== ',') return -1;
  // back over the object's noun phrase (up to six words, no comma) to its determiner
  for (let k = i - 2; k >= 1 && k >= i - 7 && toks[k].sentence === toks[i].sentence && /^[\p{L}'’-]+$/u.test(toks[k].text); k--) {
    if (!OPENER.test(toks[k].text)) continue;
    const verb = toks[k - 1];
    return verb && verb.sentence === toks[i].sentence && governing(verb.text) ? k - 1 : -1;
  }
  return -1;
}

/**
 * Each person mention (or name of unknown kind) named as an object in a sentence whose subject is an actor opening it
 * (past titles: "Foreign Minister Ines Kolar met …"), mapped to that subject. The subject is no
 * place, and only adverbs or auxiliaries stand between it and the verb.
 */
export function objectSubjects(ctx: Context): Map<ActorMention, ActorMention> {
  const out = new Map<ActorMention, ActorMention>();
  const toks = ctx.tokens;
  for (const a of ctx.actors) {
    // (a name of unknown kind too: the document pass may know it for a person, "Kast met Dorn")
    if (!ctx.isPerson(a) && a.type !== 'other') continue;
    const verb = governingVerb(ctx, a);
    if (verb < 0) continue;
    let k = verb - 1;
    while (k > 0 && BETWEEN.test(toks[k].text)) k--;
    if (k < 0) continue;
    const subject = ctx.actors.find((s) => s.end <= toks[k].end && s.end >= toks[k].end - 1 && s.start < toks[k].end);
    if (!subject || subject === a || subject.type === 'location') continue;
    let first = ctx.indexFrom(subject.start) - 1;
    while (first >= 0 && TITLES.has(toks[first].text)) first--;
    if (first >= 0 && toks[first].sentence === toks[verb].sentence) continue;
    out.set(a, subject);
  }
  return out;
}
