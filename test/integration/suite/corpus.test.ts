// The workspace index, the Workspace Actors and Workspace Claims views, their filter, a row
// opening its span, Add to Workspace Actors, Merge Actors Across the Workspace (and its undo), and
// the who-said-what graph webview (its CSP, the data it receives, a selection, open and export).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { toSidecar, type Placed } from '../../../src/core/anchor/placed';
import { parseActorsFile } from '../../../src/core/detect/actorsFile';
import { serializeSidecar } from '../../../src/core/sidecar/write';
import type { CorpusRow } from '../../../src/extension/corpus/corpusRows';
import { SidecarWorker } from '../../../src/extension/sidecarWorker/sidecarWorker';
import { writeCorpus } from '../../bench/sidecarCorpus';
import { api, readText, screenshot, waitFor, workspaceUri } from '../helpers';

/** Writes an article and its sidecar: `marks` are [text, tag, attributes, speaker text?]. */
function article(dir: string, name: string, text: string, marks: Array<[string, string, Record<string, unknown>, string?]>): void {
  const placed: Placed[] = [];
  const idOf = new Map<string, string>();
  marks.forEach(([needle, tag, attributes], k) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`${needle} is not in ${name}`);
    const id = `${tag[0]}-w${k}`;
    idOf.set(needle, id);
    placed.push({ data: { id, tag, start: 0, end: 0, quote: '', attributes, status: 'confirmed', origin: 'manual' }, start: at, end: at + needle.length, orphaned: false });
  });
  marks.forEach(([, , , speaker], k) => { if (speaker) placed[k].data.links = { speaker: idOf.get(speaker)! }; });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, `${name}.annotations.yaml`), serializeSidecar(toSidecar(name, text, placed)));
}

const ONE = 'Vera Lindgren said on Tuesday that the Tidewater Cooperative would close the north jetty. The Marsh Pilots Guild disagreed.\n';
const TWO = 'Lindgren told the council that the Marsh Pilots Guild had ignored every warning. Later the guild said nothing.\n';

describe('Who said what across the workspace', () => {
  const dir = (): string => workspaceUri('corpus').fsPath;
  const actorsFile = (): vscode.Uri => workspaceUri('.claimlens', 'actors.yaml');
  let oneSidecar: string;
  let twoSidecar: string;

  before(async () => {
    article(dir(), 'one.txt', ONE, [
      ['Vera Lindgren', 'actor', { type: 'person', actor: 'Vera Lindgren' }],
      ['Tidewater Cooperative', 'actor', { type: 'organization', actor: 'Tidewater Cooperative' }],
      ['the Tidewater Cooperative would close the north jetty', 'claim', { kind: 'indirect', cue: 'said', stance: 'opposes', class: 'speech' }, 'Vera Lindgren'],
      ['Marsh Pilots Guild', 'actor', { type: 'organization', actor: 'Marsh Pilots Guild' }],
    ]);
    article(dir(), 'two.txt', TWO, [
      ['Lindgren', 'actor', { type: 'person', actor: 'Lindgren' }],
      ['Marsh Pilots Guild', 'actor', { type: 'organization', actor: 'Marsh Pilots Guild' }],
      ['the Marsh Pilots Guild had ignored every warning', 'claim', { kind: 'indirect', cue: 'told', stance: 'opposes', reliability: 'B', credibility: '2', class: 'speech' }, 'Lindgren'],
    ]);
    oneSidecar = fs.readFileSync(path.join(dir(), 'one.txt.annotations.yaml'), 'utf8');
    twoSidecar = fs.readFileSync(path.join(dir(), 'two.txt.annotations.yaml'), 'utf8');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('claimlens.filterWorkspace', { clear: true });
    await vscode.workspace.fs.delete(actorsFile()).then(undefined, () => undefined);
    await (await api()).actorsLoaded();
  });

  const actorRow = async (name: string): Promise<CorpusRow> => {
    const claimlens = await api();
    return waitFor(`the actor ${name} in Workspace Actors`, () => claimlens.workspaceRows('workspaceActors').find((r) => r.label === name));
  };

  it('indexes every sidecar in the background and lists actor -> articles -> mentions and claims', async () => {
    const claimlens = await api();
    await claimlens.workspaceReady();
    const vera = await waitFor(`both new articles indexed (index: ${claimlens.workspaceIndex().files().filter((f) => f.includes('/corpus/')).join(', ')})`, async () => {
      const r = await actorRow('Marsh Pilots Guild');
      return r.description === 'organization · 2 mentions · 2 articles · 0 claims' && claimlens.workspaceRows('workspaceActors').find((x) => x.label === 'Vera Lindgren');
    });
    assert.strictEqual(vera.description, 'person · 1 mention · 1 article · 1 claim');
    const [articleRow] = claimlens.workspaceRows('workspaceActors', vera);
    assert.strictEqual(articleRow.label, 'corpus/one.txt');
    assert.deepStrictEqual(claimlens.workspaceRows('workspaceActors', articleRow).map((r) => [r.type, r.label]), [
      ['mention', 'Vera Lindgren'], ['claim', 'the Tidewater Cooperative would close the north jetty'],
    ]);
    const speakers = claimlens.workspaceRows('workspaceClaims');
    const lindgren = speakers.find((r) => r.label === 'Lindgren')!;
    assert.strictEqual(lindgren.description, '1 claim');
    const [claim] = claimlens.workspaceRows('workspaceClaims', lindgren);
    assert.match(claim.description!, /corpus\/two\.txt · about Marsh Pilots Guild · indirect · opposes · speech · B2/);
    assert.strictEqual(claimlens.workspaceItem(claim).command?.command, 'claimlens.revealAnnotation');
  });

  it('filters both views by attribute, tag and text, and names the filter in their descriptions', async () => {
    const claimlens = await api();
    await vscode.commands.executeCommand('claimlens.filterWorkspace', { attributes: { reliability: 'B' }, text: 'guild' });
    assert.strictEqual(claimlens.workspaceInfo('workspaceClaims').description, 'reliability: B · “guild”');
    assert.strictEqual(claimlens.workspaceInfo('workspaceActors').description, 'reliability: B · “guild”');
    assert.deepStrictEqual(claimlens.workspaceRows('workspaceClaims').map((r) => r.label), ['Lindgren']);
    assert.deepStrictEqual(claimlens.workspaceRows('workspaceActors').map((r) => r.label).sort(), ['Lindgren', 'Marsh Pilots Guild']);
    await vscode.commands.executeCommand('claimlens.filterWorkspace', { tag: 'event' });
    assert.deepStrictEqual(claimlens.workspaceRows('workspaceClaims'), []);
    assert.strictEqual(claimlens.workspaceInfo('workspaceClaims').message, 'No claims pass the filter.');
    await vscode.commands.executeCommand('claimlens.filterWorkspace', { clear: true });
    assert.strictEqual(claimlens.workspaceInfo('workspaceClaims').description, undefined);
  });

  it('opens a row\'s span in its article', async () => {
    const claimlens = await api();
    const vera = await actorRow('Vera Lindgren');
    const claim = claimlens.workspaceRows('workspaceActors', claimlens.workspaceRows('workspaceActors', vera)[0]).find((r) => r.type === 'claim')!;
    const cmd = claimlens.workspaceItem(claim).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = await waitFor('the article opened', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('corpus/one.txt') && vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.getText(editor.selection), 'the Tidewater Cooperative would close the north jetty');
  });

  it('merges actors across the workspace, rewriting every sidecar, and undoes it', async () => {
    const claimlens = await api();
    const result = await vscode.commands.executeCommand<{ files: number; mentions: number }>('claimlens.mergeWorkspaceActors', { from: 'Lindgren', into: 'Vera Lindgren', confirm: true });
    assert.deepStrictEqual(result, { files: 1, mentions: 1 });
    const merged = await readText(workspaceUri('corpus', 'two.txt.annotations.yaml'));
    assert.match(merged!, /actor: Vera Lindgren/);
    assert.doesNotMatch(merged!, /actor: Lindgren\b/);
    assert.strictEqual(await readText(workspaceUri('corpus', 'one.txt.annotations.yaml')), oneSidecar, 'a file without the actor is left alone');
    const vera = await waitFor('the index follows the rewritten sidecar', () => claimlens.workspaceRows('workspaceActors').find((r) => r.label === 'Vera Lindgren' && r.description === 'person · 2 mentions · 2 articles · 2 claims'));
    assert.ok(vera);
    assert.ok(!claimlens.workspaceRows('workspaceActors').some((r) => r.label === 'Lindgren'));
    const undone = await vscode.commands.executeCommand<{ restored: number; skipped: string[] }>('claimlens.undoWorkspaceMerge');
    assert.deepStrictEqual(undone, { restored: 1, skipped: [] });
    assert.strictEqual(await readText(workspaceUri('corpus', 'two.txt.annotations.yaml')), twoSidecar, 'put back byte for byte');
    await actorRow('Lindgren');
  });

  it('adds a mention to the workspace actors file, whose alias then joins the actor everywhere', async () => {
    const claimlens = await api();
    const lindgren = await actorRow('Lindgren');
    const mention = claimlens.workspaceRows('workspaceActors', claimlens.workspaceRows('workspaceActors', lindgren)[0]).find((r) => r.type === 'mention')!;
    const added = await vscode.commands.executeCommand<{ added: string[] }>('claimlens.addToWorkspaceActors', { row: mention, name: 'Vera Lindgren' });
    assert.deepStrictEqual(added.added, ['Vera Lindgren', 'Lindgren']);
    assert.deepStrictEqual(parseActorsFile((await readText(actorsFile()))!).actors, [{ name: 'Vera Lindgren', type: 'person', aliases: ['Lindgren'] }]);
    await claimlens.actorsLoaded();
    await waitFor('the alias applied in the index', () => claimlens.workspaceRows('workspaceActors').find((r) => r.label === 'Vera Lindgren' && / 2 claims$/.test(r.description ?? '')));
    assert.ok(!claimlens.workspaceRows('workspaceActors').some((r) => r.label === 'Lindgren'));
  });

  it('shows the who-said-what graph in a webview with a strict CSP, which receives the data, selects, opens and exports', async function () {
    this.timeout(90000);
    const claimlens = await api();
    const graph = claimlens.graph();
    await vscode.commands.executeCommand('claimlens.showGraph');
    const html = graph.html!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    assert.match(csp, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)![1];
    assert.ok(html.includes(`<script nonce="${nonce}" src="`), 'the one script carries the nonce');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /; script-src 'nonce-[^']+'$/, 'scripts: only the one with the nonce');
    // the only origin named is the webview's own resource origin (cspSource), for the bundled files
    assert.doesNotMatch(csp.replace(/https:\/\/\*\.vscode-cdn\.net/g, ''), /https?:/);
    assert.doesNotMatch(html, /<script(?![^>]*nonce)/);
    // every time the index changes the graph is sent again: the last one sent is the last one drawn
    const rendered = await waitFor('the webview drew the graph', () => {
      const drawn = graph.received.filter((m) => m.type === 'rendered');
      return graph.posted.length > 0 && drawn.length === graph.posted.length && drawn[drawn.length - 1];
    }, 45000);
    const sent = graph.posted[graph.posted.length - 1];
    assert.ok(sent.edges.length > 0);
    assert.deepStrictEqual(rendered, { type: 'rendered', nodes: sent.nodes.length, edges: sent.edges.length });
    const edge = sent.edges.find((e) => sent.nodes.find((n) => n.id === e.target)?.label === 'Marsh Pilots Guild')!;
    graph.select({ edge: edge.id });
    const selected = await waitFor('the webview listed the edge\'s claims', () => graph.received.find((m) => m.type === 'selected'));
    assert.deepStrictEqual(selected, { type: 'selected', what: 'Vera Lindgren → Marsh Pilots Guild: 1 claim (1 opposes)', claims: 1 });
    const claim = sent.claims[edge.refs[0]];
    await graph.handle({ type: 'open', file: claim.file, id: claim.id });
    const editor = await waitFor('the claim opened', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('corpus/two.txt') && vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.getText(editor.selection), 'the Marsh Pilots Guild had ignored every warning');
    graph.exportTarget = workspaceUri('corpus', 'graph.svg');
    await graph.handle({ type: 'export', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    assert.strictEqual(await readText(workspaceUri('corpus', 'graph.svg')), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });

  it('is shown in the README pictures (the Workspace views and the graph, light and dark)', async function () {
    this.timeout(180000);
    if (!process.env.CLAIMLENS_SCREENSHOTS) return;
    const claimlens = await api();
    // a few dozen more articles for a fuller picture, with their aliases in the workspace's actors file
    const gen = path.join(dir(), 'briefings');
    writeCorpus(gen, 36, 21);
    if (!fs.existsSync(actorsFile().fsPath)) {
      fs.mkdirSync(path.dirname(actorsFile().fsPath), { recursive: true });
      fs.writeFileSync(actorsFile().fsPath, 'actors:\n');
    }
    fs.appendFileSync(actorsFile().fsPath, fs.readFileSync(path.join(gen, '.claimlens', 'actors.yaml'), 'utf8').replace(/^actors:\n/, ''));
    await claimlens.actorsLoaded();
    // files made in new folders: the watcher may not have watched them yet
    await vscode.commands.executeCommand('claimlens.rebuildWorkspaceIndex');
    await waitFor('the briefings indexed', () => claimlens.workspaceIndex().files().filter((f) => f.includes('/briefings/')).length === 36, 30000);
    const graph = claimlens.graph();
    const workbench = vscode.workspace.getConfiguration('workbench');
    // an empty message of our own covers the messages the earlier tests left in the status bar
    const hush = vscode.window.setStatusBarMessage('');
    try {
      for (const [theme, suffix, kind] of [['Default Light Modern', 'light', vscode.ColorThemeKind.Light], ['Default Dark Modern', 'dark', vscode.ColorThemeKind.Dark]] as const) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await waitFor(`the ${theme} theme`, () => vscode.window.activeColorTheme.kind === kind);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        graph.received.length = 0;
        await vscode.commands.executeCommand('vscode.open', workspaceUri('corpus', 'one.txt'));
        await vscode.commands.executeCommand('workbench.view.extension.claimlens');
        const top = claimlens.workspaceRows('workspaceClaims')[0];
        await claimlens.workspaceReveal('workspaceClaims', top);
        await claimlens.workspaceReveal('workspaceActors', claimlens.workspaceRows('workspaceActors')[0]);
        await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
        await screenshot(`workspace-views-${suffix}`, '.pane-header[aria-label*="Workspace Actors"]');
        await vscode.commands.executeCommand('workbench.action.closeSidebar');
        await vscode.commands.executeCommand('claimlens.showGraph');
        await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
        await waitFor('the graph drawn', () => graph.received.find((m) => m.type === 'rendered'), 45000);
        const sent = graph.posted[graph.posted.length - 1];
        graph.select({ node: sent.nodes[0].id });
        await waitFor('a node selected', () => graph.received.find((m) => m.type === 'selected'));
        await screenshot(`workspace-graph-${suffix}`, 'iframe.webview.ready');
        await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup').then(undefined, () => undefined);
        await vscode.commands.executeCommand('workbench.view.extension.claimlens');
      }
    } finally {
      hush.dispose();
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(gen, { recursive: true, force: true });
    }
    await waitFor('the deleted folder\'s articles gone from the index', () => !claimlens.workspaceIndex().files().some((f) => f.includes('/briefings/')), 30000);
  });
});

describe('The sidecar worker', () => {
  it('reads an opening article\'s sidecar before the index\'s waiting ones, and drops those no longer wanted', async () => {
    const ext = vscode.extensions.getExtension('claimlens.claimlens')!;
    const worker = new SidecarWorker(ext.extensionPath);
    try {
      const text = 'Mira Osei said the bridge would reopen on Monday.\n'.repeat(2000);
      const placed: Placed[] = [];
      for (let i = 0; i < 2000; i++) placed.push({ data: { id: `q-${i}`, tag: 'actor', start: 0, end: 0, quote: '' }, start: i * 50, end: i * 50 + 9, orphaned: false });
      const sidecar = serializeSidecar(toSidecar('q.txt', text, placed));
      const order: string[] = [];
      const first = worker.record('first', sidecar).then((r) => order.push(`first ${r && 'record' in r ? r.record.mentions.length : 'none'}`));
      const dropped = worker.record('dropped', sidecar, () => false).then((r) => order.push(`dropped ${r ? 'read' : 'none'}`));
      const load = worker.load(sidecar, text).then((l) => order.push(`load ${l?.placed?.filter((p) => !p.orphaned).length}`));
      await Promise.all([first, dropped, load]);
      assert.deepStrictEqual(order, ['first 2000', 'load 2000', 'dropped none']);
    } finally {
      worker.dispose();
    }
  });
});
