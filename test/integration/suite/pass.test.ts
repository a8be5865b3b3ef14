// The README's "typical pass", as the analyst makes it: every open suggestion is visited in
// document order (nested ones included, both directions, wrapping), each accept or reject lands
// on the suggestion navigation selected, and undo puts the sidecar back byte for byte.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { api, open, waitFor, workspaceUri } from '../helpers';

type Span = { start: number; end: number; kind: string };

describe('The typical pass over an article', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('visits every suggestion, acts on the selected one, and undoes and redoes it all', async () => {
    const claimlens = await api();
    const name = `pass-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('samples', 'drone-talks.txt'), workspaceUri(name));
    const editor = await open(name);
    const doc = editor.document;
    const sidecar = workspaceUri(`${name}.annotations.yaml`);
    const selection = (): [number, number] => [doc.offsetAt(editor.selection.start), doc.offsetAt(editor.selection.end)];
    const detection = (await claimlens.detection(doc))!;
    const all: Span[] = [
      ...detection.actors.map((a) => ({ start: a.start, end: a.end, kind: 'actor' })),
      ...detection.claims.map((c) => ({ start: c.start, end: c.end, kind: 'claim' })),
    ].sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === 'claim' ? -1 : 1));
    const nested = all.filter((a) => a.kind === 'actor' && all.some((c) => c.kind === 'claim' && c.start <= a.start && a.end <= c.end));
    assert.ok(nested.length >= 3, 'the sample has actors inside claims');
    assert.ok(nested.some((a) => all.some((c) => c.kind === 'claim' && c.end === a.end)), 'and one ending where its claim ends');

    // a hand-made annotation first: the sidecar the pass starts from
    editor.selection = new vscode.Selection(doc.positionAt(doc.getText().indexOf('14 November')), doc.positionAt(doc.getText().indexOf('14 November') + 11));
    await vscode.commands.executeCommand('claimlens.tagSelection', { tag: 'event' });
    await claimlens.flush();
    const start = fs.readFileSync(sidecar.fsPath);

    // Alt+] from the top visits every suggestion once, in order, then wraps; Alt+[ goes back the same way
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const forward: string[] = [];
    for (let k = 0; k < all.length; k++) {
      await vscode.commands.executeCommand('claimlens.nextSuggestion');
      const [s, e] = selection();
      forward.push(`${s}-${e}`);
    }
    assert.deepStrictEqual(forward, all.map((x) => `${x.start}-${x.end}`));
    await vscode.commands.executeCommand('claimlens.nextSuggestion');
    assert.deepStrictEqual(selection(), [all[0].start, all[0].end], 'wraps to the first');
    const backward: string[] = [];
    for (let k = 0; k < all.length; k++) {
      await vscode.commands.executeCommand('claimlens.previousSuggestion');
      const [s, e] = selection();
      backward.push(`${s}-${e}`);
    }
    assert.deepStrictEqual(backward, [...all.slice(1).reverse(), all[0]].map((x) => `${x.start}-${x.end}`), 'never stuck, wrapping at the start');

    // the pass: Alt+] once, then accept (which moves on) and reject in turn until nothing is left
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('claimlens.nextSuggestion');
    let steps = 0;
    for (;;) {
      const open = (await claimlens.detection(doc))!;
      const decided = new Set(claimlens.annotations(doc).filter((a) => a.range).map((a) => `${doc.offsetAt(a.range!.start)}-${doc.offsetAt(a.range!.end)}`));
      const left = [...open.actors.map((a) => ({ ...a, kind: 'actor' })), ...open.claims.map((c) => ({ ...c, kind: 'claim' }))]
        .filter((s) => !decided.has(`${s.start}-${s.end}`));
      if (!left.length) break;
      const [s, e] = selection();
      const meant = left.filter((x) => x.start === s && x.end === e);
      assert.ok(meant.length >= 1, `step ${steps}: the selection is on a suggestion`);
      const accept = steps % 3 !== 2;
      const before = new Set(claimlens.annotations(doc).map((a) => a.id));
      await vscode.commands.executeCommand(accept ? 'claimlens.acceptSuggestion' : 'claimlens.rejectSuggestion');
      const made = claimlens.annotations(doc).filter((a) => !before.has(a.id));
      const onSelected = made.find((a) => a.range && doc.offsetAt(a.range.start) === s && doc.offsetAt(a.range.end) === e);
      assert.ok(onSelected, `step ${steps}: the action landed on the selected span "${doc.getText().slice(s, e)}"`);
      assert.ok(meant.some((m) => m.kind === onSelected.tag), `step ${steps}: as the selected kind`);
      steps++;
      assert.ok(steps < 200, 'the pass ends');
    }
    assert.ok(steps >= all.length / 2, `the pass took ${steps} steps`);
    await claimlens.flush();
    const end = fs.readFileSync(sidecar.fsPath);

    // undo everything the pass did: the sidecar is the one it started from, byte for byte
    const depth = claimlens.history(doc).undo;
    assert.strictEqual(depth, steps + 1, 'one undo step per action (the tag included)');
    for (let k = 0; k < steps; k++) assert.strictEqual(await vscode.commands.executeCommand('claimlens.undoAnnotation'), true);
    await claimlens.flush();
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), start.toString('utf8'));
    // and redo it: the sidecar the pass ended with
    for (let k = 0; k < steps; k++) assert.strictEqual(await vscode.commands.executeCommand('claimlens.redoAnnotation'), true);
    await claimlens.flush();
    assert.strictEqual(fs.readFileSync(sidecar.fsPath, 'utf8'), end.toString('utf8'));
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.redoAnnotation'), false, 'nothing more to redo');

    // an edit of the text ends the annotations' history (VS Code's own undo takes over)
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), '\n'));
    await waitFor('the history to end', () => claimlens.history(doc).undo === 0);
  });

  it('sets the speaker of a suggested claim: accepted with the chosen speaker, not the detected one', async () => {
    const claimlens = await api();
    const name = `speaker-${Date.now().toString(36)}.txt`;
    await vscode.workspace.fs.copy(workspaceUri('samples', 'drone-talks.txt'), workspaceUri(name));
    const editor = await open(name);
    const doc = editor.document;
    const text = doc.getText();
    const detection = (await claimlens.detection(doc))!;
    const claim = detection.claims.find((c) => c.speaker && text.slice(c.start, c.end).startsWith('We have no connection'))!;
    assert.ok(claim, 'the sample has a detected claim with a speaker');
    const other = detection.actors.find((a) => a.actor !== claim.speaker!.actor && a.start < claim.start && a.type === 'state')!;
    editor.selection = new vscode.Selection(doc.positionAt(claim.start + 3), doc.positionAt(claim.start + 3));
    const actorId = await vscode.commands.executeCommand<string>('claimlens.setSpeaker', { actor: { start: other.start, end: other.end } });
    const byRange = (s: number, e: number) => claimlens.annotations(doc).find((a) => a.range && doc.offsetAt(a.range.start) === s && doc.offsetAt(a.range.end) === e);
    const accepted = byRange(claim.start, claim.end)!;
    assert.ok(accepted, 'the claim is accepted');
    assert.strictEqual(accepted.links?.speaker, actorId);
    assert.strictEqual(byRange(other.start, other.end)?.id, actorId, 'the chosen suggested actor is accepted');
    assert.strictEqual(byRange(claim.speaker!.start, claim.speaker!.end), undefined, 'the detected speaker is not confirmed');
    // one step undoes it all
    assert.strictEqual(await vscode.commands.executeCommand('claimlens.undoAnnotation'), true);
    assert.strictEqual(claimlens.annotations(doc).length, 0);
  });

  it('outlines the speaker and cue of the claim at the cursor, and the claims of the actor at the cursor', async () => {
    const claimlens = await api();
    const editor = await open('samples/drone-talks.txt');
    const doc = editor.document;
    const text = doc.getText();
    const detection = (await claimlens.detection(doc))!;
    const claim = detection.claims.find((c) => c.speaker && c.cue && text.slice(c.start, c.end).startsWith('We have no connection'))!;
    const ranges = (): string[] => claimlens.related(editor).map((r) => doc.getText(r));
    editor.selection = new vscode.Selection(doc.positionAt(claim.start + 2), doc.positionAt(claim.start + 2));
    assert.deepStrictEqual(await waitFor('outlines', () => (ranges().length ? ranges() : undefined)), [claim.speaker!.text, claim.cue!.text]);
    editor.selection = new vscode.Selection(doc.positionAt(claim.speaker!.start + 1), doc.positionAt(claim.speaker!.start + 1));
    const said = await waitFor('the actor\'s claims', () => (ranges().includes(text.slice(claim.start, claim.end)) ? ranges() : undefined));
    assert.ok(said.length >= 1);
  });
});
