import type * as vscode from 'vscode';
import type { Detection } from '../core/detect';
import type { SidecarProblem } from '../core/sidecar/model';
import type { Rendered } from './decorations/decorationController';

/** One annotation as the extension holds it: the sidecar record plus its range in the editor. */
export interface AnnotationView {
  id: string;
  tag: string;
  /** Undefined for orphaned annotations. */
  range: vscode.Range | undefined;
  orphaned: boolean;
  attributes: Record<string, unknown> | undefined;
  links: Record<string, string> | undefined;
}

/** What `activate` returns: for scripts and the integration tests. */
export interface ClaimlensApi {
  /** Waits until the article's sidecar is loaded. */
  ready(doc: vscode.TextDocument): Promise<void>;
  annotations(doc: vscode.TextDocument): AnnotationView[];
  sidecarProblems(uri: vscode.Uri): readonly SidecarProblem[] | undefined;
  /** Detection results for the document's current version. */
  detection(doc: vscode.TextDocument): Promise<Detection | undefined>;
  /** Reads the workspace's `.claimlens/taxonomy.yaml` again and returns the taxonomy in force. */
  taxonomyLoaded(): Promise<import('../core/taxonomy/taxonomy').Taxonomy>;
  /** The rows a Claimlens view shows for the active article (suggestions, annotations, rejected, groups). */
  viewRows(view: 'actors' | 'claims' | 'annotations'): import('./views/rows').Row[];
  /** What a Claimlens view shows above its rows: its legend (message), its description and the filter in force. */
  viewInfo(view: 'actors' | 'claims' | 'annotations'): { message: string | undefined; description: string | undefined; filter: import('./views/rows').ViewFilter };
  /** The tree item of a view row (its contextValue is what the inline actions' `viewItem` matches). */
  viewItem(row: import('./views/rows').Row): vscode.TreeItem;
  /** The Explorer badge of a file ("A" when it has annotations). */
  explorerBadge(uri: vscode.Uri): Promise<string | undefined>;
  /** The status bar item's text for the active article. */
  statusText(): string;
  /** Whether detection runs in a worker thread (it falls back to the main thread if the worker fails). */
  detectionInWorker(): boolean;
  /** Reads the workspace's `.claimlens/actors.yaml` files again; resolves when detection uses them. */
  actorsLoaded(): Promise<void>;
  /** The ranges last decorated in an editor, per style. */
  decorations(editor: vscode.TextEditor): Readonly<Rendered> | undefined;
  /** Resolves when the workbench has taken in the editor's last paint (what `decorations` reports). */
  decorationsTaken(editor: vscode.TextEditor): Promise<void>;
  /** Fires after an editor's decorations were set. */
  onDidRender: vscode.Event<vscode.TextEditor>;
  /** Waits until pending sidecar writes are on disk. */
  flush(): Promise<void>;
  /** How many annotation changes of an article can be undone and redone. */
  history(doc: vscode.TextDocument): { undo: number; redo: number };
  /** The speaker mention and cue (or an actor's claims) outlined for the cursor's place. */
  related(editor: vscode.TextEditor): readonly vscode.Range[];
  /** The text of the status bar item that shows which layers are highlighted. */
  displayText(): string;
  /** While comparing with another analyst: the ranges painted per kind of difference. */
  compared(editor: vscode.TextEditor): Readonly<Record<'agree' | 'theirs' | 'yours' | 'conflict', vscode.Range[]>> | undefined;
  /** Fires after an editor's comparison was painted. */
  onDidCompare: vscode.Event<vscode.TextEditor>;
  /** The comparison's status bar text ('' when not comparing). */
  compareStatusText(): string;
  /** Merge conflicts recorded in a sidecar, as the Problems panel lists them. */
  mergeConflicts(sidecar: vscode.Uri): Promise<readonly import('../core/sidecar/conflicts').ConflictAt[]>;
  /** Resolves when the workspace index holds every sidecar (and the actors files are read). */
  workspaceReady(): Promise<void>;
  /** The workspace index itself. */
  workspaceIndex(): import('../core/corpus/corpusIndex').CorpusIndex;
  /** The rows of a Workspace view (top level, or a row's children). */
  workspaceRows(view: import('./corpus/corpusRows').CorpusViewName, parent?: import('./corpus/corpusRows').CorpusRow): import('./corpus/corpusRows').CorpusRow[];
  /** A Workspace view's description (the filter) and message, and the filter in force. */
  workspaceInfo(view: import('./corpus/corpusRows').CorpusViewName): { description: string | undefined; message: string | undefined; filter: import('../core/corpus/filter').CorpusFilter };
  workspaceItem(row: import('./corpus/corpusRows').CorpusRow): vscode.TreeItem;
  /** Shows a row of a Workspace view, expanded. */
  workspaceReveal(view: import('./corpus/corpusRows').CorpusViewName, row: import('./corpus/corpusRows').CorpusRow): Promise<void>;
  /** Fires after the workspace index changed. */
  onDidChangeWorkspace: vscode.Event<void>;
  /** The who-said-what graph panel: its HTML, what it was sent and what it said. */
  graph(): import('./corpus/graphPanel').GraphPanel;
}
