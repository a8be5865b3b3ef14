/**
 * Candidate names: runs of capitalised words (with connectors such as "of"), split where a run
 * holds several names and trimmed of titles and function words.
 */
import type { Gazetteer } from '../gazetteer';
import { COLLECTIVE_POSSESSIVES, DEGREES, GROUP_HEADS, NAME_CONNECTORS, NON_NAME_CAPITALS, ORG_HEADS, OF_HEADS, STATE_HEADS, TITLES, WORD_NAMES } from '../lexicon';
import { roleNoun } from '../nouns';
import type { Token } from '../tokens';
import { classify } from './classify';
import { CAPTION_WORDS, type Candidate, isAcronym, isHead, possessiveS, stripPossessive } from './words';

/** The runs of capitalised words in a paragraph that may name actors, in text order. */
export function findCandidates(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap) continue; // a capital is a letter
    let j = i;
    // a possessive ends a name, unless it is a people's and a head word follows ("Northern People's Army")
    // (names are short: a run stops at MAX_RUN tokens, which also bounds the splitting below)
    // (and a saint's before a head word names the building or body: "St Mary's Hospital", "St John's College")
    while (j + 1 < tokens.length && j - i < MAX_RUN && (!possessiveS(tokens[j].text) || (COLLECTIVE_POSSESSIVES.has(tokens[j].text) && continuesName(tokens[j + 1].text))
      || j > i && /^(?:St\.?|Saint)$/.test(tokens[j - 1].text) && isHead(stripPossessive(tokens[j + 1].text)))) {
      const next = tokens[j + 1];
      if (!adjacent(text, tokens[j], next)) break;
      // "Workers' Party": a plural possessive is a token of its own
      if (/^['’]$/.test(next.text) && next.start === tokens[j].end && /s$/.test(tokens[j].text) && tokens[j + 2] && continuesName(tokens[j + 2].text)
        && adjacent(text, next, tokens[j + 2])) {
        j += 2;
        continue;
      }
      if (next.cap) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (NAME_CONNECTORS.has(next.text) && after && after.cap && adjacent(text, next, after)
        && !NON_NAME_CAPITALS.has(after.text)) {
        j += 2;
        continue;
      }
      // "Foundation for the Coastal Arts", "Museum of the Old Harbour": only after a head word
      const third = tokens[j + 3];
      if ((next.text === 'of' || next.text === 'for') && after?.text === 'the' && third?.cap && adjacent(text, next, after)
        && adjacent(text, after, third) && isHead(stripPossessive(tokens[j].text))) {
        j += 3;
        continue;
      }
      break;
    }
    for (const [a, b] of split(text, tokens, i, j, gazetteer)) {
      const c = trim(tokens, a, b);
      if (c) candidates.push(c);
    }
    i = j;
  }
  return candidates;
}

/** The longest run of capitalised words and connectors read as names ("Organization for Security and Co-operation in Europe" is 8). */
const MAX_RUN = 16;

/** A head word after a possessive that makes it part of one name. */
function continuesName(w: string): boolean {
  return GROUP_HEADS.has(w) || STATE_HEADS.has(w) || w === 'Party' || w === 'Congress' || w === 'Assembly' || w === 'Liberation';
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 2 && /^[ \u00a0]*$/.test(gap) || gap === '';
}

const GENERIC_HEADS = new Set(['University', 'Police', 'News', 'Office', 'Department', 'Agency', 'Company', 'Group', 'Committee',
  'Commission', 'Ministry', 'Board', 'Staff', 'Mission', 'Forces', 'Force', 'Brigade', 'Institute', 'Centre', 'Center', 'Bureau']);

/**
 * Splits a run of capitalised words that holds several names: at a connector that does not
 * continue a name ("Ann Berg of the PRA", but not "Ministry of Defence"), and before a title that
 * follows another name ("NATO Secretary General Ann Berg", "US President Tom Sato").
 */
function split(text: string, tokens: readonly Token[], first: number, last: number, gazetteer: Gazetteer): Array<[number, number]> {
  const surface = (a: number, b: number): string => text.slice(tokens[a].start, tokens[b].start + stripPossessive(tokens[b].text).length);
  if (first === last || gazetteer.lookup(surface(first, last))) return [[first, last]];
  // "Velmore Port Authority Harbour Safety Board (HSB)": the acronym defined after the run spells
  // only its last words, and the words before it are a name of their own (one the gazetteer
  // knows, or ending in a head word such as "Authority"): two names
  const spelled = spelledByAcronym(tokens, first, last);
  if (spelled > first && (gazetteer.lookup(surface(first, spelled - 1)) || isHead(stripPossessive(tokens[spelled - 1].text)))) return [[first, spelled - 1], ...split(text, tokens, spelled, last, gazetteer)];
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k].text;
    if (!NAME_CONNECTORS.has(w) || tokens[k - 1].cap === false) continue;
    const before = stripPossessive(tokens[k - 1].text);
    if (w !== 'and' && (isHead(before) || TITLES.has(before.replace(/\.$/, '')))) continue;
    // "Bachelor of Arts": a degree's name is one (and no actor: actors/index.ts)
    if (w === 'of' && (OF_HEADS.has(before) || DEGREES.has(before))) continue;
    // "Ministry of Foreign Affairs of Ukraine": a name that opens with its head goes on
    if (w === 'of' && ORG_HEADS.has(tokens[firstName(tokens, first, last)].text)) continue;
    return [...split(text, tokens, first, k - 1, gazetteer), ...split(text, tokens, k + 1, last, gazetteer)];
  }
  // "Harbour Council Enver Sato": an organisation's name, then a person's
  for (let k = Math.max(first + 1, last - 2); k < last; k++) {
    const head = stripPossessive(tokens[k - 1].text);
    if (!(ORG_HEADS.has(head) || GROUP_HEADS.has(head)) || !tokens[k].cap) continue;
    const rest = [...Array(last - k + 1).keys()].map((d) => tokens[k + d].text);
    if (rest.some((w) => isHead(stripPossessive(w)) || gazetteer.lookup(stripPossessive(w)) || TITLES.has(w))) continue;
    if (classify(rest, false) === 'person') return [...split(text, tokens, first, k - 1, gazetteer), [k, last]];
  }
  // "NATO Ines Kolar", "the United States Hamdullah Mohib": a name the gazetteer knows before a
  // person's full name
  for (let k = first; k <= last - 2; k++) {
    // (the name after opens with a given name, not initials: "Washington D.C. Image" stays whole)
    if (!gazetteer.lookup(surface(first, k)) || !/^\p{Lu}\p{Ll}/u.test(tokens[k + 1].text)) continue;
    if (classify(surface(k + 1, last).split(/\s+/), false) === 'person') return [[first, k], [k + 1, last]];
  }
  for (let k = first + 1; k < last; k++) {
    const w = tokens[k].text.replace(/\.$/, '');
    const prev = tokens[k - 1].text.replace(/\.$/, '');
    if (!TITLES.has(w) || TITLES.has(prev) || NAME_CONNECTORS.has(prev)) continue;
    // "Orsa General Hospital", "Velmore Foreign Ministry": a title word before a body's head word
    // is part of the body's name, not a person's title
    if (tokens.slice(k + 1, last + 1).some((t) => isHead(stripPossessive(t.text)))) continue;
    const left = surface(first, k - 1);
    const keepLeft = gazetteer.lookup(left) || isAcronym(left) || [...Array(k - first).keys()].some((d) => isHead(stripPossessive(tokens[first + d].text)));
    return [...(keepLeft ? [[first, k - 1] as [number, number]] : []), [k, last]];
  }
  return [[first, last]];
}

/**
 * Where the words an acronym in parentheses right after the run spells begin ("(NSC)" after
 * "… National Security Council": the index of "National"), the run's connectors ("of", "for")
 * left out of the spelling; -1 when there is no such acronym or it spells no last words.
 */
function spelledByAcronym(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[last + 1]?.text !== '(' || tokens[last + 3]?.text !== ')') return -1;
  const acr = tokens[last + 2].text;
  if (!/^\p{Lu}{2,6}$/u.test(acr)) return -1;
  let n = acr.length;
  for (let k = last; k >= first; k--) {
    const w = tokens[k].text;
    if (NAME_CONNECTORS.has(w)) continue;
    if (w[0] !== acr[n - 1]) return -1;
    if (--n === 0) return k;
  }
  return -1;
}

/** The first token of a run that is not a sentence-initial function word ("The"). */
function firstName(tokens: readonly Token[], first: number, last: number): number {
  let f = first;
  while (f < last && NON_NAME_CAPITALS.has(tokens[f].text)) f++;
  return f;
}

/** Drops leading function words and titles, and trailing connectors. */
function trim(tokens: readonly Token[], first: number, last: number): Candidate | undefined {
  let titled = false;
  const hasHead = (): boolean => {
    for (let k = first; k <= last; k++) {
      const w = stripPossessive(tokens[k].text);
      if (ORG_HEADS.has(w) || GROUP_HEADS.has(w)) return true;
    }
    return false;
  };
  for (;;) {
    const w = tokens[first]?.text.replace(/\.$/, '');
    if (first > last) return undefined;
    if (NON_NAME_CAPITALS.has(w) || NAME_CONNECTORS.has(w) || (NON_NAME_CAPITALS.has(stripPossessive(w)) && first === last)) {
      first++;
      continue;
    }
    if (TITLES.has(w) && !hasHead()) {
      // "Coordinator for Maritime Affairs": a role, not a name; but "Minister of Education
      // Stefania Giannini" ends in the name of who holds it (a domain word, then the name)
      if (first < last && NAME_CONNECTORS.has(tokens[first + 1].text)) {
        const tail = last - (first + 1);
        if (tail >= 3 && tokens.slice(last - 1, last + 1).every((t) => t.cap)) return { first: last - 1, last, titled: true };
        return undefined;
      }
      titled = true;
      first++;
      continue;
    }
    // "Biologist Nick Bos", "Activist Ines Kolar": an occupation (the agent suffix -ist) before
    // a name of two words is a role, like a title
    // "Striker Tomas Vell", "Coach Anna Brill", "Surgeon Lisa Brandt": so does a noun WordNet knows
    // first for a person (noun.person) before a given name and a surname, but a given name that is also
    // a word ("Hunter", "Guy": WORD_NAMES) and a body's head ("Council …": hasHead)
    if (last - first >= 2 && tokens.slice(first + 1, last + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
      && (/^\p{Lu}\p{Ll}{3,}ist$/u.test(w) || last - first === 2 && /^\p{Lu}\p{Ll}+$/u.test(w) && !WORD_NAMES.has(w) && roleNoun(w) && !hasHead())) {
      titled = true;
      first++;
      continue;
    }
    break;
  }
  // trailing connectors, function words ("Harbour Then I") and caption labels ("… Kolar Image:")
  while (last >= first && (NAME_CONNECTORS.has(tokens[last].text) || NON_NAME_CAPITALS.has(tokens[last].text) || CAPTION_WORDS.has(tokens[last].text))) last--;
  if (first > last) return undefined;
  // a generic head word alone ("University", "Police") names nothing
  if (first === last && GENERIC_HEADS.has(stripPossessive(tokens[first].text))) return undefined;
  return { first, last, titled };
}
