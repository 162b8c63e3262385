/**
 * Studio: a HEAD on a download that costs to make (review52 #9). Fastify answers a HEAD by
 * running the GET's handler whole and dropping the body: a link checker or a download manager
 * asking a file's size drew a QR sheet, packed the data folder for a backup, logged a download
 * of names no one received; a results report, a preview's page or every group's ZIPs were drawn or
 * packed for nothing. These routes answer it here, after their checks (the route exists, who may
 * have it) and before any work: the GET's type and file name, no body, nothing logged.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '../serve/disposition.js';

/** Whether the request is a HEAD, answered by `headOnly`. */
export const isHead = (req: FastifyRequest): boolean => req.method === 'HEAD';

/** The GET's headers that are cheap to know (a picture shown in the page: no file name), no body. */
export function headOnly(
  reply: FastifyReply,
  type: string,
  fileName?: string,
  disposition: 'inline' | 'attachment' = 'attachment',
): FastifyReply {
  if (fileName) reply.header('Content-Disposition', contentDisposition(fileName, disposition));
  return reply.type(type).header('Cache-Control', 'no-store').send();
}
