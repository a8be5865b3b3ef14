/** A string shortened for a message or a list: at most `max` characters, with an ellipsis. */
export function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** What a caught value says, for a message: an error's message, or the value as text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
