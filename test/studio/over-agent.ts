/**
 * One request over a node:http Agent (keep-alive connections, as phones hold them): a GET of
 * `url`, or with `fields` a form POSTed to it. Resolves to its status and text, or to the
 * connection's error code (ECONNRESET, ECONNREFUSED) as the status: a studio stopping may answer
 * either way.
 */
import { type Agent, request } from 'node:http';

export const overAgent = (agent: Agent, url: string, fields?: Record<string, string>) =>
  new Promise<{ status: number | string; text: string }>((resolve) => {
    const body = fields ? new URLSearchParams(fields).toString() : undefined;
    const headers = body
      ? {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        }
      : {};
    const req = request(url, { agent, method: body ? 'POST' : 'GET', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (b: Buffer) => parts.push(b));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }),
      );
      res.on('error', (e: NodeJS.ErrnoException) =>
        resolve({ status: e.code ?? 'error', text: '' }),
      );
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: e.code ?? 'error', text: '' }));
    req.end(body);
  });
