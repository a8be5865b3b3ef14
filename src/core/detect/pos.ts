/**
 * A small part-of-speech tagger of its own: a closed-class lexicon, the cue lexicon's verb forms,
 * suffix rules and a few rules of context (a determiner opens a noun phrase; a modal or "to" is
 * followed by a verb; a word in -s after the subject of a clause with no verb yet is a verb).
 * Coarse tags: NOUN, PROPN, VERB (auxiliaries included), ADJ, ADV, ADP, DET, PRON, CONJ, PART,
 * NUM, PUNCT. Measured against a package tagger in the project's report (issue 12).
 */
import { cueForm } from './cues';
import { IRREGULAR_PAST } from './lexicon';
import type { Token } from './tokens';

export type Pos = 'NOUN' | 'PROPN' | 'VERB' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON' | 'CONJ' | 'PART' | 'NUM' | 'PUNCT';

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));
const CLOSED = new Map<string, Pos>();
const add = (pos: Pos, words: string): void => { for (const w of list(words)) CLOSED.set(w, pos); };
add('DET', 'the a an this these those each every some any no all both either neither another such');
add('PRON', `i you he she it we they me him her us them my your his its our their mine yours hers ours theirs myself
  himself herself itself ourselves themselves who whom whose which what nobody everybody somebody anybody nothing
  everything something anything someone everyone anyone`);
add('ADP', `of in on at by for with from into onto over under after before during until about against among between
  through across behind beyond within without near via than upon toward towards despite amid throughout`);
add('CONJ', 'and or but nor yet that if whether because although though while when where unless as once whereas');
add('VERB', 'is are was were be been being am has have had do does did will would can could may might must shall should');
add('PART', 'not to');
add('ADV', `very also just only even still already often never always soon now then here there too quite rather almost
  again ever yet so later earlier today yesterday tomorrow instead perhaps maybe however meanwhile abroad away back
  home daily weekly fast late long well`);
add('NUM', 'one two three four five six seven eight nine ten eleven twelve hundred thousand million billion dozen');
add('ADJ', `new old local most many few last next other same big small high low good bad sharp early great long young
  own main major little large several more less much further key former`);

const MODAL_OR_TO = /^(to|will|would|can|could|may|might|must|shall|should|do|does|did|not|never)$/;
const ADJ_SUFFIX = /(ous|ful|ive|able|ible|ical|al|ic|less|ish|ary|ant|ern|ese)$/;
/** Whether a word has an adjective's suffix ("reckless", "illegal", "dangerous"). */
export function adjectiveSuffix(word: string): boolean {
  return ADJ_SUFFIX.test(word);
}
const NOUN_SUFFIX = /(tion|sion|ment|ness|ity|ance|ence|ism|ist|ship|hood|er|or|ure|age|ery|cy)s?$/;

/** Coarse tags for a paragraph's tokens; `names` says which tokens an actor mention covers. */
export function tag(tokens: readonly Token[], names: (i: number) => boolean = () => false): Pos[] {
  const out: Pos[] = [];
  let verbInClause = false;
  let subject = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const first = i === 0 || tokens[i - 1].sentence !== t.sentence;
    if (first) {
      verbInClause = false;
      subject = false;
    }
    const w = t.text.toLowerCase();
    const prev = out[i - 1];
    const prevWord = i > 0 ? tokens[i - 1].text.toLowerCase() : '';
    let pos: Pos;
    if (!/[\p{L}\p{N}]/u.test(t.text)) pos = 'PUNCT';
    else if (/^\p{N}/u.test(t.text)) pos = 'NUM';
    else if (names(i) || (t.cap && !first && !CLOSED.has(w))) pos = 'PROPN';
    else if (w === 'to') pos = verbLike(w, tokens[i + 1]?.text.toLowerCase()) ? 'PART' : 'ADP';
    else if (w === 'that') pos = prev === 'VERB' || prev === 'NOUN' && verbInClause ? 'CONJ' : prev === 'ADP' ? 'PRON' : 'CONJ';
    else if (w === 'her') pos = 'PRON';
    else if (CLOSED.has(w) && !(CLOSED.get(w) === 'ADV' && prev === 'DET')) pos = CLOSED.get(w)!;
    else if (/ly$/.test(w) && w.length > 4 && !/(ily|ply)$/.test(w) || /ly$/.test(w) && prev === 'VERB') pos = 'ADV';
    else {
      const form = cueForm(w);
      const afterDet = prev === 'DET' || prev === 'ADJ' || prev === 'NUM' || prev === 'ADP' || prevWord === 'her' || prev === 'PRON' && /^(my|your|his|its|our|their)$/.test(prevWord);
      if (MODAL_OR_TO.test(prevWord) && !afterDet) pos = 'VERB';
      else if (afterDet) pos = /ing$/.test(w) && prev === 'ADP' ? 'VERB' : ADJ_SUFFIX.test(w) && !NOUN_SUFFIX.test(w) || /ed$/.test(w) && prev === 'DET' ? 'ADJ' : 'NOUN';
      else if (/(ed|ing)$/.test(w) && w.length > 4 || form === 'past' || form === 'participle' || form === 'ing' || IRREGULAR_PAST.has(w)) pos = 'VERB';
      else if (subject && !verbInClause && (form !== undefined || /[^s]s$/.test(w) && !NOUN_SUFFIX.test(w))) pos = 'VERB';
      else if (ADJ_SUFFIX.test(w) && !NOUN_SUFFIX.test(w)) pos = 'ADJ';
      else pos = 'NOUN';
    }
    // "Signs warn", "The museum shows": a word after a sentence-initial capital and a determiner's noun
    if (pos === 'VERB') verbInClause = true;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' && /^(i|you|he|she|it|we|they|who|nobody|everybody|somebody|someone|everyone)$/.test(w)) subject = true;
    if (pos === 'CONJ' || pos === 'PUNCT' && /^[,;:]$/.test(t.text)) {
      verbInClause = false;
      subject = false;
    }
    out.push(pos);
  }
  return out;
}

/** Whether a word after "to" reads as a verb ("to reject") rather than a noun ("to the port"). */
function verbLike(_to: string, next: string | undefined): boolean {
  if (!next || CLOSED.has(next) && CLOSED.get(next) !== 'VERB') return false;
  return !/^\p{Lu}/u.test(next) && !/s$/.test(next) || cueForm(next) === 'base';
}
