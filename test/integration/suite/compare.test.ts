// Two analysts, one article: another set's annotations beside mine (agreeing, theirs only, yours
// only, conflicting), hovers and quick fixes that change my sidecar, navigation between
// differences; merge conflicts in the Problems panel and their resolution.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { sidecarFor } from '../../shared/sidecars';
import { api, open, readText, texts, waitFor, workspaceUri } from '../helpers';

const TEXT = 'Ferry news\n\nCaptain Ida Brenner said the crossing would resume at dawn. The operator Westline said tickets stay valid. '
  + 'Harbour master Lea Voss declined to comment.\n';
const CLAIM = 'the crossing would resume at dawn';
const mine = [
  { id: 'a-ida001', tag: 'actor', quote: 'Ida Brenner', attributes: { type: 'person', actor: 'Ida Brenner' } },
  { id: 'c-dawn01', tag: 'claim', quote: CLAIM, attributes: { kind: 'indirect', cue: 'said' }, links: { speaker: 'a-ida001' } },
  { id: 'a-west01', tag: 'actor', quote: 'Westline', attributes: { type: 'organization', actor: 'Westline' } },
];
const theirs = [
  { id: 'a-ida777', tag: 'actor', quote: 'Ida Brenner', attributes: { type: 'person', actor: 'Ida Brenner' } },
  { id: 'c-dawn77', tag: 'claim', quote: CLAIM, attributes: { kind: 'direct', cue: 'said' }, links: { speaker: 'a-ida777' } },
  { id: 'a-lea777', tag: 'actor', quote: 'Lea Voss', attributes: { type: 'person', actor: 'Lea Voss' } },
];

type Compared = NonNullable<ReturnType<Awaited<ReturnType<typeof api>>['compared']>>;
const shown = (doc: vscode.TextDocument, c: Compared | undefined): Record<string, string[]> =>
  Object.fromEntries((['agree', 'theirs', 'yours', 'conflict'] as const).map((k) => [k, texts(doc, c?.[k])]));

async function quickFix(doc: vscode.TextDocument, needle: string, title: RegExp): Promise<void> {
  const at = doc.getText().indexOf(needle);
  const range = new vscode.Range(doc.positionAt(at + 1), doc.positionAt(at + 1));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.command, `a quick fix ${title} on "${needle}" among ${actions.map((a) => a.title).join(' | ')}`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const fileAnnotations = async (uri: vscode.Uri): Promise<Array<{ id: string; quote: string; attributes?: Record<string, unknown>; note?: string; conflict?: unknown }>> =>
  (parse((await readText(uri))!) as { annotations: Array<{ id: string; quote: string }> }).annotations;

describe('Compare with another analyst', () => {
  let name: string;
  let theirFolder: string;
  beforeEach(async () => {
    const id = Date.now().toString(36);
    name = `compare-${id}.txt`;
    theirFolder = `analyst-b-${id}`;
    fs.writeFileSync(workspaceUri(name).fsPath, TEXT);
    fs.writeFileSync(workspaceUri(`${name}.annotations.yaml`).fsPath, sidecarFor(name, TEXT, mine));
    fs.mkdirSync(workspaceUri(theirFolder).fsPath);
    fs.writeFileSync(workspaceUri(theirFolder, `${name}.annotations.yaml`).fsPath, sidecarFor(name, TEXT, theirs));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('claimlens.stopComparing');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows each kind of difference on its span, moves between them, and a take-theirs quick fix changes my sidecar', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.compareAnnotations', { folder: workspaceUri(theirFolder).fsPath }), true);
    const first = await waitFor('the comparison', () => {
      const c = claimlens.compared(editor);
      return c && c.theirs.length ? c : undefined;
    });
    assert.deepStrictEqual(shown(doc, first), { agree: ['Ida Brenner'], theirs: ['Lea Voss'], yours: ['Westline'], conflict: [CLAIM] });
    assert.match(claimlens.compareStatusText(), /^\$\(git-compare\) α_U 0\.\d\d · F1 0\.\d\d · 3 differences$/);

    // Ctrl+Alt+] / Ctrl+Alt+[ : every difference in document order, wrapping around
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      await vscode.commands.executeCommand('claimlens.nextDifference');
      visited.push(doc.getText(editor.selection));
    }
    assert.deepStrictEqual(visited, [CLAIM, 'Westline', 'Lea Voss', CLAIM]);
    await vscode.commands.executeCommand('claimlens.previousDifference');
    assert.strictEqual(doc.getText(editor.selection), 'Lea Voss');

    // the hover says what differs and offers the choices
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(TEXT.indexOf(CLAIM) + 2));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(hover, /\*\*Conflict\*\*/);
    assert.match(hover, /Differs in: attributes\\\.kind/);
    assert.match(hover, /command:claimlens\.takeBoth/);

    // Ctrl+. on their actor: take theirs adds it to my sidecar
    const sidecar = workspaceUri(`${name}.annotations.yaml`);
    await quickFix(doc, 'Lea Voss', /^Take theirs: add their actor/);
    await claimlens.flush();
    await waitFor('Lea Voss in my sidecar', async () => (await fileAnnotations(sidecar)).some((a) => a.quote === 'Lea Voss'));
    await waitFor('Lea Voss agreed', () => claimlens.compared(editor)?.agree.some((r) => doc.getText(r) === 'Lea Voss'));
    assert.strictEqual(claimlens.history(doc).undo, 1, 'undoable like any annotation change');

    // the conflicting claim: take theirs sets their kind on mine
    await quickFix(doc, CLAIM, /^Take theirs: attributes\.kind/);
    await claimlens.flush();
    await waitFor('the claim agreed', () => claimlens.compared(editor)?.conflict.length === 0);
    const claim = (await fileAnnotations(sidecar)).find((a) => a.id === 'c-dawn01')!;
    assert.strictEqual(claim.attributes?.kind, 'direct');

    // keep yours: Westline stays mine and is no longer shown as a difference
    editor.selection = new vscode.Selection(doc.positionAt(TEXT.indexOf('Westline') + 2), doc.positionAt(TEXT.indexOf('Westline') + 2));
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.keepYours'), 'kept yours');
    const last = await waitFor('nothing left to decide', () => (claimlens.compared(editor)?.yours.length === 0 ? claimlens.compared(editor) : undefined));
    assert.deepStrictEqual(shown(doc, last), { agree: ['Ida Brenner', CLAIM, 'Lea Voss'], theirs: [], yours: [], conflict: [] });
    assert.match(claimlens.compareStatusText(), /0 differences/);
    assert.ok((await fileAnnotations(sidecar)).some((a) => a.quote === 'Westline'));

    await vscode.commands.executeCommand('claimlens.stopComparing');
    assert.deepStrictEqual(shown(doc, claimlens.compared(editor)), { agree: [], theirs: [], yours: [], conflict: [] });
    assert.strictEqual(claimlens.compareStatusText(), '');
  });

  it('compares with a git branch of the workspace repository', async function () {
    const git = (cwd: string, ...args: string[]): void => {
      const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.invalid' } });
      assert.strictEqual(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
    };
    const repo = workspaceUri(`repo-${theirFolder}`).fsPath;
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(repo, name), TEXT);
    fs.writeFileSync(path.join(repo, `${name}.annotations.yaml`), sidecarFor(name, TEXT, theirs));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'ben');
    git(repo, 'branch', 'ben');
    fs.writeFileSync(path.join(repo, `${name}.annotations.yaml`), sidecarFor(name, TEXT, mine));
    const claimlens = await api();
    const editor = await open(`repo-${theirFolder}/${name}`);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.compareAnnotations', { revision: 'ben' }), true);
    const c = await waitFor('the comparison with ben', () => {
      const x = claimlens.compared(editor);
      return x && x.theirs.length ? x : undefined;
    });
    assert.deepStrictEqual(shown(editor.document, c), { agree: ['Ida Brenner'], theirs: ['Lea Voss'], yours: ['Westline'], conflict: [CLAIM] });
  });

  it('lists a merge conflict in the Problems panel on its line and resolves it by taking theirs', async () => {
    const claimlens = await api();
    const file = `conflicted-${theirFolder}.txt`;
    fs.writeFileSync(workspaceUri(file).fsPath, TEXT);
    const text = sidecarFor(file, TEXT, [{ ...mine[2], note: 'ours', conflict: { field: 'note', ours: 'ours', theirs: 'theirs' } }]);
    const sidecar = workspaceUri(`${file}.annotations.yaml`);
    fs.writeFileSync(sidecar.fsPath, text);
    const line = text.split('\n').findIndex((l) => l.includes('conflict:'));
    await waitFor('the conflict found', async () => (await claimlens.mergeConflicts(sidecar)).length === 1);
    const diagnostics = await waitFor('a diagnostic', () => vscode.languages.getDiagnostics(sidecar).filter((d) => d.code === 'conflict').length ? vscode.languages.getDiagnostics(sidecar) : undefined);
    assert.strictEqual(diagnostics[0].range.start.line, line);
    assert.match(diagnostics[0].message, /conflict on a-west01: note is "ours" in ours, "theirs" in theirs/);
    await vscode.commands.executeCommand('claimlens.resolveConflict', { uri: sidecar.toString(), id: 'a-west01', field: 'note', take: 'theirs' });
    const [a] = await fileAnnotations(sidecar);
    assert.strictEqual(a.note, 'theirs');
    assert.strictEqual(a.conflict, undefined);
    await waitFor('the diagnostic gone', () => vscode.languages.getDiagnostics(sidecar).every((d) => d.code !== 'conflict'));
  });
});
