/**
 * `archive serve`: a read-only HTTP view of the database (node:http, no framework).
 *
 * - The database is opened read-only, once; there is no handler that writes, and any method but
 *   GET and HEAD is answered 405.
 * - Every answer carries a strict Content-Security-Policy (no script at all, styles only from
 *   /style.css), nosniff, no referrer, no framing.
 * - Bound to a loopback address (the default), requests must name a loopback host (`Host:
 *   localhost:8080`), so a web page elsewhere cannot read the view through DNS rebinding.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { openDatabase, type Db } from '../store/index.js';
import { isArchiveError, ArchiveError } from '../errors.js';
import type { AliasPair } from '../query/projectNames.js';
import { safeText } from '../query/format/safeText.js';
import { route, type Answer } from './routes.js';
import { errorPage } from './pages/layout.js';

export interface ServeOptions {
  dbPath: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  aliases?: AliasPair[];
  /** Reports on each page of a project's page (default 24). */
  reportsPerPage?: number;
  /** Where unexpected errors are reported (one line each); default: nowhere. */
  log?: (line: string) => void;
}

export interface WebServer {
  /** `http://127.0.0.1:8080` (no trailing slash). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function hostNameOf(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[^\]]*\]|[^:]+)(?::\d+)?$/.exec(header.trim());
  return m ? m[1] : null;
}

export async function startServer(o: ServeOptions): Promise<WebServer> {
  const db: Db = openDatabase(o.dbPath, { readonly: true });
  const ctx = { db, aliases: o.aliases ?? [], dbName: basename(o.dbPath), reportsPerPage: o.reportsPerPage };
  const loopbackOnly = isLoopback(o.host);

  const send = (req: IncomingMessage, res: ServerResponse, a: Answer) => {
    const body = Buffer.from(a.body, 'utf8');
    res.writeHead(a.status, {
      ...SECURITY_HEADERS,
      'Content-Type': a.type,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-cache',
      ...a.headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const errorAnswer = (status: number, message: string, hint?: string): Answer => ({
    status, type: 'text/html; charset=utf-8', body: errorPage({ title: `${status}`, dbName: ctx.dbName }, status, message, hint),
  });

  const server = createServer((req, res) => {
    try {
      if (loopbackOnly) {
        const name = hostNameOf(req.headers.host);
        if (!name || !isLoopback(name)) {
          send(req, res, { status: 421, type: 'text/plain; charset=utf-8', body: 'This view answers only to a loopback host name (localhost, 127.0.0.1, [::1]).\n' });
          return;
        }
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        const a = errorAnswer(405, `${safeText(req.method ?? '?')} is not allowed: this view is read-only`);
        send(req, res, { ...a, headers: { Allow: 'GET, HEAD' } });
        // Nothing of a request body is read.
        req.resume();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      send(req, res, route(ctx, url));
    } catch (e) {
      if (isArchiveError(e) && (e.code === 'E_NOT_FOUND' || e.code === 'E_USAGE' || e.code === 'E_INPUT')) {
        send(req, res, errorAnswer(e.code === 'E_NOT_FOUND' ? 404 : 400, e.message, e.hint));
        return;
      }
      o.log?.(`error answering ${safeText(req.method ?? '')} ${safeText((req.url ?? '').slice(0, 300))}: ${safeText((e as Error)?.message ?? String(e))}`);
      send(req, res, errorAnswer(500, 'Something went wrong reading the database; the server log says what.'));
    }
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, o.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ArchiveError('E_USAGE', `port ${o.port} on ${o.host} is already in use`, 'pick another with --port (0 picks a free one)');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new ArchiveError('E_USAGE', `cannot listen on ${o.host}: not an address of this machine`, 'use --host 127.0.0.1 (the default)');
    if (code === 'EACCES') throw new ArchiveError('E_USAGE', `not allowed to listen on port ${o.port}`, 'ports below 1024 need privileges: use --port 8080');
    throw e;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const shownHost = o.host.includes(':') ? `[${o.host}]` : o.host === '0.0.0.0' ? '127.0.0.1' : o.host;
  let closed = false;
  return {
    url: `http://${shownHost}:${port}`,
    host: o.host,
    port,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      db.close();
    },
  };
}
