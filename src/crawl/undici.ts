/**
 * The two parts of undici the HTTP client uses, its Agent and `request`, required from their own
 * files. undici's index loads the whole library (fetch, WebSocket, EventSource, caches, mocks,
 * proxies): some 970 KB of the bundle that every sync compiled before its first request, about
 * 100 ms of a no-change re-sync on the bench's host (issue 12.4). `request` here is what undici's
 * own `request(url, { dispatcher })` does: the URL split into origin and path, the agent's
 * `request` (lib/api/api-request.js) called on it.
 */
import UndiciAgent from 'undici/lib/dispatcher/agent.js';
import api from 'undici/lib/api/api-request.js';
import type { Agent as AgentType, Dispatcher } from 'undici';

export const Agent: typeof AgentType = UndiciAgent;
export type Agent = AgentType;

export type RequestOptions = { dispatcher: Dispatcher } & Omit<Dispatcher.RequestOptions, 'origin' | 'path'>;

export function request(url: string, opts: RequestOptions): Promise<Dispatcher.ResponseData> {
  const u = new URL(url);
  const { dispatcher, ...rest } = opts;
  return api.call(dispatcher, { ...rest, origin: u.origin, path: `${u.pathname}${u.search}` });
}
