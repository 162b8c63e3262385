/**
 * Studio: the ward's logo and the campaign's map (a muster point's, qa40 M5), uploaded by the
 * office into the campaign's folder. In: the uploaded file's name and bytes. Out: `logo.png` or
 * `logo.jpg` beside campaign.yaml and `assets.logo` naming it (the map: `so-do.png`/`so-do.jpg`
 * and `assets.map.file`, its caption kept), after the checks the CLI's build applies to the
 * picture (layout/images.ts: a picture sharp reads, of a kind the documents print) and the
 * upload's own (PNG or JPEG by its content, not its name; at most MAX_LOGO_MB). A refused file
 * changes nothing; its problem names the file, in Vietnamese, with what to do.
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Document, isMap, isScalar, parseDocument } from 'yaml';
import { isUserError } from '../errors.js';
import { prepareLogo, prepareMap } from '../layout/images.js';
import { campaignAssetPath } from '../load/campaign-assets.js';
import { ASSET_NAMES, formatName, tooManyPixels } from '../load/campaign-images.js';
import { imageHeader } from '../load/image-process.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { editCampaignDocument, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { inVietnamese, inVietnameseWithHint } from './messages.js';

/**
 * A logo or map prints at most 1200 px a side (layout/images.ts): a photo of 10 MB is neither.
 */
export const MAX_LOGO_MB = 5;

/** The pictures the office uploads from the campaign's form. */
export type StudioPicture = 'logo' | 'map';

/**
 * Each picture: the names the studio gives its upload (the one file it replaces or removes),
 * where campaign.yaml names it, how a refusal calls it, and the build's own preparation of it.
 */
const PICTURES = {
  logo: {
    names: { png: 'logo.png', jpeg: 'logo.jpg' },
    path: ['assets', 'logo'],
    word: 'ảnh logo',
    prepare: prepareLogo,
  },
  map: {
    names: { png: 'so-do.png', jpeg: 'so-do.jpg' },
    path: ['assets', 'map', 'file'],
    word: 'ảnh sơ đồ',
    prepare: prepareMap,
  },
} as const;

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
async function kindOf(
  picture: StudioPicture,
  fileName: string,
  bytes: Uint8Array,
): Promise<'png' | 'jpeg'> {
  const { word } = PICTURES[picture];
  if (bytes.length === 0) {
    throw new LogoRefused(`Tệp “${fileName}” trống (0 byte). Hãy chọn lại tệp ${word}.`);
  }
  if (bytes.length > MAX_LOGO_MB * 1024 * 1024) {
    throw new LogoRefused(
      `Tệp “${fileName}” nặng ${sizeText(bytes.length)}, quá mức ${MAX_LOGO_MB} MB cho một ${word}. Hãy thu nhỏ ảnh (khoảng 1000 đến 2000 điểm ảnh mỗi chiều là đủ in rõ) rồi tải lên lại.`,
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
      `Tệp “${fileName}” là ảnh ${format ? formatName(format) : 'không rõ loại'}, phần mềm chỉ nhận ${word} PNG hoặc JPEG. ${HOW_TO_SAVE}`,
    );
  }
  // A picture too large to print from is said so, with how to make it smaller (h-q10 item 6).
  const huge = tooManyPixels(width, height, ASSET_NAMES[picture], {
    file: fileName,
    field: `assets.${picture}`,
  });
  if (huge) throw new LogoRefused(`Tệp “${fileName}”: ${inVietnameseWithHint(huge)}`);
  return format;
}

/**
 * The picture's file as campaign.yaml names it: `assets.logo`; the map's `assets.map.file`, or
 * `assets.map` written as a file name alone (by hand, or with the CLI).
 */
function givenFile(doc: Document, picture: StudioPicture): unknown {
  if (picture === 'map' && isScalar(doc.getIn(['assets', 'map'], true)))
    return doc.getIn(['assets', 'map']);
  return doc.getIn(PICTURES[picture].path);
}

/** The picture's file campaign.yaml names now, if the studio made it (one of its names). */
async function ownPicture(c: CampaignPaths, picture: StudioPicture): Promise<string | undefined> {
  const given = givenFile(parseDocument(await readCampaignText(c.file)), picture);
  return typeof given === 'string' &&
    (Object.values(PICTURES[picture].names) as string[]).includes(given)
    ? given
    : undefined;
}

/**
 * Checks the upload and makes it the campaign's logo; the previous logo file the studio made is
 * removed when the new one has another name (a PNG replaced by a JPEG).
 */
export function uploadLogo(c: CampaignPaths, fileName: string, bytes: Uint8Array): Promise<string> {
  return uploadPicture(c, 'logo', fileName, bytes);
}

/** Checks the upload and makes it the campaign's picture (its logo, or its map), as uploadLogo. */
export async function uploadPicture(
  c: CampaignPaths,
  picture: StudioPicture,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const shown = basename(fileName.normalize('NFC')) || 'ảnh';
  const kind = await kindOf(picture, shown, bytes);
  const { names, path, prepare } = PICTURES[picture];
  const name = names[kind];
  // The build's own check of the picture, on the file as the build will read it.
  const trial = join(c.folder, `.${picture}-upload-${process.pid}-${Date.now()}.${kind}`);
  await writeFile(trial, bytes);
  try {
    await prepare(trial);
  } catch (e) {
    if (!isUserError(e)) throw e;
    throw new LogoRefused(`Tệp “${shown}”: ${inVietnamese(e)} ${HOW_TO_SAVE}`);
  } finally {
    await rm(trial, { force: true });
  }
  const before = await ownPicture(c, picture);
  const target = join(c.folder, name);
  const existed = existsSync(target);
  await writeFileAtomic(target, bytes);
  await campaignAssetPath(c.file, picture, name);
  try {
    await editCampaignDocument(c.file, (doc) => {
      // A map given as a file name alone becomes a file and its caption.
      if (picture === 'map' && isScalar(doc.getIn(['assets', 'map'], true)))
        doc.deleteIn(['assets', 'map']);
      doc.setIn(path, name);
    });
  } catch (e) {
    // campaign.yaml could not take it (a file the office broke by hand): no new file left behind.
    if (!existed) await rm(target, { force: true });
    throw e;
  }
  if (before && before !== name) await rm(join(c.folder, before), { force: true });
  return name;
}

/** The campaign prints the picture no more (a map: with its caption); the studio's file goes too. */
export async function removePicture(c: CampaignPaths, picture: StudioPicture): Promise<void> {
  const before = await ownPicture(c, picture);
  await editCampaignDocument(c.file, (doc) => {
    if (doc.hasIn(['assets', picture])) doc.deleteIn(['assets', picture]);
    // A logo in the QR codes without a logo means nothing.
    if (picture === 'logo' && doc.hasIn(['assets', 'logo_on_qr']))
      doc.deleteIn(['assets', 'logo_on_qr']);
    const assets = doc.getIn(['assets'], true);
    if (isMap(assets) && assets.items.length === 0) doc.deleteIn(['assets']);
  });
  if (before) await rm(join(c.folder, before), { force: true });
}

/** The picture's file, inside the campaign's folder, when campaign.yaml names one. */
export async function picturePath(
  c: CampaignPaths,
  picture: StudioPicture,
): Promise<string | undefined> {
  const given = givenFile(parseDocument(await readCampaignText(c.file)), picture);
  if (typeof given !== 'string' || given === '') return undefined;
  return campaignAssetPath(c.file, picture, given).catch(() => undefined);
}

/** The picture as the documents print it (the build's own preparation). */
export function preparedPicture(path: string, picture: StudioPicture): Promise<Uint8Array> {
  return PICTURES[picture].prepare(path);
}
