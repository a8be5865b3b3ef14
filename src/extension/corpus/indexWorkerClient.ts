import * as path from 'path';
import { Worker } from 'worker_threads';
import type * as vscode from 'vscode';
import type { IndexReply, IndexRequest } from './indexWorker';

/**
 * Hands long sidecars to a worker thread that parses and indexes them (started when first
 * needed). Resolves undefined when the worker cannot do it (not started, failed): the caller
 * parses the text itself then.
 */
export class IndexWorkerClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, (r: IndexReply | undefined) => void>();

  constructor(private readonly extensionPath: string) {}

  record(file: string, text: string): Promise<IndexReply['result']> {
    const w = this.start();
    if (!w) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (r) => resolve(r?.result));
      w.postMessage({ id, file, text } satisfies IndexRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.extensionPath, 'dist', 'indexWorker.js'));
      w.on('message', (m: IndexReply) => {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        p?.(m);
      });
      const fail = (): void => {
        this.failed = true;
        this.worker = undefined;
        for (const p of this.pending.values()) p(undefined);
        this.pending.clear();
      };
      w.on('error', fail);
      w.on('exit', () => { if (this.worker) fail(); });
      w.unref();
      this.worker = w;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    for (const p of this.pending.values()) p(undefined);
    this.pending.clear();
  }
}
