import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, open, readText, select, texts, waitFor, workspaceUri } from '../helpers';

const readFileText = (uri: vscode.Uri): string => fs.readFileSync(uri.fsPath, 'utf8');

/** Runs a command that shows a quick pick, and accepts its first item as Enter would. */
async function withFirstPick<T>(command: string, ...args: unknown[]): Promise<T> {
  let result: T | undefined;
  let done = false;
  void vscode.commands.executeCommand<T>(command, ...args).then((r) => { result = r; done = true; });
  await waitFor(`${command} to finish`, async () => {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return done;
  });
  return result as T;
}

describe('Keyboard-only flow', () => {
  it('open -> next suggestion -> accept / reject -> tag by digit -> set speaker -> export', async () => {
    const claimlens = await api();
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri('keys.txt'), { overwrite: true });
    const editor = await open('keys.txt');
    const doc = editor.document;
    const selected = (): string => doc.getText(editor.selection);
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    // backwards from the start wraps to the last suggestion
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.previousSuggestion'), 'BPA');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    // the first suggestion, accepted
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.nextSuggestion'), 'Anna Lindqvist');
    assert.strictEqual(selected(), 'Anna Lindqvist');
    await vscode.commands.executeCommand('claimlens.acceptSuggestion');
    // accepting moves on to the next one, which is rejected: the cursor moves on to the one after it
    assert.strictEqual(selected(), 'Baltic Port Authority');
    await vscode.commands.executeCommand('claimlens.rejectSuggestion');
    assert.strictEqual(selected(), 'BPA');
    // a selection tagged by its digit (3 = event)
    select(editor, 'Monday');
    await vscode.commands.executeCommand('claimlens.tagSelection', { key: '3' });
    // the direct claim, accepted: its speaker (Lindqvist) is linked and confirmed with it
    while (selected() !== 'The damaged crane has been removed and the channel is clear') {
      await vscode.commands.executeCommand('claimlens.nextSuggestion');
    }
    const claimId = await vscode.commands.executeCommand<string>('claimlens.acceptSuggestion');
    const byId = () => new Map(claimlens.annotations(doc).map((a) => [a.id, a]));
    const autoSpeaker = byId().get(byId().get(claimId)!.links!.speaker)!;
    assert.strictEqual(doc.getText(autoSpeaker.range), 'Lindqvist');
    await claimlens.flush();
    const stored = (id: string): { origin: string } => parse((readFileText(workspaceUri('keys.txt.annotations.yaml'))))
      .annotations.find((a: { id: string }) => a.id === id);
    assert.strictEqual(stored(autoSpeaker.id).origin, 'detected', 'a speaker mention confirmed with its claim was detected, not tagged');
    // the picker lists suggested actors too, the nearest before the claim first: BPA
    const anna = claimlens.annotations(doc).find((a) => doc.getText(a.range) === 'Anna Lindqvist')!;
    editor.selection = new vscode.Selection(byId().get(claimId)!.range!.start, byId().get(claimId)!.range!.start);
    const picked = await withFirstPick<string>('claimlens.setSpeaker');
    assert.strictEqual(doc.getText(byId().get(picked)!.range), 'BPA', 'the suggested actor is accepted as the speaker');
    assert.strictEqual(byId().get(claimId)!.links!.speaker, picked);
    assert.ok(!byId().has(autoSpeaker.id), 'the mention only the old link had brought along is gone');
    await vscode.commands.executeCommand('claimlens.setSpeaker', { actorId: anna.id });
    assert.strictEqual(byId().get(claimId)!.links!.speaker, anna.id);
    assert.ok(byId().has(picked), 'a speaker picked on its own stays an actor');

    // a view row or a hover link reveals an annotation by id
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.revealAnnotation', { id: claimId, uri: doc.uri.toString() }), true);
    assert.strictEqual(selected(), 'The damaged crane has been removed and the channel is clear');
    // moving between annotations: from the start, forward, and backwards with wrap-around
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.nextAnnotation'), 'Anna Lindqvist');
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.nextAnnotation'), 'BPA');
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.nextAnnotation'), 'Monday');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.previousAnnotation'), 'The damaged crane has been removed and the channel is clear');

    // what the editor shows
    const d = await waitFor('decorations', () => {
      const r = claimlens.decorations(editor);
      return r && r.claim.length === 1 ? r : undefined;
    });
    assert.deepStrictEqual(texts(doc, d.actor), ['Anna Lindqvist', 'BPA']);
    assert.deepStrictEqual(texts(doc, d.tag), ['Monday']);
    assert.ok(!texts(doc, d.actorSuggestion).includes('Baltic Port Authority'), 'a rejected suggestion is not offered again');

    // the sidecar records the rejection; the export has the confirmed spans
    await claimlens.flush();
    const file = parse((await readText(workspaceUri('keys.txt.annotations.yaml')))!);
    const rejected = file.annotations.find((a: { quote: string }) => a.quote === 'Baltic Port Authority');
    assert.deepStrictEqual([rejected.status, rejected.origin], ['rejected', 'detected']);
    const out = workspaceUri('keys.jsonl');
    await vscode.commands.executeCommand('claimlens.exportSpans', { out });
    const lines = (await readText(out))!.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => [l.tag, l.text]), [
      ['actor', 'Anna Lindqvist'], ['actor', 'BPA'], ['event', 'Monday'],
      ['claim', 'The damaged crane has been removed and the channel is clear'],
    ]);
    assert.strictEqual(lines[3].speaker, 'Anna Lindqvist');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers accept and reject as quick fixes, and accepts all mentions of one actor', async () => {
    const claimlens = await api();
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri('fixes.txt'), { overwrite: true });
    const editor = await open('fixes.txt');
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('BPA'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at));
    const ours = actions.filter((a) => a.title.startsWith('Claimlens:')).map((a) => a.title);
    assert.deepStrictEqual(ours, ['Claimlens: accept actor "BPA"', 'Claimlens: reject actor "BPA"']);
    const n = await vscode.commands.executeCommand<number>('claimlens.acceptAllSuggestions', { actor: 'Baltic Port Authority' });
    assert.strictEqual(n, 3);
    assert.deepStrictEqual(claimlens.annotations(doc).map((a) => doc.getText(a.range)), ['Baltic Port Authority', 'BPA', 'BPA']);
    assert.ok(claimlens.annotations(doc).every((a) => a.attributes?.actor === 'Baltic Port Authority'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
