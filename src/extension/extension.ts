import * as vscode from 'vscode';
import { AnnotationCommands } from './annotations/annotationCommands';
import { AnnotationStore } from './annotations/annotationStore';
import { PreviousTexts } from './annotations/previousText';
import { SidecarWorker } from './sidecarWorker/sidecarWorker';
import type { ClaimlensApi } from './api';
import { ConfigService } from './config';
import { ContextKeys } from './contextKeys';
import { DecorationController } from './decorations/decorationController';
import { DetectionService } from './detection/detectionService';
import { ExportCommand } from './export/exportCommand';
import { SuggestionCommands } from './suggestions/suggestionCommands';
import { EditLog } from './detection/editLog';
import { AnnotationHovers } from './hovers/hoverProvider';
import { StatusBar } from './status/statusBar';
import { ArticleViews } from './views/articleViews';
import { ExplorerBadges } from './views/explorerBadges';
import { WorkspaceFile } from './workspaceFiles/workspaceFile';
import { Walkthrough } from './walkthrough/walkthrough';
import { AnnotationHistory } from './history/annotationHistory';
import { SpeakerCommand } from './speakers/speakerCommand';
import { DisplayToggles } from './display/displayToggles';
import { RelatedHighlights } from './decorations/relatedHighlights';
import { CompareController } from './compare/compareController';
import { CompareHints } from './compare/compareHints';
import { MergeConflicts } from './conflicts/mergeConflicts';
import { CorpusService } from './corpus/corpusService';
import { CorpusViews } from './corpus/corpusViews';
import { GraphPanel } from './corpus/graphPanel';
import { WorkspaceEdits } from './corpus/workspaceEdits';
import { ACTORS_FILE, parseActorsFile } from '../core/detect/actorsFile';
import type { ActorDefinition } from '../core/detect';
import { DEFAULT_TAXONOMY, parseTaxonomy, TAXONOMY_FILE, type Taxonomy } from '../core/taxonomy/taxonomy';

let store: AnnotationStore | undefined;

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const config = new ConfigService();
  const log = vscode.window.createOutputChannel('Claimlens');
  const sidecarWorker = new SidecarWorker(context.extensionUri.fsPath);
  store = new AnnotationStore(config, new PreviousTexts(context.storageUri ?? context.globalStorageUri), sidecarWorker);
  const detection = new DetectionService(config, context.extensionUri.fsPath, log, (doc) => store!.ensure(doc));
  const edits = new EditLog(config);
  const actorsFiles = new WorkspaceFile<ActorDefinition[]>(ACTORS_FILE, (t) => {
    const r = parseActorsFile(t);
    return { value: r.actors, problems: r.problems };
  }, (all) => all.flat(), []);
  const taxonomyFile = new WorkspaceFile<Taxonomy>(TAXONOMY_FILE, (t) => {
    const r = parseTaxonomy(t);
    return { value: r.taxonomy, problems: r.problems };
  }, (all) => all[0] ?? DEFAULT_TAXONOMY, DEFAULT_TAXONOMY);
  const decorations = new DecorationController(config, store, detection);
  const statusBar = new StatusBar(config, store, detection);
  const views = new ArticleViews(config, store, detection, context.workspaceState);
  const badges = new ExplorerBadges();
  const history = new AnnotationHistory(config, store);
  const display = new DisplayToggles(config);
  const related = new RelatedHighlights(config, store, detection);
  const annotationCommands = new AnnotationCommands(config, store, detection, () => taxonomyFile.value, history);
  const compare = new CompareController(config, store, history);
  const conflicts = new MergeConflicts();
  const corpus = new CorpusService(config, store, sidecarWorker);
  const corpusViews = new CorpusViews(corpus, context.workspaceState);
  const graph = new GraphPanel(context.extensionUri, corpus, corpusViews);
  const workspaceEdits = new WorkspaceEdits(corpus, store);
  context.subscriptions.push(
    log, config, sidecarWorker, store, detection, edits, actorsFiles, taxonomyFile, decorations, annotationCommands,
    history,
    new SuggestionCommands(config, store, detection, annotationCommands, history, edits),
    new SpeakerCommand(config, store, detection, annotationCommands, history),
    new AnnotationHovers(config, store, detection),
    statusBar, views, badges,
    actorsFiles.onDidChange((actors) => {
      detection.setActors(actors);
      corpus.setActors(actors);
    }),
    corpus, corpusViews, graph, workspaceEdits,
    taxonomyFile.onDidChange((t) => decorations.setTagColors(t.tags)),
    new ContextKeys(config),
    new ExportCommand(config, store, () => taxonomyFile.value),
    new Walkthrough(context),
    display, related,
    compare, new CompareHints(config, compare), conflicts,
  );
  void actorsFiles.load();
  void taxonomyFile.load();
  // the workspace index is built in the background, never holding up activation
  setImmediate(() => corpus.start());
  const annotations = store;
  return {
    ready: (doc) => annotations.ensure(doc),
    annotations: (doc) => annotations.get(doc.uri).map((p) => ({
      id: p.data.id, tag: p.data.tag, orphaned: p.orphaned, attributes: p.data.attributes, links: p.data.links,
      range: p.orphaned ? undefined : new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)),
    })),
    sidecarProblems: (uri) => annotations.problems(uri),
    detection: (doc) => detection.current(doc),
    actorsLoaded: () => actorsFiles.load(),
    taxonomyLoaded: () => taxonomyFile.load().then(() => taxonomyFile.value),
    detectionInWorker: () => detection.inWorker,
    statusText: () => statusBar.text,
    viewRows: (view) => views.rows(view),
    viewInfo: (view) => ({ ...views.info(view), filter: views.viewFilter }),
    viewItem: (row) => views.treeItem(row),
    explorerBadge: async (uri) => {
      await badges.ready;
      return badges.provideFileDecoration(uri)?.badge;
    },
    decorations: (editor) => decorations.renderedIn(editor),
    decorationsTaken: (editor) => decorations.taken(editor),
    onDidRender: decorations.onDidRender,
    flush: () => annotations.flush(),
    history: (doc) => history.depth(doc.uri),
    related: (editor) => related.rangesIn(editor),
    displayText: () => display.text,
    compared: (editor) => compare.renderedIn(editor),
    onDidCompare: compare.onDidRender,
    compareStatusText: () => compare.statusText,
    mergeConflicts: async (sidecar) => {
      await conflicts.ready;
      return conflicts.conflicts(sidecar);
    },
    workspaceReady: async () => {
      await actorsFiles.load();
      await corpus.ready();
    },
    workspaceIndex: () => corpus.index,
    workspaceRows: (view, parent) => (parent ? corpusViews.children(parent) : corpusViews.rows(view)),
    workspaceReveal: (view, row) => corpusViews.reveal(view, row),
    workspaceInfo: (view) => ({ ...corpusViews.info(view), filter: corpusViews.currentFilter }),
    workspaceItem: (row) => corpusViews.treeItem(row),
    onDidChangeWorkspace: corpus.onDidChange,
    graph: () => graph,
  };
}

export async function deactivate(): Promise<void> {
  await store?.flush();
}
