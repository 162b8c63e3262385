/**
 * Loaded into a CLI child by `--import` (NODE_OPTIONS): takes the port $TAKE_PORT_AT_LISTEN just
 * before the program's second listen on it, as another program could between the port check
 * before the store is opened (the first listen: cli/port-probe.ts) and the server's listen. Node's
 * own net.Server is wrapped; none of the program's code is replaced. The port stays taken until
 * the process ends.
 */
import net from 'node:net';

const port = Number(process.env.TAKE_PORT_AT_LISTEN);
const listen = net.Server.prototype.listen;
let seen = 0;
net.Server.prototype.listen = function (...args) {
  const [first] = args;
  const asked = typeof first === 'object' && first !== null ? Number(first.port) : Number(first);
  if (asked !== port || ++seen !== 2) return listen.apply(this, args);
  const other = net.createServer();
  other.unref();
  listen.call(other, { host: '127.0.0.1', port }, () => listen.apply(this, args));
  return this;
};
