/**
 * Studio: the ward's logo, uploaded by the office into the campaign's folder. In: the uploaded
 * file's name and bytes. Out: `logo.png` or `logo.jpg` beside campaign.yaml and `assets.logo`
 * naming it, after the checks the CLI's build applies to a logo (layout/images.ts: a picture
 * sharp reads, of a kind the documents print) and the upload's own (PNG or JPEG by its content,
 * not its name; at most MAX_LOGO_MB). A refused file changes nothing; its problem names the file,
 * in Vietnamese, with what to do.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { isUserError } from '../errors.js';
import { prepareLogo } from '../layout/images.js';
import { campaignAssetPath } from '../load/campaign-assets.js';
import { formatName, tooManyPixels } from '../load/campaign-images.js';
import { imageHeader } from '../load/image-process.js';
import { msg } from '../messages/message.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { editCampaignDocument, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { inVietnamese, inVietnameseWithHint } from './messages.js';

/** A logo prints at most 1200 px a side (layout/images.ts): a photo of 10 MB is not a logo. */
export const MAX_LOGO_MB = 5;

/** The names the studio gives an uploaded logo (the one file it replaces or removes). */
const LOGO_NAMES = { png: 'logo.png', jpeg: 'logo.jpg' } as const;

export class LogoRefused extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

const sizeText = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

const HOW_TO_SAVE =
  'Hãy mở ảnh bằng Paint (hoặc ứng dụng Ảnh của điện thoại) và lưu lại dạng PNG hoặc JPEG, rồi tải lên lại.';

/** The picture's kind, from its content: PNG or JPEG, else the refusal. */
async function kindOf(fileName: string, bytes: Uint8Array): Promise<keyof typeof LOGO_NAMES> {
  if (bytes.length === 0) {
    throw new LogoRefused(`Tệp “${fileName}” trống (0 byte). Hãy chọn lại tệp ảnh logo.`);
  }
  if (bytes.length > MAX_LOGO_MB * 1024 * 1024) {
    throw new LogoRefused(
      `Tệp “${fileName}” nặng ${sizeText(bytes.length)}, quá mức ${MAX_LOGO_MB} MB cho một ảnh logo. Hãy thu nhỏ ảnh (khoảng 1000 điểm ảnh mỗi chiều là đủ in rõ) rồi tải lên lại.`,
    );
  }
  // Read as the build reads it (load/image-process.ts).
  const header = await imageHeader(bytes);
  if (!header) {
    throw new LogoRefused(
      `Tệp “${fileName}” không phải là ảnh đọc được (có thể tệp bị hỏng hoặc là loại tệp khác đổi đuôi). ${HOW_TO_SAVE}`,
    );
  }
  const { format, width, height } = header;
  if (format !== 'png' && format !== 'jpeg') {
    throw new LogoRefused(
      `Tệp “${fileName}” là ảnh ${format ? formatName(format) : 'không rõ loại'}, phần mềm chỉ nhận ảnh logo PNG hoặc JPEG. ${HOW_TO_SAVE}`,
    );
  }
  // A picture too large to print from is said so, with how to make it smaller (h-q10 item 6).
  const huge = tooManyPixels(width, height, msg`logo`, { file: fileName, field: 'assets.logo' });
  if (huge) throw new LogoRefused(`Tệp “${fileName}”: ${inVietnameseWithHint(huge)}`);
  return format;
}

/** The logo file campaign.yaml names now, if the studio made it (one of LOGO_NAMES). */
async function ownLogo(c: CampaignPaths): Promise<string | undefined> {
  const doc = parseDocument(await readCampaignText(c.file));
  const given = doc.getIn(['assets', 'logo']);
  return typeof given === 'string' && (Object.values(LOGO_NAMES) as string[]).includes(given)
    ? given
    : undefined;
}

/**
 * Checks the upload and makes it the campaign's logo; the previous logo file the studio made is
 * removed when the new one has another name (a PNG replaced by a JPEG).
 */
export async function uploadLogo(
  c: CampaignPaths,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const shown = basename(fileName.normalize('NFC')) || 'ảnh';
  const kind = await kindOf(shown, bytes);
  const name = LOGO_NAMES[kind];
  // The build's own check of a logo, on the file as the build will read it.
  const trial = join(c.folder, `.logo-upload-${process.pid}-${Date.now()}.${kind}`);
  await writeFile(trial, bytes);
  try {
    await prepareLogo(trial);
  } catch (e) {
    if (!isUserError(e)) throw e;
    throw new LogoRefused(`Tệp “${shown}”: ${inVietnamese(e)} ${HOW_TO_SAVE}`);
  } finally {
    await rm(trial, { force: true });
  }
  const before = await ownLogo(c);
  const target = join(c.folder, name);
  const existed = existsSync(target);
  await writeFileAtomic(target, bytes);
  await campaignAssetPath(c.file, 'logo', name);
  try {
    await editCampaignDocument(c.file, (doc) => {
      doc.setIn(['assets', 'logo'], name);
    });
  } catch (e) {
    // campaign.yaml could not take it (a file the office broke by hand): no new file left behind.
    if (!existed) await rm(target, { force: true });
    throw e;
  }
  if (before && before !== name) await rm(join(c.folder, before), { force: true });
  return name;
}

/** The campaign prints no logo any more; the file the studio made for it goes too. */
export async function removeLogo(c: CampaignPaths): Promise<void> {
  const before = await ownLogo(c);
  await editCampaignDocument(c.file, (doc) => {
    if (doc.hasIn(['assets', 'logo'])) doc.deleteIn(['assets', 'logo']);
    // A logo in the QR codes without a logo means nothing.
    if (doc.hasIn(['assets', 'logo_on_qr'])) doc.deleteIn(['assets', 'logo_on_qr']);
    const assets = doc.getIn(['assets'], true);
    if (isMap(assets) && assets.items.length === 0) doc.deleteIn(['assets']);
  });
  if (before) await rm(join(c.folder, before), { force: true });
}

/** The logo's file, inside the campaign's folder, when campaign.yaml names one. */
export async function logoPath(c: CampaignPaths): Promise<string | undefined> {
  const doc = parseDocument(await readCampaignText(c.file));
  const given = doc.getIn(['assets', 'logo']);
  if (typeof given !== 'string' || given === '') return undefined;
  return campaignAssetPath(c.file, 'logo', given).catch(() => undefined);
}
