/**
 * Serve stage: failed sign-ins, counted per client and per account, so that a password cannot be
 * guessed by brute force. The general rate limit is not enough: it allows hundreds of requests a
 * minute, and a guard that answers 401 early may end a request before that limit counts it.
 *
 * A client (address) gets CLIENT_FREE failures in a window, then waits; each further failure
 * doubles the wait, up to the window. An account gets ACCOUNT_FREE failures (from any number of
 * clients) before the same back-off applies to the attempts on it of every client that has
 * itself given a wrong password for it in the window — slower guessing from many addresses (one
 * guess per new address), while the account's owner, from an address that made no wrong try,
 * still signs in: one person could otherwise keep the admin locked out for hours (qa32 m3).
 */
import { LRUCache } from 'lru-cache';

const WINDOW_MS = 15 * 60_000;
const CLIENT_FREE = 20;
const ACCOUNT_FREE = 100;
const FIRST_WAIT_MS = 1_000;
/** Clients and accounts with failures tracked at once. */
const MAX_TRACKED = 50_000;

interface Failures {
  count: number;
  /** No attempt is taken before this time (ms since the epoch). */
  until: number;
}

const pairKey = (client: string, account: string) => `p:${client}\u0000${account}`;

export class SignInThrottle {
  // Bounded: an attacker rotating addresses cannot grow it without limit. The bound is a size
  // (each entry 1), not lru-cache's `max`: `max` allocates and zero-fills arrays of all 50,000
  // slots up front (~16 ms of CPU and ~2 MB for each server and studio started, most of which
  // never see a wrong password); a size bound grows them as failures come.
  private readonly failures = new LRUCache<string, Failures>({
    maxSize: MAX_TRACKED,
    sizeCalculation: () => 1,
    ttl: WINDOW_MS,
  });

  /**
   * `limits`: failures let through before the back-off starts, per client and per account (the
   * studio, whose users type their passwords into a form, starts it sooner than the defaults).
   */
  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits: { client: number; account: number } = {
      client: CLIENT_FREE,
      account: ACCOUNT_FREE,
    },
  ) {}

  /** Seconds to wait before `client` may try `account` again; 0 when it may try now. */
  retryAfter(client: string, account: string): number {
    const t = this.now();
    const tried = this.failures.has(pairKey(client, account));
    const wait = Math.max(
      this.failures.get(`c:${client}`)?.until ?? 0,
      tried ? (this.failures.get(`a:${account}`)?.until ?? 0) : 0,
    );
    return wait > t ? Math.ceil((wait - t) / 1000) : 0;
  }

  failed(client: string, account: string): void {
    this.count(`c:${client}`, this.limits.client);
    this.count(`a:${account}`, this.limits.account);
    // Never waits on its own: marks the client as one that tried the account (retryAfter).
    this.count(pairKey(client, account), Number.POSITIVE_INFINITY);
  }

  succeeded(client: string): void {
    this.failures.delete(`c:${client}`);
  }

  private count(key: string, free: number): void {
    const f = this.failures.get(key) ?? { count: 0, until: 0 };
    f.count++;
    if (f.count >= free) {
      const wait = Math.min(WINDOW_MS, FIRST_WAIT_MS * 2 ** (f.count - free));
      f.until = this.now() + wait;
    }
    this.failures.set(key, f);
  }
}
