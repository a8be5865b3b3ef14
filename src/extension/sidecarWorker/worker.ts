// Parses long sidecars off the extension host's main thread (a worker_threads worker): one of
// tens of thousands of annotations takes long enough to hold up the editor meanwhile. Two jobs:
// the workspace index's record of a sidecar, and an opening article's sidecar read and placed.
import { parentPort } from 'worker_threads';
import { loadSidecar, packLoad, type Loaded } from '../../core/anchor/load';
import { recordOfSidecar } from '../../core/corpus/records';
import { errorMessage } from '../../core/text/display';

export type SidecarRequest =
  | { id: number; kind: 'record'; file: string; text: string }
  | { id: number; kind: 'load'; sidecar: string; article: string; previous?: string };
export type SidecarReply = { id: number; record?: ReturnType<typeof recordOfSidecar>; loaded?: Loaded; error?: string };

parentPort?.on('message', (m: SidecarRequest) => {
  let reply: SidecarReply;
  try {
    reply = m.kind === 'record'
      ? { id: m.id, record: recordOfSidecar(m.file, m.text) }
      : { id: m.id, loaded: packLoad(loadSidecar(m.sidecar, m.article, m.previous), m.sidecar) };
  } catch (e) {
    reply = { id: m.id, error: errorMessage(e) };
  }
  parentPort!.postMessage(reply);
});
