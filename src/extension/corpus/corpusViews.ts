import * as vscode from 'vscode';
import { describeFilter, FILTER_ATTRIBUTES, isEmptyFilter, type CorpusFilter } from '../../core/corpus/filter';
import type { CorpusService } from './corpusService';
import { corpusRows, type CorpusRow, type CorpusViewName } from './corpusRows';

export type { CorpusRow, CorpusViewName } from './corpusRows';

const VIEWS: readonly CorpusViewName[] = ['workspaceActors', 'workspaceClaims'];
const FILTER_STATE = 'claimlens.workspaceFilter';
const ATTRIBUTE_LABEL: Record<(typeof FILTER_ATTRIBUTES)[number], string> = {
  kind: 'Kind', stance: 'Stance', class: 'Cue class', reliability: 'Reliability (Admiralty)', credibility: 'Credibility (Admiralty)',
};

/** Arguments of Filter Workspace Views: a filter to set (without asking), or `clear`. */
export type FilterArgs = CorpusFilter & { clear?: boolean };

/**
 * Workspace Actors (actor -> articles -> mentions and claims) and Workspace Claims (by speaker),
 * from the workspace index, filtered by Filter Workspace Views (named in their descriptions).
 * Clicking a mention or a claim opens its article with the span selected.
 */
export class CorpusViews implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly trees = new Map<CorpusViewName, vscode.TreeView<CorpusRow>>();
  private filter: CorpusFilter;
  private building = true;
  private readonly emitters = new Map<CorpusViewName, vscode.EventEmitter<CorpusRow | undefined | void>>();

  constructor(private readonly corpus: CorpusService, private readonly state: vscode.Memento) {
    this.filter = state.get<CorpusFilter>(FILTER_STATE) ?? {};
    for (const view of VIEWS) {
      const changed = new vscode.EventEmitter<CorpusRow | undefined | void>();
      this.emitters.set(view, changed);
      const provider: vscode.TreeDataProvider<CorpusRow> = {
        onDidChangeTreeData: changed.event,
        getChildren: (row?: CorpusRow) => (row ? this.children(row) : this.rows(view)),
        getTreeItem: (row: CorpusRow) => this.treeItem(row),
        getParent: (row: CorpusRow) => row.parent,
      };
      const tree = vscode.window.createTreeView(`claimlens.${view}`, { treeDataProvider: provider, showCollapseAll: true });
      this.trees.set(view, tree);
      this.disposables.push(tree, changed);
    }
    this.disposables.push(
      this.emitter,
      corpus.onDidChange(() => this.refresh()),
      vscode.commands.registerCommand('claimlens.filterWorkspace', (args?: FilterArgs) => this.setFilter(args)),
    );
    this.refresh();
    void corpus.ready().then(() => {
      this.building = false;
      this.refresh();
    });
  }

  /** Fires when the filter changes. */
  readonly onDidChangeFilter = this.emitter.event;

  get currentFilter(): CorpusFilter {
    return this.filter;
  }

  /** The rows a view shows now (top level), for scripts and tests. */
  rows(view: CorpusViewName): CorpusRow[] {
    return corpusRows(view, this.corpus.index, this.filter, (f) => this.corpus.name(f));
  }

  /** A row's children (each knowing its parent, for reveal). */
  children(row: CorpusRow): CorpusRow[] {
    const rows = row.children?.() ?? [];
    for (const r of rows) r.parent = row;
    return rows;
  }

  /** Shows a row in its view, expanded. */
  async reveal(view: CorpusViewName, row: CorpusRow): Promise<void> {
    await this.trees.get(view)!.reveal(row, { expand: true, select: false, focus: false });
  }

  info(view: CorpusViewName): { description: string | undefined; message: string | undefined } {
    const tree = this.trees.get(view)!;
    return { description: tree.description || undefined, message: tree.message || undefined };
  }

  private refresh(): void {
    const description = describeFilter(this.filter);
    const n = this.corpus.index.size;
    const message = this.building ? `Indexing the workspace… (${n} article${n === 1 ? '' : 's'} so far)`
      : !isEmptyFilter(this.filter) && !this.corpus.index.claims(this.filter).length ? 'No claims pass the filter.' : undefined;
    void vscode.commands.executeCommand('setContext', 'claimlens.workspaceIndexed', n > 0);
    void vscode.commands.executeCommand('setContext', 'claimlens.workspaceFiltered', !isEmptyFilter(this.filter));
    for (const [view, tree] of this.trees) {
      if (tree.description !== description) tree.description = description;
      if (tree.message !== message) tree.message = message;
      this.emitters.get(view)!.fire();
    }
  }

  treeItem(row: CorpusRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, row.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = row.key;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.contextValue = `claimlens.corpus.${row.type}`;
    const icons: Record<CorpusRow['type'], string> = { actor: 'person', speaker: 'comment-discussion', article: 'file', mention: 'symbol-field', claim: 'quote', range: 'list-flat' };
    item.iconPath = new vscode.ThemeIcon(icons[row.type]);
    if (row.type === 'article' && row.uri) item.resourceUri = vscode.Uri.parse(row.uri);
    if ((row.type === 'mention' || row.type === 'claim') && row.uri && row.id) {
      item.command = { title: 'Open', command: 'claimlens.revealAnnotation', arguments: [{ id: row.id, uri: row.uri }] };
    }
    return item;
  }

  /** Filter Workspace Views: by tag, an attribute's value or a text (asked for when not given). */
  async setFilter(args?: FilterArgs): Promise<CorpusFilter | undefined> {
    let next: CorpusFilter | undefined;
    if (args?.clear) next = {};
    else if (args && (args.tag !== undefined || args.attributes !== undefined || args.text !== undefined)) {
      next = { ...(args.tag ? { tag: args.tag } : {}), ...(args.attributes && Object.keys(args.attributes).length ? { attributes: { ...args.attributes } } : {}), ...(args.text ? { text: args.text } : {}) };
    } else next = await this.askFilter();
    if (!next) return undefined;
    this.filter = next;
    await this.state.update(FILTER_STATE, next);
    this.refresh();
    this.emitter.fire();
    return next;
  }

  private async askFilter(): Promise<CorpusFilter | undefined> {
    await this.corpus.ready();
    const f: CorpusFilter = { ...this.filter, attributes: { ...this.filter.attributes } };
    type Item = vscode.QuickPickItem & { what: 'tag' | 'text' | 'clear' | (typeof FILTER_ATTRIBUTES)[number] };
    const items: Item[] = [
      { label: 'Tag…', description: f.tag ?? 'any', what: 'tag' },
      ...FILTER_ATTRIBUTES.map((a): Item => ({ label: `${ATTRIBUTE_LABEL[a]}…`, description: f.attributes?.[a] ?? 'any', what: a })),
      { label: 'Text…', description: f.text ? `“${f.text}”` : 'any', detail: 'Found in the claim, its speaker, the actors it is about or its file', what: 'text' },
      { label: 'Clear the Filter', what: 'clear' },
    ];
    const pick = await vscode.window.showQuickPick(items, { title: 'Claimlens: Filter Workspace Views', placeHolder: describeFilter(this.filter) ?? 'What should the claims have?' });
    if (!pick) return undefined;
    if (pick.what === 'clear') return {};
    if (pick.what === 'text') {
      const text = await vscode.window.showInputBox({ title: 'Claimlens: Filter by Text', value: f.text ?? '', prompt: 'Empty: any text' });
      if (text === undefined) return undefined;
      f.text = text.trim() || undefined;
      return clean(f);
    }
    const values = pick.what === 'tag' ? this.corpus.index.tags() : this.corpus.index.values(pick.what);
    const chosen = await vscode.window.showQuickPick([
      { label: 'Any', value: '' },
      ...values.map((v) => ({ label: v.value, description: `${v.claims} claim${v.claims === 1 ? '' : 's'}`, value: v.value })),
    ], { title: `Claimlens: Filter by ${pick.what === 'tag' ? 'Tag' : ATTRIBUTE_LABEL[pick.what]}` });
    if (!chosen) return undefined;
    if (pick.what === 'tag') f.tag = chosen.value || undefined;
    else if (chosen.value) f.attributes![pick.what] = chosen.value;
    else delete f.attributes![pick.what];
    return clean(f);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function clean(f: CorpusFilter): CorpusFilter {
  const out: CorpusFilter = {};
  if (f.tag) out.tag = f.tag;
  if (f.attributes && Object.keys(f.attributes).length) out.attributes = f.attributes;
  if (f.text) out.text = f.text;
  return out;
}
