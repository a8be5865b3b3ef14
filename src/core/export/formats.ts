import type { Annotation, Sidecar } from '../sidecar/model';
import type { ExportSource } from './jsonl';

/** An article with its annotations, for the formats that need the text itself. */
export interface ArticleSource extends ExportSource {
  text: string;
}

export const FORMATS = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'labelstudio', 'spacy'] as const;
export type Format = (typeof FORMATS)[number];

/** The annotations that are exported: confirmed and placed, in position order. */
export function exported(sidecar: Sidecar): Annotation[] {
  return sidecar.annotations.filter((a) => a.status !== 'rejected' && !a.orphaned);
}
