/**
 * A local HTTP server on 127.0.0.1 that plays back recorded provider payloads, so provider code is tested with its
 * real HTTP client against real formats. A route may hold a sequence of responses (e.g. 500 then 200): each
 * request takes the next one and the last one repeats.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

export interface FixtureResponse {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON value, a string or bytes. */
  body?: unknown;
  /** A file under test/fixtures served as the body (e.g. 'dfs/dk_api_rules_gametype1.json'). */
  file?: string;
  /** Destroy the socket without answering (a network fault). */
  hangUp?: boolean;
}

export interface RecordedRequest { method: string; path: string; query: URLSearchParams; headers: IncomingHttpHeaders }

export interface FixtureServer {
  url: string;
  requests: RecordedRequest[];
  /** Replaces (or adds) the responses of a route, e.g. 'GET /v4/sports/americanfootball_nfl/odds'. */
  setRoute(route: string, responses: FixtureResponse | FixtureResponse[]): void;
  close(): Promise<void>;
}

/** Starts a server for routes keyed 'METHOD /path' (query strings are ignored for matching and recorded). */
export async function startFixtureServer(routes: Record<string, FixtureResponse | FixtureResponse[]> = {}): Promise<FixtureServer> {
  const table = new Map<string, FixtureResponse[]>();
  const served = new Map<string, number>();
  const setRoute = (route: string, responses: FixtureResponse | FixtureResponse[]) => {
    table.set(route, Array.isArray(responses) ? responses : [responses]);
    served.set(route, 0);
  };
  for (const [route, responses] of Object.entries(routes)) setRoute(route, responses);
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers });
    const route = `${req.method} ${url.pathname}`;
    const responses = table.get(route);
    if (!responses?.length) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no fixture for ${route}` }));
      return;
    }
    const index = served.get(route) ?? 0;
    served.set(route, index + 1);
    const response = responses[Math.min(index, responses.length - 1)] as FixtureResponse;
    if (response.hangUp) {
      req.socket.destroy();
      return;
    }
    let body: string | Buffer = '';
    let contentType = 'application/json';
    if (response.file) {
      body = readFileSync(join(FIXTURES_DIR, response.file));
      if (!response.file.endsWith('.json')) contentType = response.file.endsWith('.xml') ? 'application/xml' : 'text/plain';
    } else if (Buffer.isBuffer(response.body) || typeof response.body === 'string') {
      body = response.body;
      if (typeof response.body === 'string') contentType = 'text/plain';
    } else if (response.body !== undefined) {
      body = JSON.stringify(response.body);
    }
    res.writeHead(response.status ?? 200, { 'content-type': contentType, ...response.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setRoute,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
