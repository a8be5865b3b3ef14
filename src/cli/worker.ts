// The worker-thread side of --jobs (see jobs.ts): when the command line's file is started as a
// worker, it answers each item with the task it was started for, and wakes the main thread.
import { isMainThread, parentPort, workerData, type MessagePort } from 'worker_threads';
import { fileDetector, type DetectFormat } from './detect';
import { loadSource } from './export';
import type { TaskName } from './jobs';
import { recordOfFile } from './report';

const TASKS: Record<TaskName, (options: never) => (item: never) => unknown> = {
  detect: (o: { format: DetectFormat }) => fileDetector(o.format),
  load: (o: { base: string; baseUri?: string }) => (sidecar: string) => loadSource(sidecar, o.base, o.baseUri),
  record: (o: { base: string }) => (sidecar: string) => recordOfFile(sidecar, o.base),
};

/** Serves tasks when this thread is a --jobs worker; does nothing on the main thread. */
export function serveTasks(): void {
  const data = workerData as { claimlensTask?: TaskName; options: never; replies: MessagePort; signal: SharedArrayBuffer } | undefined;
  if (isMainThread || !data?.claimlensTask || !parentPort) return;
  const run = TASKS[data.claimlensTask](data.options);
  const signal = new Int32Array(data.signal);
  parentPort.on('message', ({ i, items }: { i: number; items: never[] }) => {
    let reply: object;
    try {
      reply = { i, results: items.map((item) => run(item)) };
    } catch (e) {
      reply = { i, error: e instanceof Error ? e.stack ?? e.message : String(e) };
    }
    data.replies.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
