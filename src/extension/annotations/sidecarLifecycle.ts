import * as vscode from 'vscode';
import { errorMessage } from '../../core/text/display';
import { articlePathOf } from '../../core/sidecar/model';
import { parseSidecar } from '../../core/sidecar/parse';
import { serializeSidecar } from '../../core/sidecar/write';
import { baseName, readText, sidecarUri, writeTextAtomic } from './sidecarFiles';

/**
 * Moves the sidecars of renamed articles along with them, naming the new article in each (a
 * sidecar that cannot be read is moved as it is, never rewritten). `moved` is told of each
 * article whose sidecar moved.
 */
export async function moveSidecars(files: ReadonlyArray<{ oldUri: vscode.Uri; newUri: vscode.Uri }>, moved: (oldUri: vscode.Uri) => void): Promise<void> {
  for (const { oldUri, newUri } of files) {
    const from = sidecarUri(oldUri);
    const text = await readText(from).catch(() => undefined);
    if (text === undefined) continue; // a folder (its sidecars move with it) or an article without annotations
    const to = sidecarUri(newUri);
    try {
      const parsed = parseSidecar(text);
      if (parsed.ok) {
        parsed.sidecar.document.file = baseName(newUri);
        await writeTextAtomic(to, serializeSidecar(parsed.sidecar, text));
        await vscode.workspace.fs.delete(from);
      } else {
        await vscode.workspace.fs.rename(from, to); // never rewritten while unreadable
      }
      moved(oldUri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Claimlens could not move ${vscode.workspace.asRelativePath(from)} with its article: ${errorMessage(e)}`);
    }
  }
}

/**
 * Articles with annotations were deleted: each sidecar is kept unless the analyst says otherwise.
 * `dropped` is told of each such article before the question is asked.
 */
export async function offerSidecarDeletion(files: readonly vscode.Uri[], dropped: (article: vscode.Uri) => void): Promise<void> {
  for (const uri of files) {
    if (articlePathOf(uri.path) !== undefined) continue;
    const sidecar = sidecarUri(uri);
    try {
      await vscode.workspace.fs.stat(sidecar);
    } catch {
      continue;
    }
    dropped(uri);
    const answer = await vscode.window.showWarningMessage(
      `${baseName(uri)} was deleted. Its annotations are still in ${baseName(sidecar)}.`,
      'Keep Annotations', 'Delete Annotations',
    );
    if (answer === 'Delete Annotations') await vscode.workspace.fs.delete(sidecar, { useTrash: true }).then(undefined, () => vscode.workspace.fs.delete(sidecar));
  }
}
