// Reading a sidecar and placing its annotations in an article, as one step that can run in a
// worker thread: a sidecar of tens of thousands of annotations takes long enough to hold up the
// editor that is opening it. What goes between the threads is made small first (see `packLoad`).
import type { CanonicalFile } from '../sidecar/canonical';
import { parseSidecar, type ParseResult } from '../sidecar/parse';
import { placeAll, type Placed } from './placed';

/** A sidecar read, and (when it could be read) its annotations placed in the article's text. */
export interface Loaded {
  parsed: ParseResult;
  placed?: Placed[];
}

/** Parses `sidecarText` and places its annotations in `articleText` (`previous`: the text the sidecar was written for, when known). */
export function loadSidecar(sidecarText: string, articleText: string, previous?: string): Loaded {
  const parsed = parseSidecar(sidecarText);
  return parsed.ok ? { parsed, placed: placeAll(articleText, parsed.sidecar, previous) } : { parsed };
}

/**
 * `loaded` made cheap to copy to another thread (structured clone keeps shared objects shared):
 * each placed annotation's data is the sidecar's own object instead of a copy (nothing changes
 * annotation data in place); the layout leaves out the file's text when it is the text read (the
 * receiver has it).
 * Changes `loaded`; `unpackLoad` undoes it on the other side.
 */
export function packLoad(loaded: Loaded, sidecarText: string): Loaded {
  const { parsed, placed } = loaded;
  if (!parsed.ok) return loaded;
  if (placed) parsed.sidecar.annotations.forEach((a, i) => { placed[i].data = a; });
  const layout = parsed.canonical;
  if (layout?.text === sidecarText) layout.text = '';
  return loaded;
}

/** The other half of `packLoad`: the layout gets the file's text back. */
export function unpackLoad(loaded: Loaded, sidecarText: string): Loaded {
  const layout: CanonicalFile | undefined = loaded.parsed.ok ? loaded.parsed.canonical : undefined;
  if (layout && !layout.text) layout.text = sidecarText;
  return loaded;
}
