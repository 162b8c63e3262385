/**
 * Starting a campaign's build in the studio and waiting for it to end, for the cases that read
 * the build tab: within 90 s, so that a build that never ends fails with the status it was stuck
 * at instead of vitest's bare timeout.
 */

import { pressPrintAll } from './print-all.js';
import type { Client } from './studio.js';

/** Starts a build of the campaign `slug` and waits for it to end; its last status, parsed. */
export async function buildAndWait(c: Client, slug: string): Promise<{ state: string }> {
  await pressPrintAll(c, slug);
  const until = Date.now() + 90_000;
  for (;;) {
    const status = JSON.parse((await c.get(`/c/${slug}/build/status`)).text);
    if (status.state !== 'running') return status;
    if (Date.now() > until) throw new Error(`the build still runs: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
