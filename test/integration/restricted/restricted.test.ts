// Restricted Mode (the workspace is not trusted): Claimlens highlights and shows what the
// sidecars hold, and writes nothing into the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, open, readText, waitFor, workspaceUri } from '../helpers';

describe('Restricted Mode', () => {
  it('highlights and lists annotations, but accepting, tagging and exporting write nothing', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'this run opens the workspace untrusted');
    const claimlens = await api();
    const sidecar = workspaceUri('ferry.txt.annotations.yaml');
    const before = await readText(sidecar);
    assert.ok(before, 'the fixture has a sidecar');
    const editor = await open('ferry.txt');
    // reading: the stored annotations are placed and listed, detection is shown
    const stored = claimlens.annotations(editor.document);
    assert.ok(stored.length > 0 && stored.every((a) => !a.orphaned));
    assert.ok(claimlens.viewRows('annotations').length > 0, 'the Annotations view lists them');
    const rendered = await waitFor('decorations', () => {
      const r = claimlens.decorations(editor);
      return r && r.actor.length + r.actorSuggestion.length + r.claimSuggestion.length > 0 ? r : undefined;
    });
    assert.ok(rendered);
    const detection = await claimlens.detection(editor.document);
    assert.ok(detection && detection.actors.length > 0, 'detected actors are suggested');

    // writing: refused, nothing changes
    const suggestion = detection.actors[0];
    const accepted = await vscode.commands.executeCommand('claimlens.acceptSuggestion', { offset: suggestion.start });
    assert.strictEqual(accepted, undefined);
    editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(5));
    const tagged = await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'event' });
    assert.strictEqual(tagged, undefined);
    const out = workspaceUri('restricted-export.jsonl');
    await vscode.commands.executeCommand('claimlens.exportSpans', { out: out.fsPath });
    assert.strictEqual(await readText(out), undefined, 'no export was written');
    assert.strictEqual(claimlens.annotations(editor.document).length, stored.length);
    await claimlens.flush();
    assert.strictEqual(await readText(sidecar), before, 'the sidecar is untouched');
  });
});
