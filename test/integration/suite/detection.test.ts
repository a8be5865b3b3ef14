import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, open, texts, waitFor, workspaceUri } from '../helpers';

describe('Detection in the extension host', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in a worker thread and follows edits', async () => {
    const claimlens = await api();
    assert.strictEqual(claimlens.detectionInWorker(), true);
    const editor = await open('watch.txt');
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Mayor Ines Kolar said the port was closed. '));
    const d = await claimlens.detection(editor.document);
    assert.ok(d!.actors.some((a) => a.text === 'Ines Kolar' && a.type === 'person'));
    const shown = await waitFor('the new name highlighted', () => texts(editor.document, claimlens.decorations(editor)?.actorSuggestion).includes('Ines Kolar'));
    assert.ok(shown);
  });

  it('uses the analyst\'s .claimlens/actors.yaml, which wins over detection, and reports its problems', async () => {
    const claimlens = await api();
    const file = workspaceUri('.claimlens', 'actors.yaml');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode([
      'actors:',
      '  - name: Silent Harbor',
      '    type: group',
      '    aliases: [SH-7, Silent Harbour]',
      '  - name: Harbour Watch',
      '    type: organization',
      '  - name: Broken Entry',
      '    type: dragon',
    ].join('\n') + '\n'));
    await claimlens.actorsLoaded();
    const editor = await open('watch.txt');
    const d = (await claimlens.detection(editor.document))!;
    const pick = (t: string) => d.actors.find((a) => a.text === t);
    assert.deepStrictEqual([pick('SH-7')?.type, pick('SH-7')?.actor], ['group', 'Silent Harbor']);
    assert.deepStrictEqual([pick('Silent Harbour')?.type, pick('Silent Harbour')?.actor], ['group', 'Silent Harbor']);
    assert.strictEqual(pick('Harbour Watch')?.type, 'organization');
    const diags = await waitFor('a diagnostic on the actors file', () => {
      const x = vscode.languages.getDiagnostics(file);
      return x.length ? x : undefined;
    });
    assert.match(diags[0].message, /actor 3 \(Broken Entry\): "type" must be one of person/);
    assert.strictEqual(diags[0].range.start.line, 7);
    await vscode.workspace.fs.delete(file);
    await claimlens.actorsLoaded();
  });
});
