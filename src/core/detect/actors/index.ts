/**
 * Actor mentions, stage by stage:
 *   1. candidates.ts  runs of capitalised words (with connectors such as "of"), split where they
 *                     hold several names, titles stripped
 *   2. classify.ts    typed by the gazetteer and head words; the tests that rule a run out
 *                     (events, works, ideas, headings, products); this file applies them in order
 *      things.ts    words in capitals for emphasis, species, crafts and missions, storms,
 *                     holidays named with a day; inverted names in lists ("Austen, Jane.")
 *      around.ts    what the words around a name say it is (a place after "in", a state owning
 *                     an embassy, a team beside a score, a body in apposition to "the company")
 *   3. aliases.ts     grouped so every mention of one actor shares a canonical name (acronyms
 *                     defined in parentheses, surnames after a full name, capitals standing for
 *                     their state)
 * words.ts holds the word shapes every stage reads.
 */
import { Gazetteer, defaultGazetteer } from '../gazetteer';
import { CURRENCIES, DEGREE_ABBREVIATION, DEGREES, DISCIPLINES, HOLIDAYS, LEGAL_DOCUMENTS, SECTION_WORDS, NON_ACTOR_ACRONYMS, NAME_CURRENCIES, NON_NAME_CAPITALS, NORP, PERIODS, REPORTING_VERBS, ROLE_MODIFIERS, TITLES, WORD_NAMES } from '../lexicon';
import type { Token } from '../tokens';
import type { ActorMention, ActorType } from '../types';
import { isFullName, KIN_NAMED, nameParts } from './aliases';
import { bodyApposition, definedAs, JOINED_PARTICIPLE, playsMatch, typeAround } from './around';
import { findCandidates } from './candidates';
import {
  capitalsOutsideHeadings, caseCounts, cited, classify, DOCUMENT_PARTS, eponymous, inHeading, leadingName, listGoesOn, lowerCaseAcronyms, namesMeasure, notAnActor, NUMBER_WORDS, NUMBERED_WAYS, productNames,
} from './classify';
import { definedAsCraft, emphasis, holidayDay, invertedNames, namesCraft, namesShip, species, STORM_WORDS } from './things';
import { relativeNamed } from './relatives';
import { ideaNoun, roleNoun, statingNoun, thingNoun } from '../nouns';
import { CAPTION_WORDS, isAcronym, isHead, stripPossessive, titleCase, wordLike } from './words';

export { acronymAfter, givenParts, groupAliases, isFullName, KIN_NAMED, nameParts, resolveAlias, type AliasLookup } from './aliases';

/** Actor mentions of one paragraph, and what the document pass needs to decide the unsure ones. */
export interface ActorsResult {
  mentions: ActorMention[];
  /**
   * Mentions that are a single unknown word at the start of a sentence: kept only if the word is
   * seen capitalised inside a sentence somewhere in the document (decided by the document pass).
   */
  tentative: Set<ActorMention>;
  /** Capitalised words seen inside sentences. */
  midCaps: Set<string>;
  /**
   * Single words this paragraph shows to name no actor (an acronym defined in lower case, a
   * genus, a craft or an undertaking): the document pass drops their mentions everywhere.
   */
  things: Set<string>;
}

/** Finds the actor mentions of a paragraph. */
export function detectActors(text: string, tokens: readonly Token[], gazetteer: Gazetteer = defaultGazetteer()): ActorsResult {
  const midSentenceCaps = new Set<string>();
  const tentative = new Set<ActorMention>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (not on a heading line in title case, whose capitals are the heading's: inHeading)
    if (t.cap && tokens[i - 1].sentence === t.sentence && (wordLike(tokens[i - 1].text) || /[\p{L}\p{N}]/u.test(tokens[i - 1].text)) && !lineInitial(text, tokens, i)
      && !inHeading(text, t.start, t.end)) {
      midSentenceCaps.add(stripPossessive(t.text));
    }
  }

  const candidates = findCandidates(text, tokens, gazetteer);

  const common = caseCounts(tokens, candidates);
  const versioned = productNames(text, tokens, candidates, gazetteer);
  const mentions: ActorMention[] = [];
  /** Acronyms defined in parentheses after a name that is no actor. */
  const notActors = lowerCaseAcronyms(tokens);
  /** Words capitalised inside sentences that are not headings (made when a heading is met). */
  let bodyCaps: Set<string> | undefined;
  const things = new Set<string>();
  // "Austen, Jane." in a reading list: one person (the given name's run is then skipped)
  const inverted = invertedNames(tokens, candidates, gazetteer, (c) => c.first === 0 || tokens[c.first - 1].sentence !== tokens[c.first].sentence
    || lineInitial(text, tokens, c.first));
  const givenNames = new Set(inverted.values());
  for (const c of candidates) {
    if (givenNames.has(c)) continue;
    const given = inverted.get(c);
    if (given) {
      const end = tokens[given.last].end;
      const surname = tokens[c.first].text;
      const givenName = text.slice(tokens[given.first].start, end);
      mentions.push({ start: tokens[c.first].start, end, text: text.slice(tokens[c.first].start, end), type: 'person', actor: `${givenName} ${surname}` });
      continue;
    }
    // "Nonpartisan Ines Kolar": an adjective the text otherwise writes in lower case opens no name
    if (c.last - c.first >= 2 && common(tokens[c.first].text) && !tokens.slice(c.first, c.last + 1).some((t) => isHead(stripPossessive(t.text)))) {
      while (c.last - c.first >= 2 && common(tokens[c.first].text)) c.first++;
    }
    const first = tokens[c.first];
    const last = tokens[c.last];
    // "the Orsa-based carmaker", "Velmore-backed militias": a name joined to a participle, the
    // compound an adjective; the name is the actor (where it is based or born: a place)
    const joined = c.first === c.last ? JOINED_PARTICIPLE.exec(last.text) : null;
    const end = last.start + (joined ? joined[1].length : stripPossessive(last.text).length);
    const surface = text.slice(first.start, end);
    const words = surface.split(/\s+/);
    const single = c.first === c.last;
    // a credit ("Image: Ann Berg") names someone even though it opens a sentence
    const credit = c.first >= 2 && tokens[c.first - 1].text === ':' && CAPTION_WORDS.has(tokens[c.first - 2].text);
    const sentenceInitial = !credit && (c.first === 0 || tokens[c.first - 1].sentence !== first.sentence
      || !/^[\p{L}\p{N},]/u.test(tokens[c.first - 1].text) || lineInitial(text, tokens, c.first));
    const known = gazetteer.lookup(surface) ?? (/^\p{Lu}{3,}$/u.test(surface) ? gazetteer.lookup(titleCase(surface)) : undefined);
    // "Russian(s)", "Muslims", "English": nationalities, religions, languages; "I'm": a contraction
    if (!known && (gazetteer.demonym(surface) || (surface.endsWith('s') && gazetteer.demonym(surface.slice(0, -1))) || NORP.has(surface))) continue;
    // "T-shirt", "X-ray", "E-meter": a letter joined to a common noun names a thing
    if (single && /^\p{Lu}-\p{Ll}{2,}$/u.test(surface)) continue;
    // "Franco-German", "Sino-Japanese", "Russian-Ukrainian": an adjective of two peoples
    if (!known && single && adjectiveCompound(surface, (w) => !!gazetteer.demonym(w) || NORP.has(w))) continue;
    if (/^I['’]/.test(surface)) continue;
    // "We’ve", "They're", "It's": a pronoun with a contracted verb
    if (single && /['’](ve|re|ll|d|s|m)$/i.test(last.text) && NON_NAME_CAPITALS.has(last.text.replace(/['’]\w+$/, ''))) continue;
    // "AND", "NOT": a word set in capitals for emphasis, not an acronym
    if (single && !known && isAcronym(surface) && NON_NAME_CAPITALS.has(titleCase(surface))) continue;
    // "it was HUGE", "NEVER", "UNLESS": a common English word in capitals for emphasis
    if (single && !known && emphasis(surface)) continue;
    // "Formica fusca", "Quercus robur": a genus and its epithet name a species
    // "the Kestrel spacecraft", "the Lumen mission", "Lumen is a space mission": the name of a
    // craft or an undertaking; these say so for the word's other mentions too ("Formica" alone)
    if (single && !known && (species(text, tokens, c.first) || namesCraft(tokens, c.first) || definedAsCraft(tokens, c.first))) {
      things.add(surface);
      continue;
    }
    // "Bachelor of Arts", "M.Sc.": an academic degree
    if (!known && (DEGREES.has(words[0]) && tokens[c.first + 1]?.text === 'of' || single && DEGREE_ABBREVIATION.test(surface))) continue;
    // "HMS Orsa Star", "USS Halvard": a ship
    if (!known && namesShip(tokens, c.first)) continue;
    // "Linguistics", "Biology": the name of a discipline, not of a body; "the Constitution": a law
    if (single && !known && (DISCIPLINES.has(surface) || LEGAL_DOCUMENTS.has(surface))) continue;
    // "Results", "Discussion", "Appendix", "Interview": a section of the text or its genre
    if (single && !known && SECTION_WORDS.has(surface)) continue;
    // "Islamophobia", "Anglophile", "Beatlemania": an attitude to what a name names (the Greek suffixes)
    if (single && !known && /\p{Ll}(?:phobia|phobic|phobe|philia|phile|mania)s?$/u.test(surface)) continue;
    // "Best Actor", "Worst Picture": a category of an award, a superlative before a noun for a
    // person, a thing or an idea (WordNet's noun.person, things and ideas: data/nouns.json)
    if (!known && words.length === 2 && /^(?:Best|Worst)$/.test(words[0]) && (roleNoun(words[1]) || thingNoun(words[1]) || ideaNoun(words[1]))) continue;
    // "a revival of the Left", "the far Right": the political wings, no body
    if (single && /^(?:Left|Right)$/.test(surface) && /^(?:the|far|hard|radical|new|centre|center)$/i.test(tokens[c.first - 1]?.text ?? '')) continue;
    // "Tuesdays", "Sundays": days, as the singular names are (NON_NAME_CAPITALS)
    if (single && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days$/.test(surface)) continue;
    // "on May Day", "New Year's Eve": a noun of time alone (WordNet's noun.time), the rest of a
    // date, never an actor ("Month" was tried too: interview ORG overlap dev 50.3 -> 50.0)
    if (single && /^(?:Day|Days|Eve|Week|Year)$/.test(surface)) continue;
    // "Marxist", "a Bayesian approach": a doctrine or method named after someone; "a Libertarian
    // Socialist", "Social Darwinism": a name of one ending in such a word, with no head word nor
    // a name the gazetteer knows ("the Malaysia Tourism board" is a body)
    if (!known && eponymous(tokens, c.last) && (single || !words.slice(0, -1).some((w) => isHead(stripPossessive(w)) || gazetteer.lookup(stripPossessive(w))))) continue;
    // "the Gini coefficient", "the HDI measures": a measure or method named after someone or something
    if (single && !known && namesMeasure(tokens, c.first)) continue;
    // "GMT", "IQ", "CDs" (an abbreviation that names no actor, or its plural), "Ramadan", "the Renaissance"
    if (single && !known && (NON_ACTOR_ACRONYMS.has(surface) || /^\p{Lu}{2,}s$/u.test(surface) && NON_ACTOR_ACRONYMS.has(surface.slice(0, -1)) || HOLIDAYS.has(surface) || PERIODS.has(surface) || holidayDay(tokens, c.first))) continue;
    // "NZ$ 40 million": a currency, not the state
    if (single && surface.length <= 3 && isAcronym(surface) && /^\s?\$/.test(text.slice(end, end + 2))) continue;
    // "3 Euros", "the Yen fell", "Swiss Francs", "40 Pounds" (but "Mark said", "Pound wrote")
    if (!known && CURRENCIES.has(words[words.length - 1]) && words.slice(0, -1).every((w) => gazetteer.demonym(w))
      && (!NAME_CURRENCIES.has(words[words.length - 1]) || words.length > 1 || /^\d/.test(tokens[c.first - 1]?.text ?? ''))) continue;
    // model numbers, versions, roman numerals ("IE6", "XVII"): not actors unless the gazetteer says so
    if (single && !known && (/\d/.test(surface) || /^(?=[IVXLC]{2,}$)C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(surface))) continue;
    // "Estonian Ambassador", "Home Secretary": a role, not a name
    if (!known && words.length >= 2 && TITLES.has(words[words.length - 1].replace(/\.$/, ''))
      && words.slice(0, -1).every((w) => TITLES.has(w) || ROLE_MODIFIERS.has(w) || gazetteer.demonym(w))) continue;
    // "Cyclone Lorna", "Hurricane Tamsin": a storm, and its name alone elsewhere ("Lorna weakened")
    if (!known && words.length >= 2 && STORM_WORDS.has(words[0])) {
      things.add(stripPossessive(words[words.length - 1]));
      continue;
    }
    if (!known && notAnActor(tokens, c, words)) {
      // an event named after an actor keeps the actor ("OCSA Coastal Cup", "Harbour City Lantern Festival")
      const lead = leadingName(text, tokens, c, gazetteer);
      if (lead) mentions.push(lead);
      // nor is the acronym it defines: "Principal Component Analysis (PCA)"
      if (tokens[c.last + 1]?.text === '(' && tokens[c.last + 3]?.text === ')' && isAcronym(tokens[c.last + 2].text)) notActors.add(tokens[c.last + 2].text);
      continue;
    }
    if (single && !known && notActors.has(surface)) continue;
    // a product, named somewhere in the text with its version ("Internet Explorer 6", "Orsa Maps 2")
    if (!known && versioned.has(surface)) continue;
    // a heading in title case ("Early Life and Education", "Data and Methods"): its capitals are
    // the heading's and prove no name; one is kept when the heading is a name as a whole, the
    // gazetteer knows it, or the text outside headings writes its words capitalised too
    if (!known && inHeading(text, first.start, end)) {
      bodyCaps ??= capitalsOutsideHeadings(text, tokens);
      const caps = bodyCaps;
      if (!words.every((w) => w.length < 4 || caps.has(stripPossessive(w)))) continue;
    }
    if (single && !known && !isAcronym(surface) && common(surface)) continue;
    // "Labour's leader", "Ubisoft, Microsoft and …": a possessive or a list of names says it is one
    // (a list goes on after the next name: "Ubisoft, Microsoft and …", not "Overall, Coastal policy …")
    const listed = tokens[c.last + 1]?.text === ',' && tokens[c.last + 2]?.cap && !NON_NAME_CAPITALS.has(tokens[c.last + 2].text) && !/ly$/.test(surface)
      && listGoesOn(tokens, c.last + 2);
    const possessive = /['’]s$/u.test(last.text) && !/^(?:Every|Any|No|Some)(?:one|body)['’]s$/u.test(last.text);
    // a cited author: "Kolar (2004)", "(Kolar, 2004)", "Berg and Sato (1998)", "Kolar et al."
    const author = single && !known && cited(tokens, c.first);
    // a dateline: "GENEVA — …", "KYIV, March 3" (opening the text, or any sentence before a dash),
    // sure of itself as a word in capitals of any length is ("VELMORE, March 4 —")
    const dateline = !known && (c.first === 0 || sentenceInitial && /^[—–]$/.test(tokens[c.last + 1]?.text ?? '')) && /^\p{Lu}{3,}(?: \p{Lu}{3,})*$/u.test(surface)
      && /^[—–-]$|^,$/.test(tokens[c.last + 1]?.text ?? '');
    // "Lumetra, the Orsa-based carmaker,": a name in apposition to a noun for a body
    const appositive = bodyApposition(tokens, c.last + 1);
    // "Velsk is a small harbour town": a definition sentence says what the name opening it is
    const defined = single && sentenceInitial && !known && !possessive ? definedAs(tokens, c.last) : undefined;
    const unsure = single && sentenceInitial && !possessive && !listed && !known && !author && !dateline && !midSentenceCaps.has(surface) && !isAcronym(surface) && !appositive && !defined;
    if (single && REPORTING_VERBS.has(surface.toLowerCase())) continue;
    // "Health officials said", "Peace talks resumed": a word opening a sentence that WordNet knows
    // first as an attribute, state, event or time (data/nouns.json's ideas), before a noun in lower
    // case for people or things, is a common noun modifying that noun, though the text capitalises
    // it in a name elsewhere ("the Ministry of Health"; not "Moments like that make you …")
    if (single && sentenceInitial && !known && !possessive && !isAcronym(surface) && ideaNoun(surface) && /^\p{Ll}+$/u.test(tokens[c.last + 1]?.text ?? '')
      && (statingNoun(tokens[c.last + 1].text) || thingNoun(tokens[c.last + 1].text))) continue;
    // "41 degrees Celsius": a scale of temperature after its unit, named after a person but no actor
    if (single && !known && /^(?:Celsius|Fahrenheit|Kelvin|Centigrade)$/.test(surface) && /^degrees?$/.test(tokens[c.first - 1]?.text ?? '')) continue;
    let type: ActorType;
    let actor = surface;
    if (known) {
      type = known.type;
      actor = known.name;
      // "Belgium 3 – 0 Panama", "Sweden beat South Korea 1-0": a state or place beside a match's
      // score, or beating, drawing with or losing to another in a sentence with one, is its team
      if ((type === 'state' || type === 'location') && playsMatch(tokens, c.first, c.last)) type = 'organization';
    } else if (dateline) {
      type = 'location';
      actor = surface.split(' ').map(titleCase).join(' ');
    } else {
      type = classify(words, c.titled);
      if (type === 'other' && author) type = 'person';
      // "his mother, Ingrid", "two daughters, Anna and Lise": a name after a noun for a relative
      if (type === 'other' && single && relativeNamed(tokens, c.first)) type = 'person';
      // academic text: "Table 2", "Section 3", "Appendix B" name parts of a document ("Route 9",
      // "Gate B" numbered ways)
      // (a letter after the noun reads as an initial: "Appendix B." is no person either)
      if ((type === 'other' || !c.titled && words.length === 2) && (DOCUMENT_PARTS.has(words[0]) || NUMBERED_WAYS.has(words[0])) && (single ? /^(\d|[IVXLC]+$|\p{Lu}$)/u.test(tokens[c.last + 1]?.text ?? '') || NUMBER_WORDS.test(tokens[c.last + 1]?.text ?? '')
        : words.length === 2 && /^(\p{Lu}|[IVXLC]+)\.?$/u.test(words[1]))) continue;
      // what the words around the name say it is (around.ts)
      type = typeAround({ tokens, first: c.first, last: c.last, titled: c.titled, words, possessive, joined, appositive, gazetteer }, type);
      if (defined && type === 'other') type = defined;
      // "Vitamin D", "Hepatitis B", "Plan B": a noun and a letter with no dot, a kind or a variant
      // named (an initial has a dot or a surname after it; "Group G" has a head word: a body)
      if (!c.titled && words.length === 2 && /^\p{Lu}$/u.test(words[1]) && words[1] !== 'I' && !isHead(words[0])) continue;
      // "Harbour Crane", "Annual Results": a common noun capitalised, not a name
      // (a given name that is also a common word, such as Will or Bill, does not count)
      if (!single && type === 'person' && !c.titled && words.map(stripPossessive).some((w, k) => common(w) && !(k === 0 && WORD_NAMES.has(w)))) continue;
    }
    const m: ActorMention = { start: first.start, end, text: surface, type, actor };
    mentions.push(m);
    // "Her father, Anton Kolar,": a relative of the subject, whose surname stays the subject's
    if (!single && type === 'person' && relativeNamed(tokens, c.first)) KIN_NAMED.add(m);
    // "Getting Around", "Practical Information", "Day Trips": a line of two or more capitalised
    // words that it fills is a heading in title case as likely as a name on a line of its own (a
    // byline); like a word opening a sentence, it is kept only if the document writes its words
    // after the first capitalised inside a sentence (the first is capitalised by its place)
    if (unsure || !single && !known && type === 'person' && !c.titled && fillsLine(text, first.start, end)) tentative.add(m);
  }
  for (const a of notActors) things.add(a);
  // "(Marlow, 2012). Following Marlow, we …", "his mother, Ingrid, … Ingrid left": a single word
  // the paragraph shows is a person's name (a cited author, a relative) is that person in its
  // other mentions there too (one sense per discourse)
  const people = new Set(mentions.filter((m) => m.type === 'person' && !m.text.includes(' ')).map((m) => m.text));
  if (people.size) for (const m of mentions) if (m.type === 'other' && people.has(m.text)) m.type = 'person';
  // "Kolar promised … The minister, Ivo Kolar, said": a surname before the full name it stands
  // for, in the same paragraph (a lead that names the person in full a sentence later), is that
  // person, if the paragraph names no other person with that surname
  // (the full names by surname, in text order: a text without blank lines is one paragraph of
  // thousands of mentions, and a search of every full name for each was quadratic)
  const bySurname = new Map<string, ActorMention[]>();
  for (const n of mentions.filter(isFullName)) {
    const surname = nameParts(n.actor)[1];
    const named = bySurname.get(surname);
    if (named) named.push(n);
    else bySurname.set(surname, [n]);
  }
  if (bySurname.size) for (const m of mentions) {
    if (m.text.includes(' ') || m.actor !== m.text || m.type !== 'other' && m.type !== 'person') continue;
    const full = new Set((bySurname.get(m.text) ?? []).filter((n) => n.start > m.end).map((n) => n.actor));
    if (full.size === 1) {
      m.actor = [...full][0];
      m.type = 'person';
    }
  }
  return { mentions, tentative, midCaps: midSentenceCaps, things };
}

/**
 * The combining forms of peoples' names (Latin and Greek stems: "Anglo-", "Franco-", "Sino-"),
 * which open adjectives of two peoples ("Franco-German talks").
 */
const COMBINING_FORMS = new Set(['Anglo', 'Franco', 'Sino', 'Indo', 'Afro', 'Euro', 'Russo', 'Greco', 'Graeco', 'Italo', 'Austro', 'Hispano',
  'Judeo', 'Luso', 'Germano', 'Turco', 'Serbo', 'Nippo', 'Irano', 'Arabo', 'Balto', 'Celto', 'Slavo']);

/**
 * Whether a hyphenated word joins peoples' adjectives or combining forms and ends in an adjective
 * ("Franco-German", "Russian-Ukrainian"; not "Indo-Pacific" nor "Austria-Hungary", names of places).
 */
function adjectiveCompound(word: string, adjective: (w: string) => boolean): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  return parts.length >= 2 && adjective(parts[parts.length - 1]) && parts.slice(0, -1).every((p) => COMBINING_FORMS.has(p) || adjective(p));
}

/** Whether a span is alone on its line (only white space before and after it there). */
function fillsLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1);
  const after = text.indexOf('\n', end);
  return !text.slice(before + 1, start).trim() && !text.slice(end, after < 0 ? text.length : after).trim();
}

/**
 * Whether token i opens a line: a heading, a list item or a line of verse after a line with no
 * closing punctuation ("Sunday, October 21, 2007\nOperating the business") is capitalised by its
 * place, as a sentence's first word is.
 */
function lineInitial(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = tokens[i - 1].end; k < tokens[i].start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
