import { stringify } from 'csv-stringify/sync';
import type { Annotation } from '../sidecar/model';
import { annotationText, exported, valueText } from './formats';
import { speakerOf, type ExportSource } from './jsonl';

/** The columns before the attributes. */
export const CSV_LEAD = ['file', 'id', 'tag', 'start', 'end', 'text', 'speaker', 'speaker_id'] as const;
/** The columns after the attributes. */
export const CSV_TAIL = ['status', 'origin', 'note'] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The CSV columns for these attribute keys (see `ExportScheme.attributeKeys`): one column per key,
 * between the span's own columns and its status; a key named like one of those gets `attr_`
 * before it, and `speaker` (which the speaker column shows) gets none.
 */
export function csvColumns(attributeKeys: readonly string[]): string[] {
  const fixed: readonly string[] = [...CSV_LEAD, ...CSV_TAIL];
  const attrs = attributeKeys.filter((k) => k !== 'speaker').map((k) => (fixed.includes(k) ? `attr_${k}` : k));
  return [...CSV_LEAD, ...attrs, ...CSV_TAIL];
}

export function csvHeader(columns: readonly string[]): string {
  return stringify([[...columns]]);
}

/**
 * One row per exported annotation, in the columns of `csvColumns(attributeKeys)`: the text (a
 * split claim's pieces joined by " … "), the speaker's canonical actor name and id, one cell per
 * attribute, status, origin and note, every cell safe from spreadsheet formulas.
 */
export function csvRows(source: ExportSource, attributeKeys: readonly string[], tags?: readonly string[]): string {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  const keys = attributeKeys.filter((k) => k !== 'speaker');
  return stringify(exported(source.sidecar, tags).map((a: Annotation) => {
    const speaker = a.tag === 'claim' ? speakerOf(a, byId) : undefined;
    return [
      source.file, a.id, a.tag, String(a.start), String(a.end), annotationText(a), speaker?.name ?? '', speaker?.id ?? '',
      ...keys.map((k) => valueText(a.attributes?.[k])),
      a.status ?? '', a.origin ?? '', a.note ?? '',
    ].map(neutralise);
  }));
}
