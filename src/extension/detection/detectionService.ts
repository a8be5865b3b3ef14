import * as vscode from 'vscode';
import { detect, type Detection } from '../../core/detect';
import type { ConfigService } from '../config';

const DEBOUNCE_MS = 250;

interface Entry {
  version: number;
  result: Detection;
}

/**
 * Detects actors and claims in open articles: when they open, and again shortly after the
 * typing stops. Results are kept per document version.
 */
export class DetectionService implements vscode.Disposable {
  private readonly results = new Map<string, Entry>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when new results for a document are ready. */
  readonly onDidDetect = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly config: ConfigService) {
    this.disposables.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      config.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The latest results for a document (possibly of an earlier version while typing). */
  get(uri: vscode.Uri): Detection | undefined {
    return this.results.get(uri.toString())?.result;
  }

  /** Results for the document's current version, detecting now if needed. */
  current(doc: vscode.TextDocument): Detection | undefined {
    if (!this.config.isArticle(doc) || !this.config.value.detectionEnabled) return undefined;
    const e = this.results.get(doc.uri.toString());
    if (e && e.version === doc.version) return e.result;
    return this.run(doc);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    if (!this.config.isArticle(doc) || !this.config.value.detectionEnabled) {
      if (this.results.delete(key)) this.emitter.fire(doc.uri);
      return;
    }
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) this.run(doc);
    }, delay));
  }

  private run(doc: vscode.TextDocument): Detection {
    const result = detect(doc.getText());
    this.results.set(doc.uri.toString(), { version: doc.version, result });
    this.emitter.fire(doc.uri);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.results.delete(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
