import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

describe('packaging', () => {
  it('makes a small .vsix of the bundles, without sources or tests', function () {
    this.timeout(120000);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const script: string = pkg.scripts.package;
    const vsceArgs = script.slice(script.indexOf('vsce package') + 'vsce '.length).split(/\s+/).filter((a) => a !== '--out' && a !== 'claimlens.vsix');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vsix-'));
    try {
      const out = path.join(dir, 'claimlens.vsix');
      const r = spawnSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), ...vsceArgs, '--out', out], { cwd: root, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      const size = fs.statSync(out).size;
      assert.ok(size < 2 * 1024 * 1024, `the .vsix is ${size} bytes`);
      const listing = r.stdout;
      for (const inside of ['extension.js', 'cli.js', 'article.tmLanguage.json', 'sidecar.schema.json', 'package.json']) assert.ok(listing.includes(inside), `${inside} is packaged`);
      for (const outside of [/src\//, /test\//, /\.ts\b/, /node_modules/, /samples\//]) assert.doesNotMatch(listing, outside);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
