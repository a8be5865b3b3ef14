import * as vscode from 'vscode';

/** A diagnostic of Claimlens (its source), with a code where the panel's entries are told apart by it. */
export function diagnostic(range: vscode.Range, text: string, severity: vscode.DiagnosticSeverity, code?: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, text, severity);
  d.source = 'claimlens';
  if (code) d.code = code;
  return d;
}
