import * as assert from 'assert';
import { ExportWriter, labelStudioConfigName } from '../../src/core/export/exporter';
import { importLabelStudio } from '../../src/core/export/imports';
import { labelStudioTask } from '../../src/core/export/labelstudio';
import { ExportScheme } from '../../src/core/export/scheme';
import { comparable, ix, original, source, TEXT } from './exportFixture';

type Json = Record<string, any>;

interface Config {
  /** Control name -> tag (Labels, Choices, TextArea) and its values. */
  controls: Map<string, { tag: string; toName?: string; values: string[]; perRegion: boolean }>;
  objects: Map<string, string>;
  relations: string[];
}

/** The tags of a labeling config (well-formed: every element closed in order). */
function readConfig(xml: string): Config {
  const config: Config = { controls: new Map(), objects: new Map(), relations: [] };
  const open: string[] = [];
  let control: string | undefined;
  for (const m of xml.matchAll(/<(\/?)(\w+)((?:\s+[\w-]+="[^"]*")*)\s*(\/?)>/g)) {
    const [, closing, tag, attrText, selfClosing] = m;
    const attrs = Object.fromEntries([...attrText.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));
    if (closing) {
      assert.strictEqual(open.pop(), tag, `</${tag}> closes what it did not open`);
      if (tag === 'Labels' || tag === 'Choices') control = undefined;
      continue;
    }
    if (['Labels', 'Choices', 'TextArea'].includes(tag)) {
      assert.ok(attrs.name && !config.controls.has(attrs.name) && !config.objects.has(attrs.name), `a unique name for <${tag}>: ${attrs.name}`);
      config.controls.set(attrs.name, { tag, toName: attrs.toName, values: [], perRegion: attrs.perRegion === 'true' });
      control = attrs.name;
    } else if (tag === 'Label' || tag === 'Choice') config.controls.get(control!)!.values.push(attrs.value);
    else if (tag === 'Relation') config.relations.push(attrs.value);
    else if (tag === 'Text') config.objects.set(attrs.name, attrs.value);
    if (!selfClosing) open.push(tag);
  }
  assert.deepStrictEqual(open, [], 'every element is closed');
  return config;
}

function exportOf(): { tasks: Json[]; config: string; writer: ExportWriter } {
  const writer = new ExportWriter('labelstudio');
  const tasks = JSON.parse(writer.head() + writer.article(source()) + writer.tail());
  return { tasks, config: writer.sideFiles('tasks.json')[0].text, writer };
}

describe('export: Label Studio', () => {
  it('writes its labeling config beside the tasks', () => {
    const { writer } = exportOf();
    assert.deepStrictEqual(writer.sideFiles('harbour.json').map((f) => f.name), ['harbour.config.xml']);
    assert.strictEqual(labelStudioConfigName('a.labelstudio.json'), 'a.labelstudio.config.xml');
    const config = readConfig(exportOf().config);
    assert.deepStrictEqual([...config.objects], [['text', '$text']]);
    assert.deepStrictEqual(config.controls.get('label'), { tag: 'Labels', toName: 'text', values: ['actor', 'claim', 'event', 'source'], perRegion: false });
    assert.deepStrictEqual(config.relations, ['speaker', 'continues']);
    assert.deepStrictEqual(config.controls.get('kind')?.values, ['direct', 'indirect', 'mixed']);
    assert.deepStrictEqual(config.controls.get('cue'), { tag: 'TextArea', toName: 'text', values: [], perRegion: true });
  });

  it('every result names what the config has: from_name, to_name, labels, choices, relation labels and region ids', () => {
    const { tasks, config } = exportOf();
    const c = readConfig(config);
    const result = tasks[0].annotations[0].result as Json[];
    const regions = new Set(result.filter((r) => r.type === 'labels').map((r) => r.id));
    for (const r of result) {
      if (r.type === 'relation') {
        assert.ok(regions.has(r.from_id) && regions.has(r.to_id), `relation ${r.from_id} -> ${r.to_id}`);
        for (const l of r.labels) assert.ok(c.relations.includes(l), `relation label ${l}`);
        continue;
      }
      const control = c.controls.get(r.from_name);
      assert.ok(control, `from_name ${r.from_name}`);
      assert.strictEqual(control.toName, r.to_name);
      assert.ok(c.objects.has(r.to_name), `to_name ${r.to_name}`);
      assert.strictEqual(control.tag.toLowerCase(), r.type === 'labels' ? 'labels' : r.type === 'choices' ? 'choices' : 'textarea');
      for (const v of r.value.labels ?? r.value.choices ?? []) assert.ok(control.values.includes(v), `${r.from_name}: ${v}`);
      if (r.type !== 'labels') assert.ok(regions.has(r.id) && control.perRegion, `a per-region result on region ${r.id}`);
    }
  });

  it('has a region per piece of a split claim (linked by "continues"), attributes, note and speaker on the claim', () => {
    const result = exportOf().tasks[0].annotations[0].result as Json[];
    const labels = result.filter((r) => r.type === 'labels');
    for (const r of labels) assert.strictEqual(ix.sliceCp(r.value.start, r.value.end), r.value.text, 'code point offsets');
    assert.deepStrictEqual(labels.filter((r) => r.value.labels[0] === 'claim').map((r) => [r.id, r.value.text]), [
      ['c-1', 'Prices rose'], ['c-1:2', 'by five per cent.'], ['c-2', 'Anna Lindqvist would resign soon'], ['c-3', 'We stay.'],
    ]);
    assert.deepStrictEqual(labels.find((r) => r.id === 'c-1')!.meta, { text: ['-checked twice'] });
    assert.deepStrictEqual(result.filter((r) => r.id === 'c-1' && r.type !== 'labels').map((r) => [r.from_name, r.type, r.value.choices ?? r.value.text]), [
      ['kind', 'choices', ['direct']], ['cue', 'textarea', ['said']],
    ]);
    assert.deepStrictEqual(result.filter((r) => r.type === 'relation').map((r) => [r.from_id, r.to_id, r.labels[0], r.direction]), [
      ['c-1', 'c-1:2', 'continues', 'right'], ['c-1', 'a-1', 'speaker', 'right'], ['c-2', 'a-2', 'speaker', 'right'], ['c-3', 'a-4', 'speaker', 'right'],
    ]);
  });
});

describe('import: Label Studio', () => {
  it('export then import gives the same annotations (a split claim in pieces) and the text', () => {
    const [task] = importLabelStudio([labelStudioTask(source(), new ExportScheme())]);
    assert.deepStrictEqual(task.problems, []);
    assert.strictEqual(task.text, TEXT);
    assert.strictEqual(task.file, 'news/harbour.txt');
    assert.deepStrictEqual(comparable(task.annotations), comparable(original()));
  });

});
