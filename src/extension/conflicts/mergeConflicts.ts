import * as vscode from 'vscode';
import { conflictPlaces, describeConflict, resolveConflict, showValue, type ConflictAt } from '../../core/sidecar/conflicts';
import { articlePathOf } from '../../core/sidecar/model';
import { parseSidecar } from '../../core/sidecar/parse';
import { serializeSidecar } from '../../core/sidecar/write';
import { readText, sidecarUri, writeTextAtomic } from '../annotations/sidecarFiles';
import { diagnostic } from '../diagnostic';
import { whenTrusted } from '../trust/trust';

export interface ResolveArgs {
  /** The sidecar, or its article (default: the active editor's). */
  uri?: string;
  id?: string;
  field?: string;
  take?: 'ours' | 'theirs';
}

const SIDECARS = '**/*.annotations.yaml';

/**
 * Conflicts a merge recorded in sidecars (`conflict: {field, ours, theirs}`): listed in the
 * Problems panel on their line, resolved by Claimlens: Resolve Merge Conflict (or a quick fix on
 * the line), which keeps one side's value and removes the record.
 */
export class MergeConflicts implements vscode.CodeActionProvider, vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimlens-merge');
  private readonly disposables: vscode.Disposable[];
  /** Conflicts per sidecar, as last read. */
  private readonly known = new Map<string, ConflictAt[]>();
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(SIDECARS);
    this.disposables = [
      this.diagnostics, watcher,
      watcher.onDidChange((u) => void this.scan(u)),
      watcher.onDidCreate((u) => void this.scan(u)),
      watcher.onDidDelete((u) => this.forget(u)),
      vscode.commands.registerCommand('claimlens.resolveConflict', whenTrusted('Resolve Merge Conflict', (args?: ResolveArgs) => this.resolve(args))),
      vscode.languages.registerCodeActionsProvider({ pattern: SIDECARS }, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    ];
    this.ready = Promise.resolve(vscode.workspace.findFiles(SIDECARS, '**/node_modules/**')).then((all) => Promise.all(all.map((u) => this.scan(u)))).then(() => undefined, () => undefined);
  }

  /** Conflicts of a sidecar (for tests and the command). */
  conflicts(sidecar: vscode.Uri): readonly ConflictAt[] {
    return this.known.get(sidecar.toString()) ?? [];
  }

  private forget(uri: vscode.Uri): void {
    this.known.delete(uri.toString());
    this.diagnostics.delete(uri);
  }

  /** Reads a sidecar again and shows its conflicts. */
  async scan(uri: vscode.Uri): Promise<ConflictAt[]> {
    const text = await readText(uri).catch(() => undefined);
    const parsed = text !== undefined && text.includes('conflict') ? parseSidecar(text) : undefined;
    if (!parsed || !parsed.ok) {
      this.forget(uri);
      return [];
    }
    const found = conflictPlaces(text!, parsed.sidecar.annotations, parsed.canonical);
    this.known.set(uri.toString(), found);
    this.diagnostics.set(uri, found.map((c) => {
      const pos = new vscode.Position(c.line - 1, 0);
      return diagnostic(new vscode.Range(pos, pos.translate(0, 1000)),
        `${describeConflict(c.id, c.conflict)}. Run "Claimlens: Resolve Merge Conflict" (or Ctrl+. here) to keep one.`, vscode.DiagnosticSeverity.Error, 'conflict');
    }));
    return found;
  }

  private sidecarOf(uri: string | undefined): vscode.Uri | undefined {
    const u = uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
    if (!u) return undefined;
    return articlePathOf(u.path) !== undefined ? u : sidecarUri(u);
  }

  /** Keeps one side's value of a recorded conflict (asked for what is not given); returns what was resolved. */
  async resolve(args: ResolveArgs = {}): Promise<string | undefined> {
    const uri = this.sidecarOf(args.uri);
    if (!uri) {
      void vscode.window.showInformationMessage('Claimlens: open a sidecar or an article with merge conflicts first.');
      return undefined;
    }
    const list = await this.scan(uri);
    let target = list.find((c) => (!args.id || c.id === args.id) && (!args.field || c.conflict.field === args.field));
    if (!list.length || !target) {
      void vscode.window.showInformationMessage(`Claimlens: ${vscode.workspace.asRelativePath(uri)} has no merge conflict${args.id ? ` on ${args.id}` : ''} to resolve.`);
      return undefined;
    }
    if (!args.id && list.length > 1) {
      const pick = await vscode.window.showQuickPick(list.map((c) => ({ label: `${c.id}: ${c.conflict.field}`, description: `ours ${showValue(c.conflict.ours)} · theirs ${showValue(c.conflict.theirs)}`, c })), { title: 'Claimlens: Resolve Merge Conflict', placeHolder: 'Which conflict' });
      if (!pick) return undefined;
      target = pick.c;
    }
    let take = args.take;
    if (!take) {
      const c = target.conflict;
      const pick = await vscode.window.showQuickPick([
        { label: `Take ours: ${showValue(c.ours)}`, take: 'ours' as const },
        { label: `Take theirs: ${showValue(c.theirs)}`, take: 'theirs' as const },
      ], { title: `Claimlens: ${describeConflict(target.id, c)}` });
      if (!pick) return undefined;
      take = pick.take;
    }
    const text = (await readText(uri))!;
    const parsed = parseSidecar(text);
    if (!parsed.ok) return undefined;
    const annotations = parsed.sidecar.annotations.flatMap((a) => {
      if (a.id !== target!.id) return [a];
      const r = resolveConflict(a, target!.conflict.field, take!);
      return r ? [r] : [];
    });
    await writeTextAtomic(uri, serializeSidecar({ ...parsed.sidecar, annotations }, text));
    await this.scan(uri);
    const done = `kept ${take} for ${target.conflict.field} of ${target.id}`;
    vscode.window.setStatusBarMessage(`Claimlens: ${done}`, 3000);
    return done;
  }

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    return this.conflicts(doc.uri).filter((c) => c.line - 1 >= range.start.line && c.line - 1 <= range.end.line).flatMap((c) => (['ours', 'theirs'] as const).map((take) => {
      const a = new vscode.CodeAction(`Take ${take} for ${c.conflict.field} of ${c.id}: ${showValue(c.conflict[take])}`, vscode.CodeActionKind.QuickFix);
      a.command = { command: 'claimlens.resolveConflict', title: a.title, arguments: [{ uri: doc.uri.toString(), id: c.id, field: c.conflict.field, take }] };
      return a;
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
