/**
 * Which nouns can state things (data/nouns.json, made from WordNet's lexicographer classes; the
 * file names its sources): people, groups and institutions (noun.person, noun.group), documents
 * and findings ("a report says", "a study shows"), and the things that cannot ("signs warn", "the
 * road leads"). A plural is read by its singular.
 */
import data from './data/nouns.json';
import { ORGANISATION_NOUNS, REPRESENTATIVES, ROLE_NOUNS, UNNAMED_SPEAKERS } from './lexicon';

interface NounData {
  speakers: Record<string, string>;
  things: Record<string, string>;
  ideas: Record<string, string>;
  roles: Record<string, string>;
  contents: Record<string, string>;
  laterSpeakers: string;
  documents: string;
  evidence: string;
  irregular: Record<string, string>;
}
const d = data as NounData;
const set = (chunks: Record<string, string> | string): Set<string> => {
  const out = new Set<string>();
  for (const s of typeof chunks === 'string' ? [chunks] : Object.values(chunks)) for (const w of s.split(' ')) out.add(w);
  return out;
};
const SPEAKERS = set(d.speakers);
const THINGS = set(d.things);
const IDEAS = set(d.ideas);
const ROLES = set(d.roles);
const CONTENTS = set(d.contents);
const LATER_SPEAKERS = set(d.laterSpeakers);
const DOCUMENTS = set(d.documents);
const EVIDENCE = set(d.evidence);
/** (a Map: a word read as a key of the JSON object is internalised on every look-up, and "constructor" is found in its prototype) */
const IRREGULAR = new Map(Object.entries(d.irregular));

/** The lemmas a (lower-case) noun may be a form of: itself, and its singular if it reads as a plural. */
function lemmas(word: string): string[] {
  const out = [word];
  const irregular = IRREGULAR.get(word);
  if (irregular) out.push(irregular);
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (/(s|x|z|ch|sh)es$/.test(word)) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}

/** A noun for someone or something that can state things: a person, a group or body, a document or finding. */
export function statingNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (UNNAMED_SPEAKERS.has(w) || ROLE_NOUNS.has(w) || ORGANISATION_NOUNS.has(w) || REPRESENTATIVES.has(w)) return true;
  return lemmas(w).some((l) => SPEAKERS.has(l) || DOCUMENTS.has(l));
}

/** A noun WordNet knows (in its tagged texts) only as a thing, place or phenomenon: "signs", "the road". */
export function thingNoun(word: string): boolean {
  const w = word.toLowerCase();
  return !statingNoun(w) && lemmas(w).some((l) => THINGS.has(l));
}

/** A document or finding ("a poll", "the statement", "a report"): what states something for its author. */
export function documentNoun(word: string): boolean {
  return lemmas(word.toLowerCase()).some((l) => DOCUMENTS.has(l) || EVIDENCE.has(l));
}

/** A source of evidence rather than a speaker: "the results", "a study", "the data". */
export function evidenceNoun(word: string): boolean {
  return lemmas(word.toLowerCase()).some((l) => EVIDENCE.has(l));
}

/**
 * A noun WordNet knows first as an attribute, event, state, quantity or time and never as a
 * person or group ("coefficient", "spring", "crisis"): the head of a name of a measure, an event
 * or an era, not of an actor.
 */
export function ideaNoun(word: string): boolean {
  const w = word.toLowerCase();
  return !statingNoun(w) && lemmas(w).some((l) => IDEAS.has(l));
}

/**
 * A plural of a noun for people or a group ("Colleagues", "Critics", "Reviewers"): a common noun
 * capitalised at the start of a sentence, not a surname alone (the form itself is no lemma).
 */
export function personPlural(word: string): boolean {
  const w = word.toLowerCase();
  return !SPEAKERS.has(w) && lemmas(w).slice(1).some((l) => SPEAKERS.has(l));
}

/**
 * A singular common noun whose first sense WordNet files under noun.person ("striker", "coach",
 * "surgeon"; data/nouns.json's roles): capitalised before a full name, it is the person's role.
 */
export function roleNoun(word: string): boolean {
  return ROLES.has(word.toLowerCase());
}

/**
 * A noun for what a judgment or a stance is about, no person, place or thing: an act, an idea, a
 * message or a possession ("the plan", "the reform", "the remarks", "the tax"; data/nouns.json
 * "contents"), a document or finding, or an attribute, event or state (ideaNoun: "the legality
 * of the deal"), or a noun none of the lists has with the suffix of an abstract noun ("legality").
 * "programme" is read as "program".
 */
export function contentNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/mmes?$/, 'm');
  if (lemmas(w).some((l) => CONTENTS.has(l) || DOCUMENTS.has(l) || EVIDENCE.has(l)) || ideaNoun(w)) return true;
  // (a noun WordNet's concordance lacks, abstract by its suffix: "legality", "transparency")
  return /(ity|ness|ism|ance|ence|ment|tion|sion|ncy)s?$/.test(w) && !statingNoun(w) && !thingNoun(w);
}

/**
 * A noun for a physical thing or a place first ("the door", "the town", "the target"): a thing
 * (thingNoun, less messages), or a noun for people or a body whose first sense in WordNet is not
 * one ("laterSpeakers": "town", "hospital", "target").
 */
export function physicalNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (contentNoun(w)) return false;
  return thingNoun(w) || lemmas(w).some((l) => LATER_SPEAKERS.has(l));
}
