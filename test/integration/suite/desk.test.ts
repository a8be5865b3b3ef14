import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, open, readText, select, texts, waitFor, workspaceUri, hoverText } from '../helpers';


describe('The annotation desk', () => {
  let name: string;
  beforeEach(async () => {
    name = `desk-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri(name));
  });
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('edits attributes from the taxonomy and a note, and stores them', async () => {
    const claimlens = await api();
    const editor = await open(name);
    select(editor, 'The damaged crane has been removed and the channel is clear');
    const [id] = await vscode.commands.executeCommand<string[]>('claimlens.tagSelection', { tag: 'claim' });
    await vscode.commands.executeCommand('claimlens.editAnnotation', { id, attribute: 'reliability', value: 'B' });
    await vscode.commands.executeCommand('claimlens.editAnnotation', { id, attribute: 'stance', value: 'supports' });
    await vscode.commands.executeCommand('claimlens.editAnnotation', { id, note: 'checked against the port notice' });
    // the interactive path: Enter on the first field (kind), Enter on its first value (direct), Escape
    await vscode.commands.executeCommand('claimlens.editAnnotation', { id, attribute: 'kind', value: 'mixed' });
    let done = false;
    void vscode.commands.executeCommand('claimlens.editAnnotation').then(() => { done = true; });
    await waitFor('the kind picked from the taxonomy\'s values', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return claimlens.annotations(editor.document).find((a) => a.id === id)?.attributes?.kind === 'direct';
    });
    await waitFor('the editor to close on Escape', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return done;
    });
    const a = claimlens.annotations(editor.document).find((x) => x.id === id)!;
    assert.deepStrictEqual(a.attributes, { kind: 'direct', cue: 'told', class: 'speech', reliability: 'B', stance: 'supports' });
    await claimlens.flush();
    const stored = parse((await readText(workspaceUri(`${name}.annotations.yaml`)))!).annotations.find((x: { id: string }) => x.id === id);
    assert.strictEqual(stored.note, 'checked against the port notice');
    assert.strictEqual(stored.attributes.reliability, 'B');
  });

  it('uses the workspace taxonomy: its digit keys, its tags and their colours', async () => {
    const claimlens = await api();
    const file = workspaceUri('.claimlens', 'taxonomy.yaml');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode([
      'tags:',
      '  - {name: actor, key: 1, description: Who}',
      '  - {name: claim, key: 2, description: What they say}',
      '  - name: date',
      '    key: 7',
      '    description: When',
      '    color: "#2a9d8f"',
    ].join('\n') + '\n'));
    try {
      const taxonomy = await claimlens.taxonomyLoaded();
      assert.deepStrictEqual(taxonomy.tags.map((t) => t.name), ['actor', 'claim', 'date']);
      const editor = await open(name);
      select(editor, 'Monday');
      await vscode.commands.executeCommand('claimlens.tagSelection', { key: '7' });
      const d = await waitFor('the date highlight', () => claimlens.decorations(editor)?.byTag.date?.length ? claimlens.decorations(editor) : undefined);
      assert.deepStrictEqual(texts(editor.document, d.byTag.date), ['Monday']);
      assert.deepStrictEqual(d.tag, [], 'a tag with its own colour does not use the generic highlight');
    } finally {
      await vscode.workspace.fs.delete(file);
      await claimlens.taxonomyLoaded();
    }
  });

  it('shows hovers, counts in the status bar, the views and the Explorer badge', async () => {
    const claimlens = await api();
    const editor = await open(name);
    const doc = editor.document;
    const text = doc.getText();
    await waitFor('detection', () => claimlens.decorations(editor)?.actorSuggestion.length);
    // a suggestion's hover offers accept and reject
    const suggested = await hoverText(doc, text.indexOf('Baltic') + 2);
    assert.match(suggested, /Suggested actor\*\* · organization · \*\*Baltic Port Authority\*\*/);
    assert.match(suggested, /command:claimlens.acceptSuggestion/);
    assert.match(await waitFor('a status', () => claimlens.statusText() || undefined), /^\$\(quote\) Claimlens 0 · \$\(lightbulb\) 7$/);

    // accept the claim (its speaker comes with it) and the name
    editor.selection = new vscode.Selection(doc.positionAt(text.indexOf('The damaged')), doc.positionAt(text.indexOf('The damaged')));
    await vscode.commands.executeCommand('claimlens.acceptSuggestion');
    editor.selection = new vscode.Selection(doc.positionAt(text.indexOf('Anna')), doc.positionAt(text.indexOf('Anna')));
    await vscode.commands.executeCommand('claimlens.acceptSuggestion');
    const actorHover = await hoverText(doc, text.indexOf('Anna') + 1);
    assert.match(actorHover, /\*\*actor\*\* · person · \*\*Anna Lindqvist\*\*/);
    assert.match(actorHover, /2 mentions and 1 claim in this article/);
    const claimHover = await hoverText(doc, text.indexOf('crane'));
    assert.match(claimHover, /\*\*claim\*\* · direct · cue \*told\* · by \*\*Anna Lindqvist\*\*/);
    assert.match(claimHover, /go to speaker/);
    assert.match(await waitFor('the counts', () => /Claimlens 3 /.test(claimlens.statusText()) && claimlens.statusText()), /^\$\(quote\) Claimlens 3 · \$\(lightbulb\) 4$/);

    // the views with the confirmed annotations only (views.test.ts has them with suggestions)
    const labels = (rows: ReturnType<typeof claimlens.viewRows>): unknown => rows.map((r) => [r.label, r.description, (r.children ?? []).map((c) => c.label)]);
    await vscode.commands.executeCommand('claimlens.filterViews', { show: 'confirmed' });
    try {
      assert.deepStrictEqual(labels(claimlens.viewRows('actors')), [['Anna Lindqvist', 'person · 2 mentions', ['Anna Lindqvist', 'Lindqvist']]]);
      assert.deepStrictEqual(labels(claimlens.viewRows('claims')), [['Anna Lindqvist', '1 claim', ['The damaged crane has been removed and the channel is clear']]]);
      assert.deepStrictEqual(labels(claimlens.viewRows('annotations')), [['actor', '2', ['Anna Lindqvist', 'Lindqvist']], ['claim', '1', ['The damaged crane has been removed and the channel is clear']]]);
    } finally {
      await vscode.commands.executeCommand('claimlens.filterViews', { show: 'all' });
    }

    // the hover's Remove link removes that annotation, not one nested inside it
    select(editor, 'Anna Lindqvist,'); // its middle lies inside the actor
    const [outer] = await vscode.commands.executeCommand<string[]>('claimlens.tagSelection', { tag: 'event' });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.removeAnnotation', { id: outer }), outer);
    assert.ok(claimlens.annotations(doc).some((a) => doc.getText(a.range) === 'Anna Lindqvist'), 'the actor inside is kept');
    assert.ok(!claimlens.annotations(doc).some((a) => a.id === outer));
    await claimlens.flush();
    assert.strictEqual(await waitFor('the Explorer badge', () => claimlens.explorerBadge(doc.uri)), 'A');
    assert.strictEqual(await claimlens.explorerBadge(workspaceUri('broken-not-there.txt')), undefined);
  });
});

describe('Actors and speaker labels', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('decorations.speakerLabel', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('renames a canonical actor, merges one actor into another, and labels claims with their speaker', async () => {
    const claimlens = await api();
    const name = `actors-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri(name));
    const editor = await open(name);
    const doc = editor.document;
    const names = (): string[] => claimlens.annotations(doc).filter((a) => a.tag === 'actor').map((a) => String(a.attributes?.actor));
    await vscode.commands.executeCommand('claimlens.acceptAllSuggestions', { kind: 'actor' });
    assert.deepStrictEqual(names(), ['Anna Lindqvist', 'Baltic Port Authority', 'Baltic Port Authority', 'Anna Lindqvist', 'Baltic Port Authority']);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.renameActor', { from: 'Anna Lindqvist', to: 'Anna M. Lindqvist' }), 2);
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.mergeActors', { from: 'Baltic Port Authority', into: 'Anna M. Lindqvist' }), 3);
    assert.deepStrictEqual(names(), Array(5).fill('Anna M. Lindqvist'));

    select(editor, 'The damaged crane has been removed and the channel is clear');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'claim' });
    await vscode.workspace.getConfiguration('claimlens').update('decorations.speakerLabel', true, vscode.ConfigurationTarget.Global);
    const d = await waitFor('a speaker label', () => claimlens.decorations(editor)?.speakerLabel.length ? claimlens.decorations(editor) : undefined);
    assert.deepStrictEqual(d.speakerLabel.map((o) => o.renderOptions?.after?.contentText), ['— Lindqvist']);
    assert.strictEqual(doc.getText(new vscode.Range(doc.positionAt(0), d.speakerLabel[0].range.end)).endsWith('channel is clear'), true);
  });
});

describe('Export from the editor', () => {
  it('exports the whole workspace in a chosen format, with open articles as the editor has them', async () => {
    // another article, annotated and saved, then closed: exported from its sidecar
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri('export-other.txt'), { overwrite: true });
    const other = await open('export-other.txt');
    select(other, 'Anna Lindqvist');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'actor' });
    await (await api()).flush();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const editor = await open('ferry.txt');
    select(editor, 'We have waited long enough');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'claim' }); // not saved to disk yet
    const out = workspaceUri('exports', 'all.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportSpans', { scope: 'workspace', format: 'csv', out });
    assert.strictEqual(written?.toString(), out.toString());
    const rows = (await readText(out))!.trimEnd().split('\n');
    assert.match(rows[0], /^file,id,tag,start,end,text,speaker,speaker_id,(?:[^,]+,)*status,origin,note$/, 'a column per attribute key');
    assert.ok(rows.some((r) => r.startsWith('ferry.txt,') && r.includes(',We have waited long enough,')), 'the open article as the editor has it');
    assert.ok(rows.some((r) => r.startsWith('export-other.txt,') && r.includes(',Anna Lindqvist,')), 'other articles from their sidecars');

    const brat = workspaceUri('exports', 'brat');
    await vscode.commands.executeCommand('claimlens.exportSpans', { scope: 'article', format: 'brat', out: brat });
    const ann = (await readText(vscode.Uri.joinPath(brat, 'ferry.ann')))!;
    assert.match((await readText(vscode.Uri.joinPath(brat, 'annotation.conf')))!, /^speaker\tArg1:claim, Arg2:actor$/m, 'the brat configuration beside the files');
    assert.match(ann, /^T1\tactor 38 49\tOmar Haddad$/m);
    assert.match(ann, /^R1\tspeaker Arg1:T\d Arg2:T1$/m);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
