import { OffsetIndex } from '../text/offsets';
import { exported, piecesOf, valueText, type ArticleSource } from './formats';
import type { ExportScheme } from './scheme';

/**
 * A name as brat stores it (types, roles, attribute names: "should match ^[a-zA-Z0-9_-]*$", as
 * brat's configuration reader says): accents dropped, any other character an underscore.
 */
export function bratName(s: string): string {
  const n = s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_-]/g, '_');
  return n || '_';
}

/**
 * Whether a value can be one of an attribute's values in brat: `A` lines separate fields by
 * spaces, annotation.conf separates values by `|` and arguments by `,`.
 */
export const bratValue = (v: string): boolean => /^[^\s|,]+$/.test(v);

/** One line of an .ann file holds no line break or tab inside a field. */
const oneLine = (s: string): string => s.replace(/[\t\n\r\u2028\u2029]+/g, ' ');

/**
 * The brat standoff `.ann` of an article (offsets in code points, as brat counts them):
 *
 * - T lines for spans; a discontinuous span and a span over a line break as fragments
 *   (`start end;start end`, the text of the fragments joined by a space, as brat checks it);
 * - R lines for links (claim -> speaker: `speaker Arg1:T2 Arg2:T1`);
 * - A lines for attributes with a closed value set (type, kind, stance, reliability,
 *   credibility, class and those the taxonomy gives values), as they are, not encoded;
 * - one `#` AnnotatorNotes line per span for free text, `key: value` items joined by "; " with
 *   the analyst's note last (`note: …`): actor names, cue words, values outside the value set.
 *   One line, because brat's editor shows and changes one note per span.
 *
 * The annotations are recorded in `scheme`, for `bratConf`.
 */
export function bratAnn(source: ArticleSource, scheme: ExportScheme): string {
  const ix = new OffsetIndex(source.text);
  const list = exported(source.sidecar, scheme.only);
  scheme.add(list);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  list.forEach((ann) => {
    const pieces: Array<[number, number]> = [];
    for (const [s, e] of piecesOf(ann)) {
      // brat fragments may not hold a line break (brat reads the .txt line by line)
      let from = s;
      let cp = s;
      for (const ch of ix.sliceCp(s, e)) {
        if (ch === '\n' || ch === '\r') {
          if (cp > from) pieces.push([from, cp]);
          from = cp + 1;
        }
        cp++;
      }
      if (e > from) pieces.push([from, e]);
    }
    if (!pieces.length) return;
    const t = `T${tOf.size + 1}`;
    tOf.set(ann.id, t);
    lines.push(`${t}\t${bratName(ann.tag)} ${pieces.map(([s, e]) => `${s} ${e}`).join(';')}\t${pieces.map(([s, e]) => ix.sliceCp(s, e)).join(' ')}`);
  });
  let r = 0;
  let a = 0;
  let n = 0;
  for (const ann of list) {
    const from = tOf.get(ann.id);
    if (!from) continue;
    for (const [role, target] of Object.entries(ann.links ?? {})) {
      const to = tOf.get(target);
      if (to && to !== from) lines.push(`R${++r}\t${bratName(role)} Arg1:${from} Arg2:${to}`);
    }
    const notes: string[] = [];
    for (const [k, v] of Object.entries(ann.attributes ?? {})) {
      const value = valueText(v);
      if (!value) continue;
      if (bratValue(value) && scheme.values(k)) lines.push(`A${++a}\t${bratName(k)} ${from} ${value}`);
      else notes.push(`${k}: ${oneLine(value)}`);
    }
    if (ann.note) notes.push(`note: ${oneLine(ann.note)}`);
    if (notes.length) lines.push(`#${++n}\tAnnotatorNotes ${from}\t${notes.join('; ')}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * brat's `annotation.conf` and `visual.conf` for an export, so that the folder opens in brat as
 * it is: the tags as entities (overlaps allowed: an actor sits inside a claim), the links as
 * relations (`speaker Arg1:claim, Arg2:actor`), the attributes with closed value sets with their
 * values (the taxonomy's and those found), and labels and colours.
 */
export function bratConf(scheme: ExportScheme): { annotation: string; visual: string } {
  const tags = scheme.tags();
  const names = (list: readonly string[]): string => list.map(bratName).join('|');
  const relations = scheme.relations().map((r) => `${bratName(r.role)}\tArg1:${names(r.from)}, Arg2:${names(r.to)}`);
  const attributes: string[] = [];
  for (const name of scheme.attributes()) {
    const values = scheme.values(name)?.filter(bratValue);
    const on = scheme.attributeTags(name).filter((t) => tags.includes(t));
    if (values?.length && on.length) attributes.push(`${bratName(name)}\tArg:${names(on)}, Value:${values.join('|')}`);
  }
  const annotation = [
    '# brat configuration written by Claimlens for this export',
    '[entities]', ...tags.map(bratName), '',
    '[relations]', ...relations, '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '',
    '[events]', '',
    '[attributes]', ...attributes, '',
  ].join('\n');
  const visual = [
    '# brat display configuration written by Claimlens for this export',
    '[labels]', ...tags.map((t) => `${bratName(t)} | ${t}`), ...scheme.relations().map((r) => `${bratName(r.role)} | ${r.role}`), '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...tags.filter((t) => scheme.colour(t)).map((t) => `${bratName(t)}\tbgColor:${scheme.colour(t)}`), '',
  ].join('\n');
  return { annotation, visual };
}
