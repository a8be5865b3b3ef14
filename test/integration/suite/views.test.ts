import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Row } from '../../../src/extension/views/rows';
import { api, open, readText, waitFor, workspaceUri } from '../helpers';

const leaves = (rows: readonly Row[]): Row[] => rows.flatMap((r) => (r.children ? leaves(r.children) : [r]));
const shape = (rows: readonly Row[]): unknown[][] => rows.map((r) => [r.label, r.description, (r.children ?? []).map((c) => `${c.type} ${c.label}`)]);
const DIRECT = 'The damaged crane has been removed and the channel is clear';
const INDIRECT = 'the harbour would reopen within two weeks';

describe('The Claimlens views', () => {
  let name: string;
  beforeEach(async () => {
    name = `views-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri(name));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('claimlens.filterViews', { show: 'all' });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('list open suggestions with a legend, and accept, reject and restore them inline', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
    const actors = await waitFor('suggestions in the Actors view', () => (claimlens.viewRows('actors').length ? claimlens.viewRows('actors') : undefined));
    assert.deepStrictEqual(shape(actors), [
      ['Baltic Port Authority', 'organization · 3 suggested', ['suggestion Baltic Port Authority', 'suggestion BPA', 'suggestion BPA']],
      ['Anna Lindqvist', 'person · 2 suggested', ['suggestion Anna Lindqvist', 'suggestion Lindqvist']],
    ]);
    assert.deepStrictEqual(shape(claimlens.viewRows('claims')), [['Anna Lindqvist', '2 suggested', [`suggestion ${INDIRECT}`, `suggestion ${DIRECT}`]]]);
    assert.deepStrictEqual(shape(claimlens.viewRows('annotations')).map((g) => g.slice(0, 2)), [['actor', '5 suggested'], ['claim', '2 suggested']]);
    // the legend over each view; no filter in the title
    for (const view of ['actors', 'claims', 'annotations'] as const) {
      const info = await waitFor(`the ${view} legend`, () => (claimlens.viewInfo(view).message ? claimlens.viewInfo(view) : undefined));
      assert.match(info.message!, /^Solid: confirmed · /);
      assert.strictEqual(info.description, undefined);
    }
    assert.match(claimlens.viewInfo('annotations').message!, /dotted: suggested actor · dashed: suggested claim/);
    assert.match(claimlens.viewInfo('actors').message!, /dotted: suggested/);
    assert.match(claimlens.viewInfo('claims').message!, /dashed: suggested · framed: speaker and cue/);

    // a suggestion row: its icon, a click selects its span, the inline actions match its context value
    const direct = leaves(claimlens.viewRows('claims')).find((r) => r.label === DIRECT)!;
    assert.deepStrictEqual([direct.type, direct.kind, doc.getText().slice(direct.start, direct.end), direct.uri], ['suggestion', 'claim', DIRECT, doc.uri.toString()]);
    const item = claimlens.viewItem(direct);
    assert.strictEqual(item.contextValue, 'claimlens.suggestion');
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'lightbulb');
    assert.strictEqual((claimlens.viewItem(actors[0].children![0]).iconPath as vscode.ThemeIcon).id, 'person-add');
    assert.strictEqual(item.command?.command, 'claimlens.revealSuggestion');
    assert.strictEqual(await vscode.commands.executeCommand(item.command.command, ...item.command.arguments!), DIRECT);
    assert.strictEqual(doc.getText(editor.selection), DIRECT, 'a click selects the row\'s span');

    // inline accept (the menu passes the row), from another editor: the row's article is used
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('ferry.txt')));
    const claimId = await vscode.commands.executeCommand<string>('claimlens.acceptSuggestion', direct);
    assert.ok(claimId, 'accepted');
    await waitFor('the article to be active again', () => vscode.window.activeTextEditor?.document === doc);
    const confirmed = leaves(claimlens.viewRows('claims')).find((r) => r.label === DIRECT)!;
    assert.deepStrictEqual([confirmed.type, confirmed.id], ['annotation', claimId]);
    assert.strictEqual(claimlens.viewItem(confirmed).contextValue, 'claimlens.annotation');
    const byName = (label: string): Row => claimlens.viewRows('actors').find((r) => r.label === label)!;
    assert.deepStrictEqual(shape([byName('Anna Lindqvist')])[0], ['Anna Lindqvist', 'person · 1 mention · 1 suggested', ['suggestion Anna Lindqvist', 'annotation Lindqvist']], 'the speaker came along');
    await claimlens.flush();
    const stored = parse((await readText(workspaceUri(`${name}.annotations.yaml`)))!).annotations;
    assert.deepStrictEqual(stored.find((a: { id: string }) => a.id === claimId)?.quote, DIRECT);
    assert.deepStrictEqual(stored.find((a: { id: string }) => a.id === claimId)?.status, 'confirmed');

    // inline reject: the row moves to Rejected, the cursor stays where it was
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const bpa = byName('Baltic Port Authority').children![1];
    assert.strictEqual(bpa.label, 'BPA');
    const rejectedId = await vscode.commands.executeCommand<string>('claimlens.rejectSuggestion', bpa);
    assert.ok(rejectedId, 'rejected');
    assert.ok(editor.selection.isEmpty && editor.selection.active.line === 0, 'a row\'s rejection does not move the cursor');
    assert.deepStrictEqual(shape([byName('Baltic Port Authority')])[0], ['Baltic Port Authority', 'organization · 2 suggested', ['suggestion Baltic Port Authority', 'suggestion BPA']]);
    const group = claimlens.viewRows('annotations').find((g) => g.label === 'Rejected')!;
    assert.deepStrictEqual(shape([group]), [['Rejected', '1', ['rejected BPA']]]);
    const rejected = group.children![0];
    assert.deepStrictEqual([rejected.id, rejected.description, claimlens.viewItem(rejected).contextValue], [rejectedId, 'actor · line 3', 'claimlens.rejected']);
    await claimlens.flush();
    assert.ok(parse((await readText(workspaceUri(`${name}.annotations.yaml`)))!).annotations.some((a: { id: string; status: string }) => a.id === rejectedId && a.status === 'rejected'));

    // inline restore: suggested again, and no longer in the sidecar
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.restoreSuggestion', rejected), rejectedId);
    assert.ok(!claimlens.viewRows('annotations').some((g) => g.label === 'Rejected'));
    const again = byName('Baltic Port Authority').children!.find((r) => r.start === bpa.start)!;
    assert.deepStrictEqual([again.type, again.label], ['suggestion', 'BPA']);
    await claimlens.flush();
    assert.ok(!parse((await readText(workspaceUri(`${name}.annotations.yaml`)))!).annotations.some((a: { id: string }) => a.id === rejectedId));

    // Remove Annotation by id works on a rejected annotation too, and on a confirmed row inline
    const second = await vscode.commands.executeCommand<string>('claimlens.rejectSuggestion', again);
    const row = leaves(claimlens.viewRows('annotations')).find((r) => r.id === second)!;
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.removeAnnotation', row), second);
    assert.ok(!claimlens.annotations(doc).some((a) => a.id === second));
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.removeAnnotation', confirmed), claimId);
    assert.strictEqual(leaves(claimlens.viewRows('claims')).find((r) => r.label === DIRECT)?.type, 'suggestion', 'a removed claim is suggested again');
  });

  it('a row made before typing still clicks, accepts and rejects its own suggestion', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
    const rows = await waitFor('suggestions in the views', () => (claimlens.viewRows('claims').length && claimlens.viewRows('actors').length
      ? { claims: leaves(claimlens.viewRows('claims')), actors: leaves(claimlens.viewRows('actors')) } : undefined));
    const direct = rows.claims.find((r) => r.label === DIRECT)!;
    const indirect = rows.claims.find((r) => r.label === INDIRECT)!;
    const bpa = rows.actors.filter((r) => r.label === 'BPA')[1];
    const surname = rows.actors.find((r) => r.label === 'Lindqvist')!;
    const click = direct && claimlens.viewItem(direct).command!;
    assert.ok(click && indirect && bpa && surname, 'the rows to test');
    // typing above the rows, and then inside the indirect claim, before detection or the views catch up
    const typed = 'Update: ';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), typed)));
    const inside = doc.getText().indexOf('within two weeks');
    assert.ok(await editor.edit((b) => b.insert(doc.positionAt(inside), 'roughly ')));
    assert.ok(direct.version !== undefined && direct.version < doc.version, 'the rows are of the text before the typing');

    assert.strictEqual(await vscode.commands.executeCommand(click.command, ...click.arguments!), DIRECT);
    assert.strictEqual(doc.getText(editor.selection), DIRECT, 'the click selects the claim where it is now');
    assert.strictEqual(doc.offsetAt(editor.selection.start), direct.start! + typed.length + 'roughly '.length);

    // inline accept of the stale actor row: the mention it named, not what now stands at its offsets
    const actorId = await vscode.commands.executeCommand<string>('claimlens.acceptSuggestion', bpa);
    const accepted = claimlens.annotations(doc).find((a) => a.id === actorId)?.range;
    assert.deepStrictEqual([accepted && doc.getText(accepted), accepted && doc.offsetAt(accepted.start)], ['BPA', doc.getText().lastIndexOf('BPA')]);
    // a word typed inside a claim: the claim that holds the moved span
    const claimId = await vscode.commands.executeCommand<string>('claimlens.rejectSuggestion', indirect);
    const rejected = claimlens.annotations(doc).find((a) => a.id === claimId)?.range;
    assert.strictEqual(rejected && doc.getText(rejected), 'the harbour would reopen roughly within two weeks');

    // a row whose text is gone names nothing: nothing is selected or decided
    const at = doc.getText().indexOf('Lindqvist told');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 'Lindqvist'.length)), 'She')));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const gone = claimlens.viewItem(surname).command!;
    assert.strictEqual(await vscode.commands.executeCommand(gone.command, ...gone.arguments!), undefined);
    assert.ok(editor.selection.isEmpty && editor.selection.active.line === 0, 'the selection stays');
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.acceptSuggestion', surname), undefined);
    assert.deepStrictEqual(claimlens.annotations(doc).map((a) => a.id).sort(), [actorId, claimId].sort());
  });

  it('filter: suggested only, confirmed only or all, shown in the title; an empty view shows its welcome text', async () => {
    const claimlens = await api();
    const editor = await open(name);
    await waitFor('suggestions', () => claimlens.viewRows('annotations').length);
    editor.selection = new vscode.Selection(editor.document.positionAt(editor.document.getText().indexOf('Anna')), editor.document.positionAt(editor.document.getText().indexOf('Anna')));
    await vscode.commands.executeCommand('claimlens.acceptSuggestion');
    const types = (): string[] => [...new Set(leaves(claimlens.viewRows('actors')).map((r) => r.type))].sort();
    assert.deepStrictEqual(types(), ['annotation', 'suggestion']);

    assert.strictEqual(await vscode.commands.executeCommand('claimlens.filterViews', { show: 'suggested' }), 'suggested');
    assert.deepStrictEqual(types(), ['suggestion']);
    assert.strictEqual(claimlens.viewInfo('actors').description, 'suggested only');
    assert.strictEqual(claimlens.viewInfo('claims').filter, 'suggested');

    await vscode.commands.executeCommand('claimlens.filterViews', { show: 'confirmed' });
    assert.deepStrictEqual(types(), ['annotation']);
    assert.deepStrictEqual(shape(claimlens.viewRows('actors')), [['Anna Lindqvist', 'person · 1 mention', ['annotation Anna Lindqvist']]]);
    assert.strictEqual(claimlens.viewInfo('annotations').description, 'confirmed only');
    // no confirmed claims: an empty view, without the legend (which would hide the welcome text)
    assert.deepStrictEqual(claimlens.viewRows('claims'), []);
    assert.strictEqual(claimlens.viewInfo('claims').message, undefined);
    assert.ok(claimlens.viewInfo('actors').message);

    // the view-title action asks: Suggested is the first choice
    let done = false;
    void vscode.commands.executeCommand('claimlens.filterViews').then(() => { done = true; });
    await waitFor('the filter picked', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    });
    assert.strictEqual(claimlens.viewInfo('actors').filter, 'suggested');
    await vscode.commands.executeCommand('claimlens.filterViews', { show: 'all' });
    assert.strictEqual(claimlens.viewInfo('actors').description, undefined);
    assert.deepStrictEqual(types(), ['annotation', 'suggestion']);
  });
});
