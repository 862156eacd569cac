/**
 * Per-host politeness: at most `concurrency` tasks in flight per host, request starts spaced by
 * at least `minDelayMs`, and a host-wide pause when the server asks us to back off (Retry-After).
 */
import pLimit, { type LimitFunction } from 'p-limit';

export interface HostLimiterOptions {
  concurrency: number;
  minDelayMs: number;
}

interface HostState {
  limit: LimitFunction;
  /** Earliest time the next request to this host may start. */
  nextStart: number;
}

export const sleep = (ms: number): Promise<void> =>
  ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  constructor(private readonly opts: HostLimiterOptions) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { limit: pLimit(Math.max(1, this.opts.concurrency)), nextStart: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Run `fn` under the host's concurrency limit, after the start spacing (and any pause) has elapsed. */
  run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const s = this.state(host);
    return s.limit(async () => {
      // Reserve a start slot synchronously so concurrent tasks queue one delay apart.
      // A pause may be set while we sleep, so re-check until our slot is still valid.
      for (;;) {
        const now = Date.now();
        const start = Math.max(now, s.nextStart);
        if (start <= now) break;
        await sleep(start - now);
      }
      s.nextStart = Date.now() + this.opts.minDelayMs;
      return fn();
    });
  }

  /** Hold all new request starts to `host` until `until` (epoch ms), e.g. after a Retry-After. */
  pauseUntil(host: string, until: number): void {
    const s = this.state(host);
    s.nextStart = Math.max(s.nextStart, until);
  }
}
