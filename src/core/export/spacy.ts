import { exported, type ArticleSource } from './formats';

/** One line of spaCy-style JSONL: the text and its character spans (code points, as Python counts). */
export function spacyLine(source: ArticleSource): object {
  return {
    text: source.text,
    spans: exported(source.sidecar).map((a) => ({ start: a.start, end: a.end, label: a.tag })),
    meta: { file: source.file },
  };
}
