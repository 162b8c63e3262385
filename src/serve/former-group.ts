/**
 * Serve stage: the link of a group the ward's list no longer has (a tổ merged into another,
 * removed) — its page opened, or its figures form sent, from a link or a page kept since the
 * office's new list came (qa26 F9): told that the group left the list and whom to call (410),
 * not "no such page", which blames a link copied badly.
 */
import type { FastifyReply } from 'fastify';
import { readSubmittedGroups } from '../results/results-store.js';
import { wardTimeSaid } from '../ward-time.js';
import type { FormerGroup, ServeContext, ServedInputs } from './app.js';
import { type TypedFigure, unlistedPage } from './html.js';
import { groupToken, TOKEN_LENGTH } from './tokens.js';

type Former = { id: string } & FormerGroup;

/**
 * How long the former groups' links are kept between reads of the store: a figure stored for a
 * group off the list (the studio's import, another server on the store) is seen this late.
 */
const FORMER_LINKS_TTL_MS = 60_000;

/**
 * The former groups' links by token, per served inputs (a new list or a renewed link is new
 * inputs): read once, not on every POST with an unknown token (review35 #8: each such POST read
 * every submission of the campaign and made an HMAC for every group and renewal).
 */
const formerLinks = new WeakMap<
  ServedInputs,
  { at: number; links: Promise<Map<string, Former>> }
>();

async function linksOf(ctx: ServeContext, inputs: ServedInputs): Promise<Map<string, Former>> {
  const { ward, tokens, former, results: service } = inputs;
  // The groups of the lists served before (this process's), and of figures stored (a restart
  // since the list changed): a tổ that left the list and had reported.
  const candidates = new Map(former);
  if (service)
    for (const [id, name] of await readSubmittedGroups(service.db, service.campaign))
      if (!candidates.has(id) && !ward.group(id)) candidates.set(id, { name });
  const links = new Map<string, Former>();
  for (const [id, g] of candidates) {
    const renewed = tokens.renewed.get(id) ?? 0;
    for (let n = 0; n <= renewed; n++) links.set(groupToken(ctx.secret, id, n), { id, ...g });
  }
  return links;
}

/** A group the list no longer has whose link `token` was: its id, name and since when. */
export async function formerGroupOf(ctx: ServeContext, token: string): Promise<Former | undefined> {
  if (token.length !== TOKEN_LENGTH) return undefined;
  const inputs = ctx.inputs();
  let known = formerLinks.get(inputs);
  if (!known || Date.now() - known.at > FORMER_LINKS_TTL_MS) {
    known = { at: Date.now(), links: linksOf(ctx, inputs) };
    formerLinks.set(inputs, known);
    // A read that failed is tried again by the next request.
    known.links.catch(() => formerLinks.delete(inputs));
  }
  return (await known.links).get(token);
}

/** The 410 page of `former`'s link, with the figures its form was sent with (none: a visit). */
export function answerUnlisted(
  ctx: ServeContext,
  reply: FastifyReply,
  former: { id: string } & FormerGroup,
  figures: readonly TypedFigure[],
) {
  const since = former.since === undefined ? undefined : wardTimeSaid(former.since);
  return reply
    .code(410)
    .header('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      unlistedPage(
        ctx.inputs().ward,
        former.name,
        since,
        figures,
        `${ctx.root}/assets/`,
        // The served inputs take figures only with a store and measures (app.ts).
        ctx.inputs().results !== undefined,
      ),
    );
}
