/** Tiny node:http servers on 127.0.0.1:0 for the crawl tests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface TestServer {
  origin: string;
  /** Every request the server received, in arrival order. */
  seen: SeenRequest[];
  /** Requests to paths other than /robots.txt. */
  pages(): SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void;

export async function startServer(handler: Handler): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers });
    handler(req, res, seen.length);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    pages: () => seen.filter((r) => r.path !== '/robots.txt'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server whose robots.txt is 404 unless `robots` is given, and whose pages come from `handler`. */
export function withRobots(robots: string | null, handler: Handler): Handler {
  return (req, res, n) => {
    if (req.url === '/robots.txt') {
      if (robots === null) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
      }
      return;
    }
    handler(req, res, n);
  };
}
