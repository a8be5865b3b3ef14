import { detect } from '../../../src/core/detect';

/** [claim text, cue word, speaker's actor] of each claim detected in a text. */
export function saidRows(text: string): Array<[string, string | undefined, string | undefined]> {
  return detect(text).claims.map((c) => [c.text, c.cue?.text, c.speaker?.actor]);
}

/** [claim text, cue class, speaker's actor] of each claim detected in a text. */
export function classRows(text: string): Array<[string, string | undefined, string | undefined]> {
  return detect(text).claims.map((c) => [c.text, c.cue?.class, c.speaker?.actor]);
}
