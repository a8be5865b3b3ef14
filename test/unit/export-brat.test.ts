import * as assert from 'assert';
import { bratAnn, bratConf, bratName } from '../../src/core/export/brat';
import { importBrat } from '../../src/core/export/imports';
import { ExportScheme } from '../../src/core/export/scheme';
import { parseTaxonomy } from '../../src/core/taxonomy/taxonomy';
import { bratProblems, readBratConf } from './bratRules';
import { at, comparable, ix, original, source, TEXT } from './exportFixture';

function exportOf(s = source(), scheme = new ExportScheme()): { ann: string; conf: ReturnType<typeof bratConf> } {
  const ann = bratAnn(s, scheme);
  return { ann, conf: bratConf(scheme) };
}

describe('export: brat', () => {
  it('writes an .ann that keeps brat\'s rules, with an annotation.conf that defines all it uses', () => {
    const { ann, conf } = exportOf();
    assert.deepStrictEqual(bratProblems(ann, TEXT, readBratConf(conf.annotation)), []);
  });

  it('puts free text in one AnnotatorNotes line per span and closed value sets in A lines, nothing percent-encoded', () => {
    const lines = exportOf().ann.trimEnd().split('\n');
    assert.ok(!lines.some((l) => l.includes('%')));
    const [s, e] = at('Anna Lindqvist').map((o) => ix.toCodePoint(o));
    assert.strictEqual(lines.find((l) => l.startsWith('T1\t')), `T1\tactor ${s} ${e}\tAnna Lindqvist`, 'offsets in code points');
    assert.ok(lines.includes('#1\tAnnotatorNotes T1\tactor: Anna Lindqvist'));
    assert.ok(lines.includes('#2\tAnnotatorNotes T2\tcue: said; note: -checked twice'));
    assert.ok(lines.includes('A1\ttype T1 person'));
    assert.deepStrictEqual(lines.filter((l) => l.startsWith('A')).map((l) => l.split('\t')[1].split(' ')[0]).sort(),
      ['class', 'credibility', 'kind', 'kind', 'kind', 'reliability', 'stance', 'type', 'type', 'type', 'type']);
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tactor: Zoë Berg$/.test(l)));
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\ttopic: harbour fees; tolls$/.test(l)));
  });

  it('writes split and multi-line spans as fragments, and the speaker as a relation', () => {
    const lines = exportOf().ann.trimEnd().split('\n');
    assert.match(lines[1], /^T2\tclaim \d+ \d+;\d+ \d+\tPrices rose by five per cent\.$/);
    assert.match(lines[2], /^T3\tevent \d+ \d+;\d+ \d+\t=HYPERLINK\("x"\) appeared on the board$/, 'a span over a line break becomes two fragments');
    assert.ok(lines.includes('R1\tspeaker Arg1:T2 Arg2:T1'));
  });

  it('writes the tags, the speaker relation, overlaps and the attributes\' value sets into annotation.conf', () => {
    const { annotation, visual } = exportOf().conf;
    const conf = readBratConf(annotation);
    assert.deepStrictEqual(conf.problems, []);
    assert.deepStrictEqual([...conf.entities], ['actor', 'claim', 'event', 'source']);
    assert.deepStrictEqual(conf.relations.get('speaker'), { arg1: ['claim'], arg2: ['actor'] });
    assert.match(annotation, /^<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>$/m);
    assert.deepStrictEqual(conf.attributes.get('type'), { on: ['actor'], values: ['person', 'organization', 'state', 'group', 'location', 'other'] });
    assert.deepStrictEqual(conf.attributes.get('reliability')?.values, ['A', 'B', 'C', 'D', 'E', 'F']);
    assert.deepStrictEqual(conf.attributes.get('class')?.values?.slice(0, 2), ['speech', 'belief']);
    assert.strictEqual(conf.attributes.has('actor'), false, 'free text is no attribute');
    assert.match(visual, /^\[labels\]\nactor \| actor$/m);
    assert.match(visual, /^claim\tbgColor:#[0-9a-f]{6}$/m);
  });

  it('adds values found outside the value set to the conf, and keeps values brat cannot hold in the notes', () => {
    const s = source();
    s.sidecar.annotations.find((a) => a.id === 'c-2')!.attributes!.kind = 'reported';
    s.sidecar.annotations.find((a) => a.id === 'c-3')!.attributes!.kind = 'very odd';
    const { ann, conf } = exportOf(s);
    assert.deepStrictEqual(bratProblems(ann, TEXT, readBratConf(conf.annotation)), []);
    assert.deepStrictEqual(readBratConf(conf.annotation).attributes.get('kind')?.values, ['direct', 'indirect', 'mixed', 'reported']);
    assert.match(ann, /\tkind: very odd; /);
  });

  it('follows the workspace taxonomy, and gives names brat cannot store a storage form', () => {
    const { taxonomy } = parseTaxonomy('tags:\n  - name: Akteur\n    key: 1\n    description: x\n  - name: claim\n    key: 2\n    description: y\n    attributes:\n      - name: tone\n        values: [calm, angry]\n');
    const s = source();
    for (const a of s.sidecar.annotations) if (a.tag === 'actor') a.tag = 'Akteur';
    s.sidecar.annotations.find((a) => a.id === 'c-1')!.attributes!.tone = 'calm';
    const scheme = new ExportScheme(taxonomy);
    const { ann, conf } = exportOf(s, scheme);
    assert.deepStrictEqual(bratProblems(ann, TEXT, readBratConf(conf.annotation)), []);
    const read = readBratConf(conf.annotation);
    assert.deepStrictEqual([...read.entities], ['Akteur', 'claim', 'event']);
    assert.deepStrictEqual(read.attributes.get('tone'), { on: ['claim'], values: ['calm', 'angry'] });
    assert.deepStrictEqual(read.attributes.get('type')?.on, ['Akteur'], 'an attribute found on a tag applies to it');
    assert.strictEqual(bratName('Déclaration de presse'), 'Declaration_de_presse');
  });

  it('the checker catches what brat refuses', () => {
    const { ann, conf } = exportOf();
    const read = readBratConf(conf.annotation);
    const broken = (change: (lines: string[]) => void): string => {
      const lines = ann.trimEnd().split('\n');
      change(lines);
      return bratProblems(lines.join('\n') + '\n', TEXT, read).join('\n');
    };
    assert.match(broken((l) => { l[0] = l[0].replace('Anna', 'Anne'); }), /is not the \.txt's/);
    assert.match(broken((l) => { l.push('A99\ttype T1 planet'); }), /not one of type's values/);
    assert.match(broken((l) => { l.push('R99\tspeaker Arg1:T2 Arg2:T99'); }), /unknown ids/);
    assert.match(broken((l) => { l.push(l[0]); }), /used twice/);
    assert.match(broken((l) => { l.push('T99\tclaim 0 7;3 9\tHarbour talks'); }), /overlap/);
    assert.match(broken((l) => { l.push('A98\tkind T1 direct'); }), /does not apply to actor/);
  });
});

describe('import: brat', () => {
  it('export then import gives the same annotations', () => {
    const back = importBrat(bratAnn(source(), new ExportScheme()), TEXT);
    assert.deepStrictEqual(back.problems, []);
    const expected = comparable(original());
    const got = comparable(back.annotations);
    // a span over a line break comes back as fragments around the break
    expected[2] = { ...expected[2], fragments: got[2].fragments };
    assert.deepStrictEqual(got, expected);
  });

  it('keeps free-text values with spaces, symbols and "; ", and other values with their type', () => {
    const s = source();
    s.sidecar.annotations[0].attributes = { actor: 'Anna Lindqvist (Port); Ltd', weight: 3, checked: true, type: 'person' };
    s.sidecar.annotations[0].note = 'see: the minutes; page 2';
    const back = importBrat(bratAnn(s, new ExportScheme()), TEXT).annotations[0];
    assert.deepStrictEqual(back.attributes, { type: 'person', actor: 'Anna Lindqvist (Port); Ltd', weight: 3, checked: true });
    assert.strictEqual(back.note, 'see: the minutes; page 2');
  });

  it('reports what it cannot import, with the line', () => {
    const back = importBrat('T1\tactor 0 7\tHarbour\nE1\tAttack:T1\nT2\tactor 9999 10000\tx\n', TEXT);
    assert.strictEqual(back.annotations.length, 1);
    assert.deepStrictEqual(back.problems.map((p) => p.line).sort(), [2, 3]);
    assert.match(back.problems.find((p) => p.line === 2)!.message, /"E1" lines are not imported/);
    assert.match(back.problems.find((p) => p.line === 3)!.message, /outside the text/);
  });
});
