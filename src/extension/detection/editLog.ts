import * as vscode from 'vscode';
import { applyChange, type TextChange } from '../../core/anchor/track';
import type { ConfigService } from '../config';
import { changesLastFirst } from './textChanges';

/** Versions kept per document: what a view row or a hover link made a few seconds ago needs. */
const KEPT = 500;

interface DocLog {
  /** The changes that made each version, oldest first: entry i made version `first + i`. */
  first: number;
  edits: TextChange[][];
}

/**
 * The text changes of each open article, by the version they made. A view row or a hover link
 * names a suggestion by its offsets in the version it was made from; typing since then moves it,
 * and `map` moves its span the same way to the document as it is now.
 */
export class EditLog implements vscode.Disposable {
  private readonly docs = new Map<string, DocLog>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly config: ConfigService) {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((e) => this.record(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.docs.delete(d.uri.toString())),
    ];
  }

  /**
   * A span of `version` moved to the document's current version; undefined when its whole text
   * was replaced since, or when the changes of some version in between are not known.
   */
  map(doc: vscode.TextDocument, version: number, span: { start: number; end: number }): { start: number; end: number } | undefined {
    if (version === doc.version) return { start: span.start, end: span.end };
    const log = this.docs.get(doc.uri.toString());
    if (!log || version < log.first - 1 || version >= log.first + log.edits.length) return undefined;
    const moved = { start: span.start, end: span.end };
    for (let i = version + 1 - log.first; i < log.edits.length; i++) {
      for (const c of log.edits[i]) if (!applyChange(moved, c)) return undefined;
    }
    return moved;
  }

  private record(e: vscode.TextDocumentChangeEvent): void {
    // (only articles have view rows and hover links: not every output channel and settings file)
    if (!e.contentChanges.length || !this.config.isArticle(e.document)) return;
    const key = e.document.uri.toString();
    const edit = changesLastFirst(e);
    let log = this.docs.get(key);
    if (!log || log.first + log.edits.length !== e.document.version) {
      // the first change seen, or versions missed (a document reopened): start again
      log = { first: e.document.version, edits: [] };
      this.docs.set(key, log);
    }
    log.edits.push(edit);
    if (log.edits.length > KEPT) {
      log.edits.splice(0, log.edits.length - KEPT);
      log.first = e.document.version - KEPT + 1;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.docs.clear();
  }
}
