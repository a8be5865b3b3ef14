import * as vscode from 'vscode';
import { openSuggestions, type Suggestion } from '../../core/suggest/suggestions';
import { truncate } from '../../core/text/display';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';
import type { SuggestionArgs } from '../suggestions/suggestionCommands';
import { whenTrusted } from '../trust/trust';
import { buildRows, type Row, type RowSource, type ViewFilter, type ViewName } from './rows';

export type { Row, ViewFilter, ViewName } from './rows';

const VIEWS: readonly ViewName[] = ['actors', 'claims', 'annotations'];
const FILTERS: readonly ViewFilter[] = ['suggested', 'confirmed', 'all'];
const FILTER_STATE = 'claimlens.viewFilter';
/** Changes arrive with every keystroke: the views follow them this much later, at most. */
const REFRESH_MS = 60;

/**
 * What the editor's styles mean, a short line at the top of each view (when it has rows). In the
 * editor, the speaker and the cue of the claim at the cursor are framed.
 */
export const LEGEND: Readonly<Record<ViewName, string>> = {
  actors: 'Solid: confirmed · dotted: suggested',
  claims: 'Solid: confirmed · dashed: suggested · framed: speaker and cue',
  annotations: 'Solid: confirmed · dotted: suggested actor · dashed: suggested claim',
};

const FILTER_DESCRIPTION: Readonly<Record<ViewFilter, string | undefined>> = {
  all: undefined, suggested: 'suggested only', confirmed: 'confirmed only',
};

/**
 * The Actors, Claims and Annotations views of the active article, in the Claimlens activity-bar
 * container: confirmed annotations and open suggestions (with inline accept and reject), rejected
 * suggestions (with restore) and orphans, filtered by Filter Views. Clicking a row selects its span.
 */
export class ArticleViews implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly trees = new Map<ViewName, vscode.TreeView<Row>>();
  private doc: vscode.TextDocument | undefined;
  private filter: ViewFilter;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
    private readonly state: vscode.Memento,
  ) {
    const saved = state.get<ViewFilter>(FILTER_STATE);
    this.filter = saved && FILTERS.includes(saved) ? saved : 'all';
    for (const view of VIEWS) {
      const provider: vscode.TreeDataProvider<Row> = {
        onDidChangeTreeData: this.emitter.event,
        getChildren: (row?: Row) => (row ? row.children ?? [] : this.rows(view)),
        getTreeItem: (row: Row) => this.treeItem(row),
      };
      const tree = vscode.window.createTreeView(`claimlens.${view}`, { treeDataProvider: provider, showCollapseAll: true });
      this.trees.set(view, tree);
      this.disposables.push(tree);
    }
    const ours = (uri: vscode.Uri): void => {
      if (uri.toString() === this.doc?.uri.toString()) this.schedule();
    };
    this.disposables.push(
      this.emitter,
      store.onDidChange(ours),
      detection.onDidDetect(ours),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
      vscode.workspace.onDidCloseTextDocument(() => this.schedule()),
      config.onDidChange(() => this.schedule()),
      vscode.commands.registerCommand('claimlens.filterViews', (args?: { show?: ViewFilter }) => this.setFilter(args?.show)),
      vscode.commands.registerCommand('claimlens.restoreSuggestion', whenTrusted('Restore Suggestion', (args?: { id?: string; uri?: string }) => this.restore(args))),
      { dispose: () => clearTimeout(this.timer) },
    );
    this.refresh();
  }

  /** The rows a view shows now, for the active article (or the article last active). */
  rows(view: ViewName): Row[] {
    const src = this.source();
    return src ? buildRows(view, src) : [];
  }

  /** A view's legend (its message) and its description (the filter), as shown. */
  info(view: ViewName): { message: string | undefined; description: string | undefined } {
    const tree = this.trees.get(view)!;
    return { message: tree.message || undefined, description: tree.description || undefined };
  }

  get viewFilter(): ViewFilter {
    return this.filter;
  }

  private source(): RowSource | undefined {
    this.track();
    const doc = this.doc;
    if (!doc) return undefined;
    const length = doc.getText().length;
    // detection may still be of an earlier version while typing: its rows say which (a click
    // or an inline action moves the span through the typing since), and nothing past the end
    const latest = this.config.value.detectionEnabled ? this.detection.latest(doc.uri) : undefined;
    const open = latest ? openSuggestions(latest.detection, this.store.decided(doc.uri)).filter((s) => s.end <= length) : [];
    return {
      uri: doc.uri.toString(), placed: this.store.get(doc.uri), open, version: latest?.version ?? doc.version,
      line: (o) => doc.positionAt(o).line, filter: this.filter,
    };
  }

  /** The article the views show: the active editor's, else the one shown last while it is open. */
  private track(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active && this.config.isArticle(active)) this.doc = active;
    else if (this.doc?.isClosed) this.doc = undefined;
  }

  private schedule(): void {
    this.track();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, REFRESH_MS);
  }

  private refresh(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.track();
    void vscode.commands.executeCommand('setContext', 'claimlens.hasArticle', this.doc !== undefined);
    void vscode.commands.executeCommand('setContext', 'claimlens.viewFilter', this.filter === 'all' ? undefined : this.filter);
    const src = this.source();
    for (const view of VIEWS) {
      const tree = this.trees.get(view)!;
      const description = FILTER_DESCRIPTION[this.filter];
      // a message hides the welcome text of an empty view: the legend only over rows
      const message = src && hasRows(view, src) ? LEGEND[view] : undefined;
      if (tree.description !== description) tree.description = description;
      if (tree.message !== message) tree.message = message;
    }
    this.emitter.fire();
  }

  /** How a row is shown: icon, tooltip, what clicking it does, and the context value its inline actions match. */
  treeItem(row: Row): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, !row.children?.length ? vscode.TreeItemCollapsibleState.None
      : row.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = row.key;
    item.description = row.description;
    item.contextValue = `claimlens.${row.type}`;
    const uri = row.uri;
    const p = row.placed;
    if (row.type === 'suggestion' && row.suggestion && uri && this.doc) {
      const s: Suggestion = row.suggestion;
      item.iconPath = new vscode.ThemeIcon(s.kind === 'actor' ? 'person-add' : 'lightbulb');
      item.tooltip = s.kind === 'actor'
        ? `Suggested actor (${s.mention.type}): ${s.mention.text}${s.mention.actor !== s.mention.text ? ` = ${s.mention.actor}` : ''}`
        : `Suggested ${s.mention.kind} claim${s.mention.speaker ? ` by ${s.mention.speaker.actor || s.mention.speaker.text}` : ''}: ${truncate(s.mention.text, 300)}`;
      const args: SuggestionArgs = { uri, start: s.start, end: s.end, kind: s.kind, version: row.version };
      item.command = { title: 'Select', command: 'claimlens.revealSuggestion', arguments: [args] };
    } else if (p) {
      item.tooltip = p.data.status === 'rejected' ? `Rejected ${p.data.tag}: ${p.data.quote}` : p.data.quote;
      item.iconPath = new vscode.ThemeIcon(p.data.status === 'rejected' ? 'circle-slash'
        : p.orphaned ? 'warning' : p.data.tag === 'actor' ? 'person' : p.data.tag === 'claim' ? 'quote' : 'tag');
      if (p.orphaned) item.contextValue = 'claimlens.orphan';
      item.command = p.orphaned
        ? { title: 'Re-attach', command: 'claimlens.reattachAnnotation', arguments: [{ id: p.data.id }] }
        : { title: 'Reveal', command: 'claimlens.revealAnnotation', arguments: [{ id: p.data.id, uri }] };
    }
    return item;
  }

  /** Filter Views: suggested only, confirmed only, or all (asked for when not given); remembered. */
  async setFilter(show?: ViewFilter): Promise<ViewFilter | undefined> {
    if (!show) {
      type Item = vscode.QuickPickItem & { value: ViewFilter };
      const items: Item[] = [
        { label: 'Suggested', detail: 'Open suggestions (and rejected ones, to restore)', value: 'suggested' },
        { label: 'Confirmed', detail: 'Confirmed annotations (and orphaned ones)', value: 'confirmed' },
        { label: 'All', detail: 'Suggestions and annotations', value: 'all' },
      ];
      for (const it of items) if (it.value === this.filter) it.description = '(current)';
      show = (await vscode.window.showQuickPick(items, { title: 'Claimlens: Filter Views', placeHolder: 'What the Claimlens views list' }))?.value;
    }
    if (!show || !FILTERS.includes(show)) return undefined;
    this.filter = show;
    await this.state.update(FILTER_STATE, show);
    this.refresh();
    return show;
  }

  /**
   * Restore Suggestion: removes a rejected suggestion's record (given by id, or picked), so that
   * it is suggested again.
   */
  async restore(args?: { id?: string; uri?: string }): Promise<string | undefined> {
    this.track();
    const doc = args?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : this.doc;
    if (!doc) {
      void vscode.window.showInformationMessage('Claimlens: open an article (a plain text, Markdown or .article file) first.');
      return undefined;
    }
    await this.store.ensure(doc);
    const rejected = this.store.get(doc.uri).filter((p) => p.data.status === 'rejected');
    let id = args?.id;
    if (!id) {
      if (!rejected.length) {
        void vscode.window.showInformationMessage('Claimlens: this article has no rejected suggestions.');
        return undefined;
      }
      id = (await vscode.window.showQuickPick(rejected.map((p) => ({
        label: truncate(p.data.quote, 60), description: `${p.data.tag}${p.orphaned ? ' · orphaned' : ` · line ${doc.positionAt(p.start).line + 1}`}`, id: p.data.id,
      })), { title: 'Claimlens: Restore Suggestion', placeHolder: 'Which rejected suggestion should be offered again?' }))?.id;
      if (!id) return undefined;
    }
    const target = rejected.find((p) => p.data.id === id);
    const removed = target && (await this.store.remove(doc, target.data.id));
    if (!removed) {
      void vscode.window.showInformationMessage(`Claimlens: ${id} is not a rejected suggestion of this article.`);
      return undefined;
    }
    vscode.window.setStatusBarMessage(`Claimlens: restored ${removed.tag} "${truncate(removed.quote)}" (suggested again)`, 3000);
    return removed.id;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Whether a view has any row (cheaper than building them). */
function hasRows(view: ViewName, src: RowSource): boolean {
  const f = src.filter;
  const suggested = f !== 'confirmed' && src.open.some((s) => view === 'annotations' || s.kind === (view === 'actors' ? 'actor' : 'claim'));
  if (suggested) return true;
  return src.placed.some((p) => {
    if (p.data.status === 'rejected') return view === 'annotations' && f !== 'confirmed' && !p.orphaned;
    if (f === 'suggested') return false;
    if (view === 'annotations') return true;
    return !p.orphaned && p.data.tag === (view === 'actors' ? 'actor' : 'claim');
  });
}
