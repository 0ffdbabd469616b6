/** `['cases', 2, 'productions', 0, 'pagesReleased']` → `cases[2].productions[0].pagesReleased`: how users read a position. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}
