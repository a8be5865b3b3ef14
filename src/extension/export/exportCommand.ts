import * as vscode from 'vscode';
import { whenTrusted } from '../trust/trust';
import { toSidecar } from '../../core/anchor/placed';
import { ExportWriter, prepareSource } from '../../core/export/exporter';
import { FORMATS, isBaseIri, resolveIri, type ArticleSource, type Format } from '../../core/export/formats';
import { articlePathOf, SIDECAR_SUFFIX } from '../../core/sidecar/model';
import { parseSidecar } from '../../core/sidecar/parse';
import type { Taxonomy } from '../../core/taxonomy/taxonomy';
import { articleText } from '../../core/text/article';
import type { AnnotationStore } from '../annotations/annotationStore';
import { baseName, readText, sidecarUri, writeTextAtomic } from '../annotations/sidecarFiles';
import type { ConfigService } from '../config';

export type Scope = 'article' | 'folder' | 'workspace';

export interface ExportArgs {
  /** Where to write: a file, or a folder for brat. Asked for (a save dialog) when absent. */
  out?: vscode.Uri;
  format?: Format;
  scope?: Scope;
  /** Only these tags (for CoNLL: these columns). */
  tags?: string[];
  /** W3C targets: the article paths resolved against this IRI instead of the articles' own URIs. */
  baseUri?: string;
}

const EXT: Record<Format, string> = { jsonl: 'jsonl', csv: 'csv', w3c: 'jsonld', brat: '', conll: 'conll', labelstudio: 'json', spacy: 'spacy.jsonl' };
const ABOUT: Record<Format, string> = {
  jsonl: 'one span a line: file, id, tag, offsets, text, attributes, speaker',
  csv: 'a spreadsheet: one span a row, a column per attribute',
  w3c: 'W3C Web Annotation (JSON-LD) with quote and position selectors',
  brat: 'brat standoff: a .txt and an .ann per article, with annotation.conf and visual.conf, in a folder',
  conll: 'CoNLL tokens with one BIO column per tag (for conlleval)',
  labelstudio: 'Label Studio tasks, with their labeling config beside them',
  spacy: 'spaCy JSONL: text, tokens and character spans',
};

/**
 * Export Tagged Spans: the current article, its folder or the whole workspace, in any export
 * format; a workspace export shows its progress and can be cancelled. Open articles are exported
 * as they are in the editor, the others from their sidecars.
 */
export class ExportCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly taxonomy: () => Taxonomy,
  ) {
    this.registration = vscode.commands.registerCommand('claimlens.exportSpans', whenTrusted('Export Tagged Spans', (args?: ExportArgs) => this.run(args)));
  }

  async run(args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && this.config.isArticle(editor.document) ? editor.document : undefined;
    // from a script or a test: an output alone means this article as JSONL
    const scripted = args.out !== undefined;
    let scope = args.scope ?? (scripted && doc ? 'article' : undefined);
    let format = args.format ?? (scripted ? 'jsonl' : undefined);
    if (!scope) {
      type Item = vscode.QuickPickItem & { scope: Scope };
      const folder = doc ? vscode.workspace.getWorkspaceFolder(doc.uri) : undefined;
      const items: Item[] = [
        ...(doc ? [{ label: 'This article', description: baseName(doc.uri), scope: 'article' as const }] : []),
        ...(doc ? [{ label: 'This folder', description: vscode.workspace.asRelativePath(doc.uri.with({ path: doc.uri.path.slice(0, doc.uri.path.lastIndexOf('/')) })), scope: 'folder' as const }] : []),
        ...(vscode.workspace.workspaceFolders?.length ? [{ label: 'Whole workspace', description: folder?.name, scope: 'workspace' as const }] : []),
      ];
      scope = (await vscode.window.showQuickPick(items, { title: 'Claimlens: Export Tagged Spans', placeHolder: 'What to export' }))?.scope;
      if (!scope) return undefined;
    }
    if (!format) {
      format = (await vscode.window.showQuickPick(FORMATS.map((f) => ({ label: f, detail: ABOUT[f] })), { title: 'Claimlens: Export Tagged Spans', placeHolder: 'Format' }))?.label as Format | undefined;
      if (!format) return undefined;
    }
    if (args.baseUri !== undefined && !isBaseIri(args.baseUri)) {
      void vscode.window.showErrorMessage(`Claimlens: ${args.baseUri} is not an absolute IRI a path can be resolved against (such as https://example.org/news/).`);
      return undefined;
    }
    if ((scope === 'article' || scope === 'folder') && !doc) {
      void vscode.window.showInformationMessage('Claimlens: open an article to export it or its folder.');
      return undefined;
    }
    let out = args.out;
    if (!out) {
      const near = doc ? doc.uri : vscode.workspace.workspaceFolders![0].uri;
      if (format === 'brat') {
        out = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export here', title: 'Folder for the brat files' }))?.[0];
      } else {
        const name = scope === 'article' ? `${baseName(doc!.uri)}.${EXT[format]}` : `claimlens-export.${EXT[format]}`;
        out = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(near, '..', name), title: 'Export to' });
      }
      if (!out) return undefined;
    }
    const sidecars = await this.sidecars(scope, doc);
    const writer = new ExportWriter(format, { taxonomy: this.taxonomy(), tags: args.tags, pageId: out.toString() });
    // nothing is replaced without asking (a save dialog has asked for the output itself)
    const sides = this.sideFiles(writer, out).map((f) => f.uri);
    const targets = format === 'brat'
      ? [...sidecars.flatMap((s) => {
        const name = vscode.workspace.asRelativePath(s.with({ path: articlePathOf(s.path)! }), false).replace(/\.[^./]+$/, '');
        return [vscode.Uri.joinPath(out!, `${name}.txt`), vscode.Uri.joinPath(out!, `${name}.ann`)];
      }), ...sides]
      : [...(scripted ? [out] : []), ...sides];
    const existing = (await Promise.all(targets.map(async (u) => ((await vscode.workspace.fs.stat(u).then(() => true, () => false)) ? u : undefined)))).filter((u) => u);
    if (existing.length) {
      const answer = await vscode.window.showWarningMessage(`${existing.length} file${existing.length === 1 ? '' : 's'} of this export exist${existing.length === 1 ? 's' : ''} (${baseName(existing[0]!)}${existing.length > 1 ? ', …' : ''}). Replace?`, { modal: true }, 'Replace');
      if (answer !== 'Replace') return undefined;
    }
    const outUri = out;
    const fmt = format;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Claimlens: exporting ${sidecars.length} article${sidecars.length === 1 ? '' : 's'}`, cancellable: true },
      (progress, token) => this.export(sidecars, writer, outUri, args.baseUri, progress, token),
    );
    if (!result) {
      void vscode.window.showInformationMessage('Claimlens: export cancelled; nothing was written.');
      return undefined;
    }
    const problems = result.problems;
    if (problems.length) {
      void vscode.window.showWarningMessage(`Claimlens: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
    }
    void vscode.window.showInformationMessage(`Claimlens: exported ${result.spans} span${result.spans === 1 ? '' : 's'} from ${result.articles} article${result.articles === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(outUri)}.`, 'Open').then((a) => {
      if (a === 'Open' && fmt !== 'brat') void vscode.window.showTextDocument(outUri);
    });
    return outUri;
  }

  /** The sidecars of the scope (for the current article: its own, even if not saved yet). */
  private async sidecars(scope: Scope, doc: vscode.TextDocument | undefined): Promise<vscode.Uri[]> {
    if (scope === 'article') return [sidecarUri(doc!.uri)];
    if (scope === 'folder') {
      const dir = doc!.uri.with({ path: doc!.uri.path.slice(0, doc!.uri.path.lastIndexOf('/')) });
      const rel = vscode.workspace.getWorkspaceFolder(dir);
      const pattern = rel ? new vscode.RelativePattern(dir, `**/*${SIDECAR_SUFFIX}`) : `**/*${SIDECAR_SUFFIX}`;
      return (await vscode.workspace.findFiles(pattern, '**/node_modules/**')).sort((a, b) => a.path.localeCompare(b.path));
    }
    return (await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**')).sort((a, b) => a.path.localeCompare(b.path));
  }

  /** What the format writes beside its output: brat's confs in the folder, Label Studio's config beside the tasks. */
  private sideFiles(writer: ExportWriter, out: vscode.Uri): Array<{ uri: vscode.Uri; text: string }> {
    const folder = writer.format === 'brat' ? out : vscode.Uri.joinPath(out, '..');
    return writer.sideFiles(baseName(out)).map((f) => ({ uri: vscode.Uri.joinPath(folder, f.name), text: f.text }));
  }

  /**
   * One article at a time (all of them first for CSV and CoNLL, whose columns depend on every
   * article); undefined when cancelled (then nothing is left behind).
   */
  private async export(sidecars: vscode.Uri[], writer: ExportWriter, out: vscode.Uri, baseUri: string | undefined, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<{ spans: number; articles: number; problems: string[] } | undefined> {
    const problems: string[] = [];
    const sources: ArticleSource[] = [];
    const chunks: string[] = [];
    const bratFiles: Array<[vscode.Uri, string]> = [];
    const add = (source: ArticleSource): void => {
      const text = writer.article(source);
      if (writer.format !== 'brat') chunks.push(text);
      else {
        const name = source.file.replace(/\.[^./]+$/, '');
        bratFiles.push([vscode.Uri.joinPath(out, `${name}.txt`), source.text], [vscode.Uri.joinPath(out, `${name}.ann`), text]);
      }
    };
    if (!writer.needsPlan) chunks.push(writer.head());
    for (let k = 0; k < sidecars.length; k++) {
      if (token.isCancellationRequested) return undefined;
      const source = await this.source(sidecars[k], baseUri, problems);
      progress.report({ increment: 100 / sidecars.length, message: `${k + 1}/${sidecars.length}` });
      if (!source) continue;
      if (writer.needsPlan) {
        writer.plan(source.sidecar);
        sources.push(source);
      } else add(source);
    }
    if (token.isCancellationRequested) return undefined;
    if (writer.needsPlan) {
      chunks.push(writer.head());
      sources.forEach(add);
    }
    chunks.push(writer.tail());
    if (writer.format === 'brat') for (const [uri, text] of bratFiles) await writeTextAtomic(uri, text);
    else await writeTextAtomic(out, chunks.join(''));
    for (const f of this.sideFiles(writer, out)) await writeTextAtomic(f.uri, f.text);
    return { spans: writer.spans, articles: writer.articles, problems };
  }

  /** An article ready for export: an open one as the editor has it, else from its files. */
  private async source(sidecar: vscode.Uri, baseUri: string | undefined, problems: string[]): Promise<ArticleSource | undefined> {
    const articleUri = sidecar.with({ path: articlePathOf(sidecar.path)! });
    const file = vscode.workspace.asRelativePath(articleUri, false);
    const uri = baseUri !== undefined ? resolveIri(baseUri, file) : articleUri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === articleUri.toString());
    if (open && this.config.isArticle(open)) {
      await this.store.ensure(open);
      const bad = this.store.problems(open.uri);
      if (bad) {
        problems.push(`${vscode.workspace.asRelativePath(sidecar)}:${bad[0].line}:${bad[0].col}: ${bad[0].message} (skipped)`);
        return undefined;
      }
      const placed = this.store.get(open.uri);
      return { file, uri, text: open.getText(), sidecar: toSidecar(baseName(articleUri), open.getText(), placed.filter((p) => !p.orphaned)) };
    }
    const sidecarText = await readText(sidecar).catch(() => undefined);
    const text = await readText(articleUri).catch(() => undefined);
    if (sidecarText === undefined) return undefined;
    if (text === undefined) {
      problems.push(`${vscode.workspace.asRelativePath(sidecar)}: its article ${baseName(articleUri)} cannot be read (skipped)`);
      return undefined;
    }
    const r = prepareSource(vscode.workspace.asRelativePath(sidecar), parseSidecar(sidecarText), articleText(text), file, uri);
    problems.push(...r.problems);
    return r.source;
  }

  dispose(): void {
    this.registration.dispose();
  }
}
