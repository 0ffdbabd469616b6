/**
 * A local HTTP server that answers for real court hostnames. Chromium is started with
 * --host-resolver-rules mapping those hosts to it, so pages load under their real URLs
 * (served over http: the content script matches `*://`). Firefox has no such flag: it is pointed
 * at this server as its HTTP proxy, so requests arrive with an absolute URL (`GET http://host/path`),
 * which the server reads the same way. Unknown URLs get 404, so nothing a page references leaves
 * the machine. Every request is logged in `requests`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const SERVED_HOST_PATTERNS = ['*.uscourts.gov', 'www.courtlistener.com', 'example.org'];

export interface PageServer {
  port: number;
  /** Serve `body` at `url` (scheme ignored); returns the http:// URL to open. */
  serve(url: string, body: string | Buffer, contentType?: string): string;
  /** Every request received, as http://host/path?query, in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

/** http://host/path?query form of any URL, used as the server's lookup key. */
export function servedUrl(url: string): string {
  const u = new URL(url);
  return `http://${u.host}${u.pathname}${u.search}`;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, { body: string | Buffer; type: string }>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    // A proxy request names its absolute URL; a direct one only the path, the host in its header.
    let key = `http://${req.headers.host ?? ''}${path}`;
    if (/^http:\/\//i.test(path)) key = URL.canParse(path) ? servedUrl(path) : path;
    requests.push(key);
    const page = pages.get(key);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not served in tests');
      return;
    }
    // The HTTP header wins over a page's own <meta charset>: corpus pages are UTF-8.
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  // A connection that is not HTTP (a TLS handshake to an https URL) is still a request that left.
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
    requests.push(`(a connection that is not HTTP, e.g. TLS: ${error.code} ${error.rawPacket?.subarray(0, 4000).toString('latin1').replace(/[^\x20-\x7e]+/g, '.')})`);
    socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    serve(url, body, type = 'text/html; charset=utf-8') {
      const key = servedUrl(url);
      pages.set(key, { body, type });
      return key;
    },
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        // A proxying browser keeps its connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
