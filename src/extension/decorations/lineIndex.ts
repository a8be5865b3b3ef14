import * as vscode from 'vscode';

/** Offsets to positions for many ranges of one text at once (cheaper than positionAt for each). */
export class LineIndex {
  private readonly starts: number[] = [0];
  private last = 0;

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  private line(offset: number): number {
    // offsets come mostly in order: try the line of the last lookup first
    const st = this.starts;
    let k = this.last;
    if (st[k] <= offset && (k + 1 >= st.length || offset < st[k + 1])) return k;
    let lo = 0;
    let hi = st.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (st[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
    this.last = k;
    return k;
  }

  range(s: number, e: number): vscode.Range {
    const ls = this.line(s);
    const le = e === s ? ls : this.line(e);
    return new vscode.Range(ls, s - this.starts[ls], le, e - this.starts[le]);
  }
}
