/**
 * One request over a node:http Agent (keep-alive connections, as phones hold them): a GET of
 * `url`, or with `fields` a form POSTed to it. Resolves to its status and text, or to the
 * connection's error code (ECONNRESET, ECONNREFUSED) as the status: a studio stopping may answer
 * either way.
 */
import { once } from 'node:events';
import { type Agent, request } from 'node:http';
import { connect } from 'node:net';

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

/**
 * A request on its own connection, all but the blank line ending its headers sent: a request
 * under way, so a server stopping keeps its connection (Node closes only idle ones) and takes
 * the rest, sent by `finish`, as a request arriving while it stops. Resolves to its status and
 * body, or to the connection's error code as the status.
 */
export async function halfSent(url: string, fields?: Record<string, string>) {
  const { hostname, port, pathname, search } = new URL(url);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  const body = fields ? new URLSearchParams(fields).toString() : '';
  const head = [
    `${fields ? 'POST' : 'GET'} ${pathname}${search} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    ...(fields
      ? [
          'Content-Type: application/x-www-form-urlencoded',
          `Content-Length: ${Buffer.byteLength(body)}`,
        ]
      : []),
  ];
  socket.write(`${head.join('\r\n')}\r\n`);
  const parts: Buffer[] = [];
  socket.on('data', (b: Buffer) => parts.push(b));
  const ended = new Promise<string | undefined>((resolve) => {
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    socket.on('close', () => resolve(undefined));
  });
  return {
    finish: async (): Promise<{ status: number | string; text: string }> => {
      socket.end(`\r\n${body}`);
      const error = await ended;
      const raw = Buffer.concat(parts);
      const split = raw.indexOf('\r\n\r\n');
      if (error !== undefined || split < 0) return { status: error ?? 'no answer', text: '' };
      const headers = raw.subarray(0, split).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0);
      let rest = raw.subarray(split + 4);
      if (!/^transfer-encoding: chunked/im.test(headers)) return { status, text: rest.toString() };
      const chunks: Buffer[] = [];
      for (;;) {
        const eol = rest.indexOf('\r\n');
        const size = Number.parseInt(rest.subarray(0, eol).toString('latin1'), 16);
        if (!(size > 0)) break;
        chunks.push(rest.subarray(eol + 2, eol + 2 + size));
        rest = rest.subarray(eol + 2 + size + 2);
      }
      return { status, text: Buffer.concat(chunks).toString() };
    },
  };
}

/** Whether the server at `url` refuses a new connection (it no longer listens: it stops). */
export async function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const refused = await new Promise<boolean>((resolve) => {
    socket.on('connect', () => resolve(false));
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
  socket.destroy();
  return refused;
}
