import { spawnSync } from 'child_process';
import { InputError } from './files';

/** Runs the `git` binary; returns its output, or throws an InputError naming what failed and why. */
export function git(args: readonly string[], what: string, cwd?: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new InputError(`${what}: cannot run git (${(r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed or not on the PATH' : r.error.message})`);
  if (r.status !== 0) throw new InputError(`${what}: ${(r.stderr.trim().split('\n').pop() ?? '').replace(/^(fatal|error): /, '') || `git ${args[0]} failed`}`);
  return r.stdout;
}

/** As git(), or undefined when git fails. */
export function gitOrUndefined(args: readonly string[], cwd?: string): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  return r.status === 0 && !r.error ? r.stdout : undefined;
}

/** `REV:PATH` split into the revision and the path (relative to the repository's top), or undefined. */
export function revisionPath(spec: string, cwd?: string): { rev: string; path: string } | undefined {
  const m = /^([^:\s]+):(.*)$/.exec(spec);
  if (!m || /^[A-Za-z]$/.test(m[1])) return undefined; // a Windows drive letter
  let path = m[2].replace(/\/+$/, '');
  if (path === '.' || path.startsWith('./') || path.startsWith('../')) {
    // relative to the current folder, as git reads REV:./PATH
    const prefix = git(['rev-parse', '--show-prefix'], spec, cwd).trim();
    const parts = (prefix + path).split('/');
    const out: string[] = [];
    for (const p of parts) {
      if (p === '..') out.pop();
      else if (p && p !== '.') out.push(p);
    }
    path = out.join('/');
  }
  return { rev: m[1], path };
}
