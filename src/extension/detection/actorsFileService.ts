import * as vscode from 'vscode';
import { ACTORS_FILE, parseActorsFile } from '../../core/detect/actorsFile';
import type { ActorDefinition } from '../../core/detect';
import { readText } from '../annotations/sidecarFiles';

/**
 * Reads the analyst's actors (`.claimlens/actors.yaml` in each workspace folder), watches them,
 * and reports problems in them; the actors reach detection through `onDidChange`.
 */
export class ActorsFileService implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ActorDefinition[]>();
  readonly onDidChange = this.emitter.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimlens-actors');
  private readonly disposables: vscode.Disposable[];
  actors: ActorDefinition[] = [];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ACTORS_FILE}`);
    const reload = (): void => void this.load();
    this.disposables = [
      this.emitter, this.diagnostics, watcher,
      watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    ];
  }

  /** Loads every folder's actors file; resolves when done (and `onDidChange` has fired). */
  async load(): Promise<void> {
    const all: ActorDefinition[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, ACTORS_FILE);
      const text = await readText(uri).catch(() => undefined);
      if (text === undefined) {
        this.diagnostics.delete(uri);
        continue;
      }
      const { actors, problems } = parseActorsFile(text);
      all.push(...actors);
      this.diagnostics.set(uri, problems.map((p) => {
        const pos = new vscode.Position(p.line - 1, p.col - 1);
        const d = new vscode.Diagnostic(new vscode.Range(pos, pos), p.message, vscode.DiagnosticSeverity.Error);
        d.source = 'claimlens';
        return d;
      }));
      if (problems.length) {
        void vscode.window.showWarningMessage(`Claimlens: ${vscode.workspace.asRelativePath(uri)}:${problems[0].line}:${problems[0].col}: ${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. The other actors in it are used.`);
      }
    }
    this.actors = all;
    this.emitter.fire(all);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
