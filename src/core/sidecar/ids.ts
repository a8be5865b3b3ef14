import { randomBytes } from 'crypto';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new id like `a-7f3k2p`: the tag's first letter and six random base-36 characters. */
export function newId(tag: string, taken: ReadonlySet<string>): string {
  const lead = (/[a-z]/i.exec(tag)?.[0] ?? 'x').toLowerCase();
  for (;;) {
    const bytes = randomBytes(6);
    let s = '';
    for (const b of bytes) s += ALPHABET[b % 36];
    const id = `${lead}-${s}`;
    if (!taken.has(id)) return id;
  }
}
