import * as vscode from 'vscode';
import { openSuggestions } from '../../core/suggest/suggestions';
import type { AnnotationStore } from '../annotations/annotationStore';
import type { ConfigService } from '../config';
import type { DetectionService } from '../detection/detectionService';

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Counts for the active article in the status bar: annotations, open suggestions, orphans. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly config: ConfigService,
    private readonly store: AnnotationStore,
    private readonly detection: DetectionService,
  ) {
    this.item.name = 'Claimlens';
    this.item.command = 'claimlens.nextSuggestion';
    const update = (): void => this.update();
    this.disposables = [
      this.item,
      store.onDidChange(update), detection.onDidDetect(update),
      vscode.window.onDidChangeActiveTextEditor(update), config.onDidChange(update),
    ];
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.config.isArticle(doc)) {
      this.item.hide();
      return;
    }
    const placed = this.store.get(doc.uri);
    const annotations = placed.filter((p) => !p.orphaned && p.data.status !== 'rejected').length;
    const orphans = placed.filter((p) => p.orphaned).length;
    const open = this.config.value.detectionEnabled ? openSuggestions(this.detection.latest(doc.uri)?.detection, this.store.decided(doc.uri)).length : 0;
    const words = `Claimlens: ${plural(annotations, 'annotation')}, ${plural(open, 'open suggestion')}${orphans ? `, ${orphans} orphaned` : ''}`;
    this.item.text = `$(quote) Claimlens ${annotations} · $(lightbulb) ${open}${orphans ? ` · $(warning) ${orphans}` : ''}`;
    this.item.tooltip = `${words}. Click (or Alt+]) for the next suggestion.`;
    this.item.accessibilityInformation = { label: `${words}. Activate for the next suggestion.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
