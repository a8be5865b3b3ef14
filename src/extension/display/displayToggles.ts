import * as vscode from 'vscode';
import type { ConfigService } from '../config';

const LAYERS = ['both', 'actors', 'claims'] as const;
const LAYER_NAMES: Record<(typeof LAYERS)[number], string> = { both: 'actors and claims', actors: 'actors only', claims: 'claims only' };

/**
 * What the editor highlights: actors, claims or both (Ctrl+Alt+L cycles), suggestions on or off
 * (Ctrl+Alt+H). Both are settings, so they hold across windows; a status bar item shows them and
 * cycles the layers on a click.
 */
export class DisplayToggles implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.display', vscode.StatusBarAlignment.Left, 49);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly config: ConfigService) {
    this.item.name = 'Claimlens Highlights';
    this.item.command = 'claimlens.toggleLayers';
    this.disposables = [
      this.item,
      vscode.commands.registerCommand('claimlens.toggleLayers', (args?: { show?: (typeof LAYERS)[number] }) => this.toggleLayers(args?.show)),
      vscode.commands.registerCommand('claimlens.toggleSuggestions', (args?: { on?: boolean }) => this.toggleSuggestions(args?.on)),
      config.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  async toggleLayers(show?: (typeof LAYERS)[number]): Promise<string> {
    const next = show ?? LAYERS[(LAYERS.indexOf(this.config.value.show) + 1) % LAYERS.length];
    await vscode.workspace.getConfiguration('claimlens').update('decorations.show', next, vscode.ConfigurationTarget.Global);
    vscode.window.setStatusBarMessage(`Claimlens: showing ${LAYER_NAMES[next]}`, 3000);
    return next;
  }

  async toggleSuggestions(on?: boolean): Promise<boolean> {
    const next = on ?? !this.config.value.detectionEnabled;
    await vscode.workspace.getConfiguration('claimlens').update('detection.enabled', next, vscode.ConfigurationTarget.Global);
    vscode.window.setStatusBarMessage(`Claimlens: suggestions ${next ? 'shown' : 'hidden'}`, 3000);
    return next;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !this.config.isArticle(doc)) {
      this.item.hide();
      return;
    }
    const { show, detectionEnabled } = this.config.value;
    const words = `${LAYER_NAMES[show]}${detectionEnabled ? '' : ', suggestions hidden'}`;
    this.item.text = `$(eye) ${show === 'both' ? 'Actors + claims' : show === 'actors' ? 'Actors' : 'Claims'}${detectionEnabled ? '' : ' (no suggestions)'}`;
    this.item.tooltip = `Claimlens highlights ${words}. Click (or Ctrl+Alt+L) to change; Ctrl+Alt+H shows or hides suggestions.`;
    this.item.accessibilityInformation = { label: `Claimlens highlights ${words}. Activate to change.`, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
