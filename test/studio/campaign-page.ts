/**
 * The campaign's edit form as the office's browser sends it: the page /c/<slug> opened by the
 * client, its own form's fields read from the page's HTML (support/browser-form.ts), never made
 * by the studio's own code (campaignForm), so a field the page no longer sends is not sent.
 */
import { browserForm } from '../support/browser-form.js';
import { type Answer, type Client, plainText } from './studio.js';

/** The fields of the edit form of campaign `slug` as its page (HTML) `page` would send them. */
export const campaignPageFields = (page: string, slug: string) =>
  browserForm(page, (f) => f.attribs.action === `/c/${slug}`).fields;

/** The edit page of campaign `slug` opened now by `client`: its fields as the browser sends them. */
export async function openCampaignPage(
  client: Client,
  slug = 'hai-phong',
): Promise<Record<string, string>> {
  const page = await client.get(`/c/${slug}`);
  if (page.status !== 200) throw new Error(`/c/${slug} answered ${page.status}`);
  return campaignPageFields(page.text, slug);
}

/** The edit page of campaign `slug` opened now, `changes` typed into it, and Lưu pressed. */
export async function saveCampaignPage(
  client: Client,
  slug = 'hai-phong',
  changes: Record<string, string> = {},
): Promise<Answer> {
  return client.postRaw(`/c/${slug}`, { ...(await openCampaignPage(client, slug)), ...changes });
}

/**
 * The Chỉ tiêu field changed to `measures` where groups reported on a line taken out: Lưu, then
 * "Vẫn lưu" pressed on the page that asked (409) — its form as typed, with the button's name and
 * value, which a browser sends for the button pressed (browserForm leaves buttons out). Both
 * answers are returned, for the caller to check.
 */
export async function saveMeasuresAnyway(
  client: Client,
  slug: string,
  measures: string,
): Promise<{ asked: Answer; saved: Answer }> {
  const asked = await saveCampaignPage(client, slug, { measures });
  const saved = await client.postRaw(`/c/${slug}`, {
    ...campaignPageFields(asked.text, slug),
    _measures_ok: '1',
  });
  return { asked, saved };
}

/** The text of the label of the edit page's field `id` ("f-hotlines"), as the office reads it. */
export const fieldLabel = (page: string, id: string) =>
  plainText(
    new RegExp(`<label[^>]*for="${id}"[^>]*>([\\s\\S]*?)</label>`).exec(page)?.[1] ?? '',
  ).trim();
