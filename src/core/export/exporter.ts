import { placeAll, toSidecar } from '../anchor/placed';
import type { Sidecar } from '../sidecar/model';
import type { ParseResult } from '../sidecar/parse';
import type { Taxonomy } from '../taxonomy/taxonomy';
import { sha256Hex } from '../text/hash';
import { OffsetIndex } from '../text/offsets';
import { bratAnn, bratConf } from './brat';
import { conll } from './conll';
import { csvColumns, csvHeader, csvRows } from './csv';
import { exported, type ArticleSource, type Format } from './formats';
import { jsonlSpans, toJsonl } from './jsonl';
import { labelStudioConfig, labelStudioTask } from './labelstudio';
import { ExportScheme } from './scheme';
import { spacyLine } from './spacy';
import { W3C_PAGE_TAIL, w3cAnnotations, w3cPageHead } from './w3c';

/**
 * An article ready for export from its sidecar's text and the article's text: the stored
 * offsets when the article is the text they were made on (and every quote holds), else the
 * annotations re-anchored. Problems (invalid sidecar, orphans) come back as messages. `uri` is
 * the article's absolute IRI (W3C targets).
 */
export function prepareSource(sidecarName: string, parsed: ParseResult, articleText: string, file: string, uri: string): { source?: ArticleSource; problems: string[] } {
  if (!parsed.ok) {
    const p = parsed.problems[0];
    return { problems: [`${sidecarName}:${p.line}:${p.col}: ${p.message} (skipped)`] };
  }
  if (sha256Hex(articleText) === parsed.sidecar.document.sha256) {
    const ix = new OffsetIndex(articleText);
    if (parsed.sidecar.annotations.every((a) => !a.orphaned && ix.sliceCp(a.start, a.end) === a.quote)) {
      return { source: { file, uri, text: articleText, sidecar: parsed.sidecar }, problems: [] };
    }
  }
  const placed = placeAll(articleText, parsed.sidecar);
  const orphans = placed.filter((p) => p.orphaned).length;
  return {
    source: { file, uri, text: articleText, sidecar: toSidecar(parsed.sidecar.document.file, articleText, placed) },
    problems: orphans ? [`${sidecarName}: ${orphans} orphaned annotation${orphans === 1 ? '' : 's'} not exported (run claimlens check)`] : [],
  };
}

export interface ExportSettings {
  /** The workspace's taxonomy (tags, attributes and value sets); the default one when absent. */
  taxonomy?: Taxonomy;
  /** Only these tags (--tag); for CoNLL, the tag columns. */
  tags?: readonly string[];
  /** The IRI of the W3C AnnotationPage (where it is written). */
  pageId?: string;
}

/** A file an export writes beside its output: a name in the output's folder and its text. */
export interface SideFile {
  name: string;
  text: string;
}

/**
 * Builds an export one article at a time, as text chunks to append to one output; for brat,
 * `article` gives the article's .ann (written beside its .txt). CSV and CoNLL describe their
 * columns first: when `needsPlan`, give `plan` every sidecar before `head`. brat and Label Studio
 * describe the export in files of their own: `sideFiles` after the last article.
 */
export class ExportWriter {
  private first = true;
  /** Fixed by `head`: the CSV attribute keys, the CoNLL tag columns. */
  private keys: string[] = [];
  readonly scheme: ExportScheme;
  spans = 0;
  articles = 0;

  constructor(readonly format: Format, private readonly settings: ExportSettings = {}) {
    this.scheme = new ExportScheme(settings.taxonomy, settings.tags);
  }

  /** Whether `plan` must see every sidecar before `head` (the columns depend on them). */
  get needsPlan(): boolean {
    return this.format === 'csv' || this.format === 'conll';
  }

  plan(sidecar: Sidecar): void {
    this.scheme.add(exported(sidecar, this.settings.tags));
  }

  head(): string {
    this.keys = this.format === 'csv' ? this.scheme.attributeKeys() : this.format === 'conll' ? this.scheme.tags() : [];
    if (this.format === 'csv') return csvHeader(csvColumns(this.keys));
    if (this.format === 'labelstudio') return '[\n';
    if (this.format === 'w3c') return w3cPageHead(this.settings.pageId ?? 'urn:claimlens:export');
    return '';
  }

  article(source: ArticleSource): string {
    this.articles++;
    this.spans += exported(source.sidecar, this.settings.tags).length;
    const tags = this.settings.tags;
    const item = (json: object): string => {
      const s = `${this.first ? '' : ',\n'}${JSON.stringify(json)}`;
      this.first = false;
      return s;
    };
    switch (this.format) {
      case 'jsonl':
        return toJsonl(jsonlSpans(source, tags));
      case 'csv':
        return csvRows(source, this.keys, tags);
      case 'w3c':
        // the page carries the context once
        return w3cAnnotations(source, { tags }).map(item).join('');
      case 'labelstudio':
        return item(labelStudioTask(source, this.scheme));
      case 'spacy':
        return JSON.stringify(spacyLine(source, tags)) + '\n';
      case 'conll':
        return conll(source, this.keys);
      case 'brat':
        return bratAnn(source, this.scheme);
    }
  }

  tail(): string {
    if (this.format === 'labelstudio') return '\n]\n';
    if (this.format === 'w3c') return W3C_PAGE_TAIL;
    return '';
  }

  /**
   * What brat and Label Studio need beside the export: brat's annotation.conf and visual.conf
   * (in the output folder), Label Studio's labeling config (`<output name>.config.xml`).
   */
  sideFiles(outName: string): SideFile[] {
    if (this.format === 'brat') {
      const conf = bratConf(this.scheme);
      return [{ name: 'annotation.conf', text: conf.annotation }, { name: 'visual.conf', text: conf.visual }];
    }
    if (this.format === 'labelstudio') return [{ name: labelStudioConfigName(outName), text: labelStudioConfig(this.scheme) }];
    return [];
  }
}

/** The name of the labeling config beside Label Studio tasks: `tasks.json` -> `tasks.config.xml`. */
export function labelStudioConfigName(tasksName: string): string {
  return `${tasksName.replace(/\.json$/i, '')}.config.xml`;
}
