/**
 * The store's listing, sorted into what the engine needs: ring files, and per case space its key
 * files, segments and snapshots. Names we did not write (a desktop client's conflict copies,
 * stray files) are counted and otherwise left alone.
 */
import type { BlobInfo } from './blob-store';
import { parseName } from './names';

export interface SpaceFile extends BlobInfo {
  writer: string;
  n: number;
}

export interface SpaceView {
  keys: SpaceFile[];
  segments: SpaceFile[];
  snapshots: SpaceFile[];
}

export interface StoreView {
  rings: (BlobInfo & { ring: string })[];
  spaces: Map<string, SpaceView>;
  foreign: number;
}

export function indexFiles(files: readonly BlobInfo[]): StoreView {
  const view: StoreView = { rings: [], spaces: new Map(), foreign: 0 };
  for (const f of files) {
    const p = parseName(f.name);
    if (!p) {
      view.foreign++;
      continue;
    }
    if (p.kind === 'ring') {
      view.rings.push({ ...f, ring: p.ring });
      continue;
    }
    let s = view.spaces.get(p.space);
    if (!s) view.spaces.set(p.space, (s = { keys: [], segments: [], snapshots: [] }));
    const entry = { ...f, writer: p.writer, n: p.n };
    if (p.kind === 'key') s.keys.push(entry);
    else if (p.kind === 'segment') s.segments.push(entry);
    else s.snapshots.push(entry);
  }
  for (const s of view.spaces.values()) s.segments.sort((a, b) => a.n - b.n);
  return view;
}

/** Run `fn` over `items` with at most `limit` at a time (requests to one server). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
