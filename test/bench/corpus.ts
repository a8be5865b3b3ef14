/** Deterministic news-like text for benchmarks (no real articles: generated from word lists). */
import type { Placed } from '../../src/core/anchor/placed';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Lukas', 'Omar', 'Ines', 'Priya', 'Tom', 'Leyla', 'Dmitri', 'Maria', 'Kenji', 'Amara', 'Jonas'];
const LAST = ['Lindqvist', 'Brandt', 'Haddad', 'Kolar', 'Raman', 'Achebe', 'Demir', 'Volkov', 'Ostrowska', 'Sato', 'Okafor', 'Berg'];
const ORGS = ['Baltic Port Authority', 'Ministry of Transport', 'National Cyber Security Centre', 'World Food Programme', 'Regional Water Agency', 'Eastern Volunteer Brigade'];
const PLACES = ['Geneva', 'Ankara', 'Kyiv', 'Moscow', 'Pyongyang', 'Brussels', 'Nairobi', 'Seoul'];
const VERBS = ['said', 'warned', 'told reporters', 'added', 'stated', 'announced'];
const CLAUSES = [
  'the talks would resume next week', 'the shipments had been delayed by storms', 'no agreement was reached on inspections',
  'the reservoir was nearly empty', 'the attack had been planned for months', 'prices would rise before the winter',
  'the border crossing would reopen on Monday', 'two patrol vehicles had been damaged', 'the report would be published soon',
];
const QUOTES = [
  'We have no connection with these groups', 'Every week of delay costs lives', 'The channel is clear and the crane has been removed',
  'We are seeing the same tools and the same infrastructure', 'Nobody will be allowed to cross without papers',
];

/** About `bytes` of briefing-style paragraphs. */
export function newsText(bytes: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const who = `${pick(FIRST)} ${pick(LAST)}`;
    const sentences = [
      `${who}, a spokesperson for the ${pick(ORGS)}, ${pick(VERBS)} on ${pick(['Monday', 'Tuesday', 'Friday'])} that ${pick(CLAUSES)}.`,
      `"${pick(QUOTES)}," ${who.split(' ')[1]} said in ${pick(PLACES)}.`,
      `According to the ${pick(ORGS)}, ${pick(CLAUSES)}.`,
      `Officials in ${pick(PLACES)} ${pick(['denied', 'confirmed'])} that ${pick(CLAUSES)}, and ${r() < 0.1 ? 'talks 🛰️ continued' : 'nothing more was said'}.`,
    ];
    const p = sentences.join(' ') + '\n\n';
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

/**
 * `n` annotations on the text's capitalised names, evenly spaced (ids `PREFIX-<base 36>`, tags
 * by `tagOf`): a long article's sidecar as the editor tests and benchmarks open it.
 */
export function annotateNames(text: string, n: number, prefix: string, tagOf: (i: number) => string): Placed[] {
  const words = [...text.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?/gu)];
  return Array.from({ length: n }, (_, i) => {
    const m = words[Math.floor((i * words.length) / n)];
    return { data: { id: `${prefix}-${i.toString(36)}`, tag: tagOf(i), start: 0, end: 0, quote: '' }, start: m.index!, end: m.index! + m[0].length, orphaned: false };
  });
}

/** `n` annotations on names and phrases spread over a text (every third a claim), as the benchmarks place them. */
export function spreadAnnotations(text: string, n: number, r: () => number): Placed[] {
  const words = [...text.matchAll(/\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?|the [a-z]+ [a-z]+/gu)];
  const step = words.length / n;
  return Array.from({ length: n }, (_, i) => {
    const m = words[Math.floor(i * step + r() * step * 0.5)];
    return { data: { id: `x-${i.toString(36).padStart(6, '0')}`, tag: i % 3 ? 'actor' : 'claim', start: 0, end: 0, quote: '' }, start: m.index!, end: m.index! + m[0].length, orphaned: false };
  });
}
