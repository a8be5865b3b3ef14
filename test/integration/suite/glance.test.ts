// Reading a dense article at a glance: layers and suggestions toggled, hovers on nested spans
// that name their claim, a rejected suggestion's hover with Restore, and hand-tagged actors typed.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, open, select, texts, waitFor, workspaceUri, hoverText } from '../helpers';


describe('At a glance', () => {
  let name: string;
  beforeEach(async () => {
    name = `glance-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('samples', 'drone-talks.txt'), workspaceUri(name));
  });
  afterEach(async () => {
    const c = vscode.workspace.getConfiguration('claimlens');
    await c.update('decorations.show', undefined, vscode.ConfigurationTarget.Global);
    await c.update('detection.enabled', undefined, vscode.ConfigurationTarget.Global);
    await c.update('detection.classes', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows actors only, claims only or both, and hides suggestions, from commands and the status bar', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const full = await waitFor('suggestions', () => {
      const d = claimlens.decorations(editor);
      return d && d.actorSuggestion.length && d.claimSuggestion.length ? d : undefined;
    });
    assert.match(claimlens.displayText(), /Actors \+ claims/);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.toggleLayers'), 'actors');
    const actors = await waitFor('actors only', () => (claimlens.decorations(editor)?.claimSuggestion.length === 0 ? claimlens.decorations(editor) : undefined));
    assert.strictEqual(actors.actorSuggestion.length, full.actorSuggestion.length);
    assert.match(claimlens.displayText(), /^\$\(eye\) Actors$/);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.toggleLayers'), 'claims');
    const claims = await waitFor('claims only', () => (claimlens.decorations(editor)?.actorSuggestion.length === 0 ? claimlens.decorations(editor) : undefined));
    assert.strictEqual(claims.claimSuggestion.length, full.claimSuggestion.length);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.toggleLayers'), 'both');
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.toggleSuggestions'), false);
    await waitFor('no suggestions', () => {
      const d = claimlens.decorations(editor);
      return d && d.actorSuggestion.length === 0 && d.claimSuggestion.length === 0;
    });
    assert.match(claimlens.displayText(), /no suggestions/);
    assert.match(claimlens.statusText(), /Claimlens 0 · \$\(lightbulb\) 0/);
  });

  it('names the enclosing claim in the hover of a span inside it, and offers Restore on a rejected one', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    const text = doc.getText();
    const detection = (await claimlens.detection(doc))!;
    const claim = detection.claims.find((c) => detection.actors.some((a) => a.start > c.start && a.end <= c.end))!;
    const inner = detection.actors.find((a) => a.start > claim.start && a.end <= claim.end)!;
    const hover = await hoverText(doc, inner.start + 1);
    assert.match(hover, /Suggested actor/);
    assert.match(hover, /\*Inside:\* \*\*Suggested claim\*\*/, 'the claim around it is named too');

    await vscode.commands.executeCommand('claimlens.rejectSuggestion', { start: inner.start, end: inner.end, kind: 'actor' });
    const rejected = await hoverText(doc, inner.start + 1);
    assert.match(rejected, new RegExp(`Rejected suggestion\\*\\* · actor · "${text.slice(inner.start, inner.end)}"`));
    const id = claimlens.annotations(doc).find((a) => a.tag === 'actor')!.id;
    assert.match(rejected, new RegExp(`command:claimlens.removeAnnotation\\?${encodeURIComponent(JSON.stringify({ id })).replace(/[()*]/g, '\\$&')}`));
    await vscode.commands.executeCommand('claimlens.removeAnnotation', { id });
    assert.match(await hoverText(doc, inner.start + 1), /Suggested actor/, 'restored: suggested again');
  });

  it('types a hand-tagged actor like the detected actor it overlaps', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    await claimlens.detection(doc);
    select(editor, 'Russian Ministry');
    const [id] = await vscode.commands.executeCommand<string[]>('claimlens.tagSelection', { tag: 'actor' });
    const made = claimlens.annotations(doc).find((a) => a.id === id)!;
    assert.deepStrictEqual(texts(doc, [made.range!]), ['Russian Ministry']);
    assert.strictEqual(made.attributes?.type, 'organization', 'the type of "Russian Ministry of Defence"');
  });

  it('suggests the claims of the cue classes chosen, and names the class in the Claims view', async () => {
    const claimlens = await api();
    const editor = await open(name);
    await waitFor('claim suggestions', () => claimlens.decorations(editor)?.claimSuggestion.length);
    const claimRows = (): string[] => claimlens.viewRows('claims').flatMap((g) => (g.children ?? []).map((r) => r.description ?? ''));
    const detected = (await claimlens.detection(editor.document))!.claims;
    const classes = detected.map((c) => c.cue?.class ?? 'speech');
    assert.ok(classes.includes('speech'));
    assert.ok(claimRows().some((d) => d.includes('speech')), 'the class is shown');
    const others = ['speech', 'belief', 'intention', 'demand', 'accusation', 'evidence', 'position'].filter((k) => k !== 'speech');
    await vscode.workspace.getConfiguration('claimlens').update('detection.classes', others, vscode.ConfigurationTarget.Global);
    const pieces = detected.filter((c) => (c.cue?.class ?? 'speech') !== 'speech').reduce((n, c) => n + (c.fragments?.length ?? 1), 0);
    await waitFor('only the chosen classes suggested', () => claimlens.decorations(editor)?.claimSuggestion.length === pieces && claimRows().every((d) => !d.includes('speech')));
    assert.ok((await claimlens.detection(editor.document))!.claims.every((c) => c.cue?.class !== 'speech' && c.cue !== null));
  });
});
