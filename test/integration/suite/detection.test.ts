import * as assert from 'assert';
import * as vscode from 'vscode';
import { toSidecar } from '../../../src/core/anchor/placed';
import { serializeSidecar } from '../../../src/core/sidecar/write';
import { detect } from '../../../src/core/detect';
import { DetectorClient } from '../../../src/extension/detection/detectorClient';
import { annotateNames, newsText } from '../../bench/corpus';
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

describe('Suggestions repainted where they changed', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(workspaceUri('bands.txt')).then(undefined, () => undefined);
  });

  it('sends only the changed bands after an edit, and every suggestion is where detection puts it', async function () {
    this.timeout(120000);
    const claimlens = await api();
    await vscode.workspace.fs.writeFile(workspaceUri('bands.txt'), new TextEncoder().encode(newsText(60_000, 3)));
    const editor = await open('bands.txt');
    const doc = editor.document;
    const spans = (rs: readonly vscode.Range[] | undefined): string[] => (rs ?? []).map((r) => `${doc.offsetAt(r.start)}-${doc.offsetAt(r.end)}`).sort();
    /** Waits until the editor shows exactly the suggestions detection gives for the current text. */
    const painted = async (what: string): Promise<number> => {
      const d = (await claimlens.detection(doc))!;
      const actors = spans(d.actors.map((a) => new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end))));
      const claims = spans(d.claims.flatMap((c) => (c.fragments ?? [[c.start, c.end]]).map(([s, e]) => new vscode.Range(doc.positionAt(s), doc.positionAt(e)))));
      let shown: string[] = [];
      const r = await waitFor(what, () => {
        const x = claimlens.decorations(editor);
        shown = spans(x?.actorSuggestion);
        return x && shown.join() === actors.join() && spans(x.claimSuggestion).join() === claims.join() ? x : undefined;
      }, 20000).catch((e: Error) => {
        const missing = actors.filter((a) => !shown.includes(a)).slice(0, 5);
        const extra = shown.filter((a) => !actors.includes(a)).slice(0, 5);
        throw new Error(`${e.message}: actors missing ${missing.join(' ')}, extra ${extra.join(' ')}`);
      });
      assert.ok(actors.length > 300 && claims.length > 100, `${actors.length} actors, ${claims.length} claims`);
      // the next edit comes after the workbench has the paint (an edit that may have come before
      // it has the bands sent again: typing in the workbench, not from here)
      await claimlens.decorationsTaken(editor);
      return r.suggestionBandsSent;
    };
    assert.strictEqual(await painted('the first paint'), 32);
    // at most the bands an edit changed (one or two per kind), and, when the edit may have reached
    // the workbench before the last paint did (see PaintAcks), that paint's bands again: a quarter
    const FEW = 8;
    const few = async (what: string): Promise<void> => {
      const sent = await painted(what);
      assert.ok(sent <= FEW, `${what}: ${sent} of 32 bands sent`);
    };
    const mid = doc.positionAt(Math.floor(doc.getText().length / 2));
    const paragraphEnd = doc.positionAt(doc.getText().indexOf('\n\n', doc.offsetAt(mid)));
    // a new sentence with a new name inside a paragraph
    await editor.edit((b) => b.insert(paragraphEnd, ' Mayor Ines Kolar said the port was closed.'));
    await few('the new name');
    // a space after a name: nothing detected changes, the names after it move along
    const name = claimlens.decorations(editor)!.actorSuggestion[40];
    await editor.edit((b) => b.insert(name.end, ' '));
    await few('a space after a name');
    // a paragraph of names added, then deleted (its suggestions go, nothing else changes)
    const added = '\n\nNils Aberg of the Lagoon Ferry Trust met Vera Lindgren in Tallinn.';
    const at = doc.getText().indexOf('\n\n', doc.offsetAt(mid) + 2000);
    await editor.edit((b) => b.insert(doc.positionAt(at), added));
    await few('a paragraph added');
    await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(at + added.length))));
    await few('the paragraph deleted');
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Lagoon Ferry Trust said on Friday that it would wait.\n\n'));
    await few('lines added at the top');
    // typing on while the worker detects: the results for texts typed on are never shown, and
    // every paint after them still sends only the bands that changed
    const sent: number[] = [];
    const listening = claimlens.onDidRender((e) => { if (e === editor) sent.push(claimlens.decorations(e)!.suggestionBandsSent); });
    try {
      let typing = doc.getText().indexOf('\n\n', doc.offsetAt(mid) + 4000);
      for (const word of [' Premier', ' Lotte', ' Brand', ' said', ' it', ' would', ' wait.']) {
        void claimlens.detection(doc);
        await editor.edit((b) => b.insert(doc.positionAt(typing), word));
        typing += word.length;
      }
      await few('typed while detecting');
    } finally {
      listening.dispose();
    }
    assert.ok(sent.length > 0 && sent.every((n) => n <= FEW), `bands sent by each paint while typing: ${sent.join(' ')}`);
    // several changes in one edit, far apart
    await editor.edit((b) => {
      b.insert(doc.positionAt(1500), ' Councillor Aram Vey said so.');
      b.insert(doc.positionAt(doc.getText().length - 1500), ' Premier Lotte Brand agreed.');
    });
    await painted('two places changed at once');
    await vscode.commands.executeCommand('undo');
    await painted('undone');
  });
});

describe('A long article opened', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of ['long.txt', 'long.txt.annotations.yaml']) await vscode.workspace.fs.delete(workspaceUri(f)).then(undefined, () => undefined);
  });

  it('paints the annotations on screen first, then the rest', async function () {
    this.timeout(120000);
    const claimlens = await api();
    const text = newsText(300_000, 4);
    const placed = annotateNames(text, 3000, 'l', () => 'event');
    const enc = new TextEncoder();
    await vscode.workspace.fs.writeFile(workspaceUri('long.txt'), enc.encode(text));
    await vscode.workspace.fs.writeFile(workspaceUri('long.txt.annotations.yaml'), enc.encode(serializeSidecar(toSidecar('long.txt', text, placed))));
    const seen: Array<{ tags: number[]; suggestions: number }> = [];
    const doc = await vscode.workspace.openTextDocument(workspaceUri('long.txt'));
    const listening = claimlens.onDidRender((e) => {
      if (e.document !== doc) return;
      const d = claimlens.decorations(e)!;
      seen.push({ tags: d.tag.map((r) => r.start.line), suggestions: d.actorSuggestion.length });
    });
    try {
      const editor = await vscode.window.showTextDocument(doc);
      // the actors detected, but for those on a span annotated already
      const annotated = new Set(placed.map((p) => `${p.start},${p.end}`));
      const open = (await claimlens.detection(doc))!.actors.filter((a) => !annotated.has(`${a.start},${a.end}`)).length;
      await waitFor('every annotation and suggestion painted', () => {
        const d = claimlens.decorations(editor);
        return d && d.tag.length === 3000 && d.actorSuggestion.length === open;
      }, 60000).catch((e: Error) => {
        const d = claimlens.decorations(editor);
        throw new Error(`${e.message}: ${d?.tag.length} annotations, ${d?.actorSuggestion.length} of ${open} suggestions`);
      });
      const lastLine = editor.visibleRanges[editor.visibleRanges.length - 1].end.line;
      const firstTags = seen.find((s) => s.tags.length)!;
      assert.ok(firstTags.tags.length < 3000 && firstTags.tags.every((l) => l <= lastLine + 80), `the first paint of annotations: ${firstTags.tags.length}, to line ${Math.max(...firstTags.tags)}`);
      // suggestions: first those of the paragraphs on screen, the whole text's only with the annotations
      const firstSuggested = seen.find((s) => s.suggestions > 0)!;
      assert.ok(firstSuggested.suggestions < open / 5, `the first paint of suggestions: ${firstSuggested.suggestions} of ${open}`);
      assert.ok(seen.filter((s) => s.suggestions === open).every((s) => s.tags.length > 0), 'the whole text\'s suggestions painted before the annotations');
    } finally {
      listening.dispose();
    }
  });
});

describe('The detection worker', () => {
  it('looks at a long text\'s paragraphs on screen on their own, analyses the whole, then only what an edit changed', async () => {
    const ext = vscode.extensions.getExtension('claimlens.claimlens')!;
    const log = vscode.window.createOutputChannel('Claimlens worker test');
    const client = new DetectorClient(ext.extensionPath, log);
    try {
      assert.strictEqual(client.inWorker, true);
      const text = newsText(200_000, 8);
      const shown: [number, number] = [0, text.indexOf('\n\n', 3000)];
      const preview = await client.preview(text, shown);
      assert.ok(preview.actors.length > 5 && preview.actors.every((a) => a.end <= shown[1] && text.slice(a.start, a.end) === a.text));
      const whole = await client.detect('long', text);
      assert.ok(whole.result.actors.length > preview.actors.length * 10);
      assert.deepStrictEqual(whole.result, detect(text));
      // the text edited: a delta
      const edited = text.replace('\n\n', '\n\nMayor Ines Kolar said the port was closed.\n\n');
      const again = await client.detect('long', edited);
      assert.ok(again.delta && again.delta.actors.middle.length < 10);
      assert.deepStrictEqual(again.result, detect(edited));
    } finally {
      client.dispose();
      log.dispose();
    }
  });
});
