import { OffsetIndex } from '../text/offsets';
import { exported, type ArticleSource } from './formats';

/**
 * The brat standoff `.ann` of an article: T lines for spans (discontinuous and multi-line spans
 * as fragments, since a line holds one span), R lines for claim -> speaker, A lines for
 * attributes, # lines for notes. Offsets are code points, as brat counts them.
 */
export function bratAnn(source: ArticleSource): string {
  const ix = new OffsetIndex(source.text);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  let a = 0;
  let n = 0;
  const safe = (s: string): string => s.replace(/[\t\n\r]/g, ' ');
  const type = bratName;
  const list = exported(source.sidecar);
  list.forEach((ann, k) => {
    const t = `T${k + 1}`;
    tOf.set(ann.id, t);
    const pieces: Array<[number, number]> = [];
    for (const [s, e] of ann.fragments ?? [[ann.start, ann.end]]) {
      // split at line breaks: brat fragments may not contain them
      let from = s;
      const text = ix.sliceCp(s, e);
      let cp = s;
      for (const ch of text) {
        if (ch === '\n' || ch === '\r') {
          if (cp > from) pieces.push([from, cp]);
          from = cp + 1;
        }
        cp++;
      }
      if (e > from) pieces.push([from, e]);
    }
    if (!pieces.length) return;
    lines.push(`${t}\t${type(ann.tag)} ${pieces.map(([s, e]) => `${s} ${e}`).join(';')}\t${safe(pieces.map(([s, e]) => ix.sliceCp(s, e)).join(' '))}`);
  });
  let r = 0;
  for (const ann of list) {
    const from = tOf.get(ann.id);
    for (const [role, target] of Object.entries(ann.links ?? {})) {
      const to = tOf.get(target);
      if (from && to) lines.push(`R${++r}\t${type(role)} Arg1:${from} Arg2:${to}`);
    }
    for (const [k, v] of Object.entries(ann.attributes ?? {})) {
      if (from && v !== undefined && v !== null && v !== '') lines.push(`A${++a}\t${type(k)} ${from} ${type(typeof v === 'string' ? v : JSON.stringify(v))}`);
    }
    if (from && ann.note) lines.push(`#${++n}\tAnnotatorNotes ${from}\t${safe(ann.note)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * A name brat can hold (types, roles, attribute names and values have no spaces): other
 * characters are percent-encoded, so that importing gives the original back.
 */
export function bratName(s: string): string {
  return s.replace(/[^\p{L}\p{N}_.-]/gu, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
}
