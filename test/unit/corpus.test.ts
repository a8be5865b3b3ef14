import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { addToActorsFile, renameActorInSidecar } from '../../src/core/corpus/edits';
import { claimMatches, describeFilter } from '../../src/core/corpus/filter';
import { graphData, stanceOf } from '../../src/core/corpus/graph';
import { recordOf, recordOfSidecar } from '../../src/core/corpus/records';
import { parseActorsFile } from '../../src/core/detect/actorsFile';
import type { Annotation } from '../../src/core/sidecar/model';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { corpusRows } from '../../src/extension/corpus/corpusRows';
import { writeCorpus } from '../bench/sidecarCorpus';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, maxBuffer: 1 << 28 });

const actor = (id: string, start: number, quote: string, actorName = quote, type = 'person'): Annotation => ({ id, tag: 'actor', start, end: start + quote.length, quote, attributes: { type, actor: actorName } });
const claim = (id: string, start: number, quote: string, speaker?: string, attributes: Record<string, unknown> = {}): Annotation => ({
  id, tag: 'claim', start, end: start + quote.length, quote, attributes, ...(speaker ? { links: { speaker } } : {}),
});

describe('workspace index (src/core/corpus)', () => {
  // "Ines Kolar said the Harbour Council would close the pier. Kolar added that Omar Haddad lied."
  const a = recordOf('a.txt', [
    actor('a1', 0, 'Ines Kolar'),
    claim('c1', 16, 'the Harbour Council would close the pier', 'a1', { kind: 'indirect', stance: 'opposes' }),
    actor('a2', 20, 'Harbour Council', 'Harbour Council', 'organization'),
    actor('a3', 58, 'Kolar'),
    claim('c2', 75, 'Omar Haddad lied', 'a3', { kind: 'indirect', stance: 'opposes', reliability: 'B', credibility: '2' }),
    actor('a4', 75, 'Omar Haddad'),
    { ...actor('r1', 90, 'Pier'), status: 'rejected' },
  ]);
  const b = recordOf('b.txt', [
    actor('b1', 0, 'Omar Haddad'),
    claim('d1', 20, 'Ines Kolar and the Harbour Council agree', 'b1', { kind: 'direct', stance: 'supports' }),
    actor('b2', 20, 'Ines Kolar'),
    actor('b3', 39, 'Harbour Council', 'Harbour Council', 'organization'),
    claim('d2', 70, 'nobody knows', undefined, { kind: 'direct' }),
    { ...actor('o1', 90, 'Someone'), orphaned: true },
  ]);
  const index = (): CorpusIndex => {
    const ix = new CorpusIndex();
    ix.setActors(parseActorsFile('actors:\n  - name: Ines Kolar\n    type: person\n    aliases: [Kolar]\n').actors);
    ix.set(b);
    ix.set(a);
    return ix;
  };

  it('counts mentions, articles and claims per canonical actor, aliases applied, rejected and orphaned left out', () => {
    const r = index().report();
    assert.strictEqual(r.articles, 2);
    assert.deepStrictEqual(r.actors, [
      { actor: 'Ines Kolar', type: 'person', mentions: 3, articles: 2, claims: 2 },
      { actor: 'Harbour Council', type: 'organization', mentions: 2, articles: 2, claims: 0 },
      { actor: 'Omar Haddad', type: 'person', mentions: 2, articles: 2, claims: 1 },
    ]);
  });

  it('lists claims in file order with their speaker and the actors inside them (not the speaker\'s own mention)', () => {
    const r = index().report();
    assert.deepStrictEqual(r.claims.map((c) => [c.file, c.id, c.speaker, c.about]), [
      ['a.txt', 'c1', 'Ines Kolar', ['Harbour Council']],
      ['a.txt', 'c2', 'Ines Kolar', ['Omar Haddad']],
      ['b.txt', 'd1', 'Omar Haddad', ['Ines Kolar', 'Harbour Council']],
      ['b.txt', 'd2', null, []],
    ]);
    assert.deepStrictEqual(r.pairs, [
      { speaker: 'Ines Kolar', about: 'Harbour Council', claims: 1 },
      { speaker: 'Ines Kolar', about: 'Omar Haddad', claims: 1 },
      { speaker: 'Omar Haddad', about: 'Harbour Council', claims: 1 },
      { speaker: 'Omar Haddad', about: 'Ines Kolar', claims: 1 },
    ]);
  });

  it('filters by tag, attribute and text, and says so', () => {
    const ix = index();
    assert.deepStrictEqual(ix.claims({ attributes: { stance: 'opposes' } }).map((c) => c.id), ['c1', 'c2']);
    assert.deepStrictEqual(ix.claims({ attributes: { reliability: 'B', credibility: '2' } }).map((c) => c.id), ['c2']);
    assert.deepStrictEqual(ix.claims({ text: 'haddad' }).map((c) => c.id), ['c2', 'd1']);
    assert.deepStrictEqual(ix.claims({ tag: 'quote' }), []);
    assert.deepStrictEqual(ix.actors({ attributes: { stance: 'supports' } }).map((x) => [x.actor, x.claims]), [['Ines Kolar', 0], ['Harbour Council', 0], ['Omar Haddad', 1]]);
    assert.strictEqual(describeFilter({ tag: 'claim', attributes: { stance: 'opposes' }, text: 'pier' }), 'tag claim · stance: opposes · “pier”');
    assert.strictEqual(describeFilter({}), undefined);
    assert.ok(claimMatches({ file: 'x', tag: 'claim', text: 'T', speaker: null, about: [], attributes: {} }, undefined));
  });

  it('follows changes: an article replaced or removed, new aliases', () => {
    const ix = index();
    ix.delete('b.txt');
    assert.deepStrictEqual(ix.report().actors.map((x) => [x.actor, x.mentions]), [['Ines Kolar', 2], ['Harbour Council', 1], ['Omar Haddad', 1]]);
    ix.setActors([]);
    assert.deepStrictEqual(ix.report().actors.map((x) => x.actor).sort(), ['Harbour Council', 'Ines Kolar', 'Kolar', 'Omar Haddad']);
  });

  it('makes graph data: nodes, edges by claims and their stance', () => {
    const g = graphData(index(), undefined);
    assert.strictEqual(g.edges.length, 4);
    assert.deepStrictEqual(g.nodes.map((n) => n.label).sort(), ['Harbour Council', 'Ines Kolar', 'Omar Haddad']);
    const stance = (s: string, t: string) => g.edges.find((e) => g.nodes.find((n) => n.id === e.source)!.label === s && g.nodes.find((n) => n.id === e.target)!.label === t)!.stance;
    assert.strictEqual(stance('Ines Kolar', 'Harbour Council'), 'opposes');
    assert.strictEqual(stance('Omar Haddad', 'Ines Kolar'), 'supports');
    const node = (l: string) => g.nodes.find((n) => n.label === l)!;
    assert.deepStrictEqual([node('Omar Haddad').speaks, node('Ines Kolar').speaks, node('Ines Kolar').about], [1, 2, 1], 'a claim about two actors counts once');
    assert.strictEqual(stanceOf({ supports: 2, opposes: 2 }), 'mixed');
    assert.strictEqual(stanceOf({}), 'none');
  });

  it('builds the Workspace views\' rows: actor -> articles -> mentions and claims; claims by speaker', () => {
    const ix = index();
    const actors = corpusRows('workspaceActors', ix, undefined, (f) => f);
    assert.deepStrictEqual(actors.map((r) => [r.label, r.description]), [
      ['Ines Kolar', 'person · 3 mentions · 2 articles · 2 claims'],
      ['Harbour Council', 'organization · 2 mentions · 2 articles · 0 claims'],
      ['Omar Haddad', 'person · 2 mentions · 2 articles · 1 claim'],
    ]);
    const articles = actors[0].children!();
    assert.deepStrictEqual(articles.map((r) => [r.label, r.description]), [['a.txt', '2 mentions · 2 claims'], ['b.txt', '1 mention']]);
    assert.deepStrictEqual(articles[0].children!().map((r) => [r.type, r.label, r.id]), [
      ['mention', 'Ines Kolar', 'a1'], ['mention', 'Kolar', 'a3'],
      ['claim', 'the Harbour Council would close the pier', 'c1'], ['claim', 'Omar Haddad lied', 'c2'],
    ]);
    const claims = corpusRows('workspaceClaims', ix, { attributes: { stance: 'opposes' } }, (f) => f);
    assert.deepStrictEqual(claims.map((r) => [r.label, r.description]), [['Ines Kolar', '2 claims']]);
    assert.match(claims[0].children!()[1].description!, /a\.txt · about Omar Haddad · indirect · opposes · B2/);
  });

  it('reads a sidecar\'s text, and says why it cannot', () => {
    const text = 'Ines Kolar spoke.';
    const placed: Placed[] = [{ data: { id: 'a-1', tag: 'actor', start: 0, end: 0, quote: '', attributes: { type: 'person' } }, start: 0, end: 10, orphaned: false }];
    const r = recordOfSidecar('x.txt', serializeSidecar(toSidecar('x.txt', text, placed)));
    assert.ok('record' in r && r.record.mentions[0].name === 'Ines Kolar');
    const bad = recordOfSidecar('x.txt', 'claimlens: 1\ndocument: {}\n');
    assert.ok('problem' in bad && /^\d+:\d+: /.test(bad.problem));
  });
});

describe('workspace edits: actors file and merge', () => {
  it('adds an actor with an alias to a new or existing actors file, keeping comments', () => {
    const fresh = addToActorsFile(undefined, { name: 'Ines Kolar', type: 'person', aliases: ['Kolar'] });
    assert.deepStrictEqual(parseActorsFile(fresh.text).actors, [{ name: 'Ines Kolar', type: 'person', aliases: ['Kolar'] }]);
    assert.deepStrictEqual(fresh.added, ['Ines Kolar', 'Kolar']);
    const kept = '# our actors\nactors:\n  - name: Ines Kolar   # the mayor\n    type: person\n';
    const more = addToActorsFile(kept, { name: 'Ines Kolar', type: 'person', aliases: ['Mayor Kolar', 'Ines Kolar'] });
    assert.deepStrictEqual(more.added, ['Mayor Kolar']);
    assert.match(more.text, /# our actors/);
    assert.match(more.text, /# the mayor/);
    assert.deepStrictEqual(parseActorsFile(more.text).actors, [{ name: 'Ines Kolar', type: 'person', aliases: ['Mayor Kolar'] }]);
    assert.deepStrictEqual(addToActorsFile(more.text, { name: 'Ines Kolar', type: 'person', aliases: ['Mayor Kolar'] }).added, []);
    const two = addToActorsFile(more.text, { name: 'Harbour Council', type: 'organization' });
    assert.deepStrictEqual(parseActorsFile(two.text).actors.map((x) => x.name), ['Ines Kolar', 'Harbour Council']);
    assert.throws(() => addToActorsFile('actors: [', { name: 'X', type: 'other' }));
  });

  it('renames one actor\'s mentions in a sidecar, rewriting only their blocks', () => {
    const text = 'Kolar met Haddad. Ines Kolar left.';
    const p = (id: string, s: number, e: number, name: string): Placed => ({ data: { id, tag: 'actor', start: 0, end: 0, quote: '', attributes: { type: 'person', actor: name } }, start: s, end: e, orphaned: false });
    const before = '# kept\n' + serializeSidecar(toSidecar('k.txt', text, [p('a-1', 0, 5, 'Kolar'), p('a-2', 10, 16, 'Omar Haddad'), p('a-3', 18, 28, 'Ines Kolar')]));
    const r = renameActorInSidecar(before, 'Ines Kolar', 'Mayor Kolar', (n) => (n === 'Kolar' ? 'Ines Kolar' : n))!;
    assert.strictEqual(r.renamed, 2);
    assert.match(r.text, /^# kept/);
    const changed = r.text.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    assert.deepStrictEqual(changed.map((l) => l.trim()), ['attributes: {type: person, actor: Mayor Kolar}', 'attributes: {type: person, actor: Mayor Kolar}']);
    assert.strictEqual(renameActorInSidecar('not: [a sidecar', 'x', 'y'), undefined);
  });
});

describe('workspace views, graph and merge in the manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  it('puts the Workspace views in the Claimlens container, with a filter and the graph in their titles', () => {
    const ids = pkg.contributes.views.claimlens.map((v: { id: string }) => v.id);
    assert.deepStrictEqual(ids.slice(-2), ['claimlens.workspaceActors', 'claimlens.workspaceClaims']);
    const titles = pkg.contributes.menus['view/title'].filter((m: { when: string }) => m.when.includes('workspace(Actors|Claims)')).map((m: { command: string }) => m.command);
    assert.deepStrictEqual(titles, ['claimlens.filterWorkspace', 'claimlens.showGraph']);
    const rows = pkg.contributes.menus['view/item/context'].filter((m: { when: string; group: string }) => m.when.includes('claimlens.workspaceActors') && m.group.startsWith('inline'));
    assert.deepStrictEqual(rows.map((m: { command: string }) => m.command), ['claimlens.addToWorkspaceActors', 'claimlens.mergeWorkspaceActors']);
    const commands = new Map(pkg.contributes.commands.map((c: { command: string; category: string }) => [c.command, c.category]));
    for (const id of ['filterWorkspace', 'showGraph', 'addToWorkspaceActors', 'mergeWorkspaceActors', 'undoWorkspaceMerge']) {
      assert.strictEqual(commands.get(`claimlens.${id}`), 'Claimlens', id);
      assert.ok(pkg.contributes.menus.commandPalette.some((m: { command: string }) => m.command === `claimlens.${id}`), id);
    }
    assert.ok(pkg.activationEvents.includes('onWebviewPanel:claimlens.graph'));
    assert.strictEqual(pkg.contributes.configuration.properties['claimlens.workspace.index'].default, true);
  });
});

describe('command line: claimlens report and --jobs', function () {
  this.timeout(120000);
  let dir: string;
  let ex: ReturnType<typeof writeCorpus>;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-report-'));
    ex = writeCorpus(dir, 300, 9);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts a generated corpus exactly (actors with aliases, articles, claims, pairs)', () => {
    const r = run('report', '--jobs', '1', dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const rep = JSON.parse(r.stdout);
    assert.strictEqual(rep.articles, 300);
    assert.strictEqual(rep.claims.length, ex.claims);
    assert.deepStrictEqual(new Map(rep.actors.map((a: { actor: string; mentions: number }) => [a.actor, a.mentions])), ex.mentions);
    for (const a of rep.actors) {
      assert.strictEqual(a.articles, ex.articlesOf.get(a.actor)!.size, a.actor);
      assert.strictEqual(a.claims, ex.claimsBy.get(a.actor) ?? 0, a.actor);
    }
    assert.deepStrictEqual(new Map(rep.pairs.map((p: { speaker: string; about: string; claims: number }) => [`${p.speaker} -> ${p.about}`, p.claims])), ex.pairs);
    assert.ok(!rep.actors.some((a: { actor: string }) => a.actor === 'Kolar' || a.actor === 'Nobody'), 'aliases applied, rejected left out');
    assert.match(r.stderr, /300 articles/);
  });

  it('gives the same output with --jobs 2 as with one job (report, export, detect)', () => {
    for (const format of ['json', 'csv', 'md']) {
      const one = run('report', '--format', format, '--jobs', '1', dir);
      const two = run('report', '--format', format, '--jobs', '2', dir);
      assert.strictEqual(one.status, 0, one.stderr);
      assert.strictEqual(two.stdout, one.stdout, format);
    }
    const e1 = run('export', '--format', 'jsonl', '--jobs', '1', dir);
    const e2 = run('export', '--format', 'jsonl', '--jobs', '2', dir);
    assert.strictEqual(e1.status, 0, e1.stderr);
    assert.ok(e1.stdout.length > 1000);
    assert.strictEqual(e2.stdout, e1.stdout);
    const files = fs.readdirSync(path.join(dir, 'part0')).filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => path.join(dir, 'part0', f));
    const d1 = run('detect', '--jobs', '1', ...files);
    const d2 = run('detect', '--jobs', '2', ...files);
    assert.strictEqual(d1.status, 0, d1.stderr);
    assert.strictEqual(d2.stdout, d1.stdout);
    assert.strictEqual(run('detect', '--jobs', '0', files[0]).status, 2);
  });

  it('writes one self-contained HTML page (graph and tables, nothing from the network)', () => {
    const out = path.join(dir, 'report.html');
    const r = run('report', '--format', 'html', '--out', out, dir);
    assert.strictEqual(r.status, 0, r.stderr);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=|<img[^>]+src=|url\(https?:/);
    assert.match(html, /id="claimlens-graph-data"/);
    assert.match(html, /<h2>Actors<\/h2>/);
    assert.strictEqual(run('report', '--format', 'html', '--out', out, dir).status, 2, 'an existing file needs --force');
    assert.strictEqual(run('report', '--format', 'xml', dir).status, 2);
  });
});
