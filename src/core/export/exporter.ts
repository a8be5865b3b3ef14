import { placeAll, toSidecar } from '../anchor/placed';
import type { ParseResult } from '../sidecar/parse';
import { sha256Hex } from '../text/hash';
import { OffsetIndex } from '../text/offsets';
import { bratAnn } from './brat';
import { conll } from './conll';
import { csvHeader, csvRows } from './csv';
import type { ArticleSource, Format } from './formats';
import { labelStudioTask } from './labelstudio';
import { spacyLine } from './spacy';
import { w3cAnnotations, W3C_CONTEXT } from './w3c';
import { jsonlSpans, toJsonl } from './jsonl';

/**
 * An article ready for export from its sidecar's text and the article's text: the stored
 * offsets when the article is the text they were made on (and every quote holds), else the
 * annotations re-anchored. Problems (invalid sidecar, orphans) come back as messages.
 */
export function prepareSource(sidecarName: string, parsed: ParseResult, articleText: string, file: string): { source?: ArticleSource; problems: string[] } {
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return { problems: [`${sidecarName}:${p.line}:${p.col}: ${p.message} (skipped)`] };
  }
  if (sha256Hex(articleText) === parsed.sidecar.document.sha256) {
    const ix = new OffsetIndex(articleText);
    if (parsed.sidecar.annotations.every((a) => !a.orphaned && ix.sliceCp(a.start, a.end) === a.quote)) {
      return { source: { file, text: articleText, sidecar: parsed.sidecar }, problems: [] };
    }
  }
  const placed = placeAll(articleText, parsed.sidecar);
  const orphans = placed.filter((p) => p.orphaned).length;
  return {
    source: { file, text: articleText, sidecar: toSidecar(parsed.sidecar.document.file, articleText, placed) },
    problems: orphans ? [`${sidecarName}: ${orphans} orphaned annotation${orphans === 1 ? '' : 's'} not exported (run claimlens check)`] : [],
  };
}

/**
 * Builds an export one article at a time, as text chunks to append to one output (all formats
 * but brat, which writes a pair of files per article: see `bratAnn`).
 */
export class ExportWriter {
  private first = true;
  spans = 0;
  articles = 0;

  constructor(readonly format: Exclude<Format, 'brat'>) {}

  head(): string {
    if (this.format === 'csv') return csvHeader();
    if (this.format === 'labelstudio') return '[\n';
    if (this.format === 'w3c') return `{"@context": ${JSON.stringify(W3C_CONTEXT)}, "type": "AnnotationPage", "items": [\n`;
    return '';
  }

  article(source: ArticleSource): string {
    this.articles++;
    const item = (json: object): string => {
      const s = `${this.first ? '' : ',\n'}${JSON.stringify(json)}`;
      this.first = false;
      return s;
    };
    switch (this.format) {
      case 'jsonl': {
        const spans = jsonlSpans(source);
        this.spans += spans.length;
        return toJsonl(spans);
      }
      case 'csv':
        this.spans += jsonlSpans(source).length;
        return csvRows(source);
      case 'w3c': {
        // the page carries the context once
        const items = w3cAnnotations(source, false);
        this.spans += items.length;
        return items.map(item).join('');
      }
      case 'labelstudio': {
        const task = labelStudioTask(source) as { annotations: Array<{ result: Array<{ type: string }> }> };
        this.spans += task.annotations[0].result.filter((r) => r.type === 'labels').length;
        return item(task);
      }
      case 'spacy': {
        const line = spacyLine(source) as { spans: unknown[] };
        this.spans += line.spans.length;
        return JSON.stringify(line) + '\n';
      }
      case 'conll':
        this.spans += jsonlSpans(source).length;
        return conll(source);
    }
  }

  tail(): string {
    if (this.format === 'labelstudio') return '\n]\n';
    if (this.format === 'w3c') return '\n]}\n';
    return '';
  }
}

export { bratAnn };
