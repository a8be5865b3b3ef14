import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/display';
import { LiveAnnotations } from '../../core/anchor/live';
import { placeAll, toSidecar, type Placed } from '../../core/anchor/placed';
import { newId } from '../../core/sidecar/ids';
import { sha256Hex } from '../../core/text/hash';
import { articlePathOf, type Annotation, type SidecarProblem } from '../../core/sidecar/model';
import { MAX_SIDECAR_BYTES, parseSidecar } from '../../core/sidecar/parse';
import { writeSidecar } from '../../core/sidecar/write';
import type { ConfigService } from '../config';
import { isTrusted } from '../trust/trust';
import type { Loaded } from '../../core/anchor/load';
import { WORKER_MIN_CHARS, type SidecarWorker } from '../sidecarWorker/sidecarWorker';
import { AnnotationDiagnostics } from './annotationDiagnostics';
import { ArticleState, type NewAnnotation } from './articleState';
import type { PreviousTexts } from './previousText';
import { moveSidecars, offerSidecarDeletion } from './sidecarLifecycle';
import { baseName, readText, removeLeftovers, sidecarUri, sizeOf, withSidecarLock, writeTextAtomic } from './sidecarFiles';

export type { NewAnnotation } from './articleState';

const WRITE_DELAY_MS = 150;
/**
 * How long a write waits for the article to reload when the sidecar just read was written for
 * another text (else the sidecar's new annotations, placed in the old text, would be saved so).
 */
const AWAIT_RELOAD_MS = 2000;

/**
 * Owns the annotations of open articles: loads them from sidecars, keeps them on their text
 * while the article is edited, and writes them back atomically. A sidecar that cannot be read is
 * reported and never overwritten; what is annotated meanwhile is kept and saved once it is fixed.
 * Annotations that cannot be placed are orphaned: kept in the file and listed in the Problems panel.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when the annotations of an article change (loaded, added, removed, moved). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly diagnostics = new AnnotationDiagnostics();

  constructor(private readonly config: ConfigService, private readonly previousTexts?: PreviousTexts, private readonly worker?: SidecarWorker) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    this.disposables.push(
      this.emitter,
      this.diagnostics,
      watcher,
      watcher.onDidChange((u) => void this.onSidecarChanged(u)),
      watcher.onDidCreate((u) => void this.onSidecarChanged(u)),
      vscode.workspace.onDidOpenTextDocument((d) => { if (this.config.isArticle(d)) void this.ensure(d); }),
      vscode.workspace.onDidChangeTextDocument((e) => this.track(e)),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.states.has(d.uri.toString())) this.scheduleWrite(d.uri); }),
      vscode.workspace.onDidCloseTextDocument((d) => void this.release(d.uri)),
      vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.flush().then(() => moveSidecars(e.files, (u) => this.drop(u, true))))),
      vscode.workspace.onDidDeleteFiles((e) => void offerSidecarDeletion(e.files, (u) => this.drop(u, false))),
    );
    for (const d of vscode.workspace.textDocuments) if (this.config.isArticle(d)) void this.ensure(d);
  }

  /** Loads the article's sidecar the first time; resolves when its annotations are in place. */
  ensure(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    let state = this.states.get(key);
    if (state) state.doc = doc;
    else {
      state = new ArticleState(doc);
      this.states.set(key, state);
      state.loaded = this.load(state);
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
    const state = await this.loadedState(doc);
    const taken = new Set(state.placed.map((p) => p.data.id));
    const made: Annotation[] = [];
    for (const it of items) {
      const id = newId(it.tag, taken);
      taken.add(id);
      const data: Annotation = {
        id, tag: it.tag, start: 0, end: 0, quote: doc.getText().slice(it.start16, it.end16),
        attributes: it.attributes && Object.keys(it.attributes).length ? it.attributes : undefined,
        status: it.status ?? 'confirmed', origin: it.origin ?? 'manual', author: this.config.value.author || undefined,
        created: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      };
      state.placed.push({ data, start: it.start16, end: it.end16, fragments: it.fragments16, orphaned: false });
      state.localChanges.add(id);
      made.push(data);
    }
    state.live.sort();
    this.changed(state);
    return made;
  }

  /** Changes an annotation's tag, attributes (a value of undefined removes one) or note. */
  async update(doc: vscode.TextDocument, id: string, patch: { tag?: string; attributes?: Record<string, unknown>; note?: string | null }): Promise<Annotation | undefined> {
    const state = await this.loadedState(doc);
    const p = state.placed.find((x) => x.data.id === id);
    if (!p) return undefined;
    if (patch.tag) p.data.tag = patch.tag;
    if (patch.attributes) {
      const next: Record<string, unknown> = { ...p.data.attributes };
      for (const [k, v] of Object.entries(patch.attributes)) {
        if (v === undefined || v === '') delete next[k];
        else next[k] = v;
      }
      p.data.attributes = Object.keys(next).length ? next : undefined;
    }
    if (patch.note !== undefined) p.data.note = patch.note ? patch.note : undefined;
    state.localChanges.add(id);
    this.changed(state);
    return p.data;
  }

  /** Gives every actor annotation named `from` (canonical name) the name `to`; returns how many. */
  async renameActor(doc: vscode.TextDocument, from: string, to: string): Promise<number> {
    const state = await this.loadedState(doc);
    let n = 0;
    for (const p of state.placed) {
      if (p.data.tag !== 'actor' || String(p.data.attributes?.actor ?? p.data.quote) !== from) continue;
      p.data.attributes = { ...p.data.attributes, actor: to };
      state.localChanges.add(p.data.id);
      n++;
    }
    if (n) this.changed(state);
    return n;
  }

  /** Sets a relation from one annotation to another ("speaker" of a claim). */
  async link(doc: vscode.TextDocument, fromId: string, role: string, toId: string): Promise<void> {
    const state = await this.loadedState(doc);
    const from = state.placed.find((p) => p.data.id === fromId);
    if (!from) return;
    from.data.links = { ...from.data.links, [role]: toId };
    state.localChanges.add(fromId);
    this.changed(state);
  }

  /** Places an orphaned annotation on a new range of the current text. */
  async reattach(doc: vscode.TextDocument, id: string, start16: number, end16: number): Promise<boolean> {
    const state = await this.loadedState(doc);
    const p = state.placed.find((x) => x.data.id === id && x.orphaned);
    if (!p) return false;
    Object.assign(p, { start: start16, end: end16, orphaned: false, fragments: undefined, how: undefined });
    p.data.orphaned = undefined;
    state.live.sort();
    state.localChanges.add(id);
    this.changed(state);
    return true;
  }

  /** Whether a span is annotated (confirmed or rejected): then it is no longer suggested. */
  decided(uri: vscode.Uri): (start: number, end: number) => boolean {
    return this.states.get(uri.toString())?.decidedTest() ?? (() => false);
  }

  /** Removes an annotation; returns it, or undefined when the article has no such annotation. */
  async remove(doc: vscode.TextDocument, id: string): Promise<Annotation | undefined> {
    const state = await this.loadedState(doc);
    const target = state.placed.find((p) => p.data.id === id);
    if (!target) return undefined;
    state.live.placed = state.placed.filter((p) => p !== target);
    state.localRemovals.add(id);
    state.localChanges.delete(id);
    this.changed(state);
    return target.data;
  }

  /**
   * Every annotation of an article as it is now, by id, as text (what undo keeps): its record,
   * range, pieces and whether it is orphaned.
   */
  snapshot(uri: vscode.Uri): Map<string, string> {
    const out = new Map<string, string>();
    for (const p of this.get(uri)) out.set(p.data.id, JSON.stringify([p.data, p.start, p.end, p.fragments ?? null, p.orphaned]));
    return out;
  }

  /** Puts annotations back as a snapshot had them (undefined: the annotation did not exist). */
  async restore(doc: vscode.TextDocument, images: ReadonlyMap<string, string | undefined>): Promise<void> {
    const state = await this.loadedState(doc);
    const byId = new Map(state.placed.map((p) => [p.data.id, p]));
    for (const [id, image] of images) {
      const current = byId.get(id);
      if (image === undefined) {
        if (current) state.live.placed = state.placed.filter((p) => p !== current);
        state.localRemovals.add(id);
        state.localChanges.delete(id);
        continue;
      }
      const [data, start, end, fragments, orphaned] = JSON.parse(image) as [Annotation, number, number, Array<[number, number]> | null, boolean];
      const placed: Placed = { data, start, end, fragments: fragments ?? undefined, orphaned };
      if (current) Object.assign(current, placed);
      else state.placed.push(placed);
      state.localChanges.add(id);
      state.localRemovals.delete(id);
    }
    state.live.sort();
    this.changed(state);
  }

  /** Waits until every pending write has reached the disk. */
  async flush(): Promise<void> {
    await Promise.all([...this.states.values()].map((s) => {
      if (!s.writeTimer) return s.writing;
      clearTimeout(s.writeTimer);
      s.writeTimer = undefined;
      return this.write(s);
    }));
  }

  private async loadedState(doc: vscode.TextDocument): Promise<ArticleState> {
    await this.ensure(doc);
    return this.states.get(doc.uri.toString())!;
  }

  private async load(state: ArticleState): Promise<void> {
    let text: string | undefined;
    try {
      const size = await sizeOf(sidecarUri(state.uri));
      if (size > MAX_SIDECAR_BYTES) {
        this.block(state, [{ line: 1, col: 1, message: `file too large (${size} bytes; the limit is ${MAX_SIDECAR_BYTES})` }]);
        return;
      }
      removeLeftovers(sidecarUri(state.uri));
      text = await readText(sidecarUri(state.uri));
    } catch (e) {
      this.block(state, [{ line: 1, col: 1, message: `cannot read the file (${errorMessage(e)})` }]);
      return;
    }
    if (text === undefined) return;
    // the article changed since the sidecar was written: its old text lets a diff place the annotations
    const sha = /^\s*sha256:\s*["']?([0-9a-f]{64})/m.exec(text)?.[1];
    const previous = sha && sha !== sha256Hex(state.doc.getText()) ? await this.previousTexts?.find(state.uri, sha) : undefined;
    this.adopt(state, text, previous, await this.offThread(state, text, previous));
  }

  /**
   * A long sidecar read and placed in a worker thread, so that the editor opening it is not held
   * up; undefined for a short one, or when the worker cannot (the caller does it then).
   */
  private async offThread(state: ArticleState, text: string, previous?: string): Promise<(Loaded & { version: number }) | undefined> {
    if (text.length < WORKER_MIN_CHARS || !this.worker) return undefined;
    const version = state.doc.version;
    const loaded = await this.worker.load(text, state.doc.getText(), previous);
    return loaded && { ...loaded, version };
  }

  /**
   * Takes a sidecar's text as the truth, keeping what was changed here and is not in it yet.
   * `loaded`: the text already parsed and placed elsewhere, in the article as it was at `version`
   * (placed again here if the article changed since).
   */
  private adopt(state: ArticleState, text: string, previous?: string, loaded?: Loaded & { version: number }): void {
    const parsed = loaded?.parsed ?? parseSidecar(text);
    if (!parsed.ok) {
      this.block(state, parsed.problems);
      return;
    }
    const wasBlocked = state.problems !== undefined;
    state.problems = undefined;
    state.file = { text, layout: parsed.canonical };
    const current = state.doc.getText();
    state.awaitedSha = !state.doc.isDirty && parsed.sidecar.document.sha256 !== sha256Hex(current) ? parsed.sidecar.document.sha256 : undefined;
    state.awaitedUntil = Date.now() + AWAIT_RELOAD_MS;
    const local = new Map(state.placed.filter((p) => state.localChanges.has(p.data.id)).map((p) => [p.data.id, p]));
    const placed = loaded?.placed && loaded.version === state.doc.version ? loaded.placed : placeAll(current, parsed.sidecar, previous);
    const fromFile = placed
      .filter((p) => !state.localRemovals.has(p.data.id))
      .map((p) => local.get(p.data.id) ?? p);
    const inFile = new Set(fromFile.map((p) => p.data.id));
    state.live = new LiveAnnotations(current, [...fromFile, ...[...local.values()].filter((p) => !inFile.has(p.data.id))]);
    state.live.sort();
    this.changed(state, wasBlocked || local.size > 0 || state.localRemovals.size > 0);
  }

  private block(state: ArticleState, problems: SidecarProblem[]): void {
    const uri = sidecarUri(state.uri);
    state.problems = problems;
    this.diagnostics.show(state);
    const first = problems[0];
    void vscode.window.showErrorMessage(
      `Claimlens cannot read ${vscode.workspace.asRelativePath(uri)}:${first.line}:${first.col}: ${first.message}`
      + `${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. The file is left untouched; `
      + 'annotations you make now are kept and saved once it is fixed.',
    );
  }

  private async onSidecarChanged(uri: vscode.Uri): Promise<void> {
    const articlePath = articlePathOf(uri.path);
    const state = [...this.states.values()].find((s) => s.uri.path === articlePath && s.uri.scheme === uri.scheme);
    if (!state) return;
    // a change reported while the article's sidecar is still being loaded is read after that load
    await state.loaded;
    await state.writing;
    const text = await readText(uri).catch(() => undefined);
    if (text === undefined || text === state.file?.text) return;
    const before = state.file?.text;
    const loaded = await this.offThread(state, text);
    // taken in meanwhile (a save read it first), or replaced by a newer file
    if (state.file?.text !== before) return;
    this.adopt(state, text, undefined, loaded);
  }

  private track(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || !e.contentChanges.length) return;
    state.revision++;
    const out = state.live.applyEdits(e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })));
    for (const p of out.removed) {
      state.localRemovals.add(p.data.id);
      state.localChanges.delete(p.data.id);
    }
    for (const p of out.restored) {
      state.localRemovals.delete(p.data.id);
      state.localChanges.add(p.data.id);
    }
    // reloaded from disk: the sidecar read last may have been written for exactly this text
    if (state.file !== undefined && !state.problems && (out.reloaded || state.awaitedSha)) {
      if (e.document.isDirty) state.awaitedSha = undefined; // typing, not a reload
      else if (out.reloaded || sha256Hex(e.document.getText()) === state.awaitedSha) {
        this.adopt(state, state.file.text);
        return;
      }
    }
    // Positions are written with the article (on save). The editor moves decorations with the
    // text by itself, so an ordinary keystroke needs no repaint: only annotations that went or
    // came back do (this keeps typing in long articles cheap).
    if (out.removed.length || out.restored.length) this.changed(state);
  }

  private changed(state: ArticleState, write = true): void {
    state.revision++;
    this.diagnostics.show(state);
    this.emitter.fire(state.uri);
    if (write) this.scheduleWrite(state.uri);
  }

  private scheduleWrite(uri: vscode.Uri, delay = WRITE_DELAY_MS): void {
    const state = this.states.get(uri.toString());
    if (!state || uri.scheme === 'untitled') return;
    if (state.writeTimer) clearTimeout(state.writeTimer);
    state.writeTimer = setTimeout(() => {
      state.writeTimer = undefined;
      void this.write(state);
    }, delay);
  }

  private write(state: ArticleState): Promise<void> {
    state.writing = state.writing.then(() => withSidecarLock(sidecarUri(state.uri), async () => {
      // the file changed on disk since it was read (a pull, another editor): take that in first
      const onDisk = await readText(sidecarUri(state.uri)).catch(() => undefined);
      if (onDisk !== undefined && onDisk !== state.file?.text) this.adopt(state, onDisk);
      // the sidecar read last was written for a text the editor has not reloaded yet (a pull
      // changing both files): its annotations would be saved as placed in the old text, so the
      // write waits for the reload (a while)
      const wait = state.awaitedSha ? state.awaitedUntil - Date.now() : 0;
      if (wait > 0) {
        this.scheduleWrite(state.uri, wait);
        return;
      }
      if (state.problems) return; // never overwrite a file that could not be read
      if (!isTrusted()) return; // Restricted Mode writes nothing (positions are tracked in memory)
      if (!state.placed.length && state.file === undefined) return; // nothing to keep, no file to update
      const next = writeSidecar(toSidecar(baseName(state.uri), state.doc.getText(), state.placed), state.file);
      if (next.text === state.file?.text) return;
      try {
        await writeTextAtomic(sidecarUri(state.uri), next.text);
        void this.previousTexts?.remember(state.doc.getText());
        state.file = next;
        state.localChanges.clear();
        state.localRemovals.clear();
      } catch (e) {
        void vscode.window.showErrorMessage(`Claimlens could not save ${vscode.workspace.asRelativePath(sidecarUri(state.uri))}: ${errorMessage(e)}. Your annotations are kept in memory.`);
      }
    })).catch((e) => {
      void vscode.window.showErrorMessage(`Claimlens could not save ${vscode.workspace.asRelativePath(sidecarUri(state.uri))}: ${errorMessage(e)}. Your annotations are kept in memory.`);
    });
    return state.writing;
  }

  /** Drops what is held for an article (renamed or deleted) and what the Problems panel says of it. */
  private drop(article: vscode.Uri, sidecarToo: boolean): void {
    this.states.delete(article.toString());
    this.diagnostics.forget(article);
    if (sidecarToo) this.diagnostics.forget(sidecarUri(article));
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
    if (!state.localChanges.size && !state.localRemovals.size && this.states.get(uri.toString()) === state) {
      this.drop(uri, false);
    }
  }

  dispose(): void {
    for (const s of this.states.values()) if (s.writeTimer) clearTimeout(s.writeTimer);
    for (const d of this.disposables) d.dispose();
  }
}

