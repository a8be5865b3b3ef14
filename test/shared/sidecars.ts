// Sidecars for tests, written as Claimlens writes them (code point offsets, context, SHA-256).
import { sha256Hex } from '../../src/core/text/hash';
import type { Annotation } from '../../src/core/sidecar/model';
import { serializeSidecar } from '../../src/core/sidecar/write';

/** A sidecar for a text, with annotations given by their quote (the n-th occurrence). */
export function sidecarFor(file: string, text: string, items: Array<Partial<Annotation> & { id: string; tag: string; quote: string; occurrence?: number }>): string {
  const cps = [...text];
  const cp = (utf16: number): number => [...text.slice(0, utf16)].length;
  const annotations = items.map(({ occurrence = 0, ...a }) => {
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = text.indexOf(a.quote, at + 1);
    if (at < 0) throw new Error(`"${a.quote}" is not in the text`);
    const start = cp(at);
    const end = start + [...a.quote].length;
    return { ...a, start, end, prefix: cps.slice(Math.max(0, start - 32), start).join(''), suffix: cps.slice(end, end + 32).join(''), status: 'confirmed', origin: 'manual' } as Annotation;
  });
  return serializeSidecar({ document: { file, sha256: sha256Hex(text), length: cps.length }, annotations });
}
