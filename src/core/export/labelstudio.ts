import { exported, type ArticleSource } from './formats';

/**
 * A Label Studio task for the text labeling template (`<Labels name="label" toName="text">`):
 * spans as `labels` results, claim -> speaker as relations. Offsets are code points.
 */
export function labelStudioTask(source: ArticleSource): object {
  const list = exported(source.sidecar);
  const result: object[] = [];
  for (const a of list) {
    result.push({
      id: a.id, from_name: 'label', to_name: 'text', type: 'labels',
      value: { start: a.start, end: a.end, text: a.quote, labels: [a.tag] },
      ...(a.attributes && Object.keys(a.attributes).length ? { meta: { attributes: a.attributes } } : {}),
    });
  }
  const ids = new Set(list.map((a) => a.id));
  for (const a of list) {
    for (const [role, target] of Object.entries(a.links ?? {})) {
      if (ids.has(target)) result.push({ from_id: a.id, to_id: target, type: 'relation', direction: 'right', labels: [role] });
    }
  }
  return { data: { text: source.text, file: source.file }, annotations: [{ result }] };
}
