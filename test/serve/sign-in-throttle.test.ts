/**
 * The sign-in throttle's bound: failures are tracked for at most 50,000 clients and accounts at
 * once (an attacker rotating addresses cannot grow it without limit), the oldest forgotten first,
 * while a client under that bound keeps its wait.
 */
import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../../src/serve/sign-in-throttle.js';

/** A throttle where 10.0.0.1 has used its 3 free failures, then `others` clients failed once. */
function filled(others: number): SignInThrottle {
  const throttle = new SignInThrottle(() => 1_000_000, { client: 3, account: 1_000_000 });
  for (let i = 0; i < 3; i++) throttle.failed('10.0.0.1', 'admin');
  for (let i = 0; i < others; i++) throttle.failed(`c${i}`, 'admin');
  return throttle;
}

describe('the sign-in throttle', () => {
  it('makes a client wait after its free failures, and forgets the oldest past 50,000 entries', () => {
    expect(filled(0).retryAfter('10.0.0.1', 'other')).toBeGreaterThan(0);
    // The client and the account, and 49,998 more clients: the bound, the client still waits.
    expect(filled(49_998).retryAfter('10.0.0.1', 'other')).toBeGreaterThan(0);
    // One more pushes the oldest, the first client, out: it may try again.
    expect(filled(49_999).retryAfter('10.0.0.1', 'other')).toBe(0);
  });
});
