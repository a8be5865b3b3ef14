import * as vscode from 'vscode';

/**
 * Restricted Mode (an untrusted workspace): Claimlens reads and highlights, but writes nothing
 * into a folder the user has not trusted: no sidecar saves, no annotation changes, no exports.
 * Commands that would write say so and offer to manage trust.
 */
export function isTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** Whether a write may go ahead; if not, tells the user why (naming what was asked). */
export function mayWrite(what: string): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    `Claimlens: ${what} is not available in Restricted Mode: annotating and exporting write files into the workspace. Trust the workspace to annotate.`,
    'Manage Workspace Trust',
  ).then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.trust.manage');
  });
  return false;
}

/** Wraps a command handler so that it runs only in a trusted workspace. */
export function whenTrusted<A extends unknown[], R>(what: string, handler: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => (mayWrite(what) ? handler(...args) : undefined);
}
