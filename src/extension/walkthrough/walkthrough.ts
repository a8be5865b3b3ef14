import * as vscode from 'vscode';

export const WALKTHROUGH_ID = 'claimlens.claimlens#start';
const SAMPLE = 'sample-article.txt';

/**
 * The Get Started walkthrough's commands: open it, and open the sample article. The sample is
 * copied into the extension's own storage first, so its sidecar is written there and never into
 * the extension's install folder or the user's workspace.
 */
export class Walkthrough implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.disposables = [
      vscode.commands.registerCommand('claimlens.openWalkthrough', () =>
        vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false)),
      vscode.commands.registerCommand('claimlens.openSample', () => this.openSample()),
    ];
  }

  async openSample(): Promise<vscode.TextEditor> {
    const target = vscode.Uri.joinPath(this.context.globalStorageUri, 'sample', SAMPLE);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (!exists) {
      const text = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'walkthrough', SAMPLE));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
      await vscode.workspace.fs.writeFile(target, text);
    }
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
    vscode.window.setStatusBarMessage('Claimlens: opened the sample article; Alt+] goes to the first suggestion', 5000);
    return editor;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
