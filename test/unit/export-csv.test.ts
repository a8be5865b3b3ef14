import * as assert from 'assert';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvColumns, csvHeader, csvRows, neutralise } from '../../src/core/export/csv';
import { exported } from '../../src/core/export/formats';
import { ExportScheme } from '../../src/core/export/scheme';
import { ix, source } from './exportFixture';

function csv(tags?: string[]): string[][] {
  const scheme = new ExportScheme(undefined, tags);
  scheme.add(exported(source().sidecar, tags));
  return parseCsv(csvHeader(csvColumns(scheme.attributeKeys())) + csvRows(source(), scheme.attributeKeys(), tags));
}

describe('export: CSV', () => {
  it('gives a split claim the text of its pieces', () => {
    assert.strictEqual(csv().find((r) => r[1] === 'c-1')![5], 'Prices rose … by five per cent.');
  });

  it('has a column per attribute key found (well-known keys first), the speaker, status, origin and note', () => {
    assert.deepStrictEqual(csv()[0], [
      'file', 'id', 'tag', 'start', 'end', 'text', 'speaker', 'speaker_id',
      'kind', 'cue', 'class', 'type', 'actor', 'stance', 'reliability', 'credibility', 'topic',
      'status', 'origin', 'note',
    ]);
    assert.deepStrictEqual(csv(['actor'])[0], ['file', 'id', 'tag', 'start', 'end', 'text', 'speaker', 'speaker_id', 'type', 'actor', 'status', 'origin', 'note'], '--tag: the attributes of those tags');
  });

  it('reads back as a table (every row as wide as the header), cell by cell, with no JSON left in it', () => {
    const rows = csv();
    const [header, ...body] = rows;
    for (const r of body) assert.strictEqual(r.length, header.length, `row ${r[1]}`);
    const cell = (id: string, column: string): string => body.find((r) => r[1] === id)![header.indexOf(column)];
    assert.deepStrictEqual(body.map((r) => r[1]), ['a-1', 'c-1', 'e-1', 'a-2', 'a-3', 'c-2', 'a-4', 'c-3'], 'rejected suggestions are left out');
    assert.strictEqual(cell('c-1', 'speaker'), 'Anna Lindqvist');
    assert.strictEqual(cell('c-1', 'speaker_id'), 'a-1');
    assert.strictEqual(cell('c-2', 'speaker'), 'Harbour Workers Union', "the speaker's canonical actor name");
    assert.strictEqual(cell('c-2', 'class'), 'speech');
    assert.strictEqual(cell('c-3', 'topic'), 'harbour fees; tolls');
    assert.strictEqual(cell('a-1', 'kind'), '');
    assert.strictEqual(cell('c-1', 'status'), 'confirmed');
    assert.strictEqual(cell('a-2', 'origin'), 'detected');
    assert.strictEqual(cell('e-1', 'text'), `'=HYPERLINK("x") appeared\non the board`, 'a cell starting with = is neutralised; a line break stays inside its cell');
    assert.strictEqual(cell('c-1', 'note'), "'-checked twice", 'a cell starting with - is neutralised');
    assert.strictEqual(ix.sliceCp(Number(cell('a-4', 'start')), Number(cell('a-4', 'end'))), 'Zoe\u0308 Berg');
    assert.ok(body.every((r) => r.every((c) => !c.startsWith('{'))));
    assert.strictEqual(neutralise('plain'), 'plain');
  });

  it('keeps attributes named like its own columns apart', () => {
    assert.deepStrictEqual(csvColumns(['note', 'speaker', 'weight']).slice(8), ['attr_note', 'weight', 'status', 'origin', 'note']);
  });
});
