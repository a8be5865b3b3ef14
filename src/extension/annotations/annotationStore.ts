import * as vscode from 'vscode';
import { placeAll, toSidecar, type Placed } from '../../core/anchor/placed';
import { applyChange } from '../../core/anchor/track';
import { newId } from '../../core/sidecar/ids';
import type { Annotation, SidecarProblem } from '../../core/sidecar/model';
import { parseSidecar } from '../../core/sidecar/parse';
import { serializeSidecar } from '../../core/sidecar/write';
import type { ConfigService } from '../config';
import { baseName, readText, sidecarUri, writeTextAtomic } from './sidecarFiles';

const WRITE_DELAY_MS = 150;

/** What Claimlens holds for one open article. */
class ArticleState {
  placed: Placed[] = [];
  /** The sidecar's text as last read or written (edited in place to keep a person's comments). */
  fileText: string | undefined;
  /** Problems of a sidecar that could not be read; while set, the file is never written. */
  problems: SidecarProblem[] | undefined;
  /** Annotations added or removed here and not yet in the file. */
  readonly unsavedAdds = new Set<string>();
  readonly unsavedRemoves = new Set<string>();
  writeTimer: NodeJS.Timeout | undefined;
  writing: Promise<void> = Promise.resolve();
  loaded: Promise<void> = Promise.resolve();

  constructor(public doc: vscode.TextDocument) {}

  get uri(): vscode.Uri {
    return this.doc.uri;
  }
}

export interface NewAnnotation {
  tag: string;
  start16: number;
  end16: number;
  attributes?: Record<string, unknown>;
}

/**
 * Owns the annotations of open articles: loads them from sidecars, keeps them on their text
 * while the article is edited, and writes them back atomically. A sidecar that cannot be read is
 * reported and never overwritten; what is annotated meanwhile is kept and saved once it is fixed.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the annotations of an article change (loaded, added, removed, moved). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  readonly diagnostics = vscode.languages.createDiagnosticCollection('claimlens');

  constructor(private readonly config: ConfigService) {
    this.disposables.push(
      this.emitter,
      this.diagnostics,
      vscode.workspace.onDidOpenTextDocument((d) => { if (this.config.isArticle(d)) void this.ensure(d); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.track(e)),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.states.has(d.uri.toString())) this.scheduleWrite(d.uri); }),
      vscode.workspace.onDidCloseTextDocument((d) => void this.release(d.uri)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    this.disposables.push(watcher, watcher.onDidChange((u) => void this.onSidecarChanged(u)), watcher.onDidCreate((u) => void this.onSidecarChanged(u)));
    for (const d of vscode.workspace.textDocuments) if (this.config.isArticle(d)) void this.ensure(d);
  }

  /** The state of an article, loading its sidecar the first time. */
  ensure(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (state) state.doc = doc;
    else {
      state = new ArticleState(doc);
      this.states.set(key, state);
      const s = state;
      state.loaded = this.load(doc, s);
    }
    return state.loaded;
  }

  /** Annotations of an article, in position order (orphaned ones last). */
  get(uri: vscode.Uri): readonly Placed[] {
    return this.states.get(uri.toString())?.placed ?? [];
  }

  /** Problems of the article's sidecar, when it could not be read. */
  problems(uri: vscode.Uri): readonly SidecarProblem[] | undefined {
    return this.states.get(uri.toString())?.problems;
  }

  async add(doc: vscode.TextDocument, items: readonly NewAnnotation[]): Promise<Annotation[]> {
    await this.ensure(doc);
    const state = this.states.get(doc.uri.toString())!;
    const taken = new Set(state.placed.map((p) => p.data.id));
    const made: Annotation[] = [];
    for (const it of items) {
      const id = newId(it.tag, taken);
      taken.add(id);
      const data: Annotation = {
        id, tag: it.tag, start: 0, end: 0, quote: doc.getText().slice(it.start16, it.end16),
        attributes: it.attributes && Object.keys(it.attributes).length ? it.attributes : undefined,
        status: 'confirmed', origin: 'manual', author: this.config.value.author || undefined,
        created: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
      state.placed.push({ data, start: it.start16, end: it.end16, orphaned: false });
      state.unsavedAdds.add(id);
      made.push(data);
    }
    this.sort(state);
    this.changed(state);
    return made;
  }

  /** Sets a relation from one annotation to another ("speaker" of a claim). */
  async link(doc: vscode.TextDocument, fromId: string, role: string, toId: string): Promise<void> {
    await this.ensure(doc);
    const state = this.states.get(doc.uri.toString())!;
    const from = state.placed.find((p) => p.data.id === fromId);
    if (!from) return;
    from.data.links = { ...from.data.links, [role]: toId };
    this.changed(state);
  }

  /** Removes the innermost annotation at an offset; returns it, or undefined when there is none. */
  async removeAt(doc: vscode.TextDocument, offset16: number): Promise<Annotation | undefined> {
    await this.ensure(doc);
    const state = this.states.get(doc.uri.toString())!;
    const hits = state.placed.filter((p) => !p.orphaned && p.start <= offset16 && offset16 <= p.end);
    if (!hits.length) return undefined;
    const target = hits.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    state.placed.splice(state.placed.indexOf(target), 1);
    state.unsavedRemoves.add(target.data.id);
    state.unsavedAdds.delete(target.data.id);
    this.changed(state);
    return target.data;
  }

  /** Waits until every pending write has reached the disk. */
  async flush(): Promise<void> {
    const pending: Promise<void>[] = [];
    for (const s of this.states.values()) {
      if (s.writeTimer) {
        clearTimeout(s.writeTimer);
        s.writeTimer = undefined;
        pending.push(this.write(s));
      } else pending.push(s.writing);
    }
    await Promise.all(pending);
  }

  private async load(doc: vscode.TextDocument, state: ArticleState): Promise<void> {
    const uri = sidecarUri(doc.uri);
    let text: string | undefined;
    try {
      text = await readText(uri);
    } catch (e) {
      this.block(state, [{ line: 1, col: 1, message: `cannot read the file (${e instanceof Error ? e.message : String(e)})` }]);
      return;
    }
    if (text === undefined) return;
    this.adopt(doc, state, text);
  }

  /** Takes a sidecar's text as the truth, keeping annotations made here that it lacks. */
  private adopt(doc: vscode.TextDocument, state: ArticleState, text: string): void {
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      this.block(state, parsed.problems);
      return;
    }
    const wasBlocked = state.problems !== undefined;
    state.problems = undefined;
    this.diagnostics.delete(sidecarUri(state.uri));
    state.fileText = text;
    const fromFile = placeAll(doc.getText(), parsed.sidecar).filter((p) => !state.unsavedRemoves.has(p.data.id));
    const ids = new Set(fromFile.map((p) => p.data.id));
    const local = state.placed.filter((p) => state.unsavedAdds.has(p.data.id) && !ids.has(p.data.id));
    state.placed = [...fromFile, ...local];
    this.sort(state);
    this.changed(state, wasBlocked || local.length > 0 || state.unsavedRemoves.size > 0);
  }

  private block(state: ArticleState, problems: SidecarProblem[]): void {
    const uri = sidecarUri(state.uri);
    state.problems = problems;
    this.diagnostics.set(uri, problems.map((p) => {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.col - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos), p.message, vscode.DiagnosticSeverity.Error);
      d.source = 'claimlens';
      return d;
    }));
    const first = problems[0];
    void vscode.window.showErrorMessage(
      `Claimlens cannot read ${vscode.workspace.asRelativePath(uri)}:${first.line}:${first.col}: ${first.message}`
      + `${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. The file is left untouched; `
      + 'annotations you make now are kept and saved once it is fixed.',
    );
  }

  private async onSidecarChanged(uri: vscode.Uri): Promise<void> {
    const articlePath = uri.path.slice(0, -'.annotations.yaml'.length);
    const state = [...this.states.values()].find((s) => s.uri.path === articlePath && s.uri.scheme === uri.scheme);
    if (!state) return;
    await state.writing;
    const text = await readText(uri).catch(() => undefined);
    if (text === undefined || text === state.fileText) return;
    this.adopt(state.doc, state, text);
  }

  private track(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || !e.contentChanges.length) return;
    let removed = false;
    for (const c of e.contentChanges) {
      const change = { offset: c.rangeOffset, length: c.rangeLength, text: c.text };
      state.placed = state.placed.filter((p) => {
        if (p.orphaned || applyChange(p, change)) return true;
        state.unsavedRemoves.add(p.data.id);
        removed = true;
        return false;
      });
    }
    this.changed(state, removed);
  }

  private sort(state: ArticleState): void {
    state.placed.sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || a.start - b.start || a.end - b.end);
  }

  private changed(state: ArticleState, write = true): void {
    this.emitter.fire(state.uri);
    if (write) this.scheduleWrite(state.uri);
  }

  private scheduleWrite(uri: vscode.Uri): void {
    const state = this.states.get(uri.toString());
    if (!state || uri.scheme === 'untitled') return;
    if (state.writeTimer) clearTimeout(state.writeTimer);
    state.writeTimer = setTimeout(() => {
      state.writeTimer = undefined;
      void this.write(state);
    }, WRITE_DELAY_MS);
  }

  private write(state: ArticleState): Promise<void> {
    state.writing = state.writing.then(async () => {
      if (state.problems) return; // never overwrite a file that could not be read
      const doc = state.doc;
      if (!state.placed.length && state.fileText === undefined) return; // nothing to keep, no file to update
      const text = serializeSidecar(toSidecar(baseName(state.uri), doc.getText(), state.placed), state.fileText);
      try {
        await writeTextAtomic(sidecarUri(state.uri), text);
        state.fileText = text;
        state.unsavedAdds.clear();
        state.unsavedRemoves.clear();
      } catch (e) {
        void vscode.window.showErrorMessage(`Claimlens could not save ${vscode.workspace.asRelativePath(sidecarUri(state.uri))}: ${e instanceof Error ? e.message : String(e)}. Your annotations are kept in memory.`);
      }
    });
    return state.writing;
  }

  private async release(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state) return;
    if (state.writeTimer) {
      clearTimeout(state.writeTimer);
      state.writeTimer = undefined;
      await this.write(state);
    }
    await state.writing;
    if (!state.unsavedAdds.size && !state.unsavedRemoves.size) this.states.delete(uri.toString());
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.writeTimer) clearTimeout(s.writeTimer);
    for (const d of this.disposables) d.dispose();
  }
}
