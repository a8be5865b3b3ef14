import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/api';

/** Polls a condition until it holds or the deadline passes; returns its last truthy value. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function api(): Promise<ClaimlensApi> {
  const ext = vscode.extensions.getExtension<ClaimlensApi>('claimlens.claimlens');
  if (!ext) throw new Error('Claimlens is not loaded');
  return ext.activate();
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  await (await api()).ready(doc);
  return editor;
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Texts of ranges in a document. */
export function texts(doc: vscode.TextDocument, ranges: readonly vscode.Range[] | undefined): string[] {
  return (ranges ?? []).map((r) => doc.getText(r));
}

/** Selects the first occurrence of a string. */
export function select(editor: vscode.TextEditor, needle: string, occurrence = 0): vscode.Selection {
  const text = editor.document.getText();
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in ${editor.document.fileName}`);
  const sel = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + needle.length));
  editor.selection = sel;
  return sel;
}

/**
 * Asks the code-server driver for a screenshot of the workbench (only there: desktop runs
 * have no driver) and waits until it is taken; with `visible`, once that element shows.
 */
export async function screenshot(name: string, visible?: string): Promise<void> {
  if (!process.env.CLAIMLENS_SCREENSHOTS) return;
  const done = path.join(os.tmpdir(), `claimlens-shot-${name}-${process.pid}.done`);
  fs.rmSync(done, { force: true });
  // the driver waits until an element matching `visible` (a CSS selector) is shown
  console.log(`CLAIMLENS_SCREENSHOT ${name} ${done}${visible ? ` ${encodeURIComponent(visible)}` : ''}`);
  await waitFor(`screenshot ${name}`, () => fs.existsSync(done), 30000);
  fs.rmSync(done, { force: true });
}

/** The text of the hovers at an offset, as VS Code would show them. */
export async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}
