import * as vscode from 'vscode';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import { truncate } from '../../core/text/display';

/** One undoable action: the annotations it changed, as they were before and after it. */
interface Entry {
  label: string;
  before: Map<string, string | undefined>;
  after: Map<string, string | undefined>;
}

interface Stacks {
  undo: Entry[];
  redo: Entry[];
  /** Whether the last thing done in this article was Claimlens's (then Ctrl+Z undoes it). */
  lastWasOurs: boolean;
}

const LIMIT = 100;

/** "accept of claim "…"" (and how many more annotations the step changed). */
function describe(label: string, entry: Entry): string {
  const [id] = entry.after.keys();
  const image = entry.after.get(id) ?? entry.before.get(id);
  const data = image ? (JSON.parse(image) as [{ tag: string; quote: string }])[0] : undefined;
  const more = entry.after.size - 1;
  return data ? `${label} of ${data.tag} "${truncate(data.quote)}"${more > 0 ? ` and ${more} more` : ''}` : label;
}

/**
 * Undo and redo of annotation changes (accept, reject, tag, remove, set speaker, edit, rename,
 * merge, re-attach, restore), per article. Each command is one step, however many annotations it
 * changed. An edit of the article's text ends the history of its annotations (their offsets are
 * tracked from then on, VS Code's own undo brings back text and the spans it held), so Ctrl+Z is
 * Claimlens's only while the last thing done in the article was an annotation change.
 */
export class AnnotationHistory implements vscode.Disposable {
  private readonly stacks = new Map<string, Stacks>();
  private readonly disposables: vscode.Disposable[];
  /** Set while undo or redo puts annotations back (their own change is not recorded). */
  private replaying = false;

  constructor(private readonly config: ConfigService, private readonly store: AnnotationStore) {
    this.disposables = [
      // from Ctrl+Z / Ctrl+Shift+Z (`orText`): when the last thing done was typing after all (the
      // context key lags a keystroke behind), the editor's own undo / redo runs instead
      vscode.commands.registerCommand('claimlens.undoAnnotation', (args?: { orText?: boolean }) => this.replayOrText('undo', args?.orText)),
      vscode.commands.registerCommand('claimlens.redoAnnotation', (args?: { orText?: boolean }) => this.replayOrText('redo', args?.orText)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        const key = e.document.uri.toString();
        if (this.stacks.has(key)) {
          this.stacks.delete(key);
          this.updateContext();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.stacks.delete(doc.uri.toString())),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()),
    ];
    this.updateContext();
  }

  /**
   * Wraps a command: what it changes in the article it acts on (the `uri` of its arguments, else
   * the active editor's) becomes one step of that article's history.
   */
  wrap<A extends unknown[], R>(label: string, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      const doc = this.documentOf(args[0]);
      if (!doc || this.replaying) return handler(...args);
      await this.store.ensure(doc);
      const before = this.store.snapshot(doc.uri);
      const result = await handler(...args);
      this.record(doc, label, before);
      return result;
    };
  }

  /** Undo / redo steps of an article (for tests and the status bar). */
  depth(uri: vscode.Uri): { undo: number; redo: number } {
    const s = this.stacks.get(uri.toString());
    return { undo: s?.undo.length ?? 0, redo: s?.redo.length ?? 0 };
  }

  private async replayOrText(which: 'undo' | 'redo', orText = false): Promise<boolean> {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc ? this.stacks.get(doc.uri.toString()) : undefined;
    if (orText && !(s?.lastWasOurs && s[which].length)) {
      await vscode.commands.executeCommand(which);
      return false;
    }
    return this.replay(which);
  }

  async undo(): Promise<boolean> {
    return this.replay('undo');
  }

  async redo(): Promise<boolean> {
    return this.replay('redo');
  }

  private record(doc: vscode.TextDocument, label: string, before: Map<string, string>): void {
    const after = this.store.snapshot(doc.uri);
    const entry: Entry = { label, before: new Map(), after: new Map() };
    for (const [id, image] of before) {
      const now = after.get(id);
      if (now !== image) {
        entry.before.set(id, image);
        entry.after.set(id, now);
      }
    }
    for (const [id, image] of after) {
      if (!before.has(id)) {
        entry.before.set(id, undefined);
        entry.after.set(id, image);
      }
    }
    if (!entry.before.size) return;
    entry.label = describe(label, entry);
    const key = doc.uri.toString();
    const s = this.stacks.get(key) ?? { undo: [], redo: [], lastWasOurs: false };
    s.undo.push(entry);
    if (s.undo.length > LIMIT) s.undo.shift();
    s.redo = [];
    s.lastWasOurs = true;
    this.stacks.set(key, s);
    this.updateContext();
  }

  private async replay(which: 'undo' | 'redo'): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && this.config.isArticle(editor.document) ? editor.document : undefined;
    const s = doc ? this.stacks.get(doc.uri.toString()) : undefined;
    const entry = s?.[which].pop();
    if (!doc || !s || !entry) {
      vscode.window.setStatusBarMessage(`Claimlens: nothing to ${which} in this article's annotations`, 3000);
      return false;
    }
    this.replaying = true;
    try {
      await this.store.restore(doc, which === 'undo' ? entry.before : entry.after);
    } finally {
      this.replaying = false;
    }
    (which === 'undo' ? s.redo : s.undo).push(entry);
    s.lastWasOurs = true;
    this.updateContext();
    vscode.window.setStatusBarMessage(`Claimlens: ${which === 'undo' ? 'undid' : 'redid'} ${entry.label}`, 3000);
    return true;
  }

  private documentOf(arg: unknown): vscode.TextDocument | undefined {
    const uri = typeof arg === 'object' && arg && 'uri' in arg && typeof (arg as { uri: unknown }).uri === 'string' ? (arg as { uri: string }).uri : undefined;
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : vscode.window.activeTextEditor?.document;
    return doc && this.config.isArticle(doc) ? doc : undefined;
  }

  private updateContext(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const s = doc ? this.stacks.get(doc.uri.toString()) : undefined;
    void vscode.commands.executeCommand('setContext', 'claimlens.undoIsAnnotation', !!s?.lastWasOurs && s.undo.length > 0);
    void vscode.commands.executeCommand('setContext', 'claimlens.redoIsAnnotation', !!s?.lastWasOurs && s.redo.length > 0);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
