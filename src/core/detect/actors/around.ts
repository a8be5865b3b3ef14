/**
 * What the words around a name say it is: a place after a preposition of place or a noun for a
 * part of a place, a state owning an organ of a state, a team at play, a body in apposition to a
 * noun for a company, a party called by its members, a name a definition sentence opens with (the
 * typing rules of index.ts use these).
 */
import type { Gazetteer } from '../gazetteer';
import { roleNoun } from '../nouns';
import type { Token } from '../tokens';
import type { ActorType } from '../types';

/**
 * What a state has and a person or a company has not (WordNet's meronyms of country.n.02 and the
 * organs of its government): "Velmore's parliament", "Orsa's airspace".
 */
const STATE_PARTS = /^(?:ministry|parliament|army|military|navy|capital|economy|borders?|embassy|constitution|territory|airspace|coast|coastline|citizens|population)$/;

/**
 * Nouns whose "of" names a place: its parts and regions, its dwellers, its officers ("the outskirts
 * of Tarvik", "the people of Orsa", "the mayor of Velmore"; WordNet's part-of and inhabitant nouns
 * of city.n.01 and region.n.03), and the kinds of land a name is given to ("the island of Kessa",
 * "the valley of Orsa"; WordNet's island.n.01, peninsula.n.01, valley.n.01, district.n.01).
 */
const PLACE_OF = /^(?:outskirts|suburbs|streets|centre|center|heart|north|south|east|west|northeast|northwest|southeast|southwest|residents|inhabitants|citizens|people|mayor|governor|city|town|village|province|region|port|capital|island|isle|peninsula|valley|district|county)$/;

/** A name joined by a hyphen to a participle that makes the compound an adjective ("Orsa-based", "Velmore-backed"). */
export const JOINED_PARTICIPLE = /^(\p{Lu}[\p{L}.]*)-(based|born|bred|headquartered|led|backed|owned|funded|run|sponsored|allied|aligned|controlled|held|occupied|brokered|made|built)$/u;

/**
 * The party families of comparative politics (the ParlGov and Manifesto Project families) in the
 * plural, as parties are called by their members ("the Greens", "the Christian Democrats").
 */
const PARTY_FAMILIES = /^(?:(?:Christian|Social|Free) Democrats|Greens|Conservatives|Liberals|Democrats|Republicans|Socialists|Communists|Nationalists|Tories|Agrarians|Pirates)$/;

/** A match's score: two numbers of at most two digits joined by a dash ("3 – 0", "1-1"). */
const SCORE = /^\d{1,2}$/;
const SCORE_DASH = /^[–—-]$/;
const JOINED_SCORE = /^\d{1,2}[–—-]\d{1,2}$/;
/** Verbs of a match's result, whose subject and object are teams. */
const MATCH_VERBS = /^(?:beat|beats|defeated|defeats|drew|draws|edged|edges|thrashed|thrashes|routed|eliminated|eliminates|lost|loses|overcame|trounced|whitewashed)$/;

/**
 * Whether tokens [first, last] name a team at play: right before or after a score, or in a
 * sentence that has a score and a verb of a match's result just before or after the name.
 */
export function playsMatch(tokens: readonly Token[], first: number, last: number): boolean {
  // (the score as three tokens, "3 – 0", or one, "1-0")
  const score = (k: number): boolean => SCORE.test(tokens[k]?.text ?? '') && SCORE_DASH.test(tokens[k + 1]?.text ?? '') && SCORE.test(tokens[k + 2]?.text ?? '')
    || JOINED_SCORE.test(tokens[k]?.text ?? '');
  if (score(last + 1) || score(first - 3) || JOINED_SCORE.test(tokens[first - 1]?.text ?? '')) return true;
  const verbNear = MATCH_VERBS.test(tokens[last + 1]?.text ?? '') || MATCH_VERBS.test(tokens[first - 1]?.text ?? '')
    || /^(?:with|to)$/.test(tokens[first - 1]?.text ?? '') && MATCH_VERBS.test(tokens[first - 2]?.text ?? '');
  if (!verbNear) return false;
  const sentence = tokens[first].sentence;
  for (let k = first; k < tokens.length && tokens[k].sentence === sentence; k++) if (score(k)) return true;
  for (let k = first - 1; k >= 0 && tokens[k].sentence === sentence; k--) if (score(k)) return true;
  return false;
}

/**
 * Nouns for a company or another body (WordNet's hyponyms of company.n.01, business.n.01 and
 * organization.n.01 that news sets in apposition to a name), and makers ("carmaker", "chipmaker").
 */
const BODY_NOUN = /^(?:company|firm|corporation|conglomerate|manufacturer|maker|\p{Ll}+maker|producer|retailer|bank|lender|insurer|airline|carrier|broadcaster|publisher|chain|start-?up|giant|agency|charity|organi[sz]ation|utility|developer|supplier|miner|brewer|distributor|exporter|refiner|shipbuilder|operator|consultancy|fund|watchdog|regulator|nonprofit|non-profit)$/u;

/**
 * Whether an apposition naming a body opens at token k: a comma, "the" or "a", up to four words
 * in lower case or hyphenated ("Orsa-based"), and a noun for a body (BODY_NOUN).
 */
export function bodyApposition(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[k + 1]?.text ?? '')) return false;
  for (let d = k + 2; d <= k + 6; d++) {
    const w = tokens[d]?.text ?? '';
    if (BODY_NOUN.test(w)) return true;
    if (!/^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+-\p{Ll}+)$/u.test(w)) return false;
  }
  return false;
}

/**
 * Nouns for a settlement, a land or a water a name is given to (WordNet's hyponyms of
 * geographic_area.n.01, administrative_district.n.01, land.n.04, body_of_water.n.01 that a
 * definition sentence puts after "is a"): "Velsk is a small harbour town".
 */
const PLACE_NOUN = /^(?:town|city|village|hamlet|capital|port|country|nation|province|region|district|county|municipality|island|isle|peninsula|resort|suburb|neighbou?rhood|commune|parish|archipelago|river|lake|mountain|valley|republic|kingdom|metropolis|settlement|oasis)$/;

/**
 * What a definition sentence says a name opening it is: "Velsk is a small harbour town",
 * "Tarvik was the capital of the province" (a place), "Lumetra is a carmaker" (a body), "Kolar is
 * a lawyer" (a person): the name, "is" or "was", an article, up to four words in lower case and
 * the last of them a noun for a place, a body or a person's role (the phrase ends before a
 * preposition, a relative word or punctuation). Undefined when no such predicate follows.
 */
export function definedAs(tokens: readonly Token[], last: number): ActorType | undefined {
  if (!/^(?:is|was)$/.test(tokens[last + 1]?.text ?? '') || !/^(?:a|an|the)$/.test(tokens[last + 2]?.text ?? '')) return undefined;
  let head = '';
  for (let d = last + 3; d <= last + 6; d++) {
    const w = tokens[d]?.text ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || PREDICATE_ENDS.test(w)) break;
    head = w;
  }
  if (PLACE_NOUN.test(head)) return 'location';
  if (BODY_NOUN.test(head)) return 'organization';
  return head && roleNoun(head) ? 'person' : undefined;
}

/** Words that end a noun phrase after its head: prepositions, relative words, articles. */
const PREDICATE_ENDS = /^(?:of|in|on|at|near|with|for|from|by|to|that|which|who|where|whose|and|or|but|a|an|the|known|based|founded|located|situated)$/;

/** Whether the gazetteer knows a name as a state or another place. */
function placeNamed(gazetteer: Gazetteer, name: string): boolean {
  const t = gazetteer.lookup(name)?.type;
  return t === 'state' || t === 'location';
}

/** Prepositions of place, whose object is a place. */
const LOCATIVE = /^(?:in|near|outside|inside|across|throughout)$/;

/** A candidate and what detectActors knows of it, for typeAround. */
export interface AroundName {
  tokens: readonly Token[];
  first: number;
  last: number;
  titled: boolean;
  words: readonly string[];
  possessive: boolean;
  /** The name and the participle of a compound adjective ("Orsa-based"), when the name is one. */
  joined: RegExpExecArray | null;
  /** Whether an apposition naming a body follows (bodyApposition). */
  appositive: boolean;
  gazetteer: Gazetteer;
}

/** The type of a name classify() gave no sure type, from the words around it; `type` when they say nothing. */
export function typeAround(n: AroundName, type: ActorType): ActorType {
  const { tokens, first, last, words, possessive } = n;
  const single = first === last;
  const open = type === 'other' || type === 'person' && !n.titled;
  const before = tokens[first - 1]?.text ?? '';
  // "the Orsa-based carmaker": where something is based or born is a place
  if (type === 'other' && n.joined && /^(?:based|born|bred|headquartered)$/.test(n.joined[2])) return 'location';
  // "Chicago Bulls", "the Toronto Raptors": a place the gazetteer knows and a plural is a team
  if (type === 'person' && !n.titled && !single && !possessive && /^\p{Lu}\p{Ll}+[^s']s$/u.test(words[words.length - 1])
    && placeNamed(n.gazetteer, words.slice(0, -1).join(' '))) return 'organization';
  // "Selna Mining, the company that owns the pit,", "Lumetra, the Orsa-based carmaker,": a name
  // in apposition to a noun for a company or another body is that body
  if (open && !possessive && n.appositive) return 'organization';
  // "the Greens", "the Social Democrats": a party family's name in the plural after "the" is a party
  if (open && /^the$/i.test(before) && PARTY_FAMILIES.test(words.join(' '))) return 'organization';
  if (type !== 'other' || !single) return type;
  // "fled to camps near Tarvik", "the clinic in Aarvik": a single name of unknown kind after a
  // preposition of place is a place (a person is "with", "by" or "for" someone, not "in" them;
  // "at" and "from" take bodies too: "at Lumetra", "a letter from Kolar"; a single letter is a
  // symbol, a variable or a program's name: "in R", "in X")
  if (!possessive && LOCATIVE.test(before) && words[0].length > 1) return 'location';
  // "the outskirts of Tarvik", "residents of Drenmoor", "the mayor of Orsa": a single name after
  // "of" and a noun for a part, a dweller or an officer of a place is a place
  if (!possessive && before === 'of' && PLACE_OF.test(tokens[first - 2]?.text ?? '')) return 'location';
  // "Velmore's foreign ministry", "Orsa's northern border" (maybe after one modifier), "the Drava
  // embassy": a single name owning or modifying an organ or a part of a state is a state
  if (possessive && STATE_PARTS.test(tokens[last + 2]?.text ?? '') || STATE_PARTS.test(tokens[last + 1]?.text ?? '')) return 'state';
  return type;
}
