import { selectorOf } from '../anchor/anchor';
import { SIDECAR_SUFFIX, type Annotation } from '../sidecar/model';
import { OffsetIndex } from '../text/offsets';
import { exported, piecesOf, valueText, type ArticleSource } from './formats';
import { speakerOf } from './jsonl';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** RFC 3339 date-time, as `created` must be (xsd:dateTime in the model). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The opening of an AnnotationPage (JSON-LD) that holds the annotations as `items`. */
export function w3cPageHead(pageId: string): string {
  return `{"@context": ${JSON.stringify(W3C_CONTEXT)}, "id": ${JSON.stringify(pageId)}, "type": "AnnotationPage", "items": [\n`;
}

export const W3C_PAGE_TAIL = '\n]}\n';

/**
 * The IRI of an annotation: its id as the fragment of its sidecar's IRI (the article's IRI with
 * `.annotations.yaml` after it), where the annotation lives.
 */
export function annotationIri(articleIri: string, id: string): string {
  return `${articleIri.replace(/#.*$/, '')}${SIDECAR_SUFFIX}#${encodeURIComponent(id)}`;
}

/**
 * One Web Annotation per exported annotation: the tag, the attributes and the speaker's name as
 * textual bodies, a link to the speaker's annotation, and as target the article (`source.uri`,
 * an absolute IRI) with a TextQuoteSelector and a TextPositionSelector (code points) that
 * select the same text, as alternatives.
 *
 * A split claim has one target per piece. The model (W3C Recommendation, 3.2) lets an annotation
 * have several targets, each body applying to each target, which is what a claim in pieces is:
 * each piece is part of the claim. The other candidates say something else: several selectors
 * of one target are alternative ways to find the same segment (4.2; a consumer picks one), a
 * Choice asks for one of its items (3.2.7, and no longer for targets), a RangeSelector would
 * take in the words between the pieces, and Composite and List were left out of the
 * Recommendation (appendix D).
 */
export function w3cAnnotations(source: ArticleSource, opt: { tags?: readonly string[]; withContext?: boolean } = {}): object[] {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  const ix = new OffsetIndex(source.text);
  return exported(source.sidecar, opt.tags).map((a) => ({
    ...(opt.withContext ? { '@context': W3C_CONTEXT } : {}),
    id: annotationIri(source.uri, a.id),
    type: 'Annotation',
    motivation: a.tag === 'claim' ? 'classifying' : 'tagging',
    ...(a.author ? { creator: { type: 'Person', name: a.author } } : {}),
    ...(a.created && DATE_TIME.test(a.created) ? { created: a.created } : {}),
    body: bodies(source, a, byId),
    target: targets(source, ix, a),
  }));
}

function bodies(source: ArticleSource, a: Annotation, byId: ReadonlyMap<string, Annotation>): object[] {
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }];
  const describe = (value: string): void => void body.push({ type: 'TextualBody', purpose: 'describing', value });
  for (const [k, v] of Object.entries(a.attributes ?? {})) describe(`${k}: ${valueText(v)}`);
  if (a.tag === 'claim') {
    const speaker = speakerOf(a, byId);
    if (speaker && !(a.attributes && 'speaker' in a.attributes)) describe(`speaker: ${speaker.name}`);
    if (speaker?.id) body.push({ type: 'SpecificResource', purpose: 'linking', source: annotationIri(source.uri, speaker.id) });
  }
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  return body;
}

function targets(source: ArticleSource, ix: OffsetIndex, a: Annotation): object | object[] {
  const pieces = piecesOf(a);
  const target = ([s, e]: [number, number], whole: boolean): object => {
    const sel = whole && a.prefix !== undefined && a.suffix !== undefined
      ? { quote: a.quote, prefix: a.prefix, suffix: a.suffix }
      : selectorOf(ix, ix.toUtf16(s), ix.toUtf16(e));
    return {
      source: source.uri,
      selector: [
        { type: 'TextQuoteSelector', exact: sel.quote, prefix: sel.prefix, suffix: sel.suffix },
        { type: 'TextPositionSelector', start: s, end: e },
      ],
    };
  };
  return pieces.length === 1 && pieces[0][0] === a.start && pieces[0][1] === a.end ? target(pieces[0], true) : pieces.map((p) => target(p, false));
}
