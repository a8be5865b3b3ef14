import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Sidecar } from '../../core/sidecar/model';
import { SIDECAR_SUFFIX } from '../../core/sidecar/model';
import { parseSidecar } from '../../core/sidecar/parse';
import { readText } from '../annotations/sidecarFiles';
import { errorMessage } from '../../core/text/display';

/** Another analyst's set: a folder laid out like the workspace, or a git revision of its repository. */
export type CompareSource = { kind: 'folder'; uri: vscode.Uri } | { kind: 'git'; rev: string };

export interface TheirSidecar {
  sidecar?: Sidecar;
  /** Where it was read from (for the status bar and messages). */
  where: string;
  /** Why there is none: not in that set, unreadable. */
  problem?: string;
}

export function sourceLabel(s: CompareSource): string {
  return s.kind === 'folder' ? vscode.workspace.asRelativePath(s.uri) : s.rev;
}

function run(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }, (err, stdout, stderr) => {
      if (err) reject(new Error((stderr || err.message).trim().split('\n').pop()?.replace(/^fatal: /, '') ?? 'git failed'));
      else resolve(stdout);
    });
  });
}

/** The folder git commands run in: the active article's, else the first workspace folder's. */
function gitFolder(): string | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.uri.scheme === 'file') return path.dirname(doc.uri.fsPath);
  const f = vscode.workspace.workspaceFolders?.find((w) => w.uri.scheme === 'file');
  return f?.uri.fsPath;
}

/** Asks which set to compare with: a folder, a branch or tag, or any revision. */
export async function pickSource(): Promise<CompareSource | undefined> {
  const cwd = gitFolder();
  const refs = cwd ? await run(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'], cwd).then((o) => o.split('\n').filter(Boolean), () => [] as string[]) : [];
  type Item = vscode.QuickPickItem & { pick: () => Promise<CompareSource | undefined> };
  const items: Item[] = [
    { label: '$(folder) A Folder…', description: 'another analyst\'s copy of these articles', pick: async () => {
      const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Compare' });
      return picked?.[0] ? { kind: 'folder', uri: picked[0] } : undefined;
    } },
    ...refs.map((r): Item => ({ label: `$(git-branch) ${r}`, description: 'git', pick: async () => ({ kind: 'git', rev: r }) })),
    ...(cwd ? [{ label: '$(git-commit) Another Revision…', description: 'a commit, HEAD~1, a tag', pick: async () => {
      const rev = await vscode.window.showInputBox({ title: 'Claimlens: Compare with a Revision', prompt: 'A git revision of this repository', placeHolder: 'HEAD~1' });
      return rev?.trim() ? { kind: 'git', rev: rev.trim() } as CompareSource : undefined;
    } } as Item] : []),
  ];
  const choice = await vscode.window.showQuickPick(items, { title: 'Claimlens: Compare with Another Analyst', placeHolder: 'Whose annotations: a folder, or a branch or revision of this repository' });
  return choice?.pick();
}

/** The other set's sidecar of an article: by the article's path inside the workspace folder (or its name). */
export async function loadTheirs(source: CompareSource, article: vscode.Uri): Promise<TheirSidecar> {
  const read = (text: string | undefined, where: string): TheirSidecar => {
    if (text === undefined) return { where, problem: `${where} does not exist` };
    const parsed = parseSidecar(text);
    if (!parsed.ok) return { where, problem: `${where}:${parsed.problems[0].line}:${parsed.problems[0].col}: ${parsed.problems[0].message}` };
    return { where, sidecar: parsed.sidecar };
  };
  if (source.kind === 'folder') {
    const rel = vscode.workspace.asRelativePath(article, false);
    const name = article.path.slice(article.path.lastIndexOf('/') + 1);
    for (const candidate of [...new Set([rel, name])]) {
      const uri = vscode.Uri.joinPath(source.uri, ...candidate.split('/'));
      const target = uri.with({ path: uri.path + SIDECAR_SUFFIX });
      const text = await readText(target).catch(() => undefined);
      if (text !== undefined) return read(text, vscode.workspace.asRelativePath(target));
    }
    return { where: sourceLabel(source), problem: `${sourceLabel(source)} has no annotations of ${rel}` };
  }
  if (article.scheme !== 'file') return { where: source.rev, problem: 'git revisions need a file on local disk' };
  const dir = path.dirname(article.fsPath);
  try {
    const top = (await run(['rev-parse', '--show-toplevel'], dir)).trim();
    const rel = path.relative(top, article.fsPath).split(path.sep).join('/') + SIDECAR_SUFFIX;
    const where = `${source.rev}:${rel}`;
    const text = await run(['cat-file', 'blob', where], top).catch(() => undefined);
    return read(text, where);
  } catch (e) {
    return { where: source.rev, problem: errorMessage(e) };
  }
}
