import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { exported, type ArticleSource } from '../../src/core/export/formats';
import type { Annotation } from '../../src/core/sidecar/model';
import { OffsetIndex } from '../../src/core/text/offsets';

/**
 * An article for the export tests, with what trips exports up: an emoji with a variation
 * selector, a flag, a ZWJ sequence and a combining mark; a claim quoted in two pieces; a span
 * over a line break; a cell that would be a formula; a claim that begins with an actor; `."` at
 * a paragraph's end; a headline without a full stop.
 */
export const TEXT = 'Harbour talks 🛰️ resume\n\n'
  + 'Anna Lindqvist said: "Prices rose," she added, "by five per cent." Then =HYPERLINK("x") appeared\non the board.\n\n'
  + 'The union said Anna Lindqvist would resign soon 🇳🇴. A firefighter 👩‍🚒 waved at Zoe\u0308 Berg, who said: "We stay."\n\n'
  + 'Closing line\n';

export const ix = new OffsetIndex(TEXT);

/** UTF-16 range of the k-th occurrence of a string. */
export function at(s: string, k = 0): [number, number] {
  let i = -1;
  for (let n = 0; n <= k; n++) i = TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`not in the fixture: ${s}`);
  return [i, i + s.length];
}

function place(data: Omit<Annotation, 'start' | 'end' | 'quote'>, range: [number, number], fragments?: Array<[number, number]>): Placed {
  return { data: { ...data, start: 0, end: 0, quote: '' }, start: range[0], end: range[1], fragments, orphaned: false };
}

/** The fixture's article with its annotations (one of them rejected). */
export function source(): ArticleSource {
  const [q0] = at('Prices rose');
  const [, q1] = at('by five per cent.');
  const placed: Placed[] = [
    place({ id: 'a-1', tag: 'actor', attributes: { type: 'person', actor: 'Anna Lindqvist' } }, at('Anna Lindqvist')),
    place({ id: 'c-1', tag: 'claim', attributes: { kind: 'direct', cue: 'said' }, links: { speaker: 'a-1' }, note: '-checked twice', status: 'confirmed', origin: 'manual' },
      [q0, q1], [at('Prices rose'), at('by five per cent.')]),
    place({ id: 'e-1', tag: 'event' }, at('=HYPERLINK("x") appeared\non the board')),
    place({ id: 'x-1', tag: 'actor', status: 'rejected' }, at('Then')),
    place({ id: 'a-2', tag: 'actor', attributes: { type: 'organization', actor: 'Harbour Workers Union' }, origin: 'detected' }, at('union')),
    place({ id: 'a-3', tag: 'actor', attributes: { type: 'person', actor: 'Anna Lindqvist' } }, at('Anna Lindqvist', 1)),
    place({ id: 'c-2', tag: 'claim', attributes: { kind: 'indirect', cue: 'said', class: 'speech' }, links: { speaker: 'a-2' } }, at('Anna Lindqvist would resign soon')),
    place({ id: 'a-4', tag: 'actor', attributes: { type: 'person', actor: 'Zoë Berg' } }, at('Zoe\u0308 Berg')),
    place({ id: 'c-3', tag: 'claim', attributes: { kind: 'direct', stance: 'supports', reliability: 'B', credibility: '2', topic: 'harbour fees; tolls' }, links: { speaker: 'a-4' } }, at('We stay.')),
  ];
  return { file: 'news/harbour.txt', uri: 'https://example.org/corpus/news/harbour.txt', text: TEXT, sidecar: toSidecar('harbour.txt', TEXT, placed) };
}

/** Annotations as an import should give them back: links by position in the list instead of ids. */
export function comparable(list: Annotation[]): Array<Record<string, unknown>> {
  const ids = new Map(list.map((a, i) => [a.id, i]));
  return list.map((a) => ({
    tag: a.tag, start: a.start, end: a.end, fragments: a.fragments, quote: a.quote, note: a.note,
    attributes: a.attributes, links: a.links && Object.fromEntries(Object.entries(a.links).map(([k, v]) => [k, ids.get(v)])),
  }));
}

/** The fixture's exported annotations. */
export const original = (): Annotation[] => exported(source().sidecar);
