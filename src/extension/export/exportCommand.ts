import * as vscode from 'vscode';
import { toSidecar } from '../../core/anchor/placed';
import { jsonlSpans, toJsonl } from '../../core/export/jsonl';
import type { AnnotationStore } from '../annotations/annotationStore';
import { baseName, writeTextAtomic } from '../annotations/sidecarFiles';
import type { ConfigService } from '../config';

export interface ExportArgs {
  /** Where to write; by default `<article>.spans.jsonl` next to the article. */
  out?: vscode.Uri;
}

/** Export Tagged Spans: the current article's confirmed annotations as JSONL. */
export class ExportCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
  ) {
    this.registration = vscode.commands.registerCommand('claimlens.exportSpans', (args?: ExportArgs) => this.run(args));
  }

  async run(args?: ExportArgs): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.config.isArticle(editor.document)) {
      void vscode.window.showInformationMessage('Claimlens: open an article to export its tagged spans.');
      return undefined;
    }
    const doc = editor.document;
    await this.store.ensure(doc);
    const problems = this.store.problems(doc.uri);
    if (problems) {
      void vscode.window.showErrorMessage(`Claimlens: not exported: the sidecar of ${baseName(doc.uri)} has errors (line ${problems[0].line}: ${problems[0].message}).`);
      return undefined;
    }
    const name = baseName(doc.uri);
    const sidecar = toSidecar(name, doc.getText(), this.store.get(doc.uri));
    const spans = jsonlSpans({ file: name, sidecar });
    const out = args?.out ?? doc.uri.with({ path: `${doc.uri.path}.spans.jsonl` });
    if (!args?.out && (await exists(out))) {
      const answer = await vscode.window.showWarningMessage(`${baseName(out)} exists. Replace it?`, { modal: true }, 'Replace');
      if (answer !== 'Replace') return undefined;
    }
    await writeTextAtomic(out, toJsonl(spans));
    void vscode.window.showInformationMessage(`Claimlens: exported ${spans.length} span${spans.length === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(out)}.`, 'Open').then((a) => {
      if (a === 'Open') void vscode.window.showTextDocument(out);
    });
    return out;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
