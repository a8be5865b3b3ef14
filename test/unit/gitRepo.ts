// Temporary git repositories for the command line's git tests: their own HOME (no user or
// system config), a `claimlens` on the PATH that runs this build's CLI.
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
export { sidecarFor } from '../shared/sidecars';

const root = path.resolve(__dirname, '../../..');
export const cli = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin.claimlens);

export interface Repo {
  dir: string;
  env: NodeJS.ProcessEnv;
  git(...args: string[]): SpawnSyncReturns<string>;
  /** Runs the CLI in the repository. */
  claimlens(...args: string[]): SpawnSyncReturns<string>;
  write(file: string, text: string): void;
  read(file: string): string;
  commitAll(message: string): void;
  remove(): void;
}

export function makeRepo(): Repo {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-git-'));
  const dir = path.join(home, 'repo');
  const bin = path.join(home, 'bin');
  fs.mkdirSync(dir);
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'claimlens'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`, { mode: 0o755 });
  const env: NodeJS.ProcessEnv = {
    ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Test Analyst', GIT_AUTHOR_EMAIL: 'analyst@example.invalid',
    GIT_COMMITTER_NAME: 'Test Analyst', GIT_COMMITTER_EMAIL: 'analyst@example.invalid',
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const repo: Repo = {
    dir, env,
    git: (...args) => spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' }),
    claimlens: (...args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, env, encoding: 'utf8' }),
    write: (file, text) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    },
    read: (file) => fs.readFileSync(path.join(dir, file), 'utf8'),
    commitAll: (message) => {
      for (const args of [['add', '-A'], ['commit', '-q', '-m', message]]) {
        const r = repo.git(...args);
        if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      }
    },
    remove: () => fs.rmSync(home, { recursive: true, force: true }),
  };
  const init = repo.git('init', '-q', '-b', 'main');
  if (init.status !== 0) throw new Error(init.stderr);
  return repo;
}
