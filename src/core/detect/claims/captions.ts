/** Photo captions: the sentence before a credit ("… Image: Ann Berg.") is a claim of whoever is credited. */
import { CREDIT_LABELS } from '../lexicon';
import { lastAtOrBefore } from '../search';
import type { Token } from '../tokens';
import type { ClaimMention } from '../types';

/** A credit closing a line: "Image: Ann Berg.", "Photo: Reuters", "Video: Port Authority / Tom Sato." */
const CREDIT = new RegExp(`\\b(?:${[...CREDIT_LABELS].join('|')})s?:[ \\t]+[^\\n]{1,80}?[ \\t]*$`, 'gmu');
const CREDIT_LABEL = new RegExp(`(?:${[...CREDIT_LABELS].join('|')})s?:`, 'u');

/**
 * Photo captions: the sentence before a credit on the same line ("Officials tour the port.
 * Image: Ann Berg."), a statement about what the picture shows, made by whoever is credited;
 * kept without a speaker.
 */
export function captions(text: string, tokens: readonly Token[]): ClaimMention[] {
  const out: ClaimMention[] = [];
  if (!CREDIT_LABEL.test(text)) return out;
  for (const m of text.matchAll(CREDIT)) {
    const credit = m[0];
    // the label follows the caption's last word (or opens the line)
    if (m.index > 0 && !/\s/.test(text[m.index - 1])) continue;
    if (m.index > 1 && !/[\p{L}\p{N}.!?)"”’\]\s]/u.test(text[m.index - 2])) continue;
    if (credit.split(/\s+/).length > 10) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    // the sentence the caption ends with (a caption may hold several)
    let i = lastAtOrBefore(tokens, (t) => t.start, m.index - 1);
    if (i < 0 || tokens[i].start < lineStart) continue;
    let end = tokens[i].end;
    const sentence = tokens[i].sentence;
    while (i > 0 && tokens[i - 1].sentence === sentence && tokens[i - 1].start >= lineStart) i--;
    const start = tokens[i].start;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) continue;
    const label = credit.slice(0, credit.indexOf(':'));
    out.push({
      start, end, text: text.slice(start, end), kind: 'indirect',
      cue: { start: m.index, end: m.index + label.length, text: label, class: 'speech' }, speaker: null,
    });
  }
  return out;
}
