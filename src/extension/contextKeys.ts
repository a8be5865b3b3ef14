import * as vscode from 'vscode';
import type { ConfigService } from './config';

/** Keeps the `claimlens.isArticle` context key in step with the active editor. */
export class ContextKeys implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly config: ConfigService) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      config.onDidChange(() => this.update()),
    ];
    this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'claimlens.isArticle', !!doc && this.config.isArticle(doc));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
