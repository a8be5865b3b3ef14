import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { writeFileAtomic } from '../core/files/atomicFile';
import { basename, dirname, join, resolve } from 'path';
import { articleText } from '../core/text/article';
import { articlePathOf, sidecarPathOf, SIDECAR_SUFFIX } from '../core/sidecar/model';

export class InputError extends Error {}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
}

/** Reads a text file, naming the file and the reason when it cannot. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${why(e)}`);
  }
}

/** Reads an article as the offsets count it (UTF-8, no byte order mark). */
export function readArticle(file: string): string {
  return articleText(readTextFile(file));
}

/** The file at `rel` in the nearest folder at or above `dir` that has one, or undefined. */
export function nearest(dir: string, rel: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, rel);
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** Writes a file atomically and durably: a flushed temporary file renamed over the target. */
export function writeAtomic(file: string, text: string): void {
  writeFileAtomic(file, text);
}

/**
 * The sidecars named by command-line paths: an article (its sidecar), a sidecar, or a folder
 * (searched recursively). Sorted, without duplicates.
 */
export function sidecarsOf(paths: readonly string[]): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(p);
      } else if (entry.name.endsWith(SIDECAR_SUFFIX)) out.add(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new InputError(`${p}: cannot read: ${why(e)}`);
    }
    if (st.isDirectory()) walk(p);
    else if (articlePathOf(p) !== undefined) out.add(p);
    else {
      const sidecar = sidecarPathOf(p);
      try {
        statSync(sidecar);
      } catch {
        throw new InputError(`${p}: has no annotations (no ${basename(sidecar)})`);
      }
      out.add(sidecar);
    }
  }
  return [...out].sort();
}

/** The folder the paths have in common, for article names relative to it. */
export function commonDir(paths: readonly string[]): string {
  const dirs = paths.map((p) => {
    const abs = resolve(p);
    return existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
  });
  let common = dirs[0] ?? process.cwd();
  for (const d of dirs.slice(1)) while (!(d + '/').startsWith(common.endsWith('/') ? common : common + '/')) common = dirname(common);
  return common;
}
