/**
 * Serve stage: the link of a group the ward's list no longer has (a tổ merged into another,
 * removed) — its page opened, or its figures form sent, from a link or a page kept since the
 * office's new list came (qa26 F9): told that the group left the list and whom to call (410),
 * not "no such page", which blames a link copied badly.
 */
import type { FastifyReply } from 'fastify';
import { readSubmittedGroups } from '../results/results-store.js';
import { wardTime } from '../ward-time.js';
import type { FormerGroup, ServeContext } from './app.js';
import { type TypedFigure, unlistedPage } from './html.js';
import { groupToken, TOKEN_LENGTH } from './tokens.js';

/** A group the list no longer has whose link `token` was: its id, name and since when. */
export async function formerGroupOf(
  ctx: ServeContext,
  token: string,
): Promise<({ id: string } & FormerGroup) | undefined> {
  const { ward, tokens, former, results: service } = ctx.inputs();
  if (token.length !== TOKEN_LENGTH) return undefined;
  // The groups of the lists served before (this process's), and of figures stored (a restart
  // since the list changed): a tổ that left the list and had reported.
  const candidates = new Map(former);
  if (service)
    for (const [id, name] of await readSubmittedGroups(service.db, service.campaign))
      if (!candidates.has(id) && !ward.group(id)) candidates.set(id, { name });
  for (const [id, g] of candidates) {
    const renewed = tokens.renewed.get(id) ?? 0;
    for (let n = 0; n <= renewed; n++)
      if (groupToken(ctx.secret, id, n) === token) return { id, ...g };
  }
  return undefined;
}

/** The 410 page of `former`'s link, with the figures its form was sent with (none: a visit). */
export function answerUnlisted(
  ctx: ServeContext,
  reply: FastifyReply,
  former: { id: string } & FormerGroup,
  figures: readonly TypedFigure[],
) {
  const since = former.since === undefined ? undefined : wardTimeSaid(new Date(former.since));
  return reply
    .code(410)
    .header('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(unlistedPage(ctx.inputs().ward, former.name, since, figures, `${ctx.root}/assets/`));
}

/** "08:30 ngày 05/12/2026", on the ward's clock. */
function wardTimeSaid(at: Date): string {
  const [day, time] = wardTime(at).split(' ');
  return `${time} ngày ${day}`;
}
