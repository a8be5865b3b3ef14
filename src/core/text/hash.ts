import { createHash } from 'crypto';

/** Hex SHA-256 of the UTF-8 encoding of a text (the `document.sha256` of a sidecar). */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
