/**
 * Studio: the name of its session cookie. A browser keeps cookies per host, not per port: two studios
 * on one office PC (two wards' data folders, two ports of 127.0.0.1) that named their session
 * alike signed each other out at every sign-in (qa59b M2). Each studio's name ends in a short
 * hash of its data folder, the same across restarts, other for another folder.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

const tags = new Map<string, string>();

/** Eight hex digits of the data folder's absolute path: the studio's own cookie suffix. */
export function studioTag(dataDir: string): string {
  const path = resolve(dataDir);
  let tag = tags.get(path);
  if (!tag) {
    tag = createHash('sha256').update(path).digest('hex').slice(0, 8);
    tags.set(path, tag);
  }
  return tag;
}

/** The session cookie's name, `__Host-` first when over https (bound to the host, Secure). */
export const sessionCookieName = (dataDir: string, secure: boolean): string =>
  `${secure ? '__Host-' : ''}studio-${studioTag(dataDir)}`;
