import * as vscode from 'vscode';
import type { ActorDefinition, Detection } from '../../core/detect';
import { CUE_CLASSES, type CueClass } from '../../core/detect/types';
import type { ConfigService } from '../config';
import { chainDeltas, type DetectionDelta } from '../../core/detect/delta';
import { PREVIEW_FROM } from '../../core/detect/preview';
import { DetectorClient } from './detectorClient';

const DEBOUNCE_MS = 200;
/** The longest a long article's whole detection waits for its annotations to be loaded. */
const SETTLE_MAX_MS = 3000;

interface Entry {
  version: number;
  result: Detection;
  /** Counts the results kept for the document; `delta` leads from result `seq - 1` to this one. */
  seq: number;
  delta?: DetectionDelta;
  /** A first look at the paragraphs on screen only, while the whole text is analysed. */
  preview?: boolean;
}

/** The latest result kept for a document, every cue class in it, and how it came about. */
export type DetectionEntry = Readonly<Entry>;

/**
 * Detects actors and claims in open articles: when they open, and again shortly after the
 * typing stops, in a worker thread that re-analyses only the paragraphs that changed.
 * Results are kept per document version.
 */
export class DetectionService implements vscode.Disposable {
  private readonly byClass = new WeakMap<Detection, { classes: ReadonlySet<CueClass>; result: Detection }>();
  private readonly results = new Map<string, Entry>();
  private readonly received = new Map<string, number>();
  /**
   * Results received for a text edited again meanwhile, never kept: the change from the last
   * result kept to the latest of them (null: none known), for the next result kept to lead on from.
   */
  private readonly passedOver = new Map<string, DetectionDelta | null>();
  private readonly running = new Map<string, { version: number; done: Promise<Detection | undefined> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when new results for a document are ready. */
  readonly onDidDetect = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly client: DetectorClient;

  /**
   * `settle`: resolves when a document's annotations are in place. A long article just opened
   * gets a first look at the paragraphs on screen at once; its whole detection waits for that
   * (up to SETTLE_MAX_MS), so that reading a long sidecar and analysing the whole text do not
   * compete for the processor while the editor opens.
   */
  constructor(private readonly config: ConfigService, extensionPath: string, log: vscode.OutputChannel,
    private readonly settle?: (doc: vscode.TextDocument) => Promise<unknown>) {
    this.client = new DetectorClient(extensionPath, log);
    this.disposables.push(
      this.client,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document, DEBOUNCE_MS); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      config.onDidChange(() => this.redetectAll()),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Whether detection runs in a worker thread. */
  get inWorker(): boolean {
    return this.client.inWorker;
  }

  /** Uses the analyst's own actors from now on (they win over detection). */
  setActors(actors: ActorDefinition[]): void {
    this.client.setActors(actors);
    this.results.clear();
    this.passedOver.clear();
    this.redetectAll();
  }

  /**
   * The latest result for a document, with the document version it is of: while typing, an
   * earlier version than the document's (its offsets are of that version: see EditLog).
   */
  latest(uri: vscode.Uri): { detection: Detection; version: number } | undefined {
    const e = this.results.get(uri.toString());
    const detection = this.suggested(e?.result);
    return e && detection ? { detection, version: e.version } : undefined;
  }

  /**
   * The latest result if it is of the document as it is now (a preview included), for what places
   * things at its offsets without waiting; undefined while typing has made it stale.
   */
  ofVersion(doc: vscode.TextDocument): Detection | undefined {
    const e = this.results.get(doc.uri.toString());
    return e && e.version === doc.version ? this.suggested(e.result) : undefined;
  }

  /**
   * The latest result kept (all cue classes), with its sequence number and the change from the
   * result kept before it: what lets the editor repaint only what changed.
   */
  entry(uri: vscode.Uri): DetectionEntry | undefined {
    return this.results.get(uri.toString());
  }

  /** Results for the document's current version, detecting now if needed. */
  async current(doc: vscode.TextDocument): Promise<Detection | undefined> {
    if (!this.enabled(doc)) return undefined;
    const e = this.results.get(doc.uri.toString());
    if (e && e.version === doc.version && !e.preview) return this.suggested(e.result);
    return this.suggested(await this.run(doc));
  }

  /** A result with only the claims of the cue classes the analyst wants suggested (claimlens.detection.classes). */
  private suggested(result: Detection | undefined): Detection | undefined {
    const classes = this.config.value.suggestedClasses;
    if (!result || classes.size === CUE_CLASSES.length) return result;
    const cached = this.byClass.get(result);
    if (cached && cached.classes === classes) return cached.result;
    const out = { actors: result.actors, claims: result.claims.filter((c) => classes.has(c.cue?.class ?? 'speech')) };
    this.byClass.set(result, { classes, result: out });
    return out;
  }

  private enabled(doc: vscode.TextDocument): boolean {
    return this.config.isArticle(doc) && this.config.value.detectionEnabled;
  }

  private redetectAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    if (!this.enabled(doc)) {
      if (this.results.delete(key)) this.emitter.fire(doc.uri);
      return;
    }
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!doc.isClosed) void this.run(doc);
    }, delay));
  }

  private run(doc: vscode.TextDocument): Promise<Detection | undefined> {
    const key = doc.uri.toString();
    const version = doc.version;
    const same = this.running.get(key);
    if (same && same.version === version) return same.done;
    const text = doc.getText();
    const done = this.firstLook(doc, text).then(() => this.client.detect(key, text)).then(({ result, delta }) => {
      // typing while the worker detects: its result is of a text gone, and the next one's delta
      // leads on from it; chained, that delta still leads from the result kept last (which the
      // editor shows), so a repaint after typing sends only what changed
      const before = this.passedOver.get(key);
      const lead = before === undefined ? delta : before && delta ? chainDeltas(before, delta, result) : undefined;
      if (doc.version === version && !doc.isClosed) {
        const seq = (this.received.get(key) ?? 0) + 1;
        this.received.set(key, seq);
        this.passedOver.delete(key);
        this.results.set(key, { version, result, seq, delta: lead });
        this.emitter.fire(doc.uri);
      } else if (!doc.isClosed) {
        // (a closed document is forgotten: nothing of it is kept)
        this.passedOver.set(key, lead ?? null);
        // the first look is over all the same
        if (!this.received.has(key)) this.received.set(key, 0);
      }
      return result;
    }, () => undefined).finally(() => {
      if (this.running.get(key)?.version === version) this.running.delete(key);
    });
    this.running.set(key, { version, done });
    return done;
  }

  /**
   * A long article's first detection: the paragraphs an editor shows (the start, before it is
   * shown) are analysed first and shown as a preview; then the annotations are awaited (a while).
   */
  private async firstLook(doc: vscode.TextDocument, text: string): Promise<void> {
    const key = doc.uri.toString();
    if (this.received.has(key) || text.length < PREVIEW_FROM) return;
    const version = doc.version;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.visibleRanges ?? [];
    const first: [number, number] = shown.length
      ? [doc.offsetAt(shown[0].start), doc.offsetAt(shown[shown.length - 1].end)]
      : [0, doc.offsetAt(new vscode.Position(Math.min(doc.lineCount - 1, 80), 0))];
    const result = await this.client.preview(text, first).catch(() => undefined);
    if (result && doc.version === version && !doc.isClosed && this.results.get(key)?.version !== version) {
      this.results.set(key, { version, result, seq: 0, preview: true });
      this.emitter.fire(doc.uri);
    }
    if (!this.settle) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.settle(doc).catch(() => undefined), new Promise((r) => { timer = setTimeout(r, SETTLE_MAX_MS); })]);
    clearTimeout(timer);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.results.delete(key);
    this.received.delete(key);
    this.passedOver.delete(key);
    this.client.forget(key);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
