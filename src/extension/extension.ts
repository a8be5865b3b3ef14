import * as vscode from 'vscode';
import { AnnotationCommands } from './annotations/annotationCommands';
import { AnnotationStore } from './annotations/annotationStore';
import type { ClaimlensApi } from './api';
import { ConfigService } from './config';
import { ContextKeys } from './contextKeys';
import { DecorationController } from './decorations/decorationController';
import { ActorsFileService } from './detection/actorsFileService';
import { DetectionService } from './detection/detectionService';
import { ExportCommand } from './export/exportCommand';
import { SuggestionCommands } from './suggestions/suggestionCommands';

let store: AnnotationStore | undefined;

export function activate(context: vscode.ExtensionContext): ClaimlensApi {
  const config = new ConfigService();
  const log = vscode.window.createOutputChannel('Claimlens');
  store = new AnnotationStore(config);
  const detection = new DetectionService(config, context.extensionUri.fsPath, log);
  const actorsFiles = new ActorsFileService();
  const decorations = new DecorationController(config, store, detection);
  const annotationCommands = new AnnotationCommands(config, store, detection);
  context.subscriptions.push(
    log, config, store, detection, actorsFiles, decorations, annotationCommands,
    new SuggestionCommands(config, store, detection, annotationCommands),
    actorsFiles.onDidChange((actors) => detection.setActors(actors)),
    new ContextKeys(config),
    new ExportCommand(config, store),
  );
  void actorsFiles.load();
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
    detectionInWorker: () => detection.inWorker,
    decorations: (editor) => decorations.renderedIn(editor),
    onDidRender: decorations.onDidRender,
    flush: () => annotations.flush(),
  };
}

export async function deactivate(): Promise<void> {
  await store?.flush();
}
