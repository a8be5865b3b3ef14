/** A string shortened for a message or a list: at most `max` characters, with an ellipsis. */
export function truncate(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
