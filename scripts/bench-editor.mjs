#!/usr/bin/env node
// npm run bench:editor: the extension-host benchmarks, each in a workbench of its own (the
// workspace benchmark's 10,000 new files keep a workbench busy long after they are indexed):
// the editor with 20,000 annotations, then the workspace index of 10,000 articles.
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

let status = 0;
for (const grep of ['^editor benchmark', '^workspace index benchmark']) {
  const r = spawnSync(process.execPath, ['scripts/test.mjs', '--integration'], {
    cwd: root, stdio: 'inherit', env: { ...process.env, CLAIMLENS_BENCH: '1', CLAIMLENS_TEST_GREP: grep },
  });
  status ||= r.status ?? 1;
}
process.exit(status);
