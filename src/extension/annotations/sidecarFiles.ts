import { removeStaleTemporaries, withFileLockAsync, writeFileAtomicAsync } from '../../core/files/atomicFile';
import { promises as fsp } from 'fs';
import * as vscode from 'vscode';
import { sidecarPathOf } from '../../core/sidecar/model';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** The sidecar URI of an article URI. */
export function sidecarUri(article: vscode.Uri): vscode.Uri {
  return article.with({ path: sidecarPathOf(article.path) });
}

/** Base name of a URI's path. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

const missing = (e: unknown): boolean => (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR';

/**
 * Reads a text file; undefined when it does not exist. Local files are read through the operating
 * system: VS Code's file service would answer only once the workbench is free again, which it is
 * not while it opens a long article.
 */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme === 'file') {
    try {
      return decoder.decode(await fsp.readFile(uri.fsPath));
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  }
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

/** A file's size in bytes; 0 when it does not exist. */
export async function sizeOf(uri: vscode.Uri): Promise<number> {
  if (uri.scheme === 'file') return fsp.stat(uri.fsPath).then((st) => st.size, () => 0);
  return vscode.workspace.fs.stat(uri).then((st) => st.size, () => 0);
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same folder, flushed to
 * disk, which then replaces the target in one rename, so no reader ever sees a missing or
 * half-written file, even after a power loss. Local files go through the operating system (VS
 * Code's file service deletes the target before renaming over it, and cannot flush); other file
 * systems through VS Code's, as atomically as they allow.
 */
export async function writeTextAtomic(uri: vscode.Uri, text: string): Promise<void> {
  if (uri.scheme === 'file') {
    try {
      return await writeFileAtomicAsync(uri.fsPath, text);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      // as VS Code's file service does, the folder is made if it is not there yet (an export
      // folder, a rename into a new folder); only then, not on every save
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      return writeFileAtomicAsync(uri.fsPath, text);
    }
  }
  const name = baseName(uri);
  const tmp = uri.with({ path: uri.path.slice(0, uri.path.length - name.length) + `.${name}.${process.pid}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}

/** Runs a read-modify-write of a local sidecar while holding its lock (shared with the command line). */
export function withSidecarLock<T>(uri: vscode.Uri, work: () => Promise<T>): Promise<T> {
  return uri.scheme === 'file' ? withFileLockAsync(uri.fsPath, work) : work();
}

/** Removes temporary files that writers which are gone left beside a local sidecar. */
export function removeLeftovers(uri: vscode.Uri): void {
  if (uri.scheme === 'file') removeStaleTemporaries(uri.fsPath);
}
