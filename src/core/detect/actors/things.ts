/**
 * Capitalised words that name things, not actors (issue 12, round 4): common English words set in
 * capitals for emphasis, Latin names of species, names before a noun of a vehicle, mission or
 * project; and inverted names in lists ("Austen, Jane."), which name one person.
 */
import type { Gazetteer } from '../gazetteer';
import { cueForm } from '../cues';
import type { Token } from '../tokens';
import { type Candidate, isHead } from './words';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Common English words (adjectives, adverbs, verbs and function words from the most frequent
 * words of general English) that writers set in capitals for emphasis ("it was HUGE", "NEVER",
 * "UNLESS"): in capitals they are no acronym. Words that are also acronyms of bodies ("WHO",
 * "AID", "US", "IT") are left out.
 */
export const EMPHASIS_WORDS = words(`
  huge big great greatest best worst good bad very really truly totally completely absolutely
  never always ever not no yes unless only just must all every none nothing everything anything
  more most less least much many so too now here there still again free important real true
  false wrong right new old first last top enormous massive tiny whole entire exactly definitely
  certainly seriously literally simply strongly highly extremely incredibly amazing awesome
  love hate want need stop please help warning urgent breaking alert attention note huge
  do does did don't can't won't will would should can could may might have has had are were
  was is be been being and but or if then than because before after during while until over
  under against without with within through this that these those what why how when where
  which who whom whose you your they them their our we he she his her him my me mine
  everyone everybody nobody someone anyone
`);

/** A single word in capitals that is a common English word, not an acronym ("HUGE", "NEVER"). */
export function emphasis(surface: string): boolean {
  return /^\p{Lu}{2,}$/u.test(surface) && EMPHASIS_WORDS.has(surface.toLowerCase());
}

/** Words naming a holiday with the day after them ("Good Friday", "Black Friday", "Ash Wednesday", "Super Tuesday"). */
const DAY_HOLIDAYS = words('Good Black Ash Holy Maundy Palm Shrove Super Cyber Easter Whit');
const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** A single word before a day's name that makes the two a holiday ("Good Friday"): a date, no actor. */
export function holidayDay(tokens: readonly Token[], k: number): boolean {
  return DAY_HOLIDAYS.has(tokens[k].text) && WEEKDAY.test(tokens[k + 1]?.text ?? '');
}

/** Words naming a storm before its name ("Cyclone Lorna", "Hurricane Tamsin", "Tropical Storm Ada"). */
export const STORM_WORDS = words('Cyclone Hurricane Typhoon Storm Tornado Tropical Superstorm');

/**
 * Endings of Latin genus names and specific epithets (the nominative endings of Latin nouns and
 * adjectives, and the suffixes of botanical and zoological nomenclature: -ensis, -oides).
 */
const GENUS = /^\p{Lu}\p{Ll}{2,}(?:us|a|um|is|ia|ea|ex|ix|on|ops|yx|es)$/u;
const EPITHET = /^\p{Ll}{3,}(?:us|um|a|ae|is|ii|i|ensis|oides|ur|ens|ans|ax|ix)$/u;
/** English words with those endings that follow a name ("the Orsa area", "Sato data", "Kolar's campus"). */
const ENGLISH_LATINATE = /(?:ous|(?<!en)sis|ia|era|ata)$|^(?:area|areas|idea|data|media|agenda|formula|camera|extra|via|versa|visa|quota|drama|saga|villa|opera|sofa|pizza|diploma|dilemma|stadium|museum|forum|album|medium|premium|minimum|maximum|status|campus|virus|focus|bonus|census|consensus|genius|thus|plus|minus|bus|tennis|axis|chaos|basis|crisis|this|his|nor|alumni|taxi|chili|mini|ski|semi|anti|multi|occurs|begins|spins|wins|joins|remains|explains|obtains|contains|means)$/;

/**
 * A Latin binomial, the name of a species ("Formica fusca", "Quercus robur"): a capitalised word
 * of a genus's shape with a lower-case word of an epithet's shape right after it, one that is no
 * English word the shapes catch nor a verb of the cue lexicon. Not an actor.
 */
export function species(text: string, tokens: readonly Token[], k: number): boolean {
  const genus = tokens[k];
  const epithet = tokens[k + 1];
  if (!epithet || epithet.start !== genus.end + 1 || text.charCodeAt(genus.end) !== 32) return false;
  return GENUS.test(genus.text) && EPITHET.test(epithet.text) && !ENGLISH_LATINATE.test(epithet.text) && cueForm(epithet.text) === undefined;
}

/**
 * Nouns of vehicles and undertakings (WordNet's noun.artifact craft and noun.act projects) that
 * make a single name before them the name of the craft or the undertaking ("the Kestrel
 * spacecraft", "the Lumen mission", "the Galileo and Ulysses probes"), not of an actor.
 */
const CRAFT_NOUNS = words(`
  spacecraft satellite satellites probe probes rocket rockets capsule capsules telescope telescopes
  rover rovers lander orbiter shuttle mission missions project projects expedition
`);

/** A single name (not an acronym: "the NASA mission" names the agency) before a noun of a craft or an undertaking. */
export function namesCraft(tokens: readonly Token[], k: number): boolean {
  if (/^\p{Lu}{2,}$/u.test(tokens[k].text)) return false;
  let next = k + 1;
  // "the Galileo and Ulysses spacecraft": one noun after two names
  if (/^(?:and|or)$/.test(tokens[next]?.text ?? '') && tokens[next + 1]?.cap) next += 2;
  return CRAFT_NOUNS.has(tokens[next]?.text ?? '');
}

/**
 * Prefixes of ships' names (the navies' and merchant fleets' abbreviations: "HMS Orsa Star", "USS
 * Halvard", "HMC Searcher", "MV Kestrel"): they and the name after them name a vessel.
 */
const SHIP_PREFIXES = words('HMS HMC HMAS HMCS HMNZS USS USNS USCGC RMS MV MT FV');

/** Whether token k is a ship's prefix before a name, or a name after one. */
export function namesShip(tokens: readonly Token[], k: number): boolean {
  return SHIP_PREFIXES.has(tokens[k].text) && !!tokens[k + 1]?.cap || SHIP_PREFIXES.has(tokens[k - 1]?.text ?? '');
}

/**
 * A single name defined as a craft or an undertaking by a copula ("Lumen is a space mission",
 * "Kestrel was the first probe to …"): "is"/"was", an article, and a noun of CRAFT_NOUNS within
 * the next four words of the noun phrase.
 */
export function definedAsCraft(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:is|was)$/.test(tokens[k + 1]?.text ?? '') || !/^(?:a|an|the)$/.test(tokens[k + 2]?.text ?? '')) return false;
  for (let d = 3; d <= 6; d++) {
    const w = tokens[k + d]?.text ?? '';
    if (CRAFT_NOUNS.has(w)) return true;
    if (!/^[\p{L}\p{N}-]+$/u.test(w) || /^(?:of|that|which|who|to|in|on|for|with|and|or)$/.test(w)) return false;
  }
  return false;
}

/**
 * Inverted names in a list (a bibliography, a reading list: "Austen, Jane.", "Marx, Karl and
 * Engels, Friedrich."): a single capitalised word opening a sentence or line (or after "and"
 * after another such name), a comma, one or two capitalised words, and the end of the sentence
 * or "and" before another inverted name. Each is one person, the given name first in its
 * canonical name. Maps the surname's candidate to the given name's.
 */
export function invertedNames(tokens: readonly Token[], candidates: readonly Candidate[], gazetteer: Gazetteer,
  opensSentence: (c: Candidate) => boolean): Map<Candidate, Candidate> {
  const out = new Map<Candidate, Candidate>();
  const plain = (c: Candidate): boolean => {
    for (let k = c.first; k <= c.last; k++) {
      const w = tokens[k].text;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || isHead(w) || gazetteer.lookup(w) || gazetteer.demonym(w)) return false;
    }
    return true;
  };
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (a.first !== a.last || b.first !== a.last + 2 || tokens[a.last + 1].text !== ',' || b.last - b.first > 1) continue;
    if (!plain(a) || !plain(b)) continue;
    const before = tokens[a.first - 1]?.text;
    const afterAnd = before === 'and' && out.has(candidates[i - 2]);
    if (!afterAnd && !opensSentence(a)) continue;
    const after = tokens[b.last + 1];
    const ends = !after || after.sentence !== tokens[b.last].sentence || after.text === '.' || after.text === ';';
    // "Marx, Karl and Engels, Friedrich.": "and" goes on with another inverted name
    const goesOn = after?.text === 'and' && candidates[i + 2]?.first === b.last + 2 && candidates[i + 2].first === candidates[i + 2].last
      && tokens[candidates[i + 2].last + 1]?.text === ',';
    if (ends || goesOn) out.set(a, b);
  }
  return out;
}
