/**
 * Studio: the campaigns list (the home page).
 */
import type { FastifyInstance } from 'fastify';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { listCampaigns } from './campaign-folders.js';
import { html } from './html.js';
import { page } from './layout.js';

export function registerCampaignRoutes(app: FastifyInstance, ctx: StudioContext): void {
  app.get('/', async (req, reply) => {
    const session = sessionOf(req);
    const campaigns = await listCampaigns(ctx.campaignsDir);
    return sendPage(
      reply,
      page({
        title: 'Chiến dịch',
        session,
        body: html`<h1>Chiến dịch</h1>
${
  campaigns.length
    ? html`<ul class="list">${campaigns.map(
        (c) =>
          html`<li><a href="/c/${c.slug}">${c.subject}</a> <span class="muted">${c.issued}</span></li>`,
      )}</ul>`
    : html`<p>Chưa có chiến dịch nào.</p>`
}`,
      }),
    );
  });
}
