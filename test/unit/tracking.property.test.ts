import * as assert from 'assert';
import fc from 'fast-check';
import { placeAll, toSidecar, type Placed } from '../../src/core/anchor/placed';
import { LiveAnnotations } from '../../src/core/anchor/live';
import { applyChange, type LiveSpan } from '../../src/core/anchor/track';

/**
 * A text whose every character carries an identity, so that after any edits we know which
 * characters are the original ones of a span and which were typed in later.
 */
interface Char { ch: string; id: number }
let nextId = 0;
const chars = (s: string): Char[] => [...s].flatMap((cp) => [...cp.length === 2 ? [cp[0], cp[1]] : [cp]].map((ch) => ({ ch, id: nextId++ })));
const str = (cs: readonly Char[]): string => cs.map((c) => c.ch).join('');

const BASE = 'Kolar said the bridge is safe. 😀 Varga said the bridge is safe. 서울 said no.';

/** A longer text with repeated phrases, so that look-alikes abound. */
const LONG = [BASE, 'Officials said the bridge is safe. 서울 said no again.', BASE, 'Kolar said that Varga said no. 😀 The bridge is safe, Varga said.'].join('\n\n');

const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 12 }), text: fc.constantFrom('', 'x', 'the bridge', ' safe', '😀', '서울', 'Kolar said ') });

describe('live tracking (property-based)', () => {
  it('random edits leave every span on exactly its own characters, or remove it', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 })), { minLength: 1, maxLength: 6 }),
      fc.array(edit, { minLength: 1, maxLength: 25 }),
      (spanSeeds, edits) => {
        nextId = 0;
        let doc = chars(BASE);
        const originalCount = doc.length;
        const spans = spanSeeds.map(([a, l]) => {
          const s = a % doc.length;
          const e = Math.min(doc.length, s + 1 + l);
          return { span: { start: s, end: e } as LiveSpan, ids: new Set(doc.slice(s, e).map((c) => c.id)), alive: true };
        });
        for (const ed of edits) {
          const offset = ed.at % (doc.length + 1);
          const length = Math.min(ed.len, doc.length - offset);
          const inserted = chars(ed.text);
          for (const sp of spans) if (sp.alive) sp.alive = applyChange(sp.span, { offset, length, text: ed.text });
          doc = [...doc.slice(0, offset), ...inserted, ...doc.slice(offset + length)];
        }
        for (const sp of spans) {
          if (!sp.alive) continue;
          const inside = doc.slice(sp.span.start, sp.span.end);
          // no original character of another place inside the span ...
          const originals = inside.filter((c) => c.id < originalCount);
          for (const c of originals) assert.ok(sp.ids.has(c.id), 'an original character from outside the span got in');
          // ... and every surviving character of the span is inside it
          const survivors = doc.filter((c) => sp.ids.has(c.id)).length;
          assert.strictEqual(originals.length, survivors, 'a surviving character of the span fell outside it');
          assert.ok(sp.span.end > sp.span.start);
        }
      },
    ), { numRuns: 400 });
  });

  it('re-anchoring after edits away from the spans finds each span at its new place or orphans it, never elsewhere', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 2, max: 14 })), { minLength: 1, maxLength: 3 }),
      fc.array(edit, { minLength: 1, maxLength: 12 }),
      (spanSeeds, edits) => {
        nextId = 0;
        let doc = chars(LONG);
        const text0 = str(doc);
        const picks = spanSeeds.map(([a, l]) => {
          let s = a % doc.length;
          let e = Math.min(doc.length, s + 1 + l);
          // keep spans on whole code points
          if (/[\uDC00-\uDFFF]/.test(text0[s])) s--;
          if (/[\uDC00-\uDFFF]/.test(text0[e] ?? '')) e++;
          return { s, e };
        });
        const placed: Placed[] = picks.map(({ s, e }, i) => ({ data: { id: `x-${i}`, tag: 't', start: 0, end: 0, quote: '' }, start: s, end: e, orphaned: false }));
        const sidecar = toSidecar('a.txt', text0, placed);
        const identity = picks.map(({ s, e }) => doc.slice(s, e).map((c) => c.id));
        for (const ed of edits) {
          let offset = ed.at % (doc.length + 1);
          let length = Math.min(ed.len, doc.length - offset);
          // edits stay clear of the spans and of the context stored with them (a look-alike
          // built inside that context is a true ambiguity), and whole code points stay whole
          const touches = picks.some(({ s, e }) => offset < e + 34 && offset + length > s - 34) || /[\uDC00-\uDFFF]/.test(str(doc.slice(offset, offset + 1)));
          if (touches) { offset = doc.length; length = 0; }
          doc = [...doc.slice(0, offset), ...chars(ed.text), ...doc.slice(offset + length)];
          for (const p of picks) {
            if (offset <= p.s) { p.s += [...ed.text].join('').length - length; p.e += [...ed.text].join('').length - length; }
          }
        }
        const revised = str(doc);
        const result = placeAll(revised, sidecar);
        result.forEach((p, i) => {
          if (p.orphaned) return;
          const ids = doc.slice(p.start, p.end).map((c) => c.id);
          assert.deepStrictEqual(ids, identity[i], `annotation ${i} ("${sidecar.annotations[i].quote}") was placed on other text: "${revised.slice(p.start, p.end)}"`);
        });
      },
    ), { numRuns: 500 });
  });
});

describe('live annotations in an edited text', () => {
  const TEXT = 'Kolar said the bridge is safe. Varga said the bridge is not safe.';
  const make = (quote: string, occurrence = 0): Placed => {
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = TEXT.indexOf(quote, at + 1);
    return { data: { id: quote, tag: 't', start: 0, end: 0, quote: '' }, start: at, end: at + quote.length, orphaned: false };
  };
  const texts = (l: LiveAnnotations): string[] => l.placed.map((p) => l.text.slice(p.start, p.end));

  it('removes a span whose text is deleted and brings it back when the text is restored (undo)', () => {
    const live = new LiveAnnotations(TEXT, [make('Kolar'), make('Varga')]);
    const cut = { offset: 0, length: 'Kolar said the bridge is safe. '.length, text: '' };
    const out = live.applyEdits([cut]);
    assert.deepStrictEqual(out.removed.map((p) => p.data.id), ['Kolar']);
    assert.deepStrictEqual(texts(live), ['Varga']);
    const undo = live.applyEdits([{ offset: 0, length: 0, text: 'Kolar said the bridge is safe. ' }]);
    assert.deepStrictEqual(undo.restored.map((p) => p.data.id), ['Kolar']);
    assert.deepStrictEqual(texts(live), ['Kolar', 'Varga']);
  });

  it('keeps a span found again inside a replacement with its context (a reflowed sentence)', () => {
    const live = new LiveAnnotations(TEXT, [make('the bridge is safe')]);
    const s = 'Kolar said '.length;
    const out = live.applyEdits([{ offset: s - 1, length: 'the bridge is safe'.length + 2, text: ' the bridge is safe.' }]);
    assert.deepStrictEqual(out.removed, []);
    assert.deepStrictEqual(texts(live), ['the bridge is safe']);
  });

  it('does not take a pasted look-alike for the span it replaced', () => {
    const live = new LiveAnnotations(TEXT, [make('Kolar')]);
    const out = live.applyEdits([{ offset: 0, length: 'Kolar said'.length, text: 'Officials quoted Kolar' }]);
    assert.deepStrictEqual(out.removed.map((p) => p.data.id), ['Kolar']);
    assert.deepStrictEqual(texts(live), []);
  });

  it('re-anchors everything when the whole text is replaced (a reload from disk)', () => {
    const live = new LiveAnnotations(TEXT, [make('Kolar'), make('the bridge is not safe'), make('Varga')]);
    const next = 'Update: ' + TEXT.replace('Varga said', 'Varga told us');
    live.applyEdits([{ offset: 0, length: TEXT.length, text: next }]);
    assert.deepStrictEqual(texts(live), ['Kolar', 'Varga', 'the bridge is not safe']);
    assert.ok(live.placed.every((p) => !p.orphaned));
  });

  it('applies the several changes of one multi-cursor edit in order', () => {
    const live = new LiveAnnotations(TEXT, [make('Kolar'), make('Varga')]);
    const varga = TEXT.indexOf('Varga');
    // VS Code reports multi-cursor changes last first, each in the text the previous left
    live.applyEdits([{ offset: varga, length: 0, text: '>> ' }, { offset: 0, length: 0, text: '>> ' }]);
    assert.deepStrictEqual(texts(live), ['Kolar', 'Varga']);
    assert.strictEqual(live.text.slice(0, 3), '>> ');
  });
});
