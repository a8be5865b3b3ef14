import * as assert from 'assert';
import { parse } from 'yaml';
import { mergeSidecars } from '../../src/core/merge/merge3';
import { resolveConflict } from '../../src/core/sidecar/conflicts';
import type { Annotation, Sidecar } from '../../src/core/sidecar/model';
import { parseSidecar } from '../../src/core/sidecar/parse';
import { serializeSidecar } from '../../src/core/sidecar/write';
import { makeRepo, sidecarFor, type Repo } from './gitRepo';

const doc = { file: 'a.txt', sha256: 'a'.repeat(64), length: 500 };
const ann = (id: string, extra: Partial<Annotation> = {}): Annotation => ({ id, tag: 'actor', start: 10, end: 20, quote: 'Mira Solbe', attributes: { type: 'person', actor: 'Mira Solberg' }, ...extra });
const sc = (...annotations: Annotation[]): Sidecar => ({ document: doc, annotations });
const ids = (s: Sidecar): string[] => s.annotations.map((a) => a.id).sort();

describe('merge: three-way merge of sidecars by annotation id', () => {
  it('takes a change from either side, the same change once, additions from both, removals of unchanged annotations', () => {
    const base = sc(ann('a-1'), ann('a-2'), ann('a-3'), ann('a-4'));
    const ours = sc(ann('a-1', { note: 'checked' }), ann('a-2', { attributes: { type: 'organization', actor: 'Mira Solberg' } }), ann('a-3'), ann('a-5'));
    const theirs = sc(ann('a-1', { note: 'checked' }), ann('a-2', { attributes: { type: 'person', actor: 'M. Solberg' } }), ann('a-4'), ann('a-6'));
    const m = mergeSidecars(base, ours, theirs);
    assert.deepStrictEqual(m.conflicts, []);
    assert.deepStrictEqual(ids(m.sidecar), ['a-1', 'a-2', 'a-5', 'a-6'], 'a-3 removed by theirs, a-4 by ours');
    const a2 = m.sidecar.annotations.find((a) => a.id === 'a-2')!;
    assert.deepStrictEqual(a2.attributes, { type: 'organization', actor: 'M. Solberg' }, 'attributes merge key by key');
    assert.strictEqual(m.sidecar.annotations.find((a) => a.id === 'a-1')!.note, 'checked');
  });

  it('records both values of a field changed differently on both sides, and an annotation removed on one side but changed on the other', () => {
    const base = sc(ann('a-1', { note: 'draft' }), ann('a-2'));
    const ours = sc(ann('a-1', { note: 'ours', start: 11, end: 21, quote: 'ira Solber' }), ann('a-2', { tag: 'source' }));
    const theirs = sc(ann('a-1', { note: 'theirs', tag: 'source', start: 12, end: 22, quote: 'ra Solberg' }));
    const m = mergeSidecars(base, ours, theirs);
    const a1 = m.sidecar.annotations.find((a) => a.id === 'a-1')!;
    assert.strictEqual(a1.note, 'ours', 'ours stays in place');
    assert.strictEqual(a1.tag, 'source', 'a change on one side still wins');
    assert.deepStrictEqual(a1.conflict, [
      { field: 'span', ours: { start: 11, end: 21, quote: 'ira Solber' }, theirs: { start: 12, end: 22, quote: 'ra Solberg' } },
      { field: 'note', ours: 'ours', theirs: 'theirs' },
    ]);
    assert.deepStrictEqual(m.sidecar.annotations.find((a) => a.id === 'a-2')!.conflict, { field: 'annotation', ours: 'changed', theirs: 'removed' });
    assert.strictEqual(m.conflicts.length, 3);
    // the result is a valid sidecar, read the same by both readers
    const text = serializeSidecar(m.sidecar);
    const back = parseSidecar(text);
    assert.ok(back.ok);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(back.sidecar.annotations)), JSON.parse(JSON.stringify(parse(text).annotations)));
    // resolving: theirs' span, then ours' note; taking "removed" removes
    const once = resolveConflict(a1, 'span', 'theirs')!;
    assert.deepStrictEqual([once.start, once.end, once.quote], [12, 22, 'ra Solberg']);
    const twice = resolveConflict(once, 'note', 'ours')!;
    assert.strictEqual(twice.conflict, undefined);
    assert.strictEqual(twice.note, 'ours');
    assert.strictEqual(resolveConflict(m.sidecar.annotations.find((a) => a.id === 'a-2')!, 'annotation', 'theirs'), null);
  });

  it('drops a conflict one side resolved and merges files new on both sides', () => {
    const open = ann('a-1', { note: 'x', conflict: { field: 'note', ours: 'x', theirs: 'y' } });
    const resolved = ann('a-1', { note: 'x' });
    assert.strictEqual(mergeSidecars(sc(open), sc(resolved), sc(open)).sidecar.annotations[0].conflict, undefined);
    const m = mergeSidecars(undefined, sc(ann('a-1')), sc(ann('a-1', { note: 'n' }), ann('a-2')));
    assert.deepStrictEqual(m.conflicts, [], 'with no ancestor, a field one side has is an addition');
    assert.strictEqual(m.sidecar.annotations.find((a) => a.id === 'a-1')!.note, 'n');
    assert.deepStrictEqual(ids(m.sidecar), ['a-1', 'a-2']);
    const both = mergeSidecars(undefined, sc(ann('a-1', { note: 'm' })), sc(ann('a-1', { note: 'n' })));
    assert.deepStrictEqual(both.conflicts, [{ id: 'a-1', conflict: { field: 'note', ours: 'm', theirs: 'n' } }]);
  });
});

const ARTICLE = 'Harbour desk, 4 May\n\nMira Solberg, the port director, said the north quay would reopen on Friday. '
  + 'Council member Jonas Eek said repairs had only just begun.\n';
const SIDECAR = 'articles/quay.txt.annotations.yaml';
interface Item { id: string; tag: string; quote: string; attributes: Record<string, string>; links?: Record<string, string>; note?: string }
const baseItems: Item[] = [
  { id: 'a-mira01', tag: 'actor', quote: 'Mira Solberg', attributes: { type: 'person', actor: 'Mira Solberg' } },
  { id: 'c-quay01', tag: 'claim', quote: 'the north quay would reopen on Friday', attributes: { kind: 'indirect', cue: 'said' }, links: { speaker: 'a-mira01' } },
  { id: 'a-jonas1', tag: 'actor', quote: 'Jonas Eek', attributes: { type: 'person', actor: 'Jonas Eek' } },
  { id: 'c-repa01', tag: 'claim', quote: 'repairs had only just begun', attributes: { kind: 'indirect', cue: 'said' }, links: { speaker: 'a-jonas1' } },
];
const edit = (f: (items: Item[]) => Item[]): string => sidecarFor('quay.txt', ARTICLE, f(baseItems.map((i) => ({ ...i }))));

describe('merge: git merge with the driver set up by claimlens setup-git', function () {
  this.timeout(60000);
  let repo: Repo;
  beforeEach(() => {
    repo = makeRepo();
    repo.write('articles/quay.txt', ARTICLE);
    repo.write(SIDECAR, edit((x) => x));
    repo.commitAll('base');
    const setup = repo.claimlens('setup-git');
    assert.strictEqual(setup.status, 0, setup.stderr);
    assert.match(setup.stdout, /added "\*\.annotations\.yaml merge=claimlens"/);
    assert.match(repo.claimlens('setup-git', '.').stdout, /already names the claimlens merge driver/, 'idempotent');
    assert.strictEqual(repo.read('.gitattributes'), '*.annotations.yaml merge=claimlens\n');
    assert.strictEqual(repo.git('config', 'merge.claimlens.driver').stdout.trim(), 'claimlens merge-driver %O %A %B %P');
    repo.commitAll('merge driver');
  });
  afterEach(() => repo.remove());

  const branch = (name: string, sidecar: string, article?: string): void => {
    assert.strictEqual(repo.git('checkout', '-q', '-b', name, 'main').status, 0);
    if (article) repo.write('articles/quay.txt', article);
    repo.write(SIDECAR, sidecar);
    repo.commitAll(name);
  };

  it('merges an added annotation and an edited note with a retyped actor and a note elsewhere, cleanly', () => {
    branch('anna', edit((x) => [...x.map((i) => (i.id === 'c-quay01' ? { ...i, note: 'confirmed by the port' } : i)),
      { id: 'a-counc1', tag: 'actor', quote: 'Council', attributes: { type: 'organization', actor: 'Council' } }]));
    branch('ben', edit((x) => x.map((i) => (i.id === 'a-jonas1' ? { ...i, attributes: { type: 'organization', actor: 'Jonas Eek' } } : i.id === 'c-repa01' ? { ...i, note: 'Eek spoke off the record' } : i))));
    assert.strictEqual(repo.git('checkout', '-q', 'anna').status, 0);
    const m = repo.git('merge', '--no-edit', 'ben');
    assert.strictEqual(m.status, 0, m.stdout + m.stderr);
    const merged = parseSidecar(repo.read(SIDECAR));
    assert.ok(merged.ok);
    const by = new Map(merged.sidecar.annotations.map((a) => [a.id, a]));
    assert.strictEqual(by.get('c-quay01')!.note, 'confirmed by the port');
    assert.strictEqual(by.get('c-repa01')!.note, 'Eek spoke off the record');
    assert.deepStrictEqual(by.get('a-jonas1')!.attributes, { type: 'organization', actor: 'Jonas Eek' });
    assert.ok(by.has('a-counc1'));
    assert.strictEqual(by.size, 5);
    assert.ok(!merged.sidecar.annotations.some((a) => a.conflict));
    assert.strictEqual(repo.claimlens('check', 'articles').status, 0);
  });

  it('stops on a true conflict, leaving valid YAML with both values that claimlens check reports', () => {
    branch('anna', edit((x) => x.map((i) => (i.id === 'c-quay01' ? { ...i, note: 'reopens Friday' } : i))));
    branch('ben', edit((x) => x.map((i) => (i.id === 'c-quay01' ? { ...i, note: 'reopens Monday' } : i))));
    assert.strictEqual(repo.git('checkout', '-q', 'anna').status, 0);
    const m = repo.git('merge', '--no-edit', 'ben');
    assert.notStrictEqual(m.status, 0, 'the merge stops');
    assert.match(m.stdout + m.stderr, /CONFLICT/);
    const text = repo.read(SIDECAR);
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m, 'no conflict markers');
    const yaml = parse(text);
    const claim = yaml.annotations.find((a: { id: string }) => a.id === 'c-quay01');
    assert.deepStrictEqual(claim.conflict, { field: 'note', ours: 'reopens Friday', theirs: 'reopens Monday' });
    assert.ok(parseSidecar(text).ok);
    const check = repo.claimlens('check', 'articles');
    assert.strictEqual(check.status, 1);
    assert.match(check.stdout, /quay\.txt\.annotations\.yaml:\d+:\d+: conflict on c-quay01: note is "reopens Friday" in ours, "reopens Monday" in theirs/);
  });

  it('re-anchors when one side changed the article text', () => {
    const moved = 'UPDATED: times corrected.\n' + ARTICLE;
    branch('ben', sidecarFor('quay.txt', moved, baseItems.map((i) => (i.id === 'a-jonas1' ? { ...i, note: 'council member' } : i))), moved);
    branch('anna', edit((x) => [...x, { id: 'a-counc1', tag: 'actor', quote: 'Council', attributes: { type: 'organization', actor: 'Council' } }]));
    const m = repo.git('merge', '--no-edit', 'ben');
    assert.strictEqual(m.status, 0, m.stdout + m.stderr);
    assert.strictEqual(repo.read('articles/quay.txt'), moved);
    const merged = parseSidecar(repo.read(SIDECAR));
    assert.ok(merged.ok, repo.read(SIDECAR));
    const council = merged.sidecar.annotations.find((a) => a.id === 'a-counc1')!;
    assert.strictEqual([...moved].slice(council.start, council.end).join(''), 'Council', 'our new annotation moved with the text');
    assert.strictEqual(merged.sidecar.annotations.find((a) => a.id === 'a-jonas1')!.note, 'council member');
    const check = repo.claimlens('check', 'articles');
    assert.strictEqual(check.status, 0, check.stdout + check.stderr);
  });

  it('leaves OURS alone and fails when a version cannot be read', () => {
    repo.write('ours.yaml', 'claimlens: 1\ndocument: [\n');
    repo.write('theirs.yaml', edit((x) => x));
    const r = repo.claimlens('merge-driver', 'missing-base.yaml', 'ours.yaml', 'theirs.yaml', SIDECAR);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /ours\.yaml\):\d+:\d+: .*left unmerged/);
    assert.strictEqual(repo.read('ours.yaml'), 'claimlens: 1\ndocument: [\n');
  });
});
