import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { graphData } from '../../core/corpus/graph';
import type { FromGraph, GraphData, ToGraph } from '../../core/corpus/graphTypes';
import type { CorpusService } from './corpusService';
import type { CorpusViews } from './corpusViews';

const VIEW_TYPE = 'claimlens.graph';

/**
 * Show Who Said What Graph: a webview of speakers and the actors their claims are about (the
 * bundled graph script in dist/, under a strict Content-Security-Policy: nothing but its own
 * script and stylesheet, no remote content). It follows the index and the workspace filter;
 * clicking a claim in it opens the claim, and exports are saved where the analyst says.
 */
export class GraphPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private panelDisposables: vscode.Disposable[] = [];
  /** What the webview was sent and what it said, for scripts and tests. */
  readonly posted: GraphData[] = [];
  readonly received: FromGraph[] = [];
  /** Where the next export is written without asking (tests). */
  exportTarget: vscode.Uri | undefined;
  private readonly messages = new vscode.EventEmitter<FromGraph>();
  readonly onDidReceive = this.messages.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly corpus: CorpusService, private readonly views: CorpusViews) {
    this.disposables.push(
      this.messages,
      vscode.commands.registerCommand('claimlens.showGraph', () => this.show()),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: async (panel) => this.adopt(panel) }),
      corpus.onDidChange(() => this.post()),
      views.onDidChangeFilter(() => this.post()),
    );
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Who Said What', vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, this.options());
    this.adopt(panel);
    await this.corpus.ready();
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = this.options();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'claimlens.svg');
    panel.webview.html = this.page(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m: FromGraph) => void this.handle(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
  }

  private page(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string): vscode.Uri => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name));
    const csp = [
      "default-src 'none'", `img-src ${webview.cspSource} data: blob:`, `style-src ${webview.cspSource} 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style id="__________cytoscape_stylesheet" nonce="${nonce}">.__________cytoscape_container { position: relative; }</style>
<link rel="stylesheet" href="${asset('graph.css')}">
<title>Who Said What</title>
</head>
<body>
<script nonce="${nonce}" src="${asset('graph.js')}"></script>
</body>
</html>`;
  }

  /** Sends the graph of the index under the current filter (once the webview is listening). */
  private post(): void {
    if (!this.panel || !this.received.some((m) => m.type === 'ready')) return;
    const data = graphData(this.corpus.index, this.views.currentFilter);
    // files stay URIs (the webview hands them back to open a claim), shown by their relative names
    for (const c of data.claims) c.name = this.corpus.name(c.file);
    this.posted.push(data);
    void this.panel.webview.postMessage({ type: 'data', data } satisfies ToGraph);
  }

  /** Asks the webview to select a node or an edge (as a click would), for scripts and tests. */
  select(target: { node?: string; edge?: string }): void {
    void this.panel?.webview.postMessage({ type: 'select', ...target } satisfies ToGraph);
  }

  /** A message from the webview (also callable by scripts and tests). */
  async handle(m: FromGraph): Promise<void> {
    this.received.push(m);
    this.messages.fire(m);
    switch (m.type) {
      case 'ready':
        await this.corpus.ready();
        this.post();
        return;
      case 'open':
        await vscode.commands.executeCommand('claimlens.revealAnnotation', { id: m.id, uri: m.file });
        return;
      case 'filter':
        await vscode.commands.executeCommand('claimlens.filterWorkspace');
        return;
      case 'export':
        await this.save(m.format, m.data);
        return;
      default:
        return;
    }
  }

  private async save(format: 'svg' | 'png', data: string): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = this.exportTarget ?? (await vscode.window.showSaveDialog({
      title: `Claimlens: Export the Graph as ${format.toUpperCase()}`,
      defaultUri: folder ? vscode.Uri.joinPath(folder, `who-said-what.${format}`) : undefined,
      filters: format === 'svg' ? { 'SVG picture': ['svg'] } : { 'PNG picture': ['png'] },
    }));
    this.exportTarget = undefined;
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : Buffer.from(data.slice(data.indexOf(',') + 1), 'base64');
    await vscode.workspace.fs.writeFile(target, bytes);
    vscode.window.setStatusBarMessage(`Claimlens: saved the graph to ${vscode.workspace.asRelativePath(target)}`, 4000);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
