// The workspace index in the real extension host: 10,000 generated annotated articles read
// through VS Code's file system and indexed in the background, then the Workspace views' rows and
// the graph's data. Prints seconds and memory; asserts the counts.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { graphData } from '../../../src/core/corpus/graph';
import { writeCorpus } from '../../bench/sidecarCorpus';
import { api, waitFor, workspaceUri } from '../helpers';

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

describe('workspace index benchmark', () => {
  it('indexes 10,000 annotated articles in the extension host', async function () {
    this.timeout(600000);
    const claimlens = await api();
    await claimlens.workspaceReady();
    const baseline = process.memoryUsage();
    const dir = path.join(workspaceUri('corpus').fsPath, 'bench');
    let t0 = performance.now();
    const ex = writeCorpus(dir, 10000, 23);
    const written = (performance.now() - t0) / 1000;
    // the file watcher reports the new sidecars, and the index takes them in as they come
    t0 = performance.now();
    await waitFor('the new sidecars indexed as the watcher reports them', () => claimlens.workspaceIndex().files().filter((f) => f.includes('/corpus/bench/')).length === 10000, 120000).catch(() => undefined);
    const watched = (performance.now() - t0) / 1000;
    const seen = claimlens.workspaceIndex().files().filter((f) => f.includes('/corpus/bench/')).length;
    // the corpus's aliases in the workspace's actors file
    await vscode.workspace.fs.writeFile(workspaceUri('.claimlens', 'actors.yaml'), await vscode.workspace.fs.readFile(vscode.Uri.file(path.join(dir, '.claimlens', 'actors.yaml'))));
    await claimlens.actorsLoaded();
    const before = process.memoryUsage();
    t0 = performance.now();
    await vscode.commands.executeCommand('claimlens.rebuildWorkspaceIndex');
    const secs = (performance.now() - t0) / 1000;
    const after = process.memoryUsage();
    const index = claimlens.workspaceIndex();
    const ours = index.files().filter((f) => f.includes('/corpus/bench/'));
    assert.strictEqual(ours.length, 10000);
    const t1 = performance.now();
    const actors = claimlens.workspaceRows('workspaceActors');
    const speakers = claimlens.workspaceRows('workspaceClaims');
    const graph = graphData(index, undefined);
    const queryMs = performance.now() - t1;
    const inBench = index.claims().filter((c) => c.file.includes('/corpus/bench/'));
    assert.strictEqual(inBench.length, ex.claims);
    assert.ok(actors.length > 0 && speakers.length > 0 && graph.edges.length > 0);
    console.log(`  corpus written in ${written.toFixed(1)} s; the watcher's events indexed ${seen} of its articles in ${watched.toFixed(1)} s after that`);
    console.log(`  workspace index rebuilt: 10,000 articles (${ex.claims} claims) in ${secs.toFixed(1)} s (target <= 10 s);`
      + ` extension host heap ${mb(baseline.heapUsed)} before the corpus -> ${mb(after.heapUsed)} with it indexed (${mb(before.heapUsed)} before the rebuild),`
      + ` RSS ${mb(baseline.rss)} -> ${mb(after.rss)},`
      + ` peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (target < 300 MB for the index);`
      + ` views' rows and graph data ${queryMs.toFixed(0)} ms`);
    await vscode.workspace.fs.delete(vscode.Uri.file(dir), { recursive: true });
    await vscode.workspace.fs.delete(workspaceUri('.claimlens', 'actors.yaml'));
  });
});
