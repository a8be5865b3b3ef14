import * as vscode from 'vscode';
import { readText } from '../annotations/sidecarFiles';
import { diagnostic } from '../diagnostic';

export interface Parsed<T> {
  value: T;
  problems: Array<{ line: number; col: number; message: string }>;
}

/**
 * A settings file the analyst keeps in the workspace (`.claimlens/actors.yaml`,
 * `.claimlens/taxonomy.yaml`): read from every workspace folder, watched, and checked; problems
 * are shown in the Problems panel and once as a warning, and what is usable is used.
 */
export class WorkspaceFile<T> implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<T>();
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly disposables: vscode.Disposable[];
  private loading: Promise<void> | undefined;
  private loadedOnce = false;
  value: T;

  constructor(
    private readonly relativePath: string,
    private readonly parse: (text: string) => Parsed<T>,
    private readonly combine: (values: T[]) => T,
    empty: T,
  ) {
    this.value = empty;
    this.diagnostics = vscode.languages.createDiagnosticCollection(`claimlens:${relativePath}`);
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${relativePath}`);
    const reload = (): void => void this.load();
    this.disposables = [
      this.emitter, this.diagnostics, watcher,
      watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    ];
  }

  /** Reads the file in every workspace folder; resolves when done (and `onDidChange` has fired, if it changed). */
  load(): Promise<void> {
    const run = async (): Promise<void> => {
      const found: T[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const uri = vscode.Uri.joinPath(folder.uri, this.relativePath);
        const text = await readText(uri).catch(() => undefined);
        if (text === undefined) {
          this.diagnostics.delete(uri);
          continue;
        }
        const { value, problems } = this.parse(text);
        found.push(value);
        this.diagnostics.set(uri, problems.map((p) => {
          const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.col - 1));
          return diagnostic(new vscode.Range(pos, pos), p.message, vscode.DiagnosticSeverity.Error);
        }));
        if (problems.length) {
          const p = problems[0];
          void vscode.window.showWarningMessage(`Claimlens: ${vscode.workspace.asRelativePath(uri)}:${p.line}:${p.col}: ${p.message}`
            + `${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. The rest of the file is used.`);
        }
      }
      const next = this.combine(found);
      // a watcher reports a file more than once (a save, a delete after a change): what reads
      // it (detection of every open article) hears of it only when what it says changed
      const changed = !this.loadedOnce || JSON.stringify(next) !== JSON.stringify(this.value);
      this.loadedOnce = true;
      this.value = next;
      if (changed) this.emitter.fire(this.value);
    };
    // loads run one after another, so the last one read is the one that counts
    this.loading = (this.loading ?? Promise.resolve()).then(run, run);
    return this.loading;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
