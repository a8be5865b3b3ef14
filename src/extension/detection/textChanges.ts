import type * as vscode from 'vscode';
import type { TextChange } from '../../core/anchor/track';

/**
 * The changes of one text-document event, last offset first. They all refer to the text before
 * the event; applied in this order, each leaves the offsets of those before it as they were.
 */
export function changesLastFirst(e: vscode.TextDocumentChangeEvent): TextChange[] {
  return [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset)
    .map((c): TextChange => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
}
