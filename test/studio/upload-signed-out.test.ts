/**
 * An upload without a session is refused before its body is read (qa32 m2): anyone on the
 * office's network could make the studio read 32 MB into memory per request, then be told 403.
 * The answer must come while most of the declared body is still unsent.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import {
  type Client,
  plainText,
  sessionName,
  studioWithNewCampaign,
  type TestStudio,
} from './studio.js';

const BOUNDARY = '----qa32boundary';
/** What the client says it will send: just under the studio's 32 MB upload limit. */
const DECLARED = 31 * 1024 * 1024;
/** What it sends before waiting for the answer. */
const FIRST = 64 * 1024;

/**
 * POSTs a multipart body of DECLARED bytes to `path`, sending FIRST of them, then waiting up to
 * `waitMs` for an answer: its status and page, or undefined when none came (the body awaited).
 */
function partialUpload(
  base: string,
  path: string,
  cookie: string | undefined,
  waitMs: number,
  site?: string,
): Promise<{ status: number; text: string } | undefined> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(DECLARED),
        ...(cookie ? { cookie } : {}),
        ...(site ? { 'sec-fetch-site': site } : {}),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve(undefined);
    }, waitMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="ds.csv"\r\nContent-Type: text/csv\r\n\r\n`;
    req.write(head);
    req.write(Buffer.alloc(FIRST - head.length, 0x41));
  });
}

describe('an upload without a session', () => {
  let s: TestStudio;
  let c: Client;
  beforeAll(async () => {
    ({ s, c } = await studioWithNewCampaign('Tiêm chủng'));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('is refused before its body is sent, in Vietnamese', async () => {
    const answer = await partialUpload(s.url, '/c/tiem-chung/groups', undefined, 5_000);
    expect(answer?.status).toBe(403);
    expect(plainText(answer?.text ?? '')).toContain('Yêu cầu bị từ chối');
  });

  it('with a session that ended, too', async () => {
    const answer = await partialUpload(
      s.url,
      '/c/tiem-chung/groups',
      `${sessionName(s)}=not-a-session`,
      5_000,
    );
    expect(answer?.status).toBe(403);
  });

  it("a signed-in browser's upload from another site, too (Sec-Fetch-Site)", async () => {
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    for (const site of ['cross-site', 'same-site']) {
      const answer = await partialUpload(s.url, '/c/tiem-chung/groups', cookie, 5_000, site);
      expect(answer?.status).toBe(403);
    }
  });

  it('while a signed-in upload is read whole (the studio waits for its body)', async () => {
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const own = await partialUpload(s.url, '/c/tiem-chung/groups', cookie, 1_500, 'same-origin');
    expect(own).toBeUndefined();
  });
});
