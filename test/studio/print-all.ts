/**
 * "In tất cả" as the office presses it: the build tab's own form posted, and, when the studio
 * asks first (a copy still dated as the earlier campaign, a contest already over: qa31 M3), the
 * question page's own form ("Vẫn in") posted too. The example campaigns' contests ended in 2025,
 * so every build of them is asked.
 */
import { browserForm } from '../support/browser-form.js';
import type { Answer, Client } from './studio.js';

/** The answer to "In tất cả" on campaign `slug`, with `fields` chosen on the form, confirmed. */
export async function pressPrintAll(
  c: Client,
  slug: string,
  fields: Record<string, string> = {},
): Promise<Answer> {
  const path = `/c/${slug}/build`;
  const ours = (f: { attribs: Record<string, string> }) => f.attribs.action === path;
  const tab = await c.get(path);
  const res = await c.postRaw(path, { ...browserForm(tab.text, ours).fields, ...fields });
  if (res.status !== 200 || !res.text.includes('Vẫn in')) return res;
  return c.postRaw(path, browserForm(res.text, ours).fields);
}
