// The README's pictures, taken on a sample article in the real workbench (code-server runs only):
// the article with highlights and the Claimlens views, a claim's hover, the export picker, each in
// a light and a dark theme. Earlier tests' status bar messages are hidden first.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, open, screenshot, select, texts, waitFor } from '../helpers';

describe('README pictures', () => {
  it('shows a sample article with highlights, the views, a claim\'s hover and the export picker', async () => {
    const claimlens = await api();
    let editor = await open('samples/drone-talks.txt');
    select(editor, 'Maria Ostrowska');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'actor' });
    const claim = select(editor, 'the mission had recorded forty-two drone strikes in the border district over the past week');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'claim' });
    const d = await waitFor('decorations', () => ((claimlens.decorations(editor)?.claim.length ?? 0) >= 1 ? claimlens.decorations(editor) : undefined));
    assert.deepStrictEqual(texts(editor.document, d.actor), ['Maria Ostrowska'], 'the speaker linked to the claim is confirmed too');
    assert.ok(d.claimSuggestion.length >= 3, 'other claims stay suggestions');
    await vscode.commands.executeCommand('workbench.view.extension.claimlens');
    await waitFor('the Claims view rows', () => claimlens.viewRows('claims').length > 0);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    // an empty message of our own covers the messages the earlier tests left in the status bar
    const hush = vscode.window.setStatusBarMessage('');
    const workbench = vscode.workspace.getConfiguration('workbench');
    try {
      for (const [theme, suffix, kind] of [['Default Light Modern', 'light', vscode.ColorThemeKind.Light], ['Default Dark Modern', 'dark', vscode.ColorThemeKind.Dark]] as const) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        await waitFor(`the ${theme} theme`, () => vscode.window.activeColorTheme.kind === kind);
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        await screenshot(`sample-${suffix}`);

        const picking = vscode.commands.executeCommand('claimlens.exportSpans');
        await screenshot(`export-picker-${suffix}`, '.quick-input-widget .quick-input-list .monaco-list-row');
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await picking;

        editor = await vscode.window.showTextDocument(editor.document);
        editor.selection = new vscode.Selection(claim.start.translate(0, 4), claim.start.translate(0, 4));
        await vscode.commands.executeCommand('editor.action.showHover');
        await screenshot(`claim-hover-${suffix}`, '.monaco-hover:not(.hidden) .hover-contents');
        // nothing closes a hover but the keyboard or its editor: reopen the article
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(editor.document.uri));
      }
    } finally {
      hush.dispose();
      await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
