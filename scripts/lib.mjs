// Set-up steps shared by `npm test` and `npm start`. Only Node built-ins here: this runs
// before the project's own dependencies are installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts }).status ?? 1;
export const step = (m) => console.log(`\n=== ${m}`);

/** Installs the npm dependencies when they are missing or older than the lock file. */
export function ensureDependencies() {
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs) return;
  step('npm ci');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

/** Bundles the extension and CLI (and, unless production, compiles the tests). */
export function build(...flags) {
  step(`build ${flags.join(' ')}`.trim());
  if (run(process.execPath, ['scripts/build.mjs', ...flags]) !== 0) process.exit(1);
}

/**
 * Installs code-server on Node 24 (and with `browser`, Chromium) into the host cache and
 * returns the variables that locate them (NODE24_BIN, CODE_SERVER_ENTRY).
 */
export function installHost({ browser = false } = {}) {
  step('code-server host');
  const r = spawnSync('bash', ['scripts/host/install.sh', ...(browser ? ['--with-browser'] : [])], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8',
  });
  if (r.status !== 0) return undefined;
  const vars = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) vars[m[1]] = m[2];
  }
  return vars;
}

/** Whether a command is on PATH. */
export function onPath(cmd) {
  return spawnSync(process.platform === 'win32' ? 'where' : 'which', [cmd], { stdio: 'ignore' }).status === 0;
}
