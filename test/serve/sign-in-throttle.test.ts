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
    // The client, the account and the client's try of it, and 24,998 more clients with theirs
    // (49,999 entries): under the bound, the client still waits.
    expect(filled(24_998).retryAfter('10.0.0.1', 'other')).toBeGreaterThan(0);
    // One more pushes the oldest, the first client and its try, out: it may try again.
    expect(filled(24_999).retryAfter('10.0.0.1', 'other')).toBe(0);
  });

  it("holds an account's lock-out for the clients that gave it a wrong password, not for a new one (qa32 m3)", () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(() => now, { client: 5, account: 20 });
    // 25 wrong passwords for admin from five addresses, five each.
    for (let i = 0; i < 25; i++) throttle.failed(`10.0.0.${(i % 5) + 1}`, 'admin');
    for (let a = 1; a <= 5; a++)
      expect(throttle.retryAfter(`10.0.0.${a}`, 'admin')).toBeGreaterThan(0);
    // The admin at another computer is let in to try.
    expect(throttle.retryAfter('10.0.0.50', 'admin')).toBe(0);
    // A new address's one wrong try, and that address waits with the rest.
    throttle.failed('10.0.0.60', 'admin');
    expect(throttle.retryAfter('10.0.0.60', 'admin')).toBeGreaterThan(0);
    // Another account from an address that tried admin: not held by admin's lock-out.
    expect(throttle.retryAfter('10.0.0.60', 'mai')).toBe(0);
    now += 16 * 60_000;
    expect(throttle.retryAfter('10.0.0.60', 'admin')).toBe(0);
  });
});
