import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Placed } from '../../src/core/anchor/placed';
import { detect } from '../../src/core/detect';
import { openSuggestions, type Suggestion } from '../../src/core/suggest/suggestions';
import { buildRows, MAX_CHILDREN, type Row, type RowSource, type ViewFilter, type ViewName } from '../../src/extension/views/rows';

const text = [
  'Ines Kolar, the mayor of Dunmore, said on Monday that the bridge would reopen in May.',
  '"The repairs are finished," Kolar told reporters.',
  'The Regional Water Agency (RWA) said nothing.',
].join('\n');
const lineOf = (o: number): number => text.slice(0, o).split('\n').length - 1;

function placed(id: string, tag: string, needle: string, extra: Partial<Placed['data']> = {}, orphaned = false): Placed {
  const start = text.indexOf(needle);
  return { data: { id, tag, start, end: start + needle.length, quote: needle, ...extra }, start, end: start + needle.length, orphaned };
}

function source(annotations: Placed[], filter: ViewFilter = 'all'): RowSource {
  const decided = new Set(annotations.filter((p) => !p.orphaned).map((p) => `${p.start}:${p.end}`));
  return {
    uri: 'file:///a.txt', placed: annotations, filter, line: lineOf, version: 7,
    open: openSuggestions(detect(text), (s, e) => decided.has(`${s}:${e}`)),
  };
}

const leaves = (rows: readonly Row[]): Row[] => rows.flatMap((r) => (r.children ? leaves(r.children) : [r]));
const shape = (rows: readonly Row[]): unknown => rows.map((r) => [r.label, r.description, (r.children ?? []).map((c) => `${c.type} ${c.label}`)]);

describe('view rows', () => {
  const kolar = placed('actor-1', 'actor', 'Ines Kolar', { attributes: { type: 'person', actor: 'Ines Kolar' }, status: 'confirmed' });
  const rejected = placed('actor-2', 'actor', 'Dunmore', { status: 'rejected', origin: 'detected' });
  const orphan = placed('event-1', 'event', 'Monday', {}, true);

  it('lists open suggestions with the confirmed annotations: actors by canonical actor, claims by speaker', () => {
    const src = source([kolar, rejected, orphan]);
    const actors = buildRows('actors', src);
    const ines = actors.find((r) => r.label === 'Ines Kolar')!;
    assert.strictEqual(ines.description, 'person · 1 mention · 1 suggested');
    assert.deepStrictEqual(ines.children!.map((c) => [c.type, c.label, c.description]), [
      ['annotation', 'Ines Kolar', 'line 1'], ['suggestion', 'Kolar', 'suggested · line 2'],
    ]);
    assert.ok(actors.some((r) => r.label === 'Regional Water Agency' && r.description === 'organization · 2 suggested'));
    assert.ok(!leaves(actors).some((r) => r.label === 'Dunmore'), 'a rejected suggestion is not offered again');
    const claims = buildRows('claims', src);
    assert.deepStrictEqual(claims.map((r) => r.label), ['Ines Kolar'], 'a suggested claim goes under its detected speaker');
    assert.ok(claims[0].children!.every((c) => c.type === 'suggestion' && c.kind === 'claim'));
  });

  it('gives suggestion rows the arguments of Accept / Reject, and annotation rows those of Remove / Restore', () => {
    const src = source([kolar, rejected, orphan]);
    const s = leaves(buildRows('actors', src)).find((r) => r.type === 'suggestion' && r.label === 'Kolar')!;
    assert.deepStrictEqual([s.uri, text.slice(s.start, s.end), s.kind, s.version], ['file:///a.txt', 'Kolar', 'actor', 7], 'with the version its offsets are of');
    const groups = buildRows('annotations', src);
    assert.deepStrictEqual(groups.map((g) => [g.label, g.description]), [['actor', '1 · 3 suggested'], ['claim', '2 suggested'], ['Rejected', '1'], ['Orphaned', '1']]);
    const [r] = groups.find((g) => g.label === 'Rejected')!.children!;
    assert.deepStrictEqual([r.type, r.id, r.uri, r.description], ['rejected', 'actor-2', 'file:///a.txt', 'actor · line 1']);
    assert.deepStrictEqual(groups.find((g) => g.label === 'Orphaned')!.children!.map((c) => [c.type, c.id, c.description]), [['annotation', 'event-1', 'orphaned']]);
  });

  it('filters: suggested only (with Rejected), confirmed only (with Orphaned)', () => {
    const suggested = buildRows('annotations', source([kolar, rejected, orphan], 'suggested'));
    assert.deepStrictEqual(suggested.map((g) => g.label), ['actor', 'claim', 'Rejected']);
    assert.ok(leaves(suggested).every((r) => r.type !== 'annotation'));
    const confirmed = buildRows('annotations', source([kolar, rejected, orphan], 'confirmed'));
    assert.deepStrictEqual(shape(confirmed), [['actor', '1', ['annotation Ines Kolar']], ['Orphaned', '1', ['annotation event: Monday']]]);
    assert.deepStrictEqual(buildRows('claims', source([kolar], 'confirmed')), []);
  });

  it('lists every one of thousands of suggestions, at most MAX_CHILDREN per level, with unique keys', () => {
    const open: Suggestion[] = [];
    for (let k = 0; k < 45000; k++) {
      const start = k * 10;
      open.push(k % 3
        ? { kind: 'actor', start, end: start + 5, mention: { start, end: start + 5, text: `A${k}`, type: 'person', actor: k % 2 ? 'One' : `Actor ${k % 500}` } }
        : { kind: 'claim', start, end: start + 8, mention: { start, end: start + 8, text: `C${k}`, kind: 'direct', cue: null, speaker: null } });
    }
    const src: RowSource = { uri: 'file:///big.txt', placed: [], open, version: 1, line: (o) => Math.floor(o / 100), filter: 'all' };
    for (const view of ['actors', 'claims', 'annotations'] as ViewName[]) {
      const t = Date.now();
      const rows = buildRows(view, src);
      const ms = Date.now() - t;
      const keys = new Set<string>();
      const walk = (level: readonly Row[]): void => {
        assert.ok(level.length <= MAX_CHILDREN, `${view}: a level of ${level.length} rows`);
        for (const r of level) {
          assert.ok(!keys.has(r.key), `${view}: key ${r.key} twice`);
          keys.add(r.key);
          if (r.children) walk(r.children);
        }
      };
      walk(rows);
      const found = leaves(rows).filter((r) => r.type === 'suggestion');
      const want = view === 'actors' ? open.filter((s) => s.kind === 'actor') : view === 'claims' ? open.filter((s) => s.kind === 'claim') : open;
      assert.strictEqual(found.length, want.length, view);
      assert.deepStrictEqual(new Set(found.map((r) => r.start)), new Set(want.map((s) => s.start)));
      assert.ok(ms < 3000, `${view}: ${ms} ms`);
    }
    const actors = buildRows('actors', src);
    assert.deepStrictEqual(actors.map((r) => r.label), ['1–200', '201–251'], 'actors, most mentioned first, in groups of 200');
    const one = actors[0].children![0];
    assert.strictEqual(one.label, 'One');
    assert.strictEqual(one.expanded, false, 'a big group starts collapsed');
    assert.match(one.children![0].label, /^1–\d+$/);
    assert.match(one.children![0].description!, /^of 15000 · lines 1–\d+$/);
  });
});

describe('view actions in the manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
  const commands = new Map<string, { category?: string; icon?: string }>(pkg.contributes.commands.map((c: { command: string }) => [c.command, c]));
  const inline = (item: string): string[] => pkg.contributes.menus['view/item/context']
    .filter((m: { when: string; group: string }) => m.group.startsWith('inline') && m.when.split('viewItem')[1]?.includes(item))
    .map((m: { command: string }) => m.command);

  it('puts accept and reject on suggestion rows, remove on annotation rows, restore on rejected ones, a filter on each view', () => {
    assert.deepStrictEqual(inline('suggestion'), ['claimlens.acceptSuggestion', 'claimlens.rejectSuggestion']);
    assert.deepStrictEqual(inline('annotation'), ['claimlens.removeAnnotation']);
    assert.deepStrictEqual(inline('rejected'), ['claimlens.restoreSuggestion']);
    const articleViews = (m: { when: string }): boolean => m.when.includes('(actors|claims|annotations)');
    assert.deepStrictEqual(pkg.contributes.menus['view/title'].filter(articleViews).map((m: { command: string }) => m.command), ['claimlens.filterViews']);
    for (const [id, icon] of [['claimlens.acceptSuggestion', '$(check)'], ['claimlens.rejectSuggestion', '$(close)'], ['claimlens.restoreSuggestion', '$(discard)'], ['claimlens.filterViews', '$(filter)']]) {
      assert.deepStrictEqual([commands.get(id)?.category, commands.get(id)?.icon], ['Claimlens', icon], id);
      assert.ok(pkg.contributes.menus.commandPalette.some((m: { command: string }) => m.command === id), `${id} in the Command Palette`);
    }
  });
});
