import { stringify } from 'csv-stringify/sync';
import { jsonlSpans, type ExportSource, type JsonlSpan } from './jsonl';

export const CSV_COLUMNS = ['file', 'id', 'tag', 'start', 'end', 'text', 'speaker', 'attributes', 'note'] as const;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function csvRows(source: ExportSource): string {
  const byId = new Map(source.sidecar.annotations.map((a) => [a.id, a]));
  return stringify(jsonlSpans(source).map((s: JsonlSpan) => [
    s.file, s.id, s.tag, String(s.start), String(s.end), s.text, s.speaker ?? '',
    Object.keys(s.attributes).length ? JSON.stringify(s.attributes) : '', byId.get(s.id)?.note ?? '',
  ].map((c) => neutralise(String(c)))));
}
