import * as vscode from 'vscode';

/**
 * Says whether the workbench may not have applied an editor's latest decorations yet. The
 * workbench applies decorations to its text as it is when they arrive: text typed before that
 * (in the workbench, ahead of the extension host) is not mapped through them, so they may stand
 * off their words by what was typed. Right after a paint a question goes to the workbench; its
 * answer comes back after everything the workbench did before taking the paint in, so an edit
 * reported before that answer may have come first (and what was painted is sent again).
 */
export class PaintAcks {
  /** Each editor's last paint: whether the workbench has answered since, and when it does. */
  private readonly last = new WeakMap<vscode.TextEditor, { answered: boolean; taken: Promise<void> }>();

  /** Call after setting an editor's decorations; resolves when the workbench has taken them in. */
  sent(editor: vscode.TextEditor): Promise<void> {
    // a question the workbench answers without doing anything (the list of languages)
    const paint = { answered: false, taken: Promise.resolve() };
    const done = (): void => { paint.answered = true; };
    paint.taken = Promise.resolve(vscode.languages.getLanguages()).then(done, done);
    this.last.set(editor, paint);
    return paint.taken;
  }

  /** Resolves when the workbench has taken in the editor's last paint. */
  taken(editor: vscode.TextEditor): Promise<void> {
    return this.last.get(editor)?.taken ?? Promise.resolve();
  }

  /** Whether an edit reported now may have reached the workbench before the editor's last paint. */
  pending(editor: vscode.TextEditor): boolean {
    return this.last.get(editor)?.answered === false;
  }
}
