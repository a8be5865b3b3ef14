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
      for (const inside of ['extension.js', 'cli.js', 'graph.js', 'graph.css', 'article.tmLanguage.json', 'sidecar.schema.json', 'package.json']) assert.ok(listing.includes(inside), `${inside} is packaged`);
      for (const outside of [/src\//, /test\//, /\.ts\b/, /node_modules/, /samples\//]) assert.doesNotMatch(listing, outside);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const commands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));

  it('declares a Get Started walkthrough whose steps complete on what the analyst does', () => {
    const [walk] = pkg.contributes.walkthroughs;
    assert.ok(walk.steps.length >= 4);
    const events: string[] = walk.steps.flatMap((s: { completionEvents: string[] }) => s.completionEvents);
    for (const s of walk.steps) {
      assert.ok(s.completionEvents.length > 0, `${s.id} has completion events`);
      assert.ok(fs.existsSync(path.join(root, s.media.markdown)), `${s.media.markdown} exists`);
      for (const m of s.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(m[1]), `${s.id} links to a contributed command ${m[1]}`);
    }
    for (const cmd of ['acceptSuggestion', 'tagSelection', 'setSpeaker', 'exportSpans']) assert.ok(events.includes(`onCommand:claimlens.${cmd}`), cmd);
    assert.ok(events.includes('onContext:claimlens.isArticle'), 'opening an article completes the first step');
    const welcome: string[] = pkg.contributes.viewsWelcome.map((w: { contents: string }) => w.contents);
    assert.ok(welcome.every((c) => c.includes('command:claimlens.openWalkthrough')), 'every welcome view points to it');
  });

  it('says what Claimlens does in Restricted Mode and in virtual workspaces', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.match(pkg.capabilities.untrustedWorkspaces.description, /writes nothing/);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.virtualWorkspaces.description.length > 20);
  });
});
