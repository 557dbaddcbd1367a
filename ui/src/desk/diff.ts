// A line diff for the desk's side-by-side history: the longest common subsequence of lines,
// as rows pairing the old line with the new one. Articles are a few hundred lines at most,
// so the quadratic table is small.

export type DiffRow =
  | { kind: 'same'; left: string; right: string }
  | { kind: 'removed'; left: string; right: null }
  | { kind: 'added'; left: null; right: string }
  | { kind: 'changed'; left: string; right: string };

export function diffLines(before: string, after: string): DiffRow[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const raw: DiffRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      raw.push({ kind: 'same', left: a[i++], right: b[j++] });
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      raw.push({ kind: 'removed', left: a[i++], right: null });
    } else {
      raw.push({ kind: 'added', left: null, right: b[j++] });
    }
  }
  // A run of removed lines followed by a run of added ones is lines changed, shown side by
  // side pair by pair; what is left over stays removed or added.
  const rows: DiffRow[] = [];
  for (let k = 0; k < raw.length; ) {
    if (raw[k].kind !== 'removed') {
      rows.push(raw[k++]);
      continue;
    }
    const removed: string[] = [];
    while (k < raw.length && raw[k].kind === 'removed') removed.push(raw[k++].left as string);
    const added: string[] = [];
    while (k < raw.length && raw[k].kind === 'added') added.push(raw[k++].right as string);
    for (let p = 0; p < Math.max(removed.length, added.length); p++) {
      if (p < removed.length && p < added.length) rows.push({ kind: 'changed', left: removed[p], right: added[p] });
      else if (p < removed.length) rows.push({ kind: 'removed', left: removed[p], right: null });
      else rows.push({ kind: 'added', left: null, right: added[p] });
    }
  }
  return rows;
}
