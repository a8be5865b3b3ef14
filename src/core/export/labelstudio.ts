import type { Annotation } from '../sidecar/model';
import { OffsetIndex } from '../text/offsets';
import { exported, piecesOf, valueText, type ArticleSource } from './formats';
import type { ExportScheme } from './scheme';

/** Names in the labeling config: the Labels control, the Text object. */
export const LS_LABELS = 'label';
export const LS_TEXT = 'text';
/** The relation from one piece of a split claim to the next. */
export const LS_CONTINUES = 'continues';

/** The config name of an attribute's control (the attribute's name unless it is taken). */
export function controlName(attribute: string): string {
  return attribute === LS_LABELS || attribute === LS_TEXT || !/^[\p{L}\p{N}_-]+$/u.test(attribute) ? `attribute_${attribute.replace(/[^\p{L}\p{N}_-]/gu, '_')}` : attribute;
}

/** Region ids: the annotation's id for its (first) piece, then `id:2`, `id:3`. */
const regionId = (a: Annotation, k: number): string => (k === 0 ? a.id : `${a.id}:${k + 1}`);

/**
 * A Label Studio task for the labeling config of `labelStudioConfig`: each annotation as `labels`
 * regions of the `text` object (one per piece of a split claim, each piece linked to the next by
 * a `continues` relation), its attributes as per-region `choices` (closed value sets) or
 * `textarea` results (free text) on its first region, its note as the region's meta text, and
 * links (claim -> speaker) as `relation` results. Offsets are code points.
 */
export function labelStudioTask(source: ArticleSource, scheme: ExportScheme): object {
  const list = exported(source.sidecar, scheme.only);
  scheme.add(list);
  const ix = new OffsetIndex(source.text);
  const result: object[] = [];
  const relations: object[] = [];
  const relation = (from: string, to: string, label: string): void => void relations.push({ from_id: from, to_id: to, type: 'relation', direction: 'right', labels: [label] });
  for (const a of list) {
    const pieces = piecesOf(a);
    pieces.forEach(([start, end], k) => {
      result.push({
        id: regionId(a, k), from_name: LS_LABELS, to_name: LS_TEXT, type: 'labels',
        value: { start, end, text: ix.sliceCp(start, end), labels: [a.tag] },
        ...(k === 0 && a.note ? { meta: { text: [a.note] } } : {}),
      });
      if (k > 0) relation(regionId(a, k - 1), regionId(a, k), LS_CONTINUES);
    });
    const [start, end] = pieces[0];
    for (const [key, v] of Object.entries(a.attributes ?? {})) {
      const value = valueText(v);
      if (!value) continue;
      const closed = scheme.values(key) !== undefined;
      result.push({
        id: a.id, from_name: controlName(key), to_name: LS_TEXT, type: closed ? 'choices' : 'textarea',
        value: closed ? { start, end, choices: [value] } : { start, end, text: [value] },
      });
    }
  }
  const ids = new Set(list.map((a) => a.id));
  for (const a of list) {
    for (const [role, target] of Object.entries(a.links ?? {})) if (ids.has(target) && target !== a.id) relation(a.id, target, role);
  }
  return { data: { text: source.text, file: source.file }, annotations: [{ result: [...result, ...relations] }] };
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The labeling config the tasks are made for: the tags as `<Labels name="label">` of
 * `<Text name="text" value="$text"/>`, the relations (speaker, and `continues` when a claim is in
 * pieces) in `<Relations>`, and each attribute as a per-region control shown when a region of its
 * tags is selected: `<Choices>` with the values for closed sets, `<TextArea>` for free text.
 */
export function labelStudioConfig(scheme: ExportScheme): string {
  const tags = scheme.tags();
  const relations = [...scheme.relations().map((r) => r.role), ...(scheme.fragments ? [LS_CONTINUES] : [])];
  const lines = ['<View>', '  <Relations>', ...relations.map((r) => `    <Relation value="${xml(r)}"/>`), '  </Relations>'];
  lines.push(`  <Labels name="${LS_LABELS}" toName="${LS_TEXT}">`);
  for (const t of tags) lines.push(`    <Label value="${xml(t)}"${scheme.colour(t) ? ` background="${xml(scheme.colour(t)!)}"` : ''}/>`);
  lines.push('  </Labels>', `  <Text name="${LS_TEXT}" value="$text"/>`);
  // one view per set of tags, shown while a region of those tags is selected
  const groups = new Map<string, string[]>();
  for (const name of scheme.attributes()) {
    const on = scheme.attributeTags(name).filter((t) => tags.includes(t));
    if (!on.length) continue;
    const key = on.join(',');
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const [on, names] of groups) {
    lines.push(`  <View visibleWhen="region-selected" whenLabelValue="${xml(on)}">`);
    for (const name of names) {
      const values = scheme.values(name);
      lines.push(`    <Header value="${xml(name)}"/>`);
      if (values) {
        lines.push(`    <Choices name="${xml(controlName(name))}" toName="${LS_TEXT}" perRegion="true" showInline="true">`);
        for (const v of values) lines.push(`      <Choice value="${xml(v)}"/>`);
        lines.push('    </Choices>');
      } else {
        lines.push(`    <TextArea name="${xml(controlName(name))}" toName="${LS_TEXT}" perRegion="true" editable="true" maxSubmissions="1"/>`);
      }
    }
    lines.push('  </View>');
  }
  lines.push('</View>');
  return lines.join('\n') + '\n';
}
