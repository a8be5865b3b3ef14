// Bundles the extension and the command line with esbuild, and compiles the tests with tsc.
//   node scripts/build.mjs [--production] [--watch]
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables leave \p{…} out of node20, and would rewrite every such regular expression
  // literal into a `new RegExp(…)` built at each evaluation: Node has had them since v10 (this
  // alone makes `claimlens detect` some 6% faster)
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/detection/detectWorker.ts'], outfile: 'dist/detectWorker.js' },
  { ...common, entryPoints: ['src/extension/sidecarWorker/worker.ts'], outfile: 'dist/sidecarWorker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // the who-said-what graph, in a webview and in `claimlens report --format html` (browser code)
  {
    bundle: true, platform: 'browser', target: 'es2022', format: 'iife', sourcemap: false, minify: true, logLevel: 'warning',
    entryPoints: ['src/webview/graph/main.ts'], outfile: 'dist/graph.js',
  },
  { bundle: true, minify: true, logLevel: 'warning', entryPoints: ['src/webview/graph/graph.css'], outfile: 'dist/graph.css' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('[build] watching src/ ...');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  if (!production) {
    // tests (and the core they import) as CommonJS in out/, type-checked; out/ starts empty, so a
    // test that was removed or renamed cannot linger there and run again
    rmSync('out', { recursive: true, force: true });
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });
    if (tsc.status !== 0) process.exit(tsc.status ?? 1);
    // the webview code has its own project (the DOM, no Node)
    const web = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'src/webview', '--noEmit'], { stdio: 'inherit' });
    if (web.status !== 0) process.exit(web.status ?? 1);
  }
}
