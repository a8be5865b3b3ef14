// `claimlens reanchor` with the article's old text in git: offsets mapped through a diff, and
// the summary of how each annotation was placed; without git: never on the look-alike passage.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { toSidecar, type Placed } from '../../src/core/anchor/placed';
import { serializeSidecar } from '../../src/core/sidecar/write';

const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const git = (cwd: string, ...args: string[]): void => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
};

const lead = 'Mayor Dana Pell said the United States would keep watching the strait, and the Velmore Harbour Council agreed.';
const old = ['Strait watch', '', `Tuesday: ${lead}`, '', 'Ferry operators asked for more time to file their schedules.', '', `Tuesday: ${lead}`, ''].join('\n');
const note = 'Editor\'s note: this story was updated.\n\n';
const at = old.lastIndexOf('Tuesday: ');
const revised = note + old.slice(0, at) + 'Wednesday: ' + old.slice(at + 'Tuesday: '.length);
const quotes = ['Dana Pell', 'the United States would keep watching the strait', 'United States', 'Velmore Harbour Council'];

function writeArticle(dir: string): void {
  const second = old.lastIndexOf(lead);
  const placed: Placed[] = quotes.map((q, i) => ({
    data: { id: `a-${i}`, tag: i === 1 ? 'claim' : 'actor', start: 0, end: 0, quote: '' },
    start: second + lead.indexOf(q), end: second + lead.indexOf(q) + q.length, orphaned: false,
  }));
  fs.writeFileSync(path.join(dir, 'wire.txt'), old);
  fs.writeFileSync(path.join(dir, 'wire.txt.annotations.yaml'), serializeSidecar(toSidecar('wire.txt', old, placed)));
}

describe('re-anchoring with the article\'s history', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-history-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const reanchor = (): { starts: number[]; orphaned: boolean[]; stderr: string } => {
    const r = spawnSync(process.execPath, [cli, 'reanchor', dir], { encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const file = parse(fs.readFileSync(path.join(dir, 'wire.txt.annotations.yaml'), 'utf8'));
    return { starts: file.annotations.map((a: { start: number }) => a.start), orphaned: file.annotations.map((a: { orphaned?: boolean }) => !!a.orphaned), stderr: r.stderr };
  };
  const secondStarts = (): number[] => quotes.map((q) => revised.lastIndexOf(lead) + lead.indexOf(q));
  const firstStarts = (): number[] => quotes.map((q) => revised.indexOf(lead) + lead.indexOf(q));

  it('maps every annotation through a diff with the version git holds, and says so', () => {
    git(dir, 'init', '-q');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'start');
    writeArticle(dir);
    git(dir, 'add', '.');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'annotated');
    fs.writeFileSync(path.join(dir, 'wire.txt'), revised);
    const r = reanchor();
    assert.deepStrictEqual(r.starts, secondStarts(), 'every annotation on the second lead');
    assert.match(r.stderr, /0 kept, 4 mapped by the diff, 0 found by their quote, 0 by a close match, 0 orphaned \(the old text came from git\)/);
  });

  it('without history: none lands on the first lead', () => {
    writeArticle(dir);
    fs.writeFileSync(path.join(dir, 'wire.txt'), revised);
    const r = reanchor();
    const first = firstStarts();
    r.starts.forEach((s, i) => assert.ok(r.orphaned[i] || s !== first[i], `${quotes[i]} is not moved to the first lead`));
    assert.match(r.stderr, /no old text in git: placed by quote and order/);
  });
});
