import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { api, open, readText, select, texts, waitFor, workspaceUri } from '../helpers';

const sha256 = async (text: string): Promise<string> => {
  const { createHash } = await import('crypto');
  return createHash('sha256').update(text, 'utf8').digest('hex');
};

interface SidecarFile {
  claimlens: number;
  document: { file: string; sha256: string; length: number };
  annotations: Array<Record<string, unknown> & { id: string; tag: string; start: number; end: number; quote: string }>;
}

async function sidecar(name: string): Promise<SidecarFile | undefined> {
  const text = await readText(workspaceUri(`${name}.annotations.yaml`));
  return text === undefined ? undefined : (parse(text) as SidecarFile);
}

describe('Claimlens in a real VS Code extension host', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('highlights detected actors and claims when an article opens', async () => {
    const claimlens = await api();
    const editor = await open('harbour.txt');
    const shown = await waitFor('suggestion decorations', () => {
      const d = claimlens.decorations(editor);
      return d && d.actorSuggestion.length > 0 ? d : undefined;
    });
    assert.deepStrictEqual(texts(editor.document, shown.actorSuggestion), ['Anna Lindqvist', 'Baltic Port Authority', 'BPA', 'Lindqvist', 'BPA']);
    assert.deepStrictEqual(texts(editor.document, shown.claimSuggestion), [
      'the harbour would reopen within two weeks',
      'The damaged crane has been removed and the channel is clear',
    ]);
    assert.deepStrictEqual(shown.actor, [], 'nothing is confirmed yet');
    const found = (await claimlens.detection(editor.document))!;
    assert.strictEqual(found.actors[3].actor, 'Anna Lindqvist', 'the surname is grouped with the full name');
    assert.strictEqual(found.actors[2].actor, 'Baltic Port Authority', 'the acronym is grouped with the organisation');
    assert.strictEqual(found.claims[1].speaker?.actor, 'Anna Lindqvist');
  });

  it('tags a selection picked from the quick pick, decorates it and writes the sidecar', async () => {
    const claimlens = await api();
    const editor = await open('harbour.txt');
    const sel = select(editor, 'Anna Lindqvist');
    const tagging = vscode.commands.executeCommand<string[]>('claimlens.tagSelection');
    let ids: string[] | undefined;
    void tagging.then((r) => { ids = r; });
    // the quick pick lists actor first: accept it as a user pressing Enter would
    await waitFor('the tag to be applied', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return ids;
    });
    assert.strictEqual(ids!.length, 1);
    const anns = claimlens.annotations(editor.document);
    assert.strictEqual(anns.length, 1);
    assert.strictEqual(anns[0].tag, 'actor');
    assert.ok(anns[0].range!.isEqual(sel), 'annotation covers the selection');
    assert.deepStrictEqual(anns[0].attributes, { type: 'person', actor: 'Anna Lindqvist' });
    const d = await waitFor('actor decoration', () => claimlens.decorations(editor)?.actor.length ? claimlens.decorations(editor) : undefined);
    assert.deepStrictEqual(texts(editor.document, d!.actor), ['Anna Lindqvist']);
    assert.ok(!texts(editor.document, d!.actorSuggestion).includes('Anna Lindqvist'), 'a confirmed actor is no longer a suggestion');

    const file = await waitFor('the sidecar', () => sidecar('harbour.txt'));
    const text = editor.document.getText();
    assert.strictEqual(file.claimlens, 1);
    assert.deepStrictEqual(file.document, { file: 'harbour.txt', sha256: await sha256(text), length: [...text].length });
    assert.strictEqual(file.annotations.length, 1);
    const a = file.annotations[0];
    // the satellite emoji before the span is one code point but two UTF-16 units
    assert.deepStrictEqual([a.id, a.tag, a.start, a.end, a.quote], [ids![0], 'actor', 29, 43, 'Anna Lindqvist']);
    assert.strictEqual(a.prefix, 'Harbour briefing 🛰️ 3 March\n\n', 'context before the span, up to 32 code points');
    assert.ok(String(a.suffix).startsWith(', the spokesperson of the Baltic'));
    assert.strictEqual(a.status, 'confirmed');
    assert.strictEqual(a.origin, 'manual');
  });

  it('tags a claim by argument and links it to its speaker', async () => {
    const claimlens = await api();
    const editor = await open('harbour.txt');
    select(editor, 'The damaged crane has been removed and the channel is clear');
    const ids = await vscode.commands.executeCommand<string[]>('claimlens.tagSelection', { tag: 'claim' });
    await claimlens.flush();
    const file = (await sidecar('harbour.txt'))!;
    const claim = file.annotations.find((a) => a.id === ids[0])!;
    assert.deepStrictEqual(claim.attributes, { kind: 'direct', cue: 'told', class: 'speech' });
    const speaker = file.annotations.find((a) => a.id === (claim.links as { speaker: string }).speaker)!;
    assert.strictEqual(speaker.quote, 'Lindqvist');
    assert.deepStrictEqual(speaker.attributes, { type: 'person', actor: 'Anna Lindqvist' });
    assert.deepStrictEqual(file.annotations.map((a) => a.quote), [
      'Anna Lindqvist', 'The damaged crane has been removed and the channel is clear', 'Lindqvist',
    ], 'annotations are stored in position order');
    const d = claimlens.decorations(editor)!;
    assert.deepStrictEqual(texts(editor.document, d.claim), ['The damaged crane has been removed and the channel is clear']);
  });

  it('exports the tagged spans as JSONL', async () => {
    await open('harbour.txt');
    const out = workspaceUri('harbour.export.jsonl');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportSpans', { out });
    assert.strictEqual(written?.toString(), out.toString());
    const lines = (await readText(out))!.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => [l.file, l.tag, l.start, l.end, l.text]), [
      ['harbour.txt', 'actor', 29, 43, 'Anna Lindqvist'],
      ['harbour.txt', 'claim', 162, 221, 'The damaged crane has been removed and the channel is clear'],
      ['harbour.txt', 'actor', 224, 233, 'Lindqvist'],
    ]);
    assert.strictEqual(lines[1].speaker, 'Anna Lindqvist');
    assert.deepStrictEqual(lines[1].attributes, { kind: 'direct', cue: 'told', class: 'speech' });
  });

  it('keeps annotations on their text while the article is edited', async () => {
    const claimlens = await api();
    const editor = await open('harbour.txt');
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Update: '));
    const moved = claimlens.annotations(editor.document).map((a) => editor.document.getText(a.range));
    assert.deepStrictEqual(moved, ['Anna Lindqvist', 'The damaged crane has been removed and the channel is clear', 'Lindqvist']);
    await editor.document.save();
    await waitFor('the sidecar to follow the saved text', async () => (await sidecar('harbour.txt'))?.annotations[0].start === 37);
    const undone = await vscode.commands.executeCommand('undo');
    void undone;
    await editor.document.save();
    await waitFor('the sidecar to follow the undo', async () => (await sidecar('harbour.txt'))?.annotations[0].start === 29);
  });

  it('removes the annotation at the cursor, from the editor and the file', async () => {
    const claimlens = await api();
    const editor = await open('harbour.txt');
    const before = claimlens.annotations(editor.document);
    const target = before.find((a) => editor.document.getText(a.range) === 'Anna Lindqvist')!;
    editor.selection = new vscode.Selection(target.range!.start.translate(0, 3), target.range!.start.translate(0, 3));
    const removed = await vscode.commands.executeCommand<string>('claimlens.removeAnnotation');
    assert.strictEqual(removed, target.id);
    assert.deepStrictEqual(claimlens.annotations(editor.document).map((a) => a.id), before.filter((a) => a.id !== target.id).map((a) => a.id));
    assert.ok(!texts(editor.document, claimlens.decorations(editor)!.actor).includes('Anna Lindqvist'));
    await claimlens.flush();
    const file = (await sidecar('harbour.txt'))!;
    assert.ok(!file.annotations.some((a) => a.id === target.id), 'gone from the sidecar');
    assert.strictEqual(file.annotations.length, 2);
  });

  it('restores annotations from an existing sidecar and keeps what cannot be placed', async () => {
    const claimlens = await api();
    const original = (await readText(workspaceUri('ferry.txt.annotations.yaml')))!;
    const editor = await open('ferry.txt');
    const anns = claimlens.annotations(editor.document);
    assert.deepStrictEqual(anns.map((a) => [a.id, a.range ? editor.document.getText(a.range) : null, a.orphaned]), [
      ['a-h4dd4d', 'Omar Haddad', false],
      ['c-dawn01', 'the first crossing would leave at dawn', false],
      ['c-gone99', null, true],
    ]);
    const d = await waitFor('restored decorations', () => claimlens.decorations(editor)?.actor.length ? claimlens.decorations(editor) : undefined);
    assert.deepStrictEqual(texts(editor.document, d.actor), ['Omar Haddad']);
    assert.deepStrictEqual(texts(editor.document, d.claim), ['the first crossing would leave at dawn']);
    assert.ok(!texts(editor.document, d.actorSuggestion).includes('Omar Haddad'));

    // a new annotation is added to the file; the comment and the orphan survive
    select(editor, 'Haddad', 1);
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'actor' });
    await claimlens.flush();
    const text = (await readText(workspaceUri('ferry.txt.annotations.yaml')))!;
    assert.notStrictEqual(text, original);
    assert.ok(text.startsWith('# Checked by the desk on 2 March; keep this comment.\n'), 'a person\'s comment is kept');
    const file = parse(text) as SidecarFile;
    assert.deepStrictEqual(file.annotations.map((a) => a.quote), [
      'a sentence the editor cut', 'Omar Haddad', 'the first crossing would leave at dawn', 'Haddad',
    ], 'in position order; the orphan keeps its last known offsets');
    const orphan = file.annotations.find((a) => a.id === 'c-gone99')!;
    assert.strictEqual(orphan.orphaned, true);
    assert.strictEqual(orphan.quote, 'a sentence the editor cut');
    assert.strictEqual(orphan.note, 'kept although its text is gone');
  });

  it('restores the annotations it wrote when the article is opened afresh', async () => {
    const claimlens = await api();
    const first = await open('harbour.txt');
    await claimlens.flush();
    const before = claimlens.annotations(first.document).map((a) => [a.id, a.tag, first.document.getText(a.range)]);
    assert.ok(before.length > 0);
    // the article and its sidecar as another checkout of the repository would have them
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt'), workspaceUri('copy', 'harbour.txt'));
    await vscode.workspace.fs.copy(workspaceUri('harbour.txt.annotations.yaml'), workspaceUri('copy', 'harbour.txt.annotations.yaml'));
    const editor = await open('copy/harbour.txt');
    assert.deepStrictEqual(claimlens.annotations(editor.document).map((a) => [a.id, a.tag, editor.document.getText(a.range)]), before);
    const d = await waitFor('restored decorations', () => claimlens.decorations(editor)?.actor.length ? claimlens.decorations(editor) : undefined);
    assert.deepStrictEqual(texts(editor.document, d.actor), before.filter((b) => b[1] === 'actor').map((b) => b[2]));
  });

  it('reports a sidecar it cannot read and never overwrites it', async () => {
    const claimlens = await api();
    const sidecarUri = workspaceUri('broken.txt.annotations.yaml');
    const original = (await readText(sidecarUri))!;
    const editor = await open('broken.txt');
    const problems = claimlens.sidecarProblems(editor.document.uri);
    assert.ok(problems && problems.length > 0, 'problems are reported');
    assert.ok(problems![0].line >= 10, `problem points at the bad line (got ${problems![0].line})`);
    const diags = await waitFor('a diagnostic on the sidecar', () => {
      const d = vscode.languages.getDiagnostics(sidecarUri);
      return d.length ? d : undefined;
    });
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Error);
    select(editor, 'Customs officials');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'actor' });
    await claimlens.flush();
    assert.strictEqual(await readText(sidecarUri), original, 'the broken file is untouched');
    assert.strictEqual(claimlens.annotations(editor.document).length, 1, 'the new annotation is kept in memory');

    // once the file is fixed (here: removed), the annotation made meanwhile is saved
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode('claimlens: 1\ndocument: {file: broken.txt, sha256: "' + '0'.repeat(64) + '", length: 84}\nannotations: []\n'));
    const fixed = await waitFor('the kept annotation to be saved', async () => {
      const t = await readText(sidecarUri);
      return t && t.includes('Customs officials') ? t : undefined;
    });
    assert.match(fixed, /quote: Customs officials/);
    assert.strictEqual(claimlens.sidecarProblems(editor.document.uri), undefined);
  });
});
