import * as vscode from 'vscode';
import type { Placed } from '../../core/anchor/placed';
import { truncate } from '../../core/text/display';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';

/** A row of a Claimlens view: a group, or one annotation of the active article. */
export interface Row {
  label: string;
  description?: string;
  /** For annotation rows. */
  placed?: Placed;
  children?: Row[];
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/**
 * The Actors, Claims and Annotations views of the active article, in the Claimlens activity-bar
 * container. Clicking a row selects the span in the editor.
 */
export class ArticleViews implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  private doc: vscode.TextDocument | undefined;
  readonly rows: Record<'actors' | 'claims' | 'annotations', () => Row[]>;

  constructor(private readonly config: ConfigService, private readonly store: AnnotationStore) {
    this.rows = { actors: () => this.actors(), claims: () => this.claims(), annotations: () => this.annotations() };
    for (const view of ['actors', 'claims', 'annotations'] as const) {
      const provider: vscode.TreeDataProvider<Row> = {
        onDidChangeTreeData: this.emitter.event,
        getChildren: (row?: Row) => (row ? row.children ?? [] : this.rows[view]()),
        getTreeItem: (row: Row) => this.item(row),
      };
      this.disposables.push(vscode.window.createTreeView(`claimlens.${view}`, { treeDataProvider: provider, showCollapseAll: true }));
    }
    const refresh = (): void => {
      const active = vscode.window.activeTextEditor?.document;
      if (active && this.config.isArticle(active)) this.doc = active;
      else if (this.doc?.isClosed) this.doc = undefined;
      void vscode.commands.executeCommand('setContext', 'claimlens.hasArticle', this.doc !== undefined);
      this.emitter.fire();
    };
    this.disposables.push(this.emitter, store.onDidChange(refresh), vscode.window.onDidChangeActiveTextEditor(refresh), config.onDidChange(refresh));
    refresh();
  }

  private item(row: Row): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label, row.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.description = row.description;
    const p = row.placed;
    if (p && this.doc) {
      item.tooltip = p.data.quote;
      item.iconPath = new vscode.ThemeIcon(p.orphaned ? 'warning' : p.data.tag === 'actor' ? 'person' : p.data.tag === 'claim' ? 'quote' : 'tag');
      item.command = p.orphaned
        ? { title: 'Re-attach', command: 'claimlens.reattachAnnotation', arguments: [{ id: p.data.id }] }
        : { title: 'Reveal', command: 'claimlens.revealAnnotation', arguments: [{ id: p.data.id, uri: this.doc.uri.toString() }] };
    }
    return item;
  }

  private live(): Placed[] {
    return this.doc ? this.store.get(this.doc.uri).filter((p) => p.data.status !== 'rejected') : [];
  }

  private line(p: Placed): string {
    return p.orphaned || !this.doc ? 'orphaned' : `line ${this.doc.positionAt(p.start).line + 1}`;
  }

  private row(p: Placed, label = truncate(p.data.quote, 60)): Row {
    return { label, description: this.line(p), placed: p };
  }

  private actors(): Row[] {
    const groups = new Map<string, Placed[]>();
    for (const p of this.live()) {
      if (p.data.tag !== 'actor' || p.orphaned) continue;
      const name = String(p.data.attributes?.actor ?? p.data.quote);
      groups.set(name, [...(groups.get(name) ?? []), p]);
    }
    return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).map(([name, ps]) => ({
      label: name, description: `${String(ps[0].data.attributes?.type ?? '')} · ${plural(ps.length, 'mention')}`.replace(/^ · /, ''),
      children: ps.map((p) => this.row(p)),
    }));
  }

  private claims(): Row[] {
    const all = this.live();
    const byId = new Map(all.map((p) => [p.data.id, p]));
    const groups = new Map<string, Placed[]>();
    for (const p of all) {
      if (p.data.tag !== 'claim' || p.orphaned) continue;
      const sp = p.data.links?.speaker ? byId.get(p.data.links.speaker) : undefined;
      const name = sp ? String(sp.data.attributes?.actor ?? sp.data.quote) : 'No speaker set';
      groups.set(name, [...(groups.get(name) ?? []), p]);
    }
    return [...groups].map(([name, ps]) => ({ label: name, description: plural(ps.length, 'claim'), children: ps.map((p) => this.row(p)) }));
  }

  private annotations(): Row[] {
    const all = this.live();
    const tags = new Map<string, Placed[]>();
    for (const p of all) if (!p.orphaned) tags.set(p.data.tag, [...(tags.get(p.data.tag) ?? []), p]);
    const rows: Row[] = [...tags].map(([tag, ps]) => ({ label: tag, description: String(ps.length), children: ps.map((p) => this.row(p)) }));
    const orphans = all.filter((p) => p.orphaned);
    if (orphans.length) rows.push({ label: 'Orphaned', description: String(orphans.length), children: orphans.map((p) => this.row(p, `${p.data.tag}: ${truncate(p.data.quote, 60)}`)) });
    return rows;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
