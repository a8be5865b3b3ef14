import { promises as fsp } from 'fs';
import * as vscode from 'vscode';
import { CorpusIndex } from '../../core/corpus/corpusIndex';
import { recordOf, recordOfSidecar } from '../../core/corpus/records';
import type { ActorDefinition } from '../../core/detect/gazetteer';
import type { Annotation } from '../../core/sidecar/model';
import { articlePathOf, SIDECAR_SUFFIX } from '../../core/sidecar/model';
import type { AnnotationStore } from '../annotations/annotationStore';
import { readText } from '../annotations/sidecarFiles';
import type { ConfigService } from '../config';
import { WORKER_MIN_CHARS, type SidecarWorker } from '../sidecarWorker/sidecarWorker';

/** Sidecars read between two yields to the extension host's event loop. */
const BATCH = 64;
/** Changes arrive in bursts (a checkout, a merge): listeners hear of them this much later. */
const NOTIFY_MS = 100;
/** How long the editor's changes to an open article must pause before it is indexed again. */
const EDIT_PAUSE_MS = 300;
/** Pause after the watcher reports a sidecar before it is read (with the others reported meanwhile). */
const REPORT_PAUSE_MS = 300;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

/**
 * The workspace index: every sidecar of the workspace read in the background after activation
 * (never blocking it; window progress while it runs), kept current as sidecars change on disk
 * and as open articles change in the editor. Articles are keyed by their URI.
 */
export class CorpusService implements vscode.Disposable {
  readonly index = new CorpusIndex();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires (at most every NOTIFY_MS) after the index changed. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Open articles changed in the editor since they were last indexed. */
  private readonly edited = new Map<string, vscode.Uri>();
  private editTimer: NodeJS.Timeout | undefined;
  /** Sidecars the watcher reported, waiting to be read. */
  private readonly reported = new Map<string, vscode.Uri>();
  private reportTimer: NodeJS.Timeout | undefined;
  private building: Promise<void> | undefined;
  /** Sidecars that could not be read, by article URI: the reason. */
  readonly problems = new Map<string, string>();
  private disposed = false;

  constructor(private readonly config: ConfigService, private readonly store: AnnotationStore, private readonly worker: SidecarWorker) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    // a folder deleted (or moved away) is reported as the folder only: its sidecars go with it; a
    // folder made (or moved here) is searched, since files made in it before the watcher watched it
    // are not reported
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    // sidecars reported changed are read together after a short pause: a pull writes many at once,
    // and an article opened just after its sidecar was written is then left to the store
    const reread = (uri: vscode.Uri): void => {
      this.reported.set(uri.toString(), uri);
      this.reportTimer ??= setTimeout(() => {
        this.reportTimer = undefined;
        const batch = [...this.reported.values()];
        this.reported.clear();
        void Promise.all(batch.map((u) => this.readSidecar(u))).then(() => this.schedule());
      }, REPORT_PAUSE_MS);
    };
    this.disposables.push(
      this.emitter, watcher, folders,
      folders.onDidDelete((uri) => this.forgetUnder(uri)),
      folders.onDidCreate((uri) => void this.searchFolder(uri)),
      watcher.onDidCreate(reread), watcher.onDidChange(reread),
      watcher.onDidDelete((uri) => {
        const article = articleOf(uri);
        if (article && this.index.delete(article.toString())) this.schedule();
      }),
      store.onDidChange((uri) => this.fromStore(uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rebuild()),
      config.onDidChange(() => {
        if (this.config.value.workspaceIndex && !this.index.size) void this.rebuild();
      }),
      // a watcher can miss files made in a folder it does not watch yet (a folder just created)
      vscode.commands.registerCommand('claimlens.rebuildWorkspaceIndex', () => this.rebuild()),
      { dispose: () => { clearTimeout(this.timer); clearTimeout(this.editTimer); clearTimeout(this.reportTimer); } },
    );
  }

  /** Resolves when the index holds every sidecar of the workspace (starts the build if needed). */
  ready(): Promise<void> {
    return (this.building ??= this.build());
  }

  /** Starts building in the background. */
  start(): void {
    if (this.config.value.workspaceIndex) void this.ready();
  }

  /** Reads every sidecar again (Rebuild the Workspace Index). */
  rebuild(): Promise<void> {
    this.building = undefined;
    this.index.clear();
    this.problems.clear();
    this.schedule();
    return this.ready();
  }

  setActors(actors: readonly ActorDefinition[]): void {
    this.index.setActors(actors);
    this.schedule();
  }

  /** The workspace-relative name of an article key. */
  name(key: string): string {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(key), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  private async build(): Promise<void> {
    if (!this.config.value.workspaceIndex) return;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Claimlens: indexing sidecars' }, async (progress) => {
      const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, EXCLUDE);
      found.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
      for (let i = 0; i < found.length && !this.disposed; i += BATCH) {
        await Promise.all(found.slice(i, i + BATCH).map((uri) => this.readSidecar(uri)));
        progress.report({ message: `${Math.min(i + BATCH, found.length)}/${found.length}` });
        this.schedule();
        // let the extension host do other work between batches
        await new Promise((r) => setImmediate(r));
      }
    });
    this.schedule();
  }

  private async readSidecar(uri: vscode.Uri): Promise<void> {
    const article = articleOf(uri);
    if (!article) return;
    const key = article.toString();
    // an open article is indexed as it is in the editor, from what the store read: once it has
    // loaded, its change event brings it here (reading the file too would parse it twice, while
    // the article opens)
    const open = (): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && this.config.isArticle(d));
    if (open()) {
      if (this.store.get(article).length) this.indexOpen(article);
      return;
    }
    // local files straight from the disk (thousands of them: no round trip through VS Code's file service)
    const text = await (uri.scheme === 'file' ? fsp.readFile(uri.fsPath, 'utf8') : readText(uri)).catch(() => undefined);
    if (open()) return; // opened meanwhile
    if (text === undefined) {
      this.index.delete(key);
      return;
    }
    // a long one is parsed in the worker, not to hold up the editor
    const inWorker = text.length > WORKER_MIN_CHARS ? await this.worker.record(key, text, () => !open()) : undefined;
    if (open()) return; // opened meanwhile: the store's load brings it (the worker drops it when it has not begun)
    const r = inWorker ?? recordOfSidecar(key, text);
    if ('record' in r) {
      this.problems.delete(key);
      this.index.set(r.record);
    } else {
      this.problems.set(key, r.problem);
      this.index.delete(key);
    }
  }

  /** Indexes the sidecars in a folder that was just made (anything else is left to the sidecar watcher). */
  private async searchFolder(uri: vscode.Uri): Promise<void> {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (/\.[^.]+$/.test(name) || !this.config.value.workspaceIndex) return; // a file, most likely
    const st = await vscode.workspace.fs.stat(uri).then((x) => x, () => undefined);
    if (!st || !(st.type & vscode.FileType.Directory)) return;
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, `**/*${SIDECAR_SUFFIX}`), EXCLUDE);
    for (let i = 0; i < found.length; i += BATCH) {
      await Promise.all(found.slice(i, i + BATCH).filter((f) => !this.index.has(articleOf(f)!.toString())).map((f) => this.readSidecar(f)));
      this.schedule();
    }
  }

  /** Drops the articles under a deleted folder. */
  private forgetUnder(folder: vscode.Uri): void {
    const prefix = folder.toString().replace(/\/?$/, '/');
    let gone = 0;
    for (const key of this.index.files()) if (key.startsWith(prefix) && this.index.delete(key)) gone++;
    if (gone) this.schedule();
  }

  /**
   * An open article changed in the editor: indexed again once the changes pause (the store tells
   * of every keystroke, and an article may hold tens of thousands of annotations).
   */
  private fromStore(article: vscode.Uri): void {
    if (!this.config.value.workspaceIndex) return;
    this.edited.set(article.toString(), article);
    this.editTimer ??= setTimeout(() => {
      this.editTimer = undefined;
      const articles = [...this.edited.values()];
      this.edited.clear();
      for (const a of articles) this.indexOpen(a);
    }, EDIT_PAUSE_MS);
  }

  private indexOpen(article: vscode.Uri): void {
    const placed = this.store.get(article);
    const anns: Annotation[] = placed.map((p) => ({
      ...p.data, start: p.start, end: p.end, orphaned: p.orphaned || undefined,
      fragments: p.fragments && p.fragments.length > 1 ? p.fragments : undefined,
    }));
    if (!anns.length && !this.index.has(article.toString())) return;
    this.index.set(recordOf(article.toString(), anns));
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, NOTIFY_MS);
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
  }
}

/** The article URI of a sidecar URI. */
export function articleOf(sidecar: vscode.Uri): vscode.Uri | undefined {
  const path = articlePathOf(sidecar.path);
  return path === undefined ? undefined : sidecar.with({ path });
}
