import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, makeRepo, sidecarFor, type Repo } from './gitRepo';

const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });

const TEXT = 'Ferry news\n\nCaptain Ida Brenner said the crossing would resume at dawn. The operator Westline said tickets stay valid.\n';
const anna = [
  { id: 'a-ida001', tag: 'actor', quote: 'Ida Brenner', attributes: { type: 'person', actor: 'Ida Brenner' } },
  { id: 'c-dawn01', tag: 'claim', quote: 'the crossing would resume at dawn', attributes: { kind: 'indirect', stance: 'neutral', class: 'speech' }, links: { speaker: 'a-ida001' } },
  { id: 'a-west01', tag: 'actor', quote: 'Westline', attributes: { type: 'organization', actor: 'Westline' } },
  { id: 'c-tick01', tag: 'claim', quote: 'tickets stay valid', attributes: { kind: 'indirect', class: 'speech' }, links: { speaker: 'a-west01' } },
];
const ben = [
  { id: 'a-ida9', tag: 'actor', quote: 'Captain Ida Brenner', attributes: { type: 'person', actor: 'Ida Brenner' } },
  { id: 'c-dawn9', tag: 'claim', quote: 'the crossing would resume at dawn', attributes: { kind: 'indirect', stance: 'supports', class: 'speech' }, links: { speaker: 'a-ida9' } },
  { id: 'a-west9', tag: 'actor', quote: 'Westline', attributes: { type: 'organization', actor: 'Westline' } },
  { id: 'c-tick9', tag: 'claim', quote: 'tickets stay valid', attributes: { kind: 'indirect', class: 'speech' } },
];

describe('command line: claimlens agree', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-agree-'));
    for (const [who, items] of [['anna', anna], ['ben', ben]] as const) {
      fs.mkdirSync(path.join(dir, who, 'ferries'), { recursive: true });
      fs.writeFileSync(path.join(dir, who, 'ferries', 'dawn.txt'), TEXT);
      fs.writeFileSync(path.join(dir, who, 'ferries', 'dawn.txt.annotations.yaml'), sidecarFor('dawn.txt', TEXT, items));
    }
    // only anna has this one
    fs.writeFileSync(path.join(dir, 'anna', 'extra.txt'), 'Nothing.\n');
    fs.writeFileSync(path.join(dir, 'anna', 'extra.txt.annotations.yaml'), sidecarFor('extra.txt', 'Nothing.\n', []));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('compares two folders by the articles\' paths inside them (JSON contract)', () => {
    const r = run(dir, 'agree', '--format', 'json', 'anna', 'ben');
    assert.strictEqual(r.status, 1, 'an article only one set has is reported');
    assert.match(r.stderr, /extra\.txt: not in ben; left out/);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.documents, 1);
    assert.deepStrictEqual(j.sets, ['anna', 'ben']);
    assert.deepStrictEqual(Object.keys(j.tags), ['actor', 'claim']);
    assert.deepStrictEqual(j.tags.actor.exact, { p: 0.5, r: 0.5, f1: 0.5 });
    assert.deepStrictEqual(j.tags.actor.overlap, { p: 1, r: 1, f1: 1 });
    assert.deepStrictEqual(j.tags.claim.exact, { p: 1, r: 1, f1: 1 });
    assert.strictEqual(j.tags.claim.alphaU, 1);
    assert.strictEqual(j.tags.claim.kappa, 1);
    assert.ok(j.tags.actor.alphaU < 1 && j.tags.actor.alphaU > 0);
    assert.ok(typeof j.alphaU === 'number');
    assert.deepStrictEqual({ aligned: j.speakers.aligned, agreement: j.speakers.agreement }, { aligned: 2, agreement: 0.5 }, 'ben left one claim without speaker');
    assert.strictEqual(j.attributes.kind.alpha, 1);
    assert.strictEqual(j.attributes.stance.units, 1);
    assert.strictEqual(j.attributes.class.agreement, 1);
    assert.strictEqual(j.perDocument[0].file, 'ferries/dawn.txt');
    assert.deepStrictEqual(j.perDocument[0].orphaned, [0, 0]);
  });

  it('prints text and CSV, and keeps to the tags asked for', () => {
    const text = run(dir, 'agree', '--tag', 'claim', path.join('anna', 'ferries', 'dawn.txt'), path.join('ben', 'ferries', 'dawn.txt.annotations.yaml'));
    assert.strictEqual(text.status, 0, text.stderr);
    assert.match(text.stdout, /claim\s+1\.0000 1\.0000 1\.0000/);
    assert.doesNotMatch(text.stdout, /^actor/m);
    const csv = run(dir, 'agree', '--format', 'csv', 'anna/ferries', 'ben/ferries');
    assert.strictEqual(csv.status, 0, csv.stderr);
    assert.match(csv.stdout, /^scope,tag,measure,value\n/);
    assert.match(csv.stdout, /^all,actor,overlap_f1,1$/m);
    assert.match(csv.stdout, /^dawn\.txt,claim,kappa,1$/m);
  });

  it('re-anchors a set whose text differs onto the first set\'s text', () => {
    const moved = path.join(dir, 'carl');
    fs.mkdirSync(path.join(moved, 'ferries'), { recursive: true });
    const other = 'LATE EDITION\n' + TEXT;
    fs.writeFileSync(path.join(moved, 'ferries', 'dawn.txt'), other);
    fs.writeFileSync(path.join(moved, 'ferries', 'dawn.txt.annotations.yaml'), sidecarFor('dawn.txt', other, anna));
    const j = JSON.parse(run(dir, 'agree', '--format', 'json', 'anna/ferries', 'carl/ferries').stdout);
    assert.strictEqual(j.alphaU, 1);
    assert.deepStrictEqual(j.tags.claim.exact, { p: 1, r: 1, f1: 1 });
  });

  it('names the file and the reason for unreadable input, exit code 2; usage errors too', () => {
    const r = run(dir, 'agree', 'anna', 'nobody');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /nobody: cannot read: no such file or folder/);
    assert.strictEqual(run(dir, 'agree', 'anna').status, 2);
    assert.strictEqual(run(dir, 'agree', '--format', 'xml', 'anna', 'ben').status, 2);
  });
});

describe('command line: claimlens agree with REV:PATH sets (git)', function () {
  this.timeout(30000);
  let repo: Repo;
  before(() => {
    repo = makeRepo();
    repo.write('ferries/dawn.txt', TEXT);
    repo.write('ferries/dawn.txt.annotations.yaml', sidecarFor('dawn.txt', TEXT, anna));
    repo.commitAll('anna');
    assert.strictEqual(repo.git('checkout', '-q', '-b', 'ben').status, 0);
    repo.write('ferries/dawn.txt.annotations.yaml', sidecarFor('dawn.txt', TEXT, ben));
    repo.commitAll('ben');
  });
  after(() => repo.remove());

  it('reads both sets through git, folders and single files', () => {
    const r = repo.claimlens('agree', '--format', 'json', 'main:ferries', 'ben:ferries');
    assert.strictEqual(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.documents, 1);
    assert.deepStrictEqual(j.sets, ['main:ferries', 'ben:ferries']);
    assert.deepStrictEqual(j.tags.actor.exact, { p: 0.5, r: 0.5, f1: 0.5 });
    assert.strictEqual(j.perDocument[0].file, 'dawn.txt');
    // a revision against the work tree, and a single article by REV:PATH
    const mixed = JSON.parse(repo.claimlens('agree', '--format', 'json', 'main:ferries/dawn.txt', 'ferries/dawn.txt').stdout);
    assert.deepStrictEqual(mixed.tags.actor.exact, { p: 0.5, r: 0.5, f1: 0.5 });
    const same = JSON.parse(repo.claimlens('agree', '--format', 'json', 'HEAD~1:./ferries', 'main:ferries').stdout);
    assert.strictEqual(same.alphaU, 1);
  });

  it('says which revision or path git could not read (exit code 2)', () => {
    const r = repo.claimlens('agree', 'main:ferries', 'nosuch:ferries');
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /nosuch:ferries: .*(invalid object name|not a valid object name|does not exist)/i);
  });
});
