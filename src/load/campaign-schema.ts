/**
 * Load stage: the schema of `campaign.yaml`. Field names are English; every printed value is the
 * campaign's own Vietnamese text. See README.md › Inputs for what each field prints as.
 */
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

const url = z.url({ protocol: /^https?$/, error: 'expected a full http(s):// URL' });
const text = z.string().min(1, 'must not be empty');

const link = z.object({ url, label: text });

export const campaignSchema = z.object({
  issued: isoDate,
  issuer: z.object({
    parent: z.string().default(''),
    name: z.array(text).min(1),
    ward: text,
    place: text,
    office: text,
    phone: z.string().default(''),
  }),
  notice: z.object({
    number: z.number().int().positive(),
    symbol: text,
    subject: text,
    recipients: z.array(text).min(1),
    body: text,
    signer: z.object({ lines: z.array(text).min(1), name: text }),
    cc: z.array(text).min(1),
  }),
  contest: z.object({
    name: text,
    platform: text,
    starts: isoDate,
    ends: isoDate,
    questions: z.number().int().positive(),
    share_message: text,
    certificate_button: text,
    support_phone: text,
    topics: z.array(text).min(1),
    eligible: z.array(text).min(1),
    rules: z.array(text).min(1),
    prizes: z.object({
      community: z.object({ title: text, detail: text }),
      individual: z.object({
        title: text,
        items: z.array(
          z.object({
            count: z.number().int().positive(),
            rank: text,
            amount: z.number().int().nonnegative(),
          }),
        ),
      }),
    }),
  }),
  links: z.record(z.string(), link),
  app: z.object({
    name: text,
    ios: link,
    android: link,
    qr_caption_ios: text,
    qr_caption_android: text,
  }),
  /** Images to print; `logo` is a path relative to campaign.yaml (see resolveAssetPaths). */
  assets: z
    .object({
      logo: text.optional(),
      /** Also print the logo in the centre of the poster's QR codes (they switch to level H). */
      logo_on_qr: z.boolean().default(false),
    })
    .optional(),
});

export type Campaign = z.infer<typeof campaignSchema>;

/** Asset paths made absolute against the campaign file's folder (for the loader to call). */
export function resolveAssetPaths(campaign: Campaign, campaignFile: string): Campaign {
  const logo = campaign.assets?.logo;
  if (!campaign.assets || !logo) return campaign;
  const assets = { ...campaign.assets, logo: resolve(dirname(campaignFile), logo) };
  return { ...campaign, assets };
}
