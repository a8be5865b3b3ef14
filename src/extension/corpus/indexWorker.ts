// Parses long sidecars for the workspace index off the extension host's main thread (a
// worker_threads worker): one of tens of thousands of annotations takes long enough to hold up an
// article that is opening meanwhile.
import { parentPort } from 'worker_threads';
import { recordOfSidecar } from '../../core/corpus/records';

export type IndexRequest = { id: number; file: string; text: string };
export type IndexReply = { id: number; result?: ReturnType<typeof recordOfSidecar>; error?: string };

parentPort?.on('message', (m: IndexRequest) => {
  try {
    parentPort!.postMessage({ id: m.id, result: recordOfSidecar(m.file, m.text) } satisfies IndexReply);
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) } satisfies IndexReply);
  }
});
