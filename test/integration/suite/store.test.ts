import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { toSidecar } from '../../../src/core/anchor/placed';
import { serializeSidecar } from '../../../src/core/sidecar/write';
import { annotateNames, newsText } from '../../bench/corpus';
import { api, open, readText, select, waitFor, workspaceUri } from '../helpers';

interface FileAnnotation { id: string; tag: string; start: number; end: number; quote: string; orphaned?: boolean; note?: string }
const annotationsIn = async (name: string): Promise<FileAnnotation[]> => (parse((await readText(workspaceUri(`${name}.annotations.yaml`)))!) as { annotations: FileAnnotation[] }).annotations;
const quotes = (editor: vscode.TextEditor, anns: ReturnType<Awaited<ReturnType<typeof api>>['annotations']>): Array<string | null> =>
  anns.map((a) => (a.range ? editor.document.getText(a.range) : null));

describe('Sidecar store in the extension host', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** A fresh copy of a fixture article, so each test starts from the same text. */
  let copies = 0;
  async function fresh(name: string): Promise<string> {
    const copy = name.replace(/\.txt$/, `-${++copies}.txt`);
    await vscode.workspace.fs.copy(workspaceUri(name), workspaceUri(copy), { overwrite: true });
    return copy;
  }

  async function tagged(name: string, ...spans: Array<[string, string]>): Promise<vscode.TextEditor> {
    const claimlens = await api();
    const editor = await open(name);
    for (const [text, tag] of spans) {
      select(editor, text);
      await vscode.commands.executeCommand('claimlens.tagSelection', { tag });
    }
    await claimlens.flush();
    return editor;
  }

  it('tracks annotations through multi-cursor edits, replace-all, paste over a span, and undo', async () => {
    const claimlens = await api();
    const name = await fresh('river.txt');
    const editor = await tagged(name, ['Lukas Brandt', 'actor'], ['We expect the level to fall by Friday', 'claim'], ['council.', 'event']);
    const doc = editor.document;
    const now = (): Array<string | null> => quotes(editor, claimlens.annotations(doc));
    // tagging the claim also confirmed its speaker, "Brandt told"
    assert.deepStrictEqual(now(), ['Lukas Brandt', 'We expect the level to fall by Friday', 'Brandt', 'council.']);

    // several cursors typing at once
    await editor.edit((b) => {
      b.insert(new vscode.Position(2, 0), '> ');
      b.insert(new vscode.Position(4, 0), '> ');
    });
    assert.deepStrictEqual(now(), ['Lukas Brandt', 'We expect the level to fall by Friday', 'Brandt', 'council.']);

    // replace-all through a workspace edit: one replacement inside the claim, one outside any span
    const edit = new vscode.WorkspaceEdit();
    const text = doc.getText();
    for (const word of ['level', 'council']) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        edit.replace(doc.uri, new vscode.Range(doc.positionAt(i), doc.positionAt(i + word.length)), word === 'level' ? 'water level' : 'board');
      }
    }
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepStrictEqual(now(), ['Lukas Brandt', 'We expect the water level to fall by Friday', 'Brandt', 'board.']);

    // paste over a whole span removes it; undo brings it back
    const sel = select(editor, 'Lukas Brandt');
    await editor.edit((b) => b.replace(sel, 'an engineer'));
    assert.deepStrictEqual(now(), ['We expect the water level to fall by Friday', 'Brandt', 'board.']);
    await vscode.commands.executeCommand('undo');
    await waitFor('the undo', () => doc.getText().includes('Lukas Brandt'));
    assert.deepStrictEqual(now(), ['Lukas Brandt', 'We expect the water level to fall by Friday', 'Brandt', 'board.']);
    await vscode.commands.executeCommand('redo');
    await waitFor('the redo', () => !doc.getText().includes('Lukas Brandt'));
    assert.deepStrictEqual(now(), ['We expect the water level to fall by Friday', 'Brandt', 'board.']);
    await vscode.commands.executeCommand('undo');

    // saving writes the positions of the saved text
    await doc.save();
    await waitFor('the sidecar to match the saved article', async () => {
      const anns = await annotationsIn(name);
      const saved = doc.getText();
      const cps = [...saved];
      return anns.length === 4 && anns.every((a) => cps.slice(a.start, a.end).join('') === a.quote);
    });
  });

  it('follows edits made while saving (format on save) and stores the positions of the saved text', async () => {
    const claimlens = await api();
    const name = await fresh('river.txt');
    const editor = await tagged(name, ['Lukas Brandt', 'actor'], ['the northern dam was holding', 'claim']);
    const doc = editor.document;
    // a save participant, as formatters run on save: collapse double spaces and indent paragraphs
    const participant = vscode.workspace.onWillSaveTextDocument((e) => {
      if (e.document !== doc) return;
      const edits: vscode.TextEdit[] = [];
      for (let line = 0; line < doc.lineCount; line++) {
        if (doc.lineAt(line).text.trim()) edits.push(vscode.TextEdit.insert(new vscode.Position(line, 0), '  '));
      }
      e.waitUntil(Promise.resolve(edits));
    });
    try {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Updated. '));
      await doc.save();
    } finally {
      participant.dispose();
    }
    assert.ok(doc.getText().startsWith('  Updated. River levels'));
    // the claim's speaker is the actor tagged first
    assert.deepStrictEqual(quotes(editor, claimlens.annotations(doc)), ['Lukas Brandt', 'the northern dam was holding']);
    await waitFor('the sidecar to match the formatted, saved article', async () => {
      const anns = await annotationsIn(name);
      const cps = [...doc.getText()];
      return anns.length === 2 && anns.every((a) => cps.slice(a.start, a.end).join('') === a.quote);
    });
  });

  it('lists an orphaned annotation in the Problems panel and re-attaches it to the selection', async () => {
    const claimlens = await api();
    const editor = await open('ferry.txt');
    const diags = await waitFor('an orphan diagnostic', () => {
      const d = vscode.languages.getDiagnostics(editor.document.uri).filter((x) => x.code === 'orphaned');
      return d.length ? d : undefined;
    });
    assert.match(diags[0].message, /c-gone99 "a sentence the editor cut"/);
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);

    select(editor, 'We have waited long enough');
    const id = await vscode.commands.executeCommand<string>('claimlens.reattachAnnotation', { id: 'c-gone99' });
    assert.strictEqual(id, 'c-gone99');
    const a = claimlens.annotations(editor.document).find((x) => x.id === 'c-gone99')!;
    assert.strictEqual(a.orphaned, false);
    assert.strictEqual(editor.document.getText(a.range), 'We have waited long enough');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(editor.document.uri).filter((x) => x.code === 'orphaned'), []);
    await claimlens.flush();
    const stored = (await annotationsIn('ferry.txt')).find((x) => x.id === 'c-gone99')!;
    assert.strictEqual(stored.quote, 'We have waited long enough');
    assert.strictEqual(stored.orphaned, undefined);
    assert.strictEqual(stored.note, 'kept although its text is gone', 'the rest of the annotation is kept');
  });

  it('opens a long sidecar while the analyst types: every annotation on its words, comments kept on save', async function () {
    this.timeout(120000);
    const claimlens = await api();
    // 5,000 annotations (about 900 KB of sidecar: read in a worker thread) with comments of a person
    const text = newsText(400_000, 6);
    const placed = annotateNames(text, 5000, 'w', (i) => (i % 2 ? 'actor' : 'event'));
    const sidecar = serializeSidecar(toSidecar('worker.txt', text, placed))
      .replace('annotations:\n', '# coded by the weekend desk\nannotations:\n')
      .replace('  - id: w-1\n', '  # second pass: check this one\n  - id: w-1\n');
    fs.writeFileSync(workspaceUri('worker.txt').fsPath, text);
    fs.writeFileSync(workspaceUri('worker.txt.annotations.yaml').fsPath, sidecar);
    const doc = await vscode.workspace.openTextDocument(workspaceUri('worker.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    // typed at once, most likely while the sidecar is still being read
    const note = 'Editor\'s note: corrected at noon.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), note));
    await claimlens.ready(doc);
    const anns = claimlens.annotations(doc);
    assert.strictEqual(anns.length, 5000);
    // each on its own words, moved by the note (not on the same words elsewhere)
    const expected = new Map(placed.map((p) => [p.data.id, p.start + note.length]));
    const wrong = anns.filter((a) => !a.range || doc.offsetAt(a.range.start) !== expected.get(a.id));
    assert.deepStrictEqual(wrong.slice(0, 3).map((a) => a.id), [], `${wrong.length} annotations off their words`);
    // a change, then the save: the file keeps its comments and moves every offset by the note
    select(editor, text.slice(placed[0].start, placed[0].end));
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'claim' });
    await claimlens.flush();
    const saved = fs.readFileSync(workspaceUri('worker.txt.annotations.yaml').fsPath, 'utf8');
    assert.match(saved, /# coded by the weekend desk\nannotations:\n/);
    assert.match(saved, /  # second pass: check this one\n  - id: w-1\n/);
    const onDisk = (parse(saved) as { annotations: FileAnnotation[] }).annotations;
    const cps = [...doc.getText()];
    assert.strictEqual(onDisk.length, 5001);
    assert.deepStrictEqual(onDisk.filter((a) => cps.slice(a.start, a.end).join('') !== a.quote).map((a) => a.id), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (const f of ['worker.txt', 'worker.txt.annotations.yaml']) fs.rmSync(workspaceUri(f).fsPath, { force: true });
  });

  it('follows a change of both files on disk (a git pull) and keeps what was annotated meanwhile', async () => {
    const claimlens = await api();
    const name = await fresh('river.txt');
    const editor = await tagged(name, ['the northern dam was holding', 'claim']);
    const doc = editor.document;
    const articlePath = doc.uri.fsPath;
    const sidecarPath = `${articlePath}.annotations.yaml`;
    const file = parse(fs.readFileSync(sidecarPath, 'utf8'));
    // a colleague's version: a new first paragraph in the article, a new annotation in the sidecar
    const revised = doc.getText().replace('\n\n', '\n\nEditor\'s note: updated at noon.\n\n');
    const cps = [...revised];
    const at = cps.join('').indexOf('Brandt told');
    const s = [...revised.slice(0, at)].length;
    file.annotations.push({ id: 'a-colleag', tag: 'actor', start: s, end: s + 6, quote: 'Brandt', status: 'confirmed', origin: 'manual' });
    file.document.sha256 = (await import('crypto')).createHash('sha256').update(revised).digest('hex');
    file.document.length = cps.length;
    // meanwhile, something is tagged here and not saved yet
    select(editor, 'Water engineer');
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'event' });
    fs.writeFileSync(articlePath, revised);
    fs.writeFileSync(sidecarPath, (await import('yaml')).stringify(file));

    await waitFor('the article to reload', () => doc.getText() === revised);
    // the claim's speaker (Lukas Brandt) was confirmed with it
    const expected = ['Water engineer', 'Lukas Brandt', 'the northern dam was holding', 'Brandt'];
    let seen: Array<string | null> = [];
    await waitFor('both versions merged', () => {
      seen = quotes(editor, claimlens.annotations(doc));
      return JSON.stringify(seen) === JSON.stringify(expected);
    }).catch((e) => { throw new Error(`${e.message}; annotations: ${JSON.stringify(seen)}`); });
    await claimlens.flush();
    await waitFor('the merged sidecar on disk', async () => {
      const anns = await annotationsIn(name);
      return anns.length === 4 && anns.every((a) => cps.slice(a.start, a.end).join('') === a.quote) ? anns : undefined;
    });
  });

  it('moves the sidecar when the article is renamed, and keeps it when the article is deleted', async () => {
    const claimlens = await api();
    const name = await fresh('river.txt');
    await tagged(name, ['Lukas Brandt', 'actor']);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(workspaceUri(name), workspaceUri('moved', 'river-2.txt'));
    assert.ok(await vscode.workspace.applyEdit(rename));
    const moved = await waitFor('the moved sidecar', () => readText(workspaceUri('moved', 'river-2.txt.annotations.yaml')));
    assert.strictEqual(parse(moved).document.file, 'river-2.txt');
    assert.strictEqual(await readText(workspaceUri(`${name}.annotations.yaml`)), undefined, 'no sidecar left behind');
    const editor = await open('moved/river-2.txt');
    assert.deepStrictEqual(quotes(editor, claimlens.annotations(editor.document)), ['Lukas Brandt']);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');

    const del = new vscode.WorkspaceEdit();
    del.deleteFile(workspaceUri('moved', 'river-2.txt'));
    assert.ok(await vscode.workspace.applyEdit(del));
    assert.strictEqual(await readText(workspaceUri('moved', 'river-2.txt')), undefined);
    assert.ok(await readText(workspaceUri('moved', 'river-2.txt.annotations.yaml')), 'annotations are never deleted without asking');
  });
});
