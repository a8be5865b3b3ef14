#!/usr/bin/env node
// npm test: does all the set-up a fresh machine needs, then runs both tiers.
//   unit         the core in plain Node (mocha)
//   integration  the extension in a real VS Code extension host
// Host for the integration tier (CLAIMLENS_TEST_HOST): "desktop" = VS Code downloaded by
// @vscode/test-electron; "code-server" = code-server + headless Chromium (scripts/host/);
// unset = code-server on Linux without a display (CI, containers), desktop elsewhere.
//   start        `npm start` serves code-server and stops cleanly (where code-server is the host)
//   node scripts/test.mjs [--unit] [--integration] [--start]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build, ensureDependencies, installHost, root, step } from './lib.mjs';

process.chdir(root);
const only = process.argv.slice(2);
const want = (tier) => !only.length || only.includes(`--${tier}`);
/** Runs a command, passing its output through, and resolves to [exit code, stdout text]. */
const tee = (cmd, args, env) => new Promise((resolve) => {
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
  child.on('close', (code) => resolve([code ?? 1, out]));
});

/** Runs the mocha tests of a folder in this process: [passed, "N passed, M failed"]. */
async function runMocha(dir, timeout) {
  const { default: Mocha } = await import('mocha');
  const mocha = new Mocha({ reporter: 'spec', timeout });
  for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  await mocha.loadFilesAsync();
  const failures = await new Promise((resolve) => mocha.run(resolve));
  const total = mocha.suite.total();
  return [failures === 0 && total > 0, `${total - failures} passed, ${failures} failed`];
}
const hostDefault = () => (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? 'code-server' : 'desktop');

ensureDependencies();
build();

const results = [];

// 3. unit tier
if (want('unit')) {
  step('unit tests (plain Node)');
  // property tests: a fixed seed in CI (reproducible), a new one elsewhere; FC_SEED repeats a run
  // (the tests require the CommonJS build: configure that one)
  const fc = createRequire(import.meta.url)('fast-check');
  const seed = Number(process.env.FC_SEED ?? (process.env.CI ? 20261128 : Date.now() % 2147483647));
  fc.configureGlobal({ seed });
  console.log(`property tests: seed ${seed} (FC_SEED=${seed} repeats this run)`);
  results.push(['unit', ...await runMocha(path.join(root, 'out', 'test', 'unit'), 20000)]);
}

// 4. integration tier
if (want('integration')) {
  const host = process.env.CLAIMLENS_TEST_HOST ?? hostDefault();
  step(`integration tests (real extension host: ${host})`);
  const env = { ...process.env, CLAIMLENS_TEST_HOST: host };
  let ok = true;
  if (host === 'code-server') {
    const vars = installHost({ browser: true });
    if (!vars) {
      console.error('could not install the code-server test host (see above)');
      ok = false;
    }
    Object.assign(env, vars);
    env.CLAIMLENS_SCREENSHOTS = '1';
    env.CLAIMLENS_SHOT_DIR = path.join(root, 'docs');
  }
  let counts = 'did not run';
  if (ok) {
    const [code, out] = await tee(process.execPath, ['out/test/integration/runTest.js'], env);
    // one line per extension-host run (the tests, then the Restricted Mode suite)
    const runs = [...out.matchAll(/integration: (\d+) passed, (\d+) failed/g)];
    counts = runs.length ? `${runs.reduce((n, m) => n + Number(m[1]), 0)} passed, ${runs.reduce((n, m) => n + Number(m[2]), 0)} failed` : 'no result reported';
    ok = code === 0 && !/^0 passed/.test(counts);
  }
  results.push(['integration', ok, counts]);
}

// 5. npm start, where it serves code-server (no desktop VS Code): it answers, has Claimlens
// installed, and stops cleanly
if (want('start') && (process.env.CLAIMLENS_TEST_HOST ?? hostDefault()) === 'code-server') {
  step('npm start and Restricted Mode in the workbench (code-server)');
  results.push(['start', ...await runMocha(path.join(root, 'out', 'test', 'start'), 420000)]);
}

step('summary');
for (const [tier, ok, counts] of results) console.log(`${tier}: ${counts}${ok ? '' : ' (FAILED)'}`);
const sum = (i) => results.reduce((n, r) => n + Number(/(\d+) passed, (\d+) failed/.exec(r[2])?.[i] ?? 0), 0);
console.log(`${sum(1)} passed, ${sum(2) + results.filter((r) => !r[1] && !/[1-9]\d* failed/.test(r[2])).length} failed`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
