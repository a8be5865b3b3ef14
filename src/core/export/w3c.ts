import { exported } from './formats';
import type { ExportSource } from './jsonl';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** One Web Annotation per exported annotation: the tag and attributes as bodies, quote and position selectors. */
export function w3cAnnotations(source: ExportSource, withContext = true): object[] {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return exported(source.sidecar).map((a) => {
    const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.tag }];
    for (const [k, v] of Object.entries(a.attributes ?? {})) body.push({ type: 'TextualBody', purpose: 'describing', value: `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}` });
    if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
    const speaker = a.links?.speaker ? byId.get(a.links.speaker) : undefined;
    if (speaker) body.push({ type: 'SpecificResource', purpose: 'linking', source: `urn:claimlens:${encodeURIComponent(source.file)}#${speaker.id}` });
    return {
      ...(withContext ? { '@context': W3C_CONTEXT } : {}),
      id: `urn:claimlens:${encodeURIComponent(source.file)}#${a.id}`,
      type: 'Annotation',
      motivation: a.tag === 'claim' ? 'classifying' : 'tagging',
      ...(a.author ? { creator: a.author } : {}),
      ...(a.created ? { created: a.created } : {}),
      body,
      target: {
        source: source.file,
        selector: [
          { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix ?? '', suffix: a.suffix ?? '' },
          { type: 'TextPositionSelector', start: a.start, end: a.end },
        ],
      },
    };
  });
}
