/**
 * package.json's `engines` promises the Node versions the tool runs on (Node 20 from 20.19): npm
 * warns at install (EBADENGINE) when a package it installs asks for more (qa38 m5: cookie 2 asked
 * for Node 22, pulled by @fastify/cookie 11.1.1+ and by fastify's light-my-request 6.8+, which
 * is why package.json pins @fastify/cookie 11.1.0 and light-my-request 6.6.0 — both on cookie 1).
 * Every package a user's install gets (the lock's non-dev packages) must accept the oldest Node
 * the engines field names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
}

it("every package a user installs runs on the oldest Node package.json's engines accepts", () => {
  const promised = json('package.json').engines.node as string;
  const oldest = semver.minVersion(promised)?.version;
  expect(oldest, `engines.node "${promised}"`).toBe('20.19.0');
  const packages = json('package-lock.json').packages as Record<string, LockEntry>;
  const refusing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (!path || entry.dev || Array.isArray(entry.engines)) continue;
    const wants = entry.engines?.node;
    if (wants && !semver.satisfies(oldest as string, wants)) {
      refusing.push(
        `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wants}`,
      );
    }
  }
  expect(refusing).toEqual([]);
});
