/**
 * The article text offsets refer to: the file decoded as UTF-8 without a byte order mark
 * (VS Code does not show the BOM either, so offsets agree between the editor and the CLI).
 */
export function articleText(raw: string): string {
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}
