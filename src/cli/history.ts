import { basename, dirname } from 'path';
import { sha256Hex } from '../core/text/hash';
import { articleText } from '../core/text/article';
import { gitOrUndefined } from './git';

/** How many of the latest commits that touched an article are looked at for its old text. */
export const HISTORY_DEPTH = 20;

/**
 * The article's text as it was when its sidecar was written, from git: the version of this path
 * in the index, HEAD or the latest commits that changed it whose SHA-256 is the sidecar's
 * `document.sha256`. Undefined outside a repository or when no version matches.
 */
export function textFromGit(articlePath: string, sha256: string): string | undefined {
  const cwd = dirname(articlePath);
  const name = basename(articlePath);
  const inRepo = gitOrUndefined(['ls-files', '--full-name', '--', name], cwd)?.trim();
  if (!inRepo) return undefined;
  const revisions = ['', 'HEAD', ...(gitOrUndefined(['log', `-n${HISTORY_DEPTH}`, '--format=%H', '--', name], cwd) ?? '').split('\n').filter(Boolean)];
  for (const rev of new Set(revisions)) {
    const blob = gitOrUndefined(['show', `${rev}:${inRepo}`], cwd);
    if (blob === undefined) continue;
    const text = articleText(blob);
    if (sha256Hex(text) === sha256) return text;
  }
  return undefined;
}
