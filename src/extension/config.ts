import * as vscode from 'vscode';
import { CUE_CLASSES, type CueClass } from '../core/detect/types';

/** Every setting Claimlens reads, in one typed place. */
export interface ClaimlensConfig {
  languages: readonly string[];
  detectionEnabled: boolean;
  author: string;
  speakerLabel: boolean;
  /** Whether accepting a suggestion selects the next one. */
  acceptMovesNext: boolean;
  /** Which layers the editor shows. */
  show: 'both' | 'actors' | 'claims';
  /** The cue classes whose claims are suggested. */
  suggestedClasses: ReadonlySet<CueClass>;
  /** Whether every sidecar of the workspace is indexed (the Workspace views and the graph). */
  workspaceIndex: boolean;
}

export function readConfig(): ClaimlensConfig {
  const c = vscode.workspace.getConfiguration('claimlens');
  return {
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'article']),
    detectionEnabled: c.get<boolean>('detection.enabled', true),
    author: c.get<string>('author', '').trim(),
    speakerLabel: c.get<boolean>('decorations.speakerLabel', false),
    acceptMovesNext: c.get<boolean>('acceptMovesNext', true),
    show: (['both', 'actors', 'claims'] as const).find((v) => v === c.get<string>('decorations.show')) ?? 'both',
    suggestedClasses: new Set(CUE_CLASSES.filter((k) => (c.get<string[]>('detection.classes') ?? CUE_CLASSES).includes(k))),
    workspaceIndex: c.get<boolean>('workspace.index', true),
  };
}

/** Holds the current configuration and tells listeners when it changes. */
export class ConfigService implements vscode.Disposable {
  private current = readConfig();
  private readonly emitter = new vscode.EventEmitter<ClaimlensConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('claimlens')) return;
      this.current = readConfig();
      this.emitter.fire(this.current);
    });
  }

  get value(): ClaimlensConfig {
    return this.current;
  }

  /** Whether a document is an article Claimlens serves. */
  isArticle(doc: vscode.TextDocument): boolean {
    // local and remote files, new files, and the files of a virtual workspace folder (never
    // git's, output's or other read-only views of a document)
    const scheme = doc.uri.scheme;
    if (scheme !== 'file' && scheme !== 'vscode-remote' && scheme !== 'untitled' && !vscode.workspace.getWorkspaceFolder(doc.uri)) return false;
    if (doc.uri.path.endsWith('.annotations.yaml')) return false;
    return this.current.languages.includes(doc.languageId);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
