import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = path.resolve(__dirname, '../../..');

/** Tokenises lines with the article grammar, as VS Code does; returns [text, scopes] per token. */
async function loadGrammar(): Promise<(lines: string[]) => Array<[string, string[]]>> {
  const wasm = fs.readFileSync(path.join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'text.article'
      ? textmate.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes', 'article.tmLanguage.json'), 'utf8'), 'article.tmLanguage.json')
      : null,
  });
  const grammar = (await registry.loadGrammar('text.article'))!;
  return (lines) => {
    let state = textmate.INITIAL;
    const out: Array<[string, string[]]> = [];
    for (const line of lines) {
      const r = grammar.tokenizeLine(line, state);
      for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes.slice(1)]);
      state = r.ruleStack;
    }
    return out;
  };
}

describe('article grammar', () => {
  let tokenize: Awaited<ReturnType<typeof loadGrammar>>;
  before(async () => {
    tokenize = await loadGrammar();
  });
  const scopesOf = (lines: string[], text: string): string[] => tokenize(lines).find(([t]) => t === text)?.[1] ?? [];

  it('scopes straight, curly and nested quotations, and guillemets', () => {
    const line = ['She said "the port is \'closed\' now" and “we wait”, then «non».'];
    assert.ok(scopesOf(line, 'the port is ').includes('string.quoted.double.straight.article'));
    assert.ok(scopesOf(line, 'closed').includes('string.quoted.single.nested.article'));
    assert.ok(scopesOf(line, 'closed').includes('string.quoted.double.straight.article'), 'nested inside the outer quotation');
    assert.ok(scopesOf(line, 'we wait').includes('string.quoted.double.curly.article'));
    assert.ok(scopesOf(line, 'non').includes('string.quoted.double.guillemet.article'));
  });

  it('scopes reporting verbs outside quotations', () => {
    assert.deepStrictEqual(scopesOf(['Officials said the port reopened.'], 'said'), ['keyword.other.reporting-verb.article']);
    assert.deepStrictEqual(scopesOf(['According to the ministry, it reopened.'], 'According to'), [], 'a capital A is not matched');
    assert.deepStrictEqual(scopesOf(['It reopened, according to the ministry.'], 'according to'), ['keyword.other.reporting-verb.article']);
  });

  it('scopes datelines and bylines', () => {
    assert.deepStrictEqual(scopesOf(['GENEVA, 14 November — Monitors said.'], 'GENEVA'), ['entity.name.section.dateline.article']);
    assert.deepStrictEqual(scopesOf(['By Ines Kolar and Tom Achebe'], 'Ines Kolar and Tom Achebe'), ['entity.name.tag.byline.article']);
    assert.deepStrictEqual(scopesOf(['By Ines Kolar and Tom Achebe'], 'By'), ['keyword.other.byline.article']);
  });

  it('does not run a quotation past a blank line', () => {
    const toks = tokenize(['"An opening quote with no end', '', 'A new paragraph said nothing.']);
    const para = toks.filter(([t]) => t.includes('A new paragraph'));
    assert.ok(para.every(([, s]) => !s.some((x) => x.startsWith('string.'))));
  });
});
