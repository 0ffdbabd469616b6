/**
 * A BlobStore on a WebDAV folder (Nextcloud, ownCloud, NAS boxes, Apache mod_dav, rclone):
 * PROPFIND Depth: 1 to list, GET, PUT with If-None-Match: * / If-Match, DELETE, and MKCOL when
 * the folder is missing. No LOCK: the engine never needs one. `credentials: 'omit'` so no browser
 * cookie rides along: the user name and app password travel in the Authorization header only.
 * 429 and 503 are retried after the server's Retry-After (or a growing pause); every other
 * failure becomes a BlobStoreError whose message says what to do.
 */
import { BlobStoreError, type BlobInfo, type BlobStore, type PutCondition } from './blob-store';
import { toBase64, utf8 } from '../sync/bytes';
import { parseMultistatus } from './webdav-xml';

export interface WebDavOptions {
  /** The folder's URL (created when missing; its parent must exist). */
  url: string;
  user: string;
  password: string;
  timeoutMs?: number;
  /** Retries of one request after 429/503. */
  maxRetries?: number;
  /** A longer Retry-After than this is not waited out here: the error goes up for the scheduler. */
  maxRetryWaitMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:getcontentlength/><d:resourcetype/></d:prop></d:propfind>';

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const t = header.trim();
  if (/^\d{1,9}$/.test(t)) return Number(t) * 1000;
  const at = Date.parse(t);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class WebDavStore implements BlobStore {
  private readonly folder: URL;
  private readonly auth: string;
  private readonly timeoutMs: number;
  private readonly maxRetries: number;
  private readonly maxRetryWaitMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Requests sent (the benchmark counts them). */
  requests = 0;
  bytesUp = 0;
  bytesDown = 0;

  constructor(options: WebDavOptions) {
    const url = new URL(options.url);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BlobStoreError('protocol', 'The server address must start with https://');
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    this.folder = url;
    this.auth = `Basic ${toBase64(utf8.encode(`${options.user}:${options.password}`))}`;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxRetries = options.maxRetries ?? 3;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000;
    this.fetchFn = options.fetch ?? ((...args) => fetch(...args));
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** The origin the extension must be allowed to reach (its one optional host permission). */
  get origin(): string {
    return this.folder.origin;
  }

  private fileUrl(name: string): string {
    return new URL(encodeURIComponent(name), this.folder).href;
  }

  private async request(method: string, url: string, init: { headers?: Record<string, string>; body?: Uint8Array | string } = {}): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      this.requests++;
      if (init.body) this.bytesUp += typeof init.body === 'string' ? init.body.length : init.body.length;
      try {
        res = await this.fetchFn(url, {
          method,
          headers: { Authorization: this.auth, ...init.headers },
          body: init.body as BodyInit | undefined,
          credentials: 'omit',
          cache: 'no-store',
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'TimeoutError' || name === 'AbortError')
          throw new BlobStoreError('timeout', `The server did not answer within ${Math.round(this.timeoutMs / 1000)} s (${method}). It will be tried again.`);
        throw new BlobStoreError('offline', `The server cannot be reached (${this.folder.host}): offline, or the address is wrong.`);
      }
      if (res.status !== 429 && res.status !== 503) return res;
      await res.body?.cancel();
      const asked = retryAfterMs(res.headers.get('Retry-After'));
      const wait = asked ?? 1000 * 2 ** attempt;
      if (attempt >= this.maxRetries || wait > this.maxRetryWaitMs)
        throw new BlobStoreError(
          'rate',
          res.status === 429 ? 'The server asks us to slow down (429); sync resumes later.' : 'The server is busy or in maintenance (503); sync resumes later.',
          wait,
        );
      await this.sleep(wait);
    }
  }

  /** An error for a status the caller did not expect, worded for the options page. */
  private failure(res: Response, what: string): BlobStoreError {
    const s = res.status;
    if (s === 401) return new BlobStoreError('auth', 'The server refused the user name or app password (401). Check them in the options page.');
    if (s === 403) return new BlobStoreError('forbidden', `The server does not let this account ${what} (403).`);
    if (s === 404 || s === 409) return new BlobStoreError('not-found', `The folder's parent does not exist on the server (${s}). Check the server address.`);
    if (s === 507) return new BlobStoreError('quota', 'The server is out of space (507 Insufficient Storage). Free some space or ask the administrator.');
    if (s === 412) return new BlobStoreError('precondition', `${what}: the file changed on the server (412).`);
    if (s >= 500) return new BlobStoreError('server', `The server failed (${s}) to ${what}; sync will try again.`);
    return new BlobStoreError('protocol', `Unexpected answer ${s} from the server to ${what}.`);
  }

  private async makeFolder(): Promise<void> {
    const res = await this.request('MKCOL', this.folder.href);
    await res.body?.cancel();
    // 405: it exists already (someone made it since we looked).
    if (res.status !== 201 && res.status !== 405) throw this.failure(res, 'create the sync folder');
  }

  async list(): Promise<BlobInfo[]> {
    let res = await this.request('PROPFIND', this.folder.href, { headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY });
    if (res.status === 404) {
      await res.body?.cancel();
      await this.makeFolder();
      res = await this.request('PROPFIND', this.folder.href, { headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY });
    }
    if (res.status !== 207) throw this.failure(res, 'list the sync folder');
    const xml = await res.text();
    this.bytesDown += xml.length;
    const out: BlobInfo[] = [];
    for (const e of parseMultistatus(xml)) {
      if (e.collection) continue;
      let path: string;
      try {
        path = decodeURIComponent(new URL(e.href, this.folder).pathname);
      } catch {
        continue;
      }
      const name = path.slice(path.lastIndexOf('/') + 1);
      // Only direct children of our folder; a server without an etag gets the size as a stand-in.
      if (!name || path !== decodeURIComponent(this.folder.pathname) + name) continue;
      out.push({ name, etag: e.etag ?? `size:${e.size}`, size: e.size });
    }
    return out;
  }

  async get(name: string): Promise<{ bytes: Uint8Array; etag: string } | null> {
    const res = await this.request('GET', this.fileUrl(name));
    if (res.status === 404) {
      await res.body?.cancel();
      return null;
    }
    if (res.status !== 200) throw this.failure(res, `read ${name}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    this.bytesDown += bytes.length;
    return { bytes, etag: res.headers.get('ETag') ?? '' };
  }

  async put(name: string, bytes: Uint8Array, condition: PutCondition): Promise<{ etag: string }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    if ('ifNoneMatch' in condition) headers['If-None-Match'] = '*';
    else headers['If-Match'] = condition.ifMatch;
    let res = await this.request('PUT', this.fileUrl(name), { headers, body: bytes });
    if (res.status === 404 || res.status === 409) {
      // The folder went away (or was never made): make it and try once more.
      await res.body?.cancel();
      await this.makeFolder();
      res = await this.request('PUT', this.fileUrl(name), { headers, body: bytes });
    }
    await res.body?.cancel();
    if (res.status === 201 || res.status === 204 || res.status === 200) return { etag: res.headers.get('ETag') ?? '' };
    throw this.failure(res, `write ${name}`);
  }

  async delete(name: string): Promise<void> {
    const res = await this.request('DELETE', this.fileUrl(name));
    await res.body?.cancel();
    if (res.status === 404 || (res.status >= 200 && res.status < 300)) return;
    throw this.failure(res, `delete ${name}`);
  }

  /** The options page's "Test connection": list (making the folder), then write, read and delete a probe. */
  async testConnection(): Promise<{ files: number }> {
    const files = await this.list();
    const probe = `probe-${crypto.randomUUID()}.tmp`;
    const body = utf8.encode('docket margin connection test');
    await this.put(probe, body, { ifNoneMatch: '*' });
    const back = await this.get(probe);
    await this.delete(probe);
    if (!back || back.bytes.length !== body.length) throw new BlobStoreError('protocol', 'The server accepted a file but did not give it back.');
    return { files: files.length };
  }
}
