import * as vscode from 'vscode';
import { describeCounts, placementCounts } from '../../core/anchor/placed';
import { truncate } from '../../core/text/display';
import { diagnostic } from '../diagnostic';
import type { ArticleState } from './articleState';
import { sidecarUri } from './sidecarFiles';

/**
 * What the Problems panel says about articles' annotations: a sidecar's read errors (on the
 * sidecar), how annotations were placed in a changed text, close-match placements to check, and
 * orphaned annotations (on the article).
 */
export class AnnotationDiagnostics implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimlens');

  /** Shows what is to be said now about one article and its sidecar. */
  show(state: ArticleState): void {
    const sidecar = sidecarUri(state.uri);
    this.diagnostics.set(sidecar, (state.problems ?? []).map((p) => {
      const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.col - 1));
      return diagnostic(new vscode.Range(pos, pos), p.message, vscode.DiagnosticSeverity.Error);
    }));
    const doc = state.doc;
    const notes: vscode.Diagnostic[] = [];
    // when the text had changed since the sidecar was saved: how every annotation was placed
    const counts = placementCounts(state.placed);
    if (counts.diff + counts.quote + counts.fuzzy + counts.orphaned > 0) {
      notes.push(diagnostic(doc.lineAt(0).range, `Claimlens placed this article's annotations in its changed text: ${describeCounts(counts)}.`,
        vscode.DiagnosticSeverity.Information, 'placement'));
    }
    for (const p of state.placed) {
      if (p.orphaned || p.how !== 'fuzzy') continue;
      notes.push(diagnostic(new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)),
        `${p.data.tag} ${p.data.id} was placed on a close match of its text "${truncate(p.data.quote)}": check it.`, vscode.DiagnosticSeverity.Information, 'fuzzy'));
    }
    // (the text's length once: getText() copies the whole article)
    const length = doc.getText().length;
    this.diagnostics.set(state.uri, [...notes, ...state.placed.filter((p) => p.orphaned).map((p) => {
      const at = doc.positionAt(Math.min(p.data.start, length));
      const why = p.how === 'ambiguous' ? 'its text now occurs in several places'
        : p.how === 'out-of-order' ? 'the only place its text fits would move it past annotations placed with certainty'
          : p.how === 'taken' ? 'another annotation of its tag holds the only place its text fits'
            : 'its text is no longer in the article';
      return diagnostic(
        doc.lineAt(at.line).range,
        `Orphaned ${p.data.tag} annotation ${p.data.id} "${truncate(p.data.quote)}": ${why}. It stays in the sidecar; `
        + 'select its text and run "Claimlens: Re-attach Orphaned Annotation".',
        vscode.DiagnosticSeverity.Warning, 'orphaned',
      );
    })]);
  }

  /** Clears what was said on one file (an article closed, renamed or deleted, or its sidecar). */
  forget(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
