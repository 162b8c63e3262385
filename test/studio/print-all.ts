/**
 * "Tạo tệp in" as the office presses it: the build tab's own form posted, and, when the studio
 * asks first (a copy still dated as the earlier campaign, a campaign whose days are over: qa31
 * M3), the question page's own form ("Vẫn tạo tệp in") posted too. The example campaigns' contests ended
 * in 2025, so every build of them is asked. Confirmed only when the question is right to ask: it
 * names a copy's earlier campaign, or an end day before today; a question about anything else (a
 * campaign still running asked about: review39 #5) fails the test instead of being answered.
 */
import { wardDay } from '../../src/ward-time.js';
import { browserForm } from '../support/browser-form.js';
import { type Answer, type Client, plainText } from './studio.js';

/** Why the question page `text` asks, when it is right to: else an error naming what it said. */
function rightToAsk(text: string): void {
  const said = plainText(text);
  if (/mọi văn bản sẽ in .* của chiến dịch “/.test(said)) return;
  const ended = /đã kết thúc ngày (\d\d)\/(\d\d)\/(\d{4})/.exec(said);
  if (ended && `${ended[3]}-${ended[2]}-${ended[1]}` < wardDay()) return;
  throw new Error(`"Tạo tệp in" asked about a campaign neither a copy nor over: ${said}`);
}

/** The answer to "Tạo tệp in" on campaign `slug`, with `fields` chosen on the form, confirmed. */
export async function pressPrintAll(
  c: Client,
  slug: string,
  fields: Record<string, string> = {},
): Promise<Answer> {
  const path = `/c/${slug}/build`;
  const ours = (f: { attribs: Record<string, string> }) => f.attribs.action === path;
  const tab = await c.get(path);
  const res = await c.postRaw(path, { ...browserForm(tab.text, ours).fields, ...fields });
  if (res.status !== 200 || !res.text.includes('Vẫn tạo tệp in')) return res;
  rightToAsk(res.text);
  return c.postRaw(path, browserForm(res.text, ours).fields);
}
