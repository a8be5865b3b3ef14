import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { pathToFileURL } from 'url';
import { parse, stringify } from 'yaml';
import { parseSidecar } from '../../src/core/sidecar/parse';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).bin.claimlens);
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

describe('command line: claimlens detect', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), '🛰️ Ines Kolar, the mayor, said: "The bridge will reopen in May," and left.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'No names here.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON object per file with code point offsets (--format jsonl)', () => {
    const r = run('detect', '--format', 'jsonl', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    assert.strictEqual(r.status, 0, r.stderr);
    const [a, b] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.strictEqual(a.file, path.join(dir, 'a.txt'));
    assert.deepStrictEqual(a.actors, [{ start: 3, end: 13, text: 'Ines Kolar', type: 'person', actor: 'Ines Kolar' }]);
    assert.deepStrictEqual(a.claims, [{
      start: 33, end: 62, text: 'The bridge will reopen in May', kind: 'direct',
      cue: { start: 26, end: 30, text: 'said', class: 'speech' },
      speaker: { start: 3, end: 13, text: 'Ines Kolar', actor: 'Ines Kolar' },
    }]);
    assert.deepStrictEqual(b, { file: path.join(dir, 'b.txt'), actors: [], claims: [] });
  });

  it('defaults to JSONL and offers json and text', () => {
    const plain = run('detect', path.join(dir, 'a.txt'));
    assert.strictEqual(plain.stdout.trimEnd().split('\n').length, 1);
    const json = JSON.parse(run('detect', '--format', 'json', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')).stdout);
    assert.strictEqual(json.length, 2);
    assert.match(run('detect', '--format', 'text', path.join(dir, 'a.txt')).stdout, /actor 3-13 person "Ines Kolar"/);
  });

  it('names the file and the reason for unreadable input, with exit code 2', () => {
    const r = run('detect', path.join(dir, 'missing.txt'), path.join(dir, 'b.txt'));
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /missing\.txt: cannot read: no such file/);
    assert.strictEqual(r.stdout.trimEnd().split('\n').length, 1, 'readable files are still reported');
  });

  it('rejects usage errors with exit code 2', () => {
    assert.strictEqual(run('detect', '--format', 'xml', 'x').status, 2);
    assert.strictEqual(run('detect').status, 2);
    assert.strictEqual(run('frobnicate').status, 2);
    assert.match(run('frobnicate').stderr, /unknown command "frobnicate"/);
  });
});

describe('command line: claimlens check and reanchor', () => {
  let dir: string;
  const article = 'Harbour talks 🛰️\n\nAnna Lindqvist said the harbour would reopen within two weeks. Officials said little.\n';
  const sidecarText = (text: string, body: string): string => [
    '# kept: a note from the desk',
    'claimlens: 1',
    'document:',
    '  file: a.txt',
    `  sha256: ${createHash('sha256').update(text).digest('hex')}`,
    `  length: ${[...text].length}`,
    'annotations:',
    body,
  ].join('\n') + '\n';
  const ann = (id: string, start: number, end: number, quote: string, prefix = '', suffix = ''): string =>
    `  - id: ${id}\n    tag: claim\n    start: ${start}\n    end: ${end}\n    quote: ${JSON.stringify(quote)}\n    prefix: ${JSON.stringify(prefix)}\n    suffix: ${JSON.stringify(suffix)}`;
  const cp = (s: string, needle: string): number => [...s.slice(0, s.indexOf(needle))].length;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-check-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), article);
    const s = cp(article, 'Anna Lindqvist');
    const t = cp(article, 'the harbour');
    fs.writeFileSync(path.join(dir, 'a.txt.annotations.yaml'), sidecarText(article, [
      ann('a-1', s, s + 14, 'Anna Lindqvist', 'Harbour talks 🛰️\n\n', ' said the harbour would reopen wi'),
      ann('c-1', t, t + 41, 'the harbour would reopen within two weeks', 'Anna Lindqvist said ', '. Officials said little.\n'),
    ].join('\n')));
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Short text.\n');
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt.annotations.yaml'), 'claimlens: 1\ndocument: {file: b.txt\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports invalid sidecars with line and column, and exits 1', () => {
    const r = run('check', dir);
    assert.strictEqual(r.status, 1);
    assert.match(r.stdout, new RegExp(`^${path.join(dir, 'sub', 'b.txt.annotations.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `, 'm'));
    assert.doesNotMatch(r.stdout, /a\.txt\.annotations\.yaml/, 'the valid sidecar has no problems');
  });

  it('exits 0 when every annotation is in place, also for an article saved with a BOM', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), '\uFEFF' + article);
    const r = run('check', path.join(dir, 'a.txt'));
    assert.strictEqual(r.stdout, '');
    assert.strictEqual(r.status, 0);
  });

  it('lists orphaned annotations after the article changed', () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), article.replace('would reopen within two weeks', 'stays shut'));
    const r = run('check', path.join(dir, 'a.txt.annotations.yaml'));
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stdout, `${path.join(dir, 'a.txt.annotations.yaml')}: orphaned c-1 "the harbour would reopen within two weeks"\n`);
  });

  it('reanchor rewrites offsets after an edit, keeps comments and orphans, and never touches an invalid sidecar', () => {
    const broken = fs.readFileSync(path.join(dir, 'sub', 'b.txt.annotations.yaml'), 'utf8');
    const revised = article.replace('\n\n', '\n\nA new paragraph 😀 first.\n\n').replace('within two weeks', 'in a fortnight');
    fs.writeFileSync(path.join(dir, 'a.txt'), revised);
    const r = run('reanchor', dir);
    assert.strictEqual(r.status, 1, 'an orphan and an invalid sidecar remain problems');
    const text = fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'utf8');
    assert.ok(text.startsWith('# kept: a note from the desk\n'));
    const data = parse(text);
    assert.strictEqual(data.document.sha256, createHash('sha256').update(revised).digest('hex'));
    const byId = Object.fromEntries(data.annotations.map((a: { id: string }) => [a.id, a]));
    assert.strictEqual(byId['a-1'].start, cp(revised, 'Anna Lindqvist'));
    assert.strictEqual(byId['a-1'].orphaned, undefined);
    assert.strictEqual(byId['c-1'].orphaned, true);
    assert.strictEqual(byId['c-1'].quote, 'the harbour would reopen within two weeks', 'the orphan keeps its quote');
    assert.strictEqual(fs.readFileSync(path.join(dir, 'sub', 'b.txt.annotations.yaml'), 'utf8'), broken);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary files left');
    // a second run changes nothing
    const before = fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'utf8');
    run('reanchor', path.join(dir, 'a.txt'));
    assert.strictEqual(fs.readFileSync(path.join(dir, 'a.txt.annotations.yaml'), 'utf8'), before);
  });

  it('reanchor writes a sidecar of another layout in Claimlens\'s layout with its comments; the next read is the fast reader\'s', () => {
    const file = path.join(dir, 'a.txt.annotations.yaml');
    const own = parseSidecar(fs.readFileSync(file, 'utf8'));
    assert.ok(own.ok);
    // as a script writes it (sequence at column 0, unquoted hash, nested mappings), with comments added by hand
    const other = stringify({ claimlens: 1, document: own.sidecar.document, annotations: own.sidecar.annotations.map((a) => ({ ...a, attributes: { kind: 'direct' } })) }, { indentSeq: false })
      .replace('claimlens: 1\n', '# from the script\nclaimlens: 1\n').replace(/^(  quote: .*)$/m, '$1   # checked by the desk');
    fs.writeFileSync(file, other.replace(/\n/g, '\r\n'));
    assert.strictEqual(run('check', file).status, 0);
    assert.strictEqual(run('reanchor', file).status, 0);
    const text = fs.readFileSync(file, 'utf8');
    const after = parseSidecar(text);
    assert.ok(after.ok && after.canonical?.own, `the file is in Claimlens's layout, read by the fast reader:\n${text}`);
    assert.match(text, /^# from the script\n/);
    assert.match(text, /^ {4}quote: .* # checked by the desk$/m);
    assert.deepStrictEqual(after.sidecar.annotations.map((a) => a.attributes), [{ kind: 'direct' }, { kind: 'direct' }]);
    run('reanchor', file);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text, 'a second run changes nothing');
  });

  it('names a missing path and a missing article', () => {
    const r = run('check', path.join(dir, 'nope'));
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /nope: cannot read: no such file/);
    fs.rmSync(path.join(dir, 'a.txt'));
    const m = run('check', path.join(dir, 'a.txt.annotations.yaml'));
    assert.strictEqual(m.status, 1);
    assert.match(m.stdout, /a\.txt\.annotations\.yaml:1:1: article a\.txt cannot be read \(no such file\)/);
  });
});

describe('command line: the analyst\'s actors file', () => {
  it('uses the nearest .claimlens/actors.yaml above each file, and names problems in it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-actors-'));
    try {
      fs.mkdirSync(path.join(dir, '.claimlens'));
      fs.mkdirSync(path.join(dir, 'news'));
      fs.writeFileSync(path.join(dir, '.claimlens', 'actors.yaml'), 'actors:\n  - name: Silent Harbor\n    type: group\n    aliases: [SH-7]\n  - name: Bad\n    type: 12\n');
      fs.writeFileSync(path.join(dir, 'news', 'a.txt'), 'Analysts blamed SH-7 for the outage.\n');
      const r = run('detect', path.join(dir, 'news', 'a.txt'));
      const [a] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepStrictEqual(a.actors.map((x: { text: string; type: string; actor: string }) => [x.text, x.type, x.actor]), [['SH-7', 'group', 'Silent Harbor']]);
      assert.match(r.stderr, /actors\.yaml:6:11: actor 2 \(Bad\): "type" must be one of/);
      assert.strictEqual(r.status, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('command line: claimlens export', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-export-'));
    fs.mkdirSync(path.join(dir, 'news'));
    const fixtures = path.join(root, 'test', 'fixtures', 'workspace');
    for (const f of ['ferry.txt', 'ferry.txt.annotations.yaml', 'broken.txt', 'broken.txt.annotations.yaml']) fs.copyFileSync(path.join(fixtures, f), path.join(dir, 'news', f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes JSONL for a folder, skipping an invalid sidecar with a message and exit code 1', () => {
    const out = path.join(dir, 'spans.jsonl');
    const r = run('export', '--format', 'jsonl', '--out', out, dir);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /broken\.txt\.annotations\.yaml:\d+:\d+: .*\(skipped\)/);
    assert.match(r.stderr, /ferry\.txt\.annotations\.yaml: 1 orphaned annotation not exported/);
    const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => [l.file, l.id, l.text]), [
      ['news/ferry.txt', 'a-h4dd4d', 'Omar Haddad'],
      ['news/ferry.txt', 'c-dawn01', 'the first crossing would leave at dawn'],
    ]);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['news', 'spans.jsonl'], 'nothing written but the output');
  });

  it('never overwrites without --force', () => {
    const out = path.join(dir, 'spans.csv');
    fs.writeFileSync(out, 'precious');
    const r = run('export', '--format', 'csv', '--out', out, path.join(dir, 'news', 'ferry.txt'));
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /spans\.csv: exists; use --force to replace it/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'precious');
    assert.strictEqual(run('export', '--format', 'csv', '--force', '--out', out, path.join(dir, 'news', 'ferry.txt')).status, 1);
    assert.match(fs.readFileSync(out, 'utf8'), /^file,id,tag,start,end,text,speaker,speaker_id,kind,cue,type,actor,status,origin,note\n/);
  });

  it('writes brat .txt and .ann pairs into a folder, and W3C, Label Studio and spaCy as JSON', () => {
    const brat = path.join(dir, 'brat');
    run('export', '--format', 'brat', '--out', brat, path.join(dir, 'news', 'ferry.txt'));
    assert.deepStrictEqual(fs.readdirSync(brat).sort(), ['annotation.conf', 'ferry.ann', 'ferry.txt', 'visual.conf']);
    assert.strictEqual(fs.readFileSync(path.join(brat, 'ferry.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'news', 'ferry.txt'), 'utf8'));
    const w3c = JSON.parse(run('export', '--format', 'w3c', path.join(dir, 'news', 'ferry.txt')).stdout);
    assert.deepStrictEqual([w3c['@context'], w3c.type, w3c.items.length], ['http://www.w3.org/ns/anno.jsonld', 'AnnotationPage', 2]);
    assert.match(w3c.id, /^urn:claimlens:export:[0-9a-f]{16}$/);
    assert.strictEqual(w3c.items[0].target.source, pathToFileURL(path.join(dir, 'news', 'ferry.txt')).href, "the article's file: URI by default");
    const ls = JSON.parse(run('export', '--format', 'labelstudio', path.join(dir, 'news', 'ferry.txt')).stdout);
    assert.strictEqual(ls.length, 1);
    const spacy = JSON.parse(run('export', '--format', 'spacy', path.join(dir, 'news', 'ferry.txt')).stdout);
    assert.deepStrictEqual(spacy.spans.map((s: { label: string }) => s.label), ['actor', 'claim']);
    assert.strictEqual(run('export', '--format', 'brat', path.join(dir, 'news')).status, 2, 'brat needs --out');
    assert.strictEqual(run('export', '--format', 'xml', dir).status, 2);
  });

  it('--tag keeps only those tags, and for conll picks the columns', () => {
    const actors = run('export', '--format', 'jsonl', '--tag', 'actor', dir).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(actors.map((a: { tag: string }) => a.tag), ['actor']);
    const conll = run('export', '--format', 'conll', '--tag', 'claim', '--tag', 'actor', path.join(dir, 'news', 'ferry.txt')).stdout.split('\n');
    assert.strictEqual(conll[0], '-DOCSTART-\tO\tO');
    assert.ok(conll.includes('Omar\tO\tB-actor') && conll.includes('the\tB-claim\tO'), 'columns in the order given');
    const csv = run('export', '--format', 'csv', '--tag', 'claim', path.join(dir, 'news', 'ferry.txt')).stdout;
    assert.match(csv, /^file,id,tag,start,end,text,speaker,speaker_id,kind,cue,status,origin,note\n/, 'the columns of those tags');
  });

  it('--base-uri resolves the article paths for w3c', () => {
    const w3c = JSON.parse(run('export', '--format', 'w3c', '--base-uri', 'https://example.org/desk/', dir).stdout);
    assert.strictEqual(w3c.items[0].target.source, 'https://example.org/desk/news/ferry.txt');
    const bad = run('export', '--format', 'w3c', '--base-uri', 'news/', dir);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /--base-uri news\/: not an absolute IRI/);
  });

  it('writes Label Studio\'s labeling config beside the tasks, without replacing it unasked', () => {
    const tasks = path.join(dir, 'out', 'tasks.json');
    const r = run('export', '--format', 'labelstudio', '--out', tasks, path.join(dir, 'news', 'ferry.txt'));
    assert.strictEqual(r.status, 1, r.stderr);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['tasks.config.xml', 'tasks.json']);
    assert.match(fs.readFileSync(path.join(dir, 'out', 'tasks.config.xml'), 'utf8'), /<Relation value="speaker"\/>/);
    fs.rmSync(tasks);
    const again = run('export', '--format', 'labelstudio', '--out', tasks, path.join(dir, 'news', 'ferry.txt'));
    assert.strictEqual(again.status, 2);
    assert.match(again.stderr, /tasks\.config\.xml: exists; use --force to replace it/);
    assert.match(run('export', '--format', 'labelstudio', path.join(dir, 'news', 'ferry.txt')).stderr, /give --out FILE/);
  });

  it('writes brat\'s confs into the folder, without replacing them unasked', () => {
    const brat = path.join(dir, 'brat');
    run('export', '--format', 'brat', '--out', brat, path.join(dir, 'news', 'ferry.txt'));
    fs.rmSync(path.join(brat, 'ferry.ann'));
    fs.rmSync(path.join(brat, 'ferry.txt'));
    const second = run('export', '--format', 'brat', '--out', brat, path.join(dir, 'news', 'ferry.txt'));
    assert.match(second.stderr, /annotation\.conf: exists; use --force to replace it/);
    assert.ok(fs.existsSync(path.join(brat, 'ferry.ann')));
  });

  it('takes tags and value sets from the nearest .claimlens/taxonomy.yaml', () => {
    fs.mkdirSync(path.join(dir, '.claimlens'));
    fs.writeFileSync(path.join(dir, '.claimlens', 'taxonomy.yaml'), 'tags:\n  - name: actor\n    key: 1\n    description: x\n  - name: claim\n    key: 2\n    description: y\n    attributes:\n      - name: kind\n        values: [direct, indirect, reported]\n');
    const brat = path.join(dir, 'brat');
    run('export', '--format', 'brat', '--out', brat, path.join(dir, 'news', 'ferry.txt'));
    const conf = fs.readFileSync(path.join(brat, 'annotation.conf'), 'utf8');
    assert.match(conf, /^kind\tArg:claim, Value:direct\|indirect\|reported$/m);
    assert.match(conf, /\[entities\]\nactor\nclaim\n\n/);
  });
});

describe('command line: claimlens import', () => {
  it('imports a brat export back into sidecars, and Label Studio tasks into new articles', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-import-'));
    try {
      const fixtures = path.join(root, 'test', 'fixtures', 'workspace');
      fs.copyFileSync(path.join(fixtures, 'ferry.txt'), path.join(dir, 'ferry.txt'));
      fs.copyFileSync(path.join(fixtures, 'ferry.txt.annotations.yaml'), path.join(dir, 'ferry.txt.annotations.yaml'));
      run('export', '--format', 'brat', '--out', path.join(dir, 'brat'), path.join(dir, 'ferry.txt'));
      const r = run('import', '--format', 'brat', path.join(dir, 'brat', 'ferry.ann'));
      assert.strictEqual(r.status, 0, r.stderr);
      const back = parse(fs.readFileSync(path.join(dir, 'brat', 'ferry.txt.annotations.yaml'), 'utf8'));
      assert.deepStrictEqual(back.annotations.map((a: { tag: string; quote: string }) => [a.tag, a.quote]), [['actor', 'Omar Haddad'], ['claim', 'the first crossing would leave at dawn']]);
      assert.strictEqual(back.annotations[1].links.speaker, back.annotations[0].id);
      assert.strictEqual(run('import', '--format', 'brat', path.join(dir, 'brat', 'ferry.ann')).status, 1, 'an existing sidecar is kept without --force');

      fs.writeFileSync(path.join(dir, 'ls.json'), run('export', '--format', 'labelstudio', path.join(dir, 'ferry.txt')).stdout);
      const into = path.join(dir, 'from-ls');
      const l = run('import', '--format', 'labelstudio', '--root', into, path.join(dir, 'ls.json'));
      assert.strictEqual(l.status, 0, l.stderr);
      assert.strictEqual(fs.readFileSync(path.join(into, 'ferry.txt'), 'utf8'), fs.readFileSync(path.join(dir, 'ferry.txt'), 'utf8'));
      const check = run('check', into);
      assert.strictEqual(check.status, 0, check.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('command line: export matches the golden files', () => {
  const golden = path.join(root, 'test', 'fixtures', 'export');
  const articles = { ferry: path.join(root, 'test', 'fixtures', 'workspace', 'ferry.txt'), quay: path.join(golden, 'articles', 'quay.txt') };
  const same = (written: string, name: string): void => assert.strictEqual(fs.readFileSync(written, 'utf8'), fs.readFileSync(path.join(golden, name), 'utf8'), name);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-golden-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, article] of Object.entries(articles)) {
    for (const [format, ext] of [['jsonl', 'jsonl'], ['csv', 'csv'], ['conll', 'conll'], ['spacy', 'spacy'], ['labelstudio', 'labelstudio.json']]) {
      it(`${name}: ${format}`, () => {
        const out = path.join(dir, `${name}.${ext}`);
        run('export', '--format', format, '--out', out, article);
        same(out, `${name}.${ext}`);
        if (format === 'labelstudio') same(path.join(dir, `${name}.labelstudio.config.xml`), `${name}.labelstudio.config.xml`);
      });
    }
    it(`${name}: w3c`, () => {
      const r = run('export', '--format', 'w3c', '--base-uri', 'https://example.org/corpus/', article);
      assert.strictEqual(r.stdout, fs.readFileSync(path.join(golden, `${name}.w3c.json`), 'utf8'));
    });
    it(`${name}: brat`, () => {
      run('export', '--format', 'brat', '--out', dir, article);
      same(path.join(dir, `${name}.ann`), `${name}.ann`);
      same(path.join(dir, 'annotation.conf'), `${name}.annotation.conf`);
      same(path.join(dir, 'visual.conf'), `${name}.visual.conf`);
    });
  }
});
