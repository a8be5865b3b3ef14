import * as vscode from 'vscode';
import { articlePathOf, SIDECAR_SUFFIX } from '../../core/sidecar/model';

/** Marks annotated articles (those with a sidecar) in the Explorer. */
export class ExplorerBadges implements vscode.FileDecorationProvider, vscode.Disposable {
  private readonly annotated = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri[]>();
  readonly onDidChangeFileDecorations = this.emitter.event;
  private readonly disposables: vscode.Disposable[];
  /** Resolves when the first search for sidecars is done. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.disposables = [
      this.emitter, watcher,
      watcher.onDidCreate((u) => this.set(u, true)),
      watcher.onDidDelete((u) => this.set(u, false)),
      vscode.window.registerFileDecorationProvider(this),
    ];
    this.ready = Promise.resolve(vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**', 20000)).then((found) => {
      for (const u of found) this.set(u, true);
    }, () => undefined);
  }

  private set(sidecar: vscode.Uri, present: boolean): void {
    const path = articlePathOf(sidecar.path);
    if (path === undefined) return;
    const article = sidecar.with({ path });
    if (present) this.annotated.add(article.toString());
    else this.annotated.delete(article.toString());
    this.emitter.fire([article]);
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (!this.annotated.has(uri.toString())) return undefined;
    return new vscode.FileDecoration('A', 'Annotated with Claimlens', new vscode.ThemeColor('claimlens.actorBorder'));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
