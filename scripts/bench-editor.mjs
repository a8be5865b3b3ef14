#!/usr/bin/env node
// npm run bench:editor: the editor benchmark (20,000 annotations) in the real extension host.
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

const r = spawnSync(process.execPath, ['scripts/test.mjs', '--integration'], {
  cwd: root, stdio: 'inherit', env: { ...process.env, CLAIMLENS_BENCH: '1' },
});
process.exit(r.status ?? 1);
