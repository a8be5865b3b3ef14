import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { articleText } from '../../core/text/article';
import { sha256Hex } from '../../core/text/hash';
import { isTrusted } from '../trust/trust';

/** How many texts of articles the cache keeps (the newest). */
const CACHE_ENTRIES = 200;
/** How often the cache is pruned: after this many new texts. */
const PRUNE_EVERY = 20;
/** How many of the latest commits that touched an article git is asked about. */
const GIT_DEPTH = 20;

const run = (args: string[], cwd: string): Promise<string | undefined> => new Promise((resolve) => {
  execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }, (err, stdout) => resolve(err ? undefined : stdout));
});

/**
 * The text an article had when its sidecar was written, for re-anchoring through a diff: from a
 * cache of the texts Claimlens saved sidecars for (in the extension's workspace storage), else
 * from git (the article's version in the index, HEAD or its latest commits whose SHA-256 is the
 * sidecar's). Git runs only in a trusted workspace (a repository's configuration can run programs).
 */
export class PreviousTexts {
  /** Texts written since the cache started (every PRUNE_EVERY-th write prunes it). */
  private written = 0;

  constructor(private readonly storage: vscode.Uri | undefined) {}

  private file(sha: string): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, 'texts', `${sha}.txt`);
  }

  /** Remembers the text a sidecar was just written for. */
  async remember(text: string): Promise<void> {
    const sha = sha256Hex(text);
    const file = this.file(sha);
    if (!file || !this.storage) return;
    try {
      if (await vscode.workspace.fs.stat(file).then(() => true, () => false)) return;
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(this.storage, 'texts'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      // the folder is pruned now and then, not after every save
      if (++this.written % PRUNE_EVERY) return;
      const dir = vscode.Uri.joinPath(this.storage, 'texts');
      const entries = await vscode.workspace.fs.readDirectory(dir);
      if (entries.length > CACHE_ENTRIES) {
        const dated = await Promise.all(entries.map(async ([name]) => ({ name, mtime: (await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name))).mtime })));
        dated.sort((a, b) => a.mtime - b.mtime);
        for (const old of dated.slice(0, dated.length - CACHE_ENTRIES)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, old.name)).then(undefined, () => undefined);
      }
    } catch { /* a cache: a failure costs only the diff next time */ }
  }

  /** The article's text with this SHA-256, if the cache or git has it. */
  async find(article: vscode.Uri, sha: string): Promise<string | undefined> {
    const file = this.file(sha);
    if (file) {
      const cached = await vscode.workspace.fs.readFile(file).then((b) => new TextDecoder().decode(b), () => undefined);
      if (cached !== undefined && sha256Hex(cached) === sha) return cached;
    }
    if (article.scheme !== 'file' || !isTrusted()) return undefined;
    const cwd = path.dirname(article.fsPath);
    const name = path.basename(article.fsPath);
    const tracked = (await run(['ls-files', '--full-name', '--', name], cwd))?.trim();
    if (!tracked) return undefined;
    const log = (await run(['log', `-n${GIT_DEPTH}`, '--format=%H', '--', name], cwd)) ?? '';
    for (const rev of new Set(['', 'HEAD', ...log.split('\n').filter(Boolean)])) {
      const blob = await run(['show', `${rev}:${tracked}`], cwd);
      if (blob === undefined) continue;
      const text = articleText(blob);
      if (sha256Hex(text) === sha) return text;
    }
    return undefined;
  }
}
