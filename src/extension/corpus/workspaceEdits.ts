import * as vscode from 'vscode';
import { addToActorsFile, renameActorInSidecar } from '../../core/corpus/edits';
import { ACTORS_FILE } from '../../core/detect/actorsFile';
import { ACTOR_TYPES, type ActorType } from '../../core/detect/types';
import { truncate } from '../../core/text/display';
import type { AnnotationStore } from '../annotations/annotationStore';
import { readText, sidecarUri, writeTextAtomic } from '../annotations/sidecarFiles';
import { whenTrusted } from '../trust/trust';
import type { CorpusRow } from './corpusRows';
import type { CorpusService } from './corpusService';

export interface AddActorArgs {
  /** A Workspace Actors row (a mention or an actor), or the names themselves. */
  row?: CorpusRow;
  name?: string;
  type?: ActorType;
  aliases?: string[];
}

export interface MergeArgs {
  from?: string;
  into?: string;
  /** Skip the preview (scripts and tests). */
  confirm?: boolean;
}

export interface MergeResult {
  files: number;
  mentions: number;
}

interface Rewrite {
  uri: vscode.Uri;
  before: string;
  after: string;
  mentions: number;
}

/**
 * Add to Workspace Actors (an actor, or a mention's text as an alias, into `.claimlens/actors.yaml`)
 * and Merge Actors Across the Workspace (every sidecar with mentions of one actor rewritten, each
 * atomically, after a preview of the files and counts; undone by Undo Workspace Merge).
 */
export class WorkspaceEdits implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  private last: { from: string; into: string; rewrites: Rewrite[] } | undefined;

  constructor(private readonly corpus: CorpusService, private readonly store: AnnotationStore) {
    this.disposables = [
      vscode.commands.registerCommand('claimlens.addToWorkspaceActors', whenTrusted('Add to Workspace Actors', (args?: AddActorArgs | CorpusRow) => this.addActor(args))),
      vscode.commands.registerCommand('claimlens.mergeWorkspaceActors', whenTrusted('Merge Actors Across the Workspace', (args?: MergeArgs | CorpusRow) => this.merge(args))),
      vscode.commands.registerCommand('claimlens.undoWorkspaceMerge', whenTrusted('Undo Workspace Merge', () => this.undo())),
    ];
  }

  /** Writes the actor (and the mention's text as an alias) into the workspace's actors file. */
  async addActor(given?: AddActorArgs | CorpusRow): Promise<{ file: vscode.Uri; added: string[] } | undefined> {
    const args: AddActorArgs = given && 'key' in given ? { row: given } : given ?? {};
    const row = args.row;
    let name = args.name ?? row?.actor;
    let type = args.type ?? (ACTOR_TYPES.includes(row?.actorType as ActorType) ? row?.actorType as ActorType : undefined);
    const aliases = [...(args.aliases ?? []), ...(row?.quote ? [row.quote] : [])];
    if (!args.name) {
      // which actor the mention (or the actor picked) stands for: its own, another, or a new name
      await this.corpus.ready();
      const own = row?.actor;
      const items = this.corpus.index.actors().map((a) => ({ label: a.actor, description: `${a.type} · ${a.mentions} mentions${a.actor === own ? ' · this mention\'s actor' : ''}`, type: a.type }))
        .sort((x, y) => Number(y.label === own) - Number(x.label === own));
      const picked = await vscode.window.showQuickPick(items, {
        title: 'Claimlens: Add to Workspace Actors',
        placeHolder: row?.quote ? `Which actor is "${truncate(row.quote)}"? (its text becomes an alias)` : 'Which actor should .claimlens/actors.yaml define?',
      });
      if (!picked) return undefined;
      if (picked.label !== name) type = ACTOR_TYPES.includes(picked.type as ActorType) ? picked.type as ActorType : type;
      name = picked.label;
    }
    if (!name) return undefined;
    type ??= 'other';
    const folder = (row?.uri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(row.uri)) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage('Claimlens: open a folder first: the actors file lives in it.');
      return undefined;
    }
    const file = vscode.Uri.joinPath(folder.uri, ACTORS_FILE);
    let result;
    try {
      result = addToActorsFile(await readText(file), { name, type, aliases });
    } catch (e) {
      void vscode.window.showErrorMessage(`Claimlens: ${vscode.workspace.asRelativePath(file)} was left as it is: ${(e as Error).message}`);
      return undefined;
    }
    if (!result.added.length) {
      vscode.window.setStatusBarMessage(`Claimlens: ${ACTORS_FILE} already has ${truncate(name)}${aliases.length ? ` with ${aliases.map((a) => truncate(a)).join(', ')}` : ''}`, 4000);
      return { file, added: [] };
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
    await writeTextAtomic(file, result.text);
    vscode.window.setStatusBarMessage(`Claimlens: added ${result.added.map((a) => `"${truncate(a)}"`).join(', ')} to ${ACTORS_FILE}${result.added[0] === name ? '' : ` (aliases of ${truncate(name)})`}`, 4000);
    return { file, added: result.added };
  }

  /** Merges one actor into another in every sidecar of the workspace. */
  async merge(given?: MergeArgs | CorpusRow): Promise<MergeResult | undefined> {
    const args: MergeArgs = given && 'key' in given ? { from: given.actor } : given ?? {};
    await this.corpus.ready();
    await this.store.flush();
    const actors = this.corpus.index.actors();
    const from = args.from ?? (await vscode.window.showQuickPick(actors.map((a) => ({ label: a.actor, description: `${a.mentions} mentions in ${a.articles} articles` })),
      { title: 'Claimlens: Merge Actors Across the Workspace', placeHolder: 'The actor whose mentions stand for another' }))?.label;
    if (!from) return undefined;
    const into = (args.into ?? (await vscode.window.showQuickPick(actors.filter((a) => a.actor !== from).map((a) => ({ label: a.actor, description: `${a.mentions} mentions` })),
      { title: `Claimlens: Merge ${truncate(from)} into…`, placeHolder: 'The actor they stand for' }))?.label)?.trim();
    if (!into || into === from) return undefined;
    const plan = await this.plan(from, into);
    if (!plan.length) {
      void vscode.window.showInformationMessage(`Claimlens: no sidecar has mentions of "${truncate(from)}".`);
      return { files: 0, mentions: 0 };
    }
    const mentions = plan.reduce((n, r) => n + r.mentions, 0);
    if (!args.confirm && !(await this.preview(from, into, plan, mentions))) return undefined;
    const written: Rewrite[] = [];
    try {
      for (const r of plan) {
        await writeTextAtomic(r.uri, r.after);
        written.push(r);
      }
    } catch (e) {
      for (const r of written) await writeTextAtomic(r.uri, r.before).catch(() => undefined);
      void vscode.window.showErrorMessage(`Claimlens: the merge was not made (${(e as Error).message}); the ${written.length} files already rewritten were put back.`);
      return undefined;
    }
    this.last = { from, into, rewrites: plan };
    void vscode.window.showInformationMessage(`Claimlens: merged "${truncate(from)}" into "${truncate(into)}": ${mentions} mention${mentions === 1 ? '' : 's'} in ${plan.length} file${plan.length === 1 ? '' : 's'}.`, 'Undo')
      .then((pick) => { if (pick === 'Undo') void vscode.commands.executeCommand('claimlens.undoWorkspaceMerge'); });
    return { files: plan.length, mentions };
  }

  /** The sidecars to rewrite, their texts before and after. */
  private async plan(from: string, into: string): Promise<Rewrite[]> {
    const out: Rewrite[] = [];
    for (const key of this.corpus.index.files()) {
      const rec = this.corpus.index.record(key)!;
      if (!rec.mentions.some((m) => this.corpus.index.canonical(m.name) === from)) continue;
      const uri = sidecarUri(vscode.Uri.parse(key));
      const before = await readText(uri).catch(() => undefined);
      if (before === undefined) continue;
      const r = renameActorInSidecar(before, from, into, (n) => this.corpus.index.canonical(n));
      if (r && r.renamed) out.push({ uri, before, after: r.text, mentions: r.renamed });
    }
    return out;
  }

  private async preview(from: string, into: string, plan: readonly Rewrite[], mentions: number): Promise<boolean> {
    type Item = vscode.QuickPickItem & { go?: boolean };
    const items: Item[] = [
      { label: `$(check) Merge ${mentions} mention${mentions === 1 ? '' : 's'} in ${plan.length} file${plan.length === 1 ? '' : 's'}`, detail: `Every mention of "${from}" will be named "${into}"; Undo Workspace Merge puts the files back`, go: true },
      { label: '$(close) Cancel' },
      { label: 'Files', kind: vscode.QuickPickItemKind.Separator },
      ...plan.map((r): Item => ({ label: vscode.workspace.asRelativePath(r.uri), description: `${r.mentions} mention${r.mentions === 1 ? '' : 's'}` })),
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Claimlens: Merge ${truncate(from)} into ${truncate(into)}`, placeHolder: 'These sidecars will be rewritten' });
    return pick?.go === true;
  }

  /** Puts back the sidecars the last merge rewrote (those changed since are left and named). */
  async undo(): Promise<{ restored: number; skipped: string[] } | undefined> {
    const last = this.last;
    if (!last) {
      void vscode.window.showInformationMessage('Claimlens: there is no workspace merge to undo.');
      return undefined;
    }
    this.last = undefined;
    await this.store.flush();
    let restored = 0;
    const skipped: string[] = [];
    for (const r of last.rewrites) {
      const now = await readText(r.uri).catch(() => undefined);
      if (now !== r.after) {
        skipped.push(vscode.workspace.asRelativePath(r.uri));
        continue;
      }
      await writeTextAtomic(r.uri, r.before);
      restored++;
    }
    const msg = `Claimlens: undid the merge of "${truncate(last.from)}" into "${truncate(last.into)}" in ${restored} file${restored === 1 ? '' : 's'}`;
    if (skipped.length) void vscode.window.showWarningMessage(`${msg}; ${skipped.length} changed since and were left as they are: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}.`);
    else vscode.window.setStatusBarMessage(msg, 4000);
    return { restored, skipped };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
