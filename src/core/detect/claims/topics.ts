/**
 * "Negotiators from Velmore and Orsa left Drenmoor without a deal. They said C", "The ministry of
 * foreign affairs later issued a statement. It said C": "it" or "they" as a speaker stands for the
 * unnamed subject opening the sentence before (a determiner, up to two modifiers and a noun for
 * someone who states things), agreeing in number, over a name there that is only the object of a
 * verb ("left Drenmoor") or of a preposition (centering: the subject is the preferred centre). The
 * speaker is the noun, as for an unnamed speaker ("the court").
 */
import { NOT_SUBJECTS, PREPOSITIONS } from '../lexicon';
import { statingNoun } from '../nouns';
import type { ActorMention } from '../types';
import type { Context } from './context';
import { objectVerb } from './gender';

const DETERMINER = /^(the|a|an|its|their|two|three|several|many|some|both)$/i;

/**
 * The unnamed subject opening the sentence before the pronoun at token `p` (and its head noun),
 * agreeing in number with the pronoun, when `a`, the actor the pronoun would stand for otherwise,
 * is not the subject of that sentence (none, before it, or a verb's object there); else undefined.
 */
export function openingSubject(ctx: Context, p: number, a: ActorMention | undefined): { start: number; end: number; noun: string } | undefined {
  const toks = ctx.tokens;
  const plural = /^they$/i.test(toks[p].text);
  // the pronoun opens its sentence; the sentence before is in this paragraph
  if (p === 0 || toks[p - 1].sentence === toks[p].sentence) return undefined;
  let first = p - 1;
  while (first > 0 && toks[first - 1].sentence === toks[p - 1].sentence) first--;
  let k = first;
  if (DETERMINER.test(toks[k].text)) k++;
  // the head: the first noun for someone after up to two modifiers in lower case ("foreign")
  let head = -1;
  for (let j = k; j <= k + 2 && j < p - 1; j++) {
    const w = toks[j].text;
    // (a capitalised noun opening the sentence may be read as a name of unknown kind: "Negotiators")
    const named = ctx.actorAt.get(toks[j].start);
    if (named && (j > first || named.type !== 'other' || named.end !== toks[j].end) || !/^\p{L}[\p{Ll}'’-]+$/u.test(w) || j > first && /^\p{Lu}/u.test(w)) break;
    if (statingNoun(w) && !NOT_SUBJECTS.has(w.toLowerCase()) && !PREPOSITIONS.has(w.toLowerCase())) {
      head = j;
      break;
    }
  }
  if (head < 0) return undefined;
  const noun = toks[head].text.toLowerCase();
  if (plural !== /[^s]s$/.test(noun)) return undefined;
  // what follows the head: its verb, or a postmodifier ("of foreign affairs", "from Velmore")
  const next = toks[head + 1]?.text.toLowerCase() ?? '';
  if (!next || !/^\p{Ll}/u.test(next) || NOT_SUBJECTS.has(next)) return undefined;
  // the actor otherwise meant is no rival: none, before the sentence, or an object in it
  if (a && a.start >= toks[first].start && objectVerb(ctx, a) < 0) return undefined;
  return { start: toks[first].start, end: toks[head].end, noun };
}
