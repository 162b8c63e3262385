/**
 * Studio: the campaigns — the list (home page), a new one (from scratch, as a copy of an earlier
 * one, or from a Word notice when an importer is plugged in), the edit form with the loader's
 * problems next to their fields, and the campaign folder as a ZIP.
 */

import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Document, isMap, isScalar } from 'yaml';
import { isUserError, type UserError } from '../errors.js';
import { KINDS } from '../kinds/registry.js';
import { isOwnPlaceholderWarning } from '../load/campaign-checks.js';
import { legacyTextRefusal } from '../load/campaign-legacy.js';
import { isOldFontRefusal } from '../load/docx/legacy-text.js';
import { withoutListMark } from '../load/list-marks.js';
import { symbolInCapitals } from '../load/notice-type.js';
import { documentNumber, upperFirst } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { unitTermOf } from '../model/unit-term.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { SCHEDULE_PLACE_HINT, SCHEDULE_TABLE_HINT } from '../output/schedule-table.js';
import { type Picture, unprintedPicture } from '../output/skipped-kinds.js';
import { storedZip } from '../output/stored-zip.js';
import { unrankedSaid, unrankedWhy } from '../results/unranked.js';
import { contentDisposition } from '../serve/disposition.js';
import { CAMPAIGN_VALUE } from '../template/handlebars.js';
import { wardDay, wardTimeSaid } from '../ward-time.js';
import type { Session } from './accounts.js';
import { type RefusedPost, type StudioContext, sendPage, sessionOf } from './app.js';
import {
  appendixEntries,
  FIELDS,
  type FieldDef,
  fieldId,
  fieldName,
  fieldOf,
  ITEM_FIELDS,
  measureLine,
  postedAppendix,
  type RetiredMeasure,
  SECTIONS,
} from './campaign-fields.js';
import {
  campaignForm,
  campaignVersion,
  checkCampaignText,
  editCampaignDocument,
  keysNotShown,
  measuresDropped,
  measuresRetargeted,
  readCampaignText,
  saveCampaignForm,
} from './campaign-file.js';
import {
  type CampaignPaths,
  type CampaignSummary,
  campaignExists,
  campaignPaths,
  campaignSlug,
  cutSlug,
  GROUPS_FILES,
  holdsRosters,
  isSlug,
  listCampaigns,
  NAME_FILE,
  OUT_DIR,
  sameName,
  staysInFolder,
  writeCampaignName,
} from './campaign-folders.js';
import { newCampaignId, setCampaignId, withIdLine } from './campaign-id.js';
import { campaignList, type LeadersNow } from './campaign-list.js';
import { areaColumnsOf, type ColumnNote, columnPicks, groupColumnsOf } from './column-picks.js';
import {
  type CopyItem,
  type CopyReview,
  copyReviewOf,
  ownLines,
  ROSTERS_ITEM,
  rememberCopy,
  reviewSaved,
} from './copy-review.js';
import { carryRosters, rosterRows } from './copy-rosters.js';
import { type OldDaySaid, oldDaySaid } from './deadline-moved.js';
import {
  type DeletedCampaign,
  deletedEntry,
  deletedPaths,
  isDeletedSlug,
  KEEP_DAYS,
  listDeleted,
  purgeDeleted,
} from './deleted-campaigns.js';
import { holdsNames, recordDownload } from './download-log.js';
import { type HelpWords, spokenHelp } from './field-words.js';
import { readDate, shownDate } from './form-dates.js';
import {
  type BothAsked,
  type BothChanged,
  decodeBothAsked,
  decodeFormBase,
  encodeBothAsked,
  encodeFormBase,
  mergeForm,
  pickName,
} from './form-merge.js';
import { campaignTerm } from './group-term.js';
import {
  type ListOrigin,
  listBracketed,
  listOriginOf,
  listOrigins,
  listSaid,
  newerList,
  takeList,
  writeListOrigin,
} from './groups-origin.js';
import { groupsReportOf } from './groups-read.js';
import { groupsBytesToShare, keepReadSheetsOf, sharedGroupsName } from './groups-sheets.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html } from './html.js';
import { subjectTitle, TITLE_WORDS, titleNote } from './imported-title.js';
import {
  campaignHeader,
  csrfField,
  fieldMarks,
  notice,
  noticeList,
  page,
  refusal,
  statusPage,
} from './layout.js';
import { ListFigures } from './list-figures.js';
import {
  LogoRefused,
  MAX_LOGO_MB,
  picturePath,
  preparedPicture,
  removePicture,
  type StudioPicture,
  uploadPicture,
} from './logo.js';
import {
  besideField,
  inFieldText,
  inVietnamese,
  inVietnameseWithFormHint,
  withFieldName,
} from './messages.js';
import { refuseLinks } from './no-links.js';
import { isImportedTitleNote, type NoticeImporter } from './notice-import.js';
import { type Overwrite, recordOverwrites, takeOverwritesOf } from './overwritten.js';
import { noteUnprintedSave, onlyUnprinted, printedEditOf } from './prints-old.js';
import { requiredBecause } from './required-because.js';
import { keepBasesOf, readRetired, rememberRetired, reportedOn } from './retired-measures.js';
import { skeletonCampaign } from './skeleton.js';
import { diffHtml } from './text-diff.js';
import { TYPED_TERM_FIELD } from './typed-term-warning.js';
import { unfilledFields } from './unfilled.js';
import { unlistedNotes } from './unlisted-notes.js';
import { type WebOverride, webOverrides, webOverridesNotice } from './web-overrides.js';

/** A file field of a multipart form, as @fastify/multipart attaches it to the body. */
interface Upload {
  filename?: string;
  toBuffer?: () => Promise<Buffer>;
}

/** Viet Nam's day (before 07:00 there, the UTC day is still yesterday). */
const today = () => wardDay();

/** The campaign named in the URL, or a 404 (a slug is never a path: see isSlug). */
export function campaignOf(ctx: StudioContext, req: FastifyRequest) {
  const { slug } = req.params as { slug: string };
  if (!campaignExists(ctx.campaignsDir, slug)) return undefined;
  // A folder holding a symbolic link is not read: the page says which (no-links.ts).
  refuseLinks(join(ctx.campaignsDir, slug), `campaigns/${slug}`);
  return campaignPaths(ctx.campaignsDir, slug);
}

/**
 * What the campaign is called on its pages (their heading and title): its short name (Tên ngắn),
 * else the name the office typed on Chiến dịch mới, else — a folder made by hand — its subject,
 * whole (a screen reader reads all of it, and two subjects alike in their first 60 characters
 * are told apart: qa30 4); the heading shows it whole, the title shortened (layout.ts `headAndTail`).
 */
export function campaignName(
  form: Record<string, string>,
  c: { slug: string; name?: string },
): string {
  const subject = form['notice.subject'] ?? '';
  return form.title || c.name || (subject && headingOf(subject)) || c.slug;
}

/** "phòng, chống sốt xuất huyết…" → "Phòng, chống sốt xuất huyết…", on one line. */
function headingOf(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return upperFirst(one);
}

/** A help longer than this shows its first sentence, the rest folded under "Xem thêm". */
const LONG_HELP = 150;

/**
 * A field's help: a short one whole; a long one (the body's Markdown marks, the actions' column
 * titles…) its first sentence, what the field is, ending in "Xem thêm", which shows the rest (a
 * <details> whose summary is that sentence: no line of its own), open when the field has a
 * problem (the rest often says how to write it): on a phone the edit page was ~13,000 px tall,
 * a third of it help. Both parts describe the field (`ids`), folded or not.
 */
function fieldHelp(id: string, help: string, open: boolean): { html: Html; ids: string[] } {
  const first = help.length > LONG_HELP ? firstSentence(help) : undefined;
  if (!first) return { html: html`<p class="help" id="${id}">${help}</p>`, ids: [id] };
  const more = `${id}-more`;
  return {
    html: html`<details class="more-help"${open ? html` open` : ''}><summary class="help"><span id="${id}">${first}</span> <span class="more">Xem thêm</span></summary><p class="help" id="${more}">${help.slice(first.length).trim()}</p></details>`,
    ids: [id, more],
  };
}

/**
 * The first sentence of `text` when at least a few words and the rest a sentence or more:
 * it ends at a full stop or "…" followed by a space and a capital, a quote or a placeholder.
 */
function firstSentence(text: string): string | undefined {
  const end = /[.…](?=\s+[\p{Lu}“"({])/gu;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const at = m.index + 1;
    if (at >= 20 && text.length - at >= 40) return text.slice(0, at);
  }
  return undefined;
}

function fieldInput(
  d: FieldDef,
  value: string,
  errors: readonly string[] | undefined,
  picks: Html | '' = '',
  notes: readonly string[] = [],
): Html {
  const id = fieldId(d);
  const name = fieldName(d);
  const error = errors?.length ? errors : undefined;
  const help = d.help ? fieldHelp(`${id}-help`, d.help, !!error) : undefined;
  const aria = fieldMarks([...(help?.ids ?? []), ...notes], error ? `${id}-error` : undefined);
  if (d.type === 'appendix') return appendixField(d, value, error, help);
  const rows = Math.min(12, Math.max(3, value.split('\n').length + 1));
  const input =
    d.type === 'checkbox'
      ? html`<label class="check"><input type="checkbox" id="${id}" name="${name}" value="1"${value === '1' ? html` checked` : ''}> ${d.label}</label>`
      : d.type === 'body'
        ? html`<textarea id="${id}" name="${name}" class="body" spellcheck="false"${aria}>${value}</textarea>`
        : ['lines', 'actions', 'links', 'measures', 'prizes'].includes(d.type)
          ? html`<textarea id="${id}" name="${name}" rows="${rows}"${aria}>${value}</textarea>`
          : html`<input id="${id}" name="${name}" value="${value}"${inputKind(d)}${aria}>`;
  return html`<div class="field${error ? ' invalid' : ''}">
${d.type === 'checkbox' ? '' : html`<label for="${id}">${d.label}</label>`}
${help?.html ?? ''}
${input}
${picks}
${error ? html`<p class="field-error" id="${id}-error">${error.map((t) => html`<span>${t}</span>`)}</p>` : ''}
</div>`;
}

/**
 * The notice's own appendices (notice.appendix): each one its title (two rows: a title printed
 * over two lines keeps its break) and its text (a box as the body's, tables pasted from Word
 * kept), in a group of its own named "Phụ lục 1"…, and
 * one empty group more to add the next: a field as the office knows "Kính gửi" and "Nơi nhận",
 * written as campaign.yaml's list when saved. Emptied, an appendix is taken out.
 */
function appendixField(
  d: FieldDef,
  value: string,
  error: readonly string[] | undefined,
  help: { html: Html; ids: string[] } | undefined,
): Html {
  const id = fieldId(d);
  const name = fieldName(d);
  const list = [...appendixEntries(value), { title: '', body: '' }];
  const described = (own: string) =>
    html` aria-describedby="${[own, ...(help?.ids ?? []), ...(error ? [`${id}-error`] : [])].join(' ')}"${error ? html` aria-invalid="true"` : ''}`;
  return html`<div class="field appendix-field${error ? ' invalid' : ''}" id="${id}" tabindex="-1">
<p class="field-label">${d.label}</p>
${help?.html ?? ''}
${list.map((a, i) => {
  const last = i === list.length - 1;
  const heading = last ? (i === 0 ? 'Thêm phụ lục' : 'Thêm một phụ lục nữa') : `Phụ lục ${i + 1}`;
  const own = `${id}-${i}-note`;
  return html`<fieldset class="appendix">
<legend>${heading}</legend>
<p class="help" id="${own}">${last ? 'Để trống nếu không cần. Ghi tên và nội dung rồi bấm Lưu; sau khi lưu có thêm chỗ cho phụ lục tiếp theo.' : 'Xoá cả tên lẫn nội dung rồi bấm Lưu để bỏ phụ lục này.'}</p>
<label for="${id}-${i}-title">Tên phụ lục</label>
<textarea id="${id}-${i}-title" name="${name}.${i}.title" class="appendix-title" rows="2" placeholder="Ví dụ: DANH SÁCH GIẤY TỜ CẦN MANG THEO"${described(own)}>${a.title}</textarea>
<label for="${id}-${i}-body">Nội dung phụ lục</label>
<textarea id="${id}-${i}-body" name="${name}.${i}.body" class="appendix-body" spellcheck="false" rows="${Math.min(16, Math.max(5, a.body.split('\n').length + 1))}"${described(own)}>${a.body}</textarea>
</fieldset>`;
})}
${error ? html`<p class="field-error" id="${id}-error">${error.map((t) => html`<span>${t}</span>`)}</p>` : ''}
</div>`;
}

/**
 * What most offices never fill, folded so the form is not a wall on a phone (qa: ~11,400 px of
 * it; 11,800 with the notice's marks and the report's address): whole parts by their key (the
 * fold's summary), and the clerk's rarer fields of the notice, gathered at the end of their part.
 * A fold starts open when one of its fields is set or refused: nothing set is hidden, no error
 * folded away.
 */
const FOLDED_PARTS: Record<string, string | undefined> = {
  payment: 'Chuyển khoản (nếu có)',
  // The report's address only: its deadline is beside the measures, in sight (qa56 p8).
  report: 'Báo cáo kết quả gửi cấp trên',
  // A campaign without a contest or an app (most of them: a health drive, VNeID, a fund) had
  // their 26 empty fields open, ~2,700 px of a phone's form (h-ux).
  contest: 'Cuộc thi (nếu có): trang thi, ngày thi, thể lệ, giải thưởng',
  app: 'Ứng dụng (nếu có): tên, địa chỉ tải trên App Store, Google Play',
};
const FOLDED_FIELDS: readonly { summary: string; names: ReadonlySet<string> }[] = [
  {
    summary: 'Thêm cho văn thư: độ mật, phạm vi lưu hành, cỡ chữ, phụ lục',
    names: new Set(['notice.secrecy', 'notice.circulation', 'notice.bodySize', 'notice.appendix']),
  },
  // An awareness campaign's points to know (qa56 M6): most campaigns have steps instead.
  {
    summary: 'Điều cần biết (tuyên truyền, nếu có)',
    names: new Set(['points']),
  },
];
const isFolded = (field: string): boolean => FOLDED_FIELDS.some((g) => g.names.has(field));

/** An upload's refusal, or what was just done with the picture (and whether anything prints it). */
type PictureSaid = { error?: string; done?: 'uploaded' | 'removed'; printed?: boolean };

/** The form's fields that are an uploaded picture, by field name. */
const PICTURE_OF: Record<string, StudioPicture> = {
  'assets.logo': 'logo',
  'assets.map.file': 'map',
};

/** What the edit page says of each uploaded picture: its field's words. */
const PICTURE_FIELD: Record<
  StudioPicture,
  { help: string; none: string; alt: string; remove: string }
> = {
  logo: {
    help: `Ảnh PNG hoặc JPEG, tối đa ${MAX_LOGO_MB} MB, in trên áp phích và ảnh áp phích của chiến dịch. Chọn ảnh rồi bấm “Tải ảnh lên”; ảnh mới thay ảnh cũ. Các mục khác vừa sửa trên trang được lưu cùng lúc.`,
    none: 'Chưa có logo.',
    alt: 'Logo đang dùng',
    remove: 'Xoá logo',
  },
  map: {
    help: `Ảnh PNG hoặc JPEG, tối đa ${MAX_LOGO_MB} MB, ví dụ sơ đồ điểm tập kết: in trên tờ rơi (dưới thời gian, địa điểm) và ở trang Phụ lục của thông báo. Nên dùng ảnh có cạnh dài ít nhất 600 điểm ảnh để in rõ. Chọn ảnh rồi bấm “Tải ảnh lên”; ảnh mới thay ảnh cũ. Các mục khác vừa sửa trên trang được lưu cùng lúc.`,
    none: 'Chưa có sơ đồ, hình ảnh.',
    alt: 'Sơ đồ đang dùng',
    remove: 'Xoá ảnh',
  },
};

/**
 * An uploaded picture (the logo, the map): the picture in use, a file to upload (PNG or JPEG) and
 * a button to remove it. Its buttons belong to their own forms (`form=`): the upload is a file,
 * the campaign form is text. The file's name stays in the campaign form as a hidden field, so
 * saving the form keeps it.
 */
function pictureField(
  slug: string,
  picture: StudioPicture,
  d: FieldDef,
  value: string,
  errors: readonly string[],
): Html {
  const error = errors.length ? errors : undefined;
  const words = PICTURE_FIELD[picture];
  const id = `f-assets-${picture}`;
  const help = fieldHelp(`${id}-help`, words.help, !!error);
  return html`<div class="field logo-field${error ? ' invalid' : ''}">
<label for="${id}-file">${d.label}</label>
${help.html}
<input type="hidden" name="${fieldName(d)}" value="${value}">
${
  value
    ? html`<p class="logo-now"><img class="logo-thumb" src="/c/${slug}/${picture}?v=${encodeURIComponent(value)}" alt="${words.alt}" width="96" height="96"> Đang dùng: ${value}</p>`
    : html`<p class="muted">${words.none}</p>`
}
<input type="file" id="${id}-file" name="${picture}" accept="image/png,image/jpeg,.png,.jpg,.jpeg" form="${picture}-form" aria-describedby="${[...help.ids, ...(error ? [`${id}-error`] : [])].join(' ')}"${error ? html` aria-invalid="true"` : ''}>
<div class="row-actions"><button type="submit" class="secondary" form="${picture}-form">Tải ảnh lên</button>${value ? html` <button type="submit" class="secondary" form="${picture}-remove">${words.remove}</button>` : ''}</div>
${error ? html`<p class="field-error" id="${id}-error">${error.map((t) => html`<span>${t}</span>`)}</p>` : ''}
</div>`;
}

/** The keyboard a phone shows for a field (text fields need no attribute). */
function inputKind(d: FieldDef): Html | string {
  if (d.type === 'number') return html` inputmode="numeric"`;
  if (d.type === 'date')
    return html` inputmode="numeric" placeholder="ngày/tháng/năm" autocomplete="off"`;
  // The list's columns offered as the field is typed in (column-picks.ts `columnChoices`).
  if (fieldName(d) === 'totals_by') return html` list="${fieldId(d)}-columns" autocomplete="off"`;
  return '';
}

/** The loader's problems by form field; those of no field are listed above the form. */
function placeProblems(
  errors: readonly UserError[],
  term: GroupTerm,
  form: Record<string, string>,
) {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const e of errors) {
    const d = fieldOf(e.where.field);
    // A field only another one requires says which, not a bare "Không được để trống".
    const said = () => requiredBecause(e, form) ?? besideField(e, term);
    if (d) byField.set(fieldName(d), [...(byField.get(fieldName(d)) ?? []), said()]);
    else other.push(inVietnamese(e, term));
  }
  return { byField, other };
}

/**
 * The form's problems at its top: how many, and each field that has one named and linked (on a
 * phone the field may be 40 fields down); the page's script moves the focus here. `stored`: the
 * problems are the saved file's (the page opened, not a save refused), found against what
 * changed since (a groups list uploaded after it): the text is saved, it only does not print yet
 * (qa8 S3: "Chưa lưu" made the clerk believe her work was lost).
 */
function problemSummary(
  byField: Map<string, string[]>,
  other: readonly string[],
  stored: boolean,
): Html {
  const count = [...byField.values()].reduce((n, list) => n + list.length, 0) + other.length;
  const fields = FIELDS.filter((d) => byField.has(fieldName(d)));
  const said = stored
    ? `Đã lưu, nhưng cần sửa trước khi in: có ${count} chỗ`
    : `Chưa lưu: có ${count} chỗ cần sửa`;
  return html`<div class="notice error" role="alert" id="problems" tabindex="-1">
<p>${said}${fields.length ? ', ở các mục:' : '.'}</p>
${fields.length ? html`<ul class="problem-fields">${fields.map((d) => html`<li><a href="#${fieldId(d)}">${d.label}</a>${(byField.get(fieldName(d))?.length ?? 0) > 1 ? ` (${byField.get(fieldName(d))?.length} chỗ)` : ''}</li>`)}</ul>` : ''}
${other.map((t) => html`<p>${t}</p>`)}
</div>`;
}

/**
 * The campaign's warnings above its form: one box, its points listed when there are several
 * (h-ux: a new campaign opened on seven boxes, ~700 px before its first field).
 */
function warningsNotice(warnings: readonly UserError[], term: GroupTerm): Html | string {
  const points = [
    ...unfilledPoint(warnings),
    ...warnings.filter((w) => !isOwnUnfilled(w, warnings)).map((w) => warningText(w, term)),
  ];
  const [one] = points;
  if (!one) return '';
  if (points.length === 1) return notice('info', one);
  return noticeList('info', `Lưu ý trước khi in (${points.length} mục):`, points);
}

/** Whether `w` is one of several fields holding the tool's own placeholder (said together). */
const isOwnUnfilled = (w: UserError, all: readonly UserError[]): boolean =>
  isOwnPlaceholderWarning(w) && all.filter(isOwnPlaceholderWarning).length > 1;

/**
 * The fields still holding the tool's own placeholders, in one point: a new campaign said
 * "…: chưa tạo được tệp in nào cho đến khi điền. Hãy ghi nội dung thật vào chỗ đó." four
 * times, once a field (h-ux2).
 */
function unfilledPoint(warnings: readonly UserError[]): string[] {
  if (!warnings.some((w) => isOwnUnfilled(w, warnings))) return [];
  const fields = unfilledFields(warnings.filter(isOwnPlaceholderWarning));
  const named = fields.map((f) => `“${f.label}” (đang là “${f.holds}”)`).join(', ');
  return [
    `Còn ${fields.length} mục chưa điền: ${named}. Chữ trong ngoặc chỉ đánh dấu chỗ cần điền: chưa tạo được tệp in nào cho đến khi ghi nội dung thật vào các mục đó.`,
  ];
}

/**
 * The warnings said at their field too, below it, where the office types the fix: the typed
 * "Tên gọi các tổ" that calls some groups' heads by another unit's word (qa59 M4).
 */
function fieldWarnings(d: FieldDef, warnings: readonly UserError[], term: GroupTerm): Html | '' {
  if (fieldName(d) !== TYPED_TERM_FIELD) return '';
  const own = warnings.filter((w) => w.where.field === TYPED_TERM_FIELD);
  if (own.length === 0) return '';
  return html`<p class="field-warning" id="${fieldId(d)}-warning">${own.map((w) => html`<span>${inFieldText(w, term)}</span>`)}</p>`;
}

/** A warning of the campaign, named with the form's field that holds what it is about. */
export function warningText(w: UserError, term: GroupTerm): string {
  const d = fieldOf(w.where.field);
  // A tổ's day or hour the notice's schedule table says otherwise (a column of the list, no
  // field of the form): with what to do, as check says it (qa53).
  if (!d)
    return w.hintText?.key === SCHEDULE_TABLE_HINT.key ||
      w.hintText?.key === SCHEDULE_PLACE_HINT.key
      ? inVietnameseWithFormHint(w, term)
      : inVietnamese(w, term);
  // A field's text (a line of the body) says its line there; a field as a whole, its label.
  if (w.where.file === CAMPAIGN_VALUE) return withFieldName(d.label, w, term);
  // With what to do, when the hint says it in the form's words (a picture too small to print
  // sharp: what to use instead; "Như trên" with no "Kính gửi": what to write; qa17).
  return `Mục “${d.label}”: ${inVietnameseWithFormHint(w, term)}`;
}

/** What the file holds that the form does not show: named, and kept in the file. */
function hiddenKeys(keys: readonly string[]): Html | string {
  if (keys.length === 0) return '';
  return notice(
    'info',
    html`Tệp campaign.yaml có ${keys.length} mục không hiện trên biểu mẫu này: ${keys.map((k, i) => html`${i ? ', ' : ''}<code>${k}</code>`)}. Khi lưu, các mục này được giữ nguyên trong tệp; muốn sửa, hãy mở tệp bằng trình soạn thảo (tải về ở “Tải thư mục chiến dịch”).`,
  );
}

/**
 * The note after a save whose notice is dated after today (qa26 F8: a corrected notice dated
 * 08/12/2026 saved on 05/12/2026 without a word; the results report made before that day was
 * dated before the notice it reports on). Undefined for a day today or before, or not whole.
 */
export function issuedAhead(issued: string, today: string): string | undefined {
  // Read as the form reads the field ("5/12/2026", "05.12.2026" too); a month alone is no day.
  const day = readDate(issued);
  if (!('iso' in day) || day.iso.length !== 10 || day.iso <= today) return undefined;
  return `Ngày ban hành ${shownDate(day.iso)} là sau hôm nay (${shownDate(today)}): văn bản in ngày đó, và báo cáo kết quả làm trước ngày đó sẽ đề ngày sớm hơn văn bản mà nó báo cáo. Nếu gõ nhầm, hãy sửa ô “Ngày ban hành”.`;
}

/** Why the form below is not saved, when the save was refused as a whole (not for a field). */
export type Refused =
  /** `by`: the account whose save the file still is (`mine`: the clerk's own, in another tab). */
  | {
      why: 'changed';
      at: Date;
      by?: string;
      mine?: boolean;
      /** The form was merged (form-merge.ts): the fields the other save changed, now taken in. */
      merged?: { theirs: readonly string[]; both: readonly BothChanged[] };
      /** Saved again without choosing whose version to keep of a field both changed. */
      unpicked?: boolean;
      /**
       * Her choice for each field both changed (by key), sent with a mistake elsewhere in the form:
       * the page sent back keeps it checked, as the save she will make after the fix needs it.
       */
      chosen?: Readonly<Record<string, 'theirs' | 'mine'>>;
    }
  /** Deleted (by `by`, at `at`) since the form was opened: listed under “Đã xoá”. */
  | { why: 'deleted'; at: Date; by?: string }
  | { why: 'signed-out' }
  | { why: 'stale-form' };

/** "bởi lan.vhxh, lúc 14:05 ngày 01/12/2026" (the account when known). */
const deletedWhen = (d: { at: Date; by?: string }) =>
  `${d.by ? `bởi ${d.by}, ` : ''}lúc ${wardTimeSaid(d.at)}`;

/**
 * Any other page of a campaign deleted since it was opened (a colleague's other tabs, a link
 * kept): who deleted it and when, as a save of its form says, and the way to restore it, not
 * the studio's "Không tìm thấy trang" (review: a deleted campaign read as a broken address).
 */
export function deletedCampaignPage(d: DeletedCampaign, session?: Session): string {
  return page({
    title: 'Chiến dịch đã bị xoá',
    session,
    body: html`<h1>Chiến dịch đã bị xoá</h1>
${notice('error', html`Chiến dịch “${d.name}” vừa bị xoá (${deletedWhen({ at: d.deletedAt, by: d.by })}). Có thể khôi phục ở <a href="/#da-xoa">“Đã xoá”</a> trong ${KEEP_DAYS} ngày; khôi phục xong, trang này mở lại được.`)}
<p><a href="/">Về trang chính</a></p>`,
  });
}

/**
 * A save refused because the clerk's own account saved first: what the studio knows — the
 * account, the time — and not who (a tab of hers, or a colleague signed in with the same
 * account on another computer).
 */
const sameAccountSaved = (account: string | undefined, at: Date) =>
  `Chiến dịch này đã được lưu bằng tài khoản ${account ? `${account} (tài khoản bạn đang dùng)` : 'bạn đang dùng'}, ở một tab khác hoặc một máy khác, lúc ${wardTimeSaid(at)}`;

/** What to do when the account is shared: ask before saving over the other save. */
const SHARED_ACCOUNT = ' Nếu có người khác cùng dùng tài khoản này, hãy hỏi họ trước khi lưu đè.';

/** What the clerk reads when a save was refused as a whole, and how to go on; the text typed stays. */
function refusedNotice(slug: string, r: Refused): Html {
  const kept = 'Nội dung bạn đã gõ vẫn còn nguyên bên dưới.';
  switch (r.why) {
    case 'changed': {
      // Who, when the studio knows (qa27 F6): "Lan đã lưu…", not "một tab khác hoặc một người khác".
      // The clerk's own account: another tab, or another computer where a colleague signed in
      // with it (qa58b p2: one "admin" shared by the office was told "Chính bạn… ở một tab khác").
      const who = r.mine
        ? sameAccountSaved(r.by, r.at)
        : r.by
          ? `${r.by} đã lưu chiến dịch này lúc ${wardTimeSaid(r.at)}`
          : `Chiến dịch này đã được sửa ở nơi khác (một tab khác hoặc một người khác) lúc ${wardTimeSaid(r.at)}`;
      if (r.merged) {
        const did = r.mine ? 'bản kia đã sửa' : `${r.by ?? 'người kia'} đã sửa`;
        return mergedNotice(slug, who, did, r, r.merged);
      }
      const other = r.mine ? 'bản đó đã sửa gì' : `${r.by ?? 'người kia'} đã sửa gì`;
      return notice(
        'error',
        html`Chưa lưu: ${who}, sau khi bạn mở trang này. ${kept} <a href="/c/${slug}" target="_blank" rel="noopener">Mở bản vừa được lưu ở tab mới</a> để xem ${other}; bấm Lưu lần nữa nếu muốn thay bản đó bằng nội dung bên dưới.${r.mine ? SHARED_ACCOUNT : ''}`,
      );
    }
    case 'deleted':
      return notice(
        'error',
        html`Chiến dịch này vừa bị xoá (${deletedWhen(r)}): chưa lưu. ${kept} Có thể khôi phục ở <a href="/#da-xoa" target="_blank" rel="noopener">“Đã xoá”</a> (mở ở tab mới), rồi quay lại trang này và bấm Lưu.`,
      );
    case 'signed-out':
      return notice(
        'error',
        html`Chưa lưu: phiên đăng nhập đã hết (đã đăng xuất ở nơi khác, đổi mật khẩu, hoặc quá 12 giờ). ${kept} Hãy <a href="/sign-in" target="_blank" rel="noopener">đăng nhập lại ở tab mới</a>, rồi quay lại trang này và bấm Lưu.`,
      );
    case 'stale-form':
      return notice(
        'error',
        html`Chưa lưu: trang này được mở từ lần đăng nhập trước. ${kept} Bấm Lưu lần nữa để lưu.`,
      );
  }
}

/**
 * The refusal of a save made from an older state, its form merged (form-merge.ts): what the other
 * save changed is now in the form, what this clerk typed is kept, and a field both changed is
 * named with the other value, so the next Lưu undoes nobody's work unknowingly.
 */
function mergedNotice(
  slug: string,
  who: string,
  /** "lan đã sửa", "bản kia đã sửa". */
  did: string,
  r: Extract<Refused, { why: 'changed' }>,
  merged: { theirs: readonly string[]; both: readonly BothChanged[] },
): Html {
  const listed = (labels: readonly string[]) => labels.map((l) => `“${l}”`).join(', ');
  const theirs = merged.theirs.length
    ? html` Các mục ${did} nay hiện như bản vừa lưu: ${listed(merged.theirs)}.`
    : '';
  if (!merged.both.length) {
    return notice(
      'error',
      html`Chưa lưu: ${who}, sau khi bạn mở trang này. Nội dung bạn đã gõ vẫn còn nguyên bên dưới.${theirs} Bấm Lưu lần nữa để lưu phần bạn sửa cùng với bản đó (<a href="/c/${slug}" target="_blank" rel="noopener">mở bản vừa được lưu ở tab mới</a>).`,
    );
  }
  // A field both changed (qa49 M2): what the other changed, as lines and words, and a choice the
  // next Lưu needs; a plain second Lưu silently put back the number the other had corrected.
  // "Lấy bản của lan", or of this clerk's own account (a tab of hers, or a colleague's computer
  // signed in with it: qa58b p2): "Lấy bản kia" (read49).
  const other = r.mine ? 'bản kia' : `bản của ${r.by ?? 'người kia'}`;
  const overwritten = r.mine ? 'bản kia' : (r.by ?? 'người kia');
  const asked: BothAsked = {
    ...(r.by ? { by: r.by } : {}),
    at: r.at.toISOString(),
    fields: [...merged.both],
  };
  const chosen = r.chosen;
  const checked = (key: string, pick: 'theirs' | 'mine') =>
    chosen?.[key] === pick ? html` checked` : '';
  // Blocks inside (lines, choices): a <div>, as a notice's <p> cannot hold them.
  return html`<div class="notice error" role="alert"><p>${
    chosen
      ? // Her choice was made; what stops the save now is the mistake the page names below.
        html`${who}, sau khi bạn mở trang này. Lựa chọn của bạn cho ${listed(merged.both.map((b) => b.label))} vẫn giữ ở đây: sửa chỗ còn sai bên dưới rồi bấm Lưu.`
      : html`Chưa lưu: ${who}, sau khi bạn mở trang này. Nội dung bạn đã gõ vẫn còn nguyên bên dưới.${theirs}${r.mine ? SHARED_ACCOUNT : ''}`
  }</p>
${r.unpicked ? html`<p><strong>Chưa lưu: hãy chọn giữ bản nào cho ${listed(merged.both.map((b) => b.label))}, rồi bấm Lưu.</strong></p>` : ''}
<input type="hidden" form="campaign-form" name="_both" value="${encodeBothAsked(asked)}">
${merged.both.map(
  (
    b,
  ) => html`<fieldset class="both-changed"><legend>Cả hai cùng sửa “${b.label}”: ${did} (chữ gạch là bỏ đi, chữ đậm là thêm vào):</legend>
${diffHtml(b.was, b.theirs)}
<p>${
    chosen?.[b.key] === 'theirs'
      ? html`Ô “${b.label}” bên dưới nay là ${other}, như bạn đã chọn:`
      : chosen?.[b.key] === 'mine'
        ? html`Ô “${b.label}” bên dưới vẫn là chữ bạn gõ, như bạn đã chọn:`
        : html`Ô “${b.label}” bên dưới vẫn là chữ bạn gõ, chưa có thay đổi này. Chọn trước khi bấm Lưu:`
  }</p>
<label class="check"><input type="radio" form="campaign-form" name="${pickName(b.key)}" value="theirs"${checked(b.key, 'theirs')}> Lấy ${other} cho mục này (bỏ phần bạn sửa ở mục này)</label>
<label class="check"><input type="radio" form="campaign-form" name="${pickName(b.key)}" value="mine"${checked(b.key, 'mine')}> Ghi đè thay đổi của ${overwritten}: lưu chữ bạn gõ (nếu đã tự chép thay đổi trên vào ô, cũng chọn mục này)</label></fieldset>`,
)}
<p><a href="/c/${slug}" target="_blank" rel="noopener">Mở bản vừa được lưu ở tab mới</a></p></div>`;
}

/** A change of this clerk's a colleague overwrote knowingly: who, when, and what hers said. */
function overwrittenNotice(o: Overwrite, now: string): Html {
  return html`<div class="notice warn" role="alert"><p><strong>${o.by} đã ghi đè thay đổi của bạn ở mục “${o.label}” lúc ${wardTimeSaid(new Date(o.at))}.</strong> Mục này nay là chữ ${o.by} đã lưu. Chỗ khác với bản của bạn (chữ gạch là bản đang lưu, chữ đậm là bản của bạn):</p>
${diffHtml(now, o.lost)}
<p>Nếu thay đổi của bạn vẫn cần, hãy sửa lại ô “${o.label}” bên dưới và bấm Lưu (nên báo ${o.by} trước).</p></div>`;
}

function editPage(
  session: Session | undefined,
  slug: string,
  form: Record<string, string>,
  opts: {
    /** The state of campaign.yaml the form is made from (campaignVersion). */
    version: string;
    /** That state's values of the fields (form-merge.ts), when known. */
    base?: Record<string, string>;
    errors?: readonly UserError[];
    /** The errors are the saved file's, not a refused save's (problemSummary). */
    stored?: boolean;
    warnings?: readonly UserError[];
    saved?: boolean;
    /** Just saved with an issue day after today: the note saying so (issuedAhead). */
    ahead?: string;
    /** Another campaign of the year with the same number (sameNumberSaid). */
    sameNumber?: string;
    refused?: Refused;
    notes?: string[];
    /**
     * A copy's fields still as the earlier campaign wrote them (copy-review.ts); `fresh`: just
     * copied (whether the earlier one has residents' data, not copied); `ticked`: the items a
     * refused save had ticked "Giữ như cũ".
     */
    copy?: { review: CopyReview; fresh?: { rosters: boolean }; ticked?: readonly string[] };
    /** The campaign has a residents list (its folder's ZIP leaves it out: the page says so). */
    rosters?: boolean;
    /** Keys of the file no field below shows. */
    hidden?: readonly string[];
    /** The ward's word for its groups (the groups tab, the problems). */
    term: GroupTerm;
    /** The groups list's headers, offered under the fields that may print them (column-picks.ts). */
    columns?: readonly string[];
    /** The list's columns several groups share, offered under `totals_by` (column-picks.ts). */
    areaColumns?: readonly string[];
    /** The name the office typed for the campaign, if any. */
    listed?: string;
    /**
     * The logo upload's refusal, or what was just done with the logo, and whether the campaign
     * has a document that prints it (the poster, the share image; unknown when it does not load).
     */
    logo?: PictureSaid;
    /** The map upload's refusal, or what was just done with it. */
    map?: PictureSaid;
    /** Figures stored for groups or measures the campaign no longer has (unlisted-notes.ts). */
    unlisted?: readonly string[];
    /** The campaign's own web templates, replacing the leaders' pages (web-overrides.ts). */
    ownWeb?: readonly WebOverride[];
    /** Just saved while a print runs that read the campaign at this time: its files are old. */
    printing?: Date;
    /** Changes of this clerk's a colleague overwrote knowingly, told once (overwritten.ts). */
    overwritten?: readonly Overwrite[];
    /** Not saved yet: these measures, reported on, would leave the campaign ("Vẫn lưu?"). */
    measuresAsked?: readonly (RetiredMeasure & { groups: number })[];
    /** "Hạn báo cáo" just moved from `was`: the printed text that still names that day. */
    oldDay?: { was: string; said: readonly OldDaySaid[] };
    /** Just saved: the first line of "Chỉ tiêu" has no rate and another has (results/unranked.ts). */
    unranked?: { first: string; rated: string };
    /** Not saved yet: these measures, reported on, would be rated against another target. */
    retargetAsked?: readonly (RetiredMeasure & { now: string; groups: number })[];
  },
): string {
  const { byField, other } = placeProblems(opts.errors ?? [], opts.term, form);
  const count = opts.errors?.length ?? 0;
  // "Upload the groups list to pick its columns": under the first field that picks one only.
  const columnNote: ColumnNote = { said: false };
  // The help's examples in the campaign's words: its groups', its leaders', its unit's (qa59 p2).
  const words: HelpWords = {
    term: opts.term,
    unit: unitTermOf(form['issuer.name'] ?? '', form['issuer.ward']),
    ward: form['issuer.ward'],
  };
  // A form made for an earlier session: the page's script sends it again once with this one's token.
  const retry = opts.refused?.why === 'stale-form' ? html` data-retry="yes"` : '';
  return page({
    title: `Sửa: ${campaignName(form, { slug, name: opts.listed })}`,
    session,
    script: true,
    canonical: `/c/${slug}`,
    body: html`${campaignHeader(slug, campaignName(form, { slug, name: opts.listed }), 'edit', opts.term, opts.listed)}
<div class="editor">
<div id="edit-area"${retry}>
${opts.measuresAsked?.length ? measuresQuestion(opts.measuresAsked, opts.term) : ''}
${opts.retargetAsked?.length && !opts.measuresAsked?.length ? retargetQuestion(opts.retargetAsked, opts.term) : ''}
${opts.saved ? notice('ok', 'Đã lưu.') : ''}
${opts.unranked ? notice('info', html`${unrankedSaid(opts.unranked, opts.term.short)} <a href="#f-measures">Xem ô Chỉ tiêu</a>`) : ''}
${opts.oldDay ? oldDayNotice(form, opts.oldDay) : ''}
${opts.printing ? notice('warn', html`Tệp in đang tạo dùng bản trước khi lưu (đọc lúc ${wardTimeSaid(opts.printing)}): các tệp đó sẽ được đánh dấu là cũ. Khi tạo xong, bấm “Tạo tệp in” ở trang <a href="/c/${slug}/build">In và tải về</a> để có tệp in theo bản vừa lưu.`) : ''}
${opts.ahead ? notice('info', opts.ahead) : ''}
${opts.sameNumber ? notice('warn', opts.sameNumber) : ''}
${session && opts.ownWeb ? webOverridesNotice(slug, opts.ownWeb, session) : ''}
${(opts.unlisted ?? []).map((said) => notice('warn', said))}
${
  opts.logo?.done === 'uploaded'
    ? notice(
        'ok',
        opts.logo.printed === false
          ? html`Đã tải ảnh logo lên. Logo chỉ in trên áp phích và ảnh áp phích, mà chiến dịch này không có (chưa có ứng dụng để in mã tải về), nên hiện chưa in ở đâu.`
          : html`Đã tải ảnh logo lên. Logo in trên áp phích và ảnh áp phích: chọn “Áp phích” ở phần xem trước để xem.`,
      )
    : ''
}
${opts.logo?.done === 'removed' ? notice('ok', 'Đã xoá ảnh logo.') : ''}
${opts.logo?.error ? notice('error', html`Chưa tải được ảnh logo: <a href="#f-assets-logo-file">xem ở mục Ảnh logo</a>.`) : ''}
${
  opts.map?.done === 'uploaded'
    ? notice(
        'ok',
        opts.map.printed === false
          ? html`Đã tải ảnh sơ đồ lên. Sơ đồ chỉ in trên tờ rơi và thông báo, mà chiến dịch này không làm loại giấy nào trong hai loại đó, nên hiện chưa in ở đâu.`
          : html`Đã tải ảnh sơ đồ lên. Ảnh in trên tờ rơi và ở trang Phụ lục của thông báo: chọn “Tờ rơi” hoặc “Thông báo” ở phần xem trước để xem.`,
      )
    : ''
}
${opts.map?.done === 'removed' ? notice('ok', 'Đã xoá ảnh sơ đồ.') : ''}
${opts.map?.error ? notice('error', html`Chưa tải được ảnh sơ đồ: <a href="#f-assets-map-file">xem ở mục Sơ đồ / hình ảnh</a>.`) : ''}
${opts.refused ? refusedNotice(slug, opts.refused) : ''}
${(opts.overwritten ?? []).map((o) => overwrittenNotice(o, form[o.key] ?? ''))}
${count ? problemSummary(byField, other, opts.stored === true) : ''}
${warningsNotice(opts.warnings ?? [], opts.term)}
${opts.copy ? copyReminder(slug, opts.copy.review, form, opts.term, opts.copy.fresh, opts.copy.ticked ?? []) : ''}
${opts.notes?.length ? notice('info', html`Kiểm tra lại các phần đã đọc từ tệp Word:<br>${opts.notes.map((n) => html`${n}<br>`)}`) : ''}
${hiddenKeys(opts.hidden ?? [])}
<form method="post" action="/c/${slug}" class="campaign-form" id="campaign-form" novalidate>
${session ? csrfField(session) : ''}
<input type="hidden" name="_version" value="${opts.version}">
${opts.base ? html`<input type="hidden" name="_base" value="${encodeFormBase(opts.base)}">` : ''}
${SECTIONS.map((s) => {
  const name = (d: FieldDef) => fieldName(d);
  const spoken = (d: FieldDef): FieldDef => ({ ...d, help: spokenHelp(d.help, words) });
  // Set, or refused: such a field is never folded away.
  const set = (d: FieldDef) =>
    (d.type === 'appendix'
      ? appendixEntries(form[name(d)] ?? '').length > 0
      : (form[name(d)] ?? '').trim() !== '') || !!byField.get(name(d))?.length;
  const one = (d: FieldDef) => {
    const picture = PICTURE_OF[name(d)];
    const warned = fieldWarnings(d, opts.warnings ?? [], opts.term);
    const refused = picture && opts[picture]?.error;
    return picture
      ? pictureField(slug, picture, spoken(d), form[name(d)] ?? '', [
          ...(refused ? [refused] : []),
          ...(byField.get(name(d)) ?? []),
        ])
      : fieldInput(
          spoken(d),
          form[name(d)] ?? '',
          byField.get(name(d)),
          html`${columnPicks(d, opts.columns ?? [], opts.term, opts.areaColumns ?? [], columnNote)}${warned}`,
          warned ? [`${fieldId(d)}-warning`] : [],
        );
  };
  const partFold = FOLDED_PARTS[s.fields[0]?.path[0] ?? ''];
  const folded = !!partFold && !s.fields.some(set);
  const kept = s.fields.filter((d) => !isFolded(name(d)));
  const asides = FOLDED_FIELDS.map((g) => ({
    summary: g.summary,
    fields: s.fields.filter((d) => g.names.has(name(d))),
  })).filter((g) => g.fields.length > 0);
  const part = html`<fieldset>
<legend${folded ? html` class="visually-hidden"` : ''}>${s.title}</legend>
${s.help ? html`<p class="help">${spokenHelp(s.help, words)}</p>` : ''}
${kept.map(one)}
${asides.map((g) => html`<details class="optional-part"${g.fields.some(set) ? html` open` : ''}><summary>${g.summary}</summary>${g.fields.map(one)}</details>`)}
</fieldset>`;
  return folded
    ? html`<details class="optional-part"><summary>${partFold}</summary>${part}</details>`
    : part;
})}
<div class="actions sticky"><button type="submit">Lưu</button>${opts.copy ? copyLeft(opts.copy.review) : ''}</div>
</form>
${
  session
    ? (['logo', 'map'] as const).map(
        (
          p,
        ) => html`<form id="${p}-form" method="post" action="/c/${slug}/${p}" enctype="multipart/form-data" hidden>${csrfField(session)}</form>
<form id="${p}-remove" method="post" action="/c/${slug}/${p}/remove" hidden>${csrfField(session)}</form>
`,
      )
    : ''
}
<p><a href="/c/${slug}/campaign.zip">Tải thư mục chiến dịch (ZIP)</a>: nội dung, danh sách ${opts.term.short} và các mẫu in của chiến dịch, để cất giữ hoặc để người cài đặt dùng với lệnh phuong-print.${opts.rosters ? ' Không gồm danh sách hộ, người dân (thông tin cá nhân, chỉ để ở máy này).' : ''}</p>
</div>
<section id="preview-panel" class="side" data-src="/c/${slug}/preview/panel" data-load="yes" aria-live="polite" aria-label="Xem trước">
<p><a href="/c/${slug}/preview">Xem trước văn bản</a> (sau khi lưu).</p>
</section>
</div>`,
  });
}

/**
 * A copy still carries the earlier notice's number and date: the office changes both. Every
 * other field that still holds the earlier campaign's own content (copy-review.ts: the short
 * title, the subject, the body, the time and place, the slogan, what to bring, the actions,
 * hotlines, links, measures, the office to ask, "Kính gửi" and "Nơi nhận" beyond the ward's
 * standing lines, the contest, the app) is listed, each with what it says now, linked to its
 * field, with a "Giữ như cũ" tick sent with the form (qa21 finding 14, qa24 F3: a charity
 * drive's copy printed the vaccination drive's slogan and "Cần mang theo"). It stays on the page
 * until each was changed by a save or ticked. Just after the copy (`fresh`) it also says that
 * the figures stay with the earlier campaign (a new id), and whether its residents list stayed.
 */
function copyReminder(
  slug: string,
  review: CopyReview,
  form: Record<string, string>,
  term: GroupTerm,
  fresh: { rosters: boolean } | undefined,
  ticked: readonly string[],
): Html {
  // A draft's are empty: "đang để trống", not "(đang là (trống))" (qa7 D7).
  const now = (value: string | undefined) => (value ? `đang là ${value}` : 'đang để trống');
  const link = (name: string, label?: string) => {
    const d = FIELDS.find((f) => fieldName(f) === name) as FieldDef;
    return html`<a href="#${fieldId(d)}">${label ?? d.label}</a>`;
  };
  const dated = review.items.filter((i) => NUMBER_AND_DATE.includes(i.key));
  const carried = review.items.filter((i) => !NUMBER_AND_DATE.includes(i.key));
  return html`<div class="notice info copy-reminder" id="copy-reminder" role="status" tabindex="-1">
<p>Đây là bản sao của chiến dịch “${review.from}”.${dated.length ? html` Hãy sửa ${link('notice.number')} (${now(form['notice.number'])}) và ${link('issued')} (${now(form.issued)}) cho văn bản mới.` : ''}</p>
${
  carried.length
    ? html`<p>Các mục sau vẫn ghi như chiến dịch cũ: sửa từng mục cho đợt mới, hoặc đánh dấu “Giữ như cũ” nếu đợt mới vẫn như vậy, rồi bấm Lưu. Danh sách này còn hiện (và thẻ In còn nhắc) cho đến khi mọi mục đã sửa hoặc đánh dấu.</p>
<ul class="carried">${carried.map((c) =>
        c.key === ROSTERS_ITEM
          ? rostersLeftItem(slug, c, term, ticked)
          : html`<li><span class="carried-said">${link(c.fields[0] ?? c.key, c.label)}: ${carriedSaid(c, form)}</span> <label class="check keep"><input type="checkbox" name="_keep" value="${c.key}" form="campaign-form"${ticked.includes(c.key) ? html` checked` : ''}> Giữ như cũ</label></li>`,
      )}</ul>`
    : ''
}
${fresh ? html`<p>Bản sao chưa có số liệu các ${term.short} báo cáo; số liệu đã báo cáo vẫn ở chiến dịch cũ.</p>` : ''}
${
  // A folder of rosters (never printed from, never copied): its list uploaded is an item above.
  fresh?.rosters && !carried.some((c) => c.key === ROSTERS_ITEM)
    ? html`<p>Danh sách hộ, người dân của chiến dịch cũ không được sao chép: bảng theo dõi in các dòng trống đánh số, cho đến khi tải lên danh sách cho đợt này ở trang <a href="/c/${slug}/rosters">Danh sách hộ, người dân</a>.</p>`
    : ''
}
</div>`;
}

/**
 * The earlier campaign's residents list, not carried by the copy (qa59 M2): said with its rows
 * and where to upload one, until the copy has its own or the office ticks that it needs none.
 */
function rostersLeftItem(
  slug: string,
  item: CopyItem,
  term: GroupTerm,
  ticked: readonly string[],
): Html {
  return html`<li><span class="carried-said"><a href="/c/${slug}/rosters">${item.label}</a>: chiến dịch cũ có danh sách hộ, người dân${item.rows ? ` (${item.rows} dòng)` : ''}, bản sao không mang theo: bảng theo dõi in các dòng trống đánh số. Tải lại ở thẻ Danh sách ${term.short} › Danh sách hộ, người dân.</span> <label class="check keep"><input type="checkbox" name="_keep" value="${item.key}" form="campaign-form"${ticked.includes(item.key) ? html` checked` : ''}> Đợt này không cần</label></li>`;
}

/**
 * Beside the form's Lưu, which stays at the foot of the screen while the office scrolls: how
 * many of the reminder's items are still as the earlier campaign wrote them, and the way to them
 * (the reminder at the top, each item linked to its field, with its "Giữ như cũ" tick).
 */
function copyLeft(review: CopyReview): Html {
  return html`<span class="copy-left">Còn ${review.items.length} mục ghi như chiến dịch cũ: <a href="#copy-reminder">xem, sửa hoặc đánh dấu “Giữ như cũ”</a></span>`;
}

/** Asked in the reminder's first sentence, never kept as they were: no tick. */
const NUMBER_AND_DATE = ['notice.number', 'issued'];

/** What an item of the reminder says now: its text, its body's dates, or its part's fields. */
function carriedSaid(item: CopyItem, form: Record<string, string>): string {
  const value = (name: string) => (form[name] ?? '').trim();
  const [first = ''] = item.fields;
  if (item.fields.length > 1 || GROUPED_ITEMS.includes(item.key)) {
    // A part (the contest, the app): its first field quoted, the others named.
    const labels = item.fields.map((name) => FIELDS.find((d) => fieldName(d) === name)?.label);
    return `${labels[0]} ${quoted(value(first))}${labels.length > 1 ? `, ${labels.slice(1).join(', ')}` : ''}`;
  }
  if (first === 'notice.body' && item.periods?.length) {
    // Edited, but still naming the earlier campaign's month (qa59 p5).
    return `vẫn ghi ${item.periods.map((p) => `“${p}”`).join(', ')} của chiến dịch cũ; sửa cho đợt mới`;
  }
  if (first === 'notice.body') {
    const dates = datesIn(value(first));
    return dates.length
      ? `có các ngày ${dates.slice(0, 8).join(', ')}${dates.length > 8 ? '…' : ''}; đọc lại cả ngày, giờ và sự việc`
      : 'đọc lại ngày, giờ và sự việc';
  }
  const d = FIELDS.find((f) => fieldName(f) === first);
  if (d?.type === 'date') return value(first);
  // An item's line as every paper prints it: without a list mark stored before it ("- Chi hội
  // Chữ thập đỏ các thôn." saved before marks were taken off: load/list-marks.ts). One line of
  // several: "Như trên;", "Lưu: VT." keep no end mark of their own between them.
  const lines = ownLines(first, value(first)).map((l) =>
    ITEM_FIELDS.has(first) ? withoutListMark(l) : l,
  );
  return quoted(
    lines.length > 1 ? lines.map((l) => l.replace(/[;,.]$/, '')).join('; ') : (lines[0] ?? ''),
  );
}

const GROUPED_ITEMS = ['contest', 'app'];

/**
 * "Hạn báo cáo" moved while the notice's text still says the old day (qa58b M4): the leaders'
 * form takes the new day, the papers print the old one. Quoted, each linked to its field.
 */
function oldDayNotice(
  form: Record<string, string>,
  { was, said }: { was: string; said: readonly OldDaySaid[] },
): Html {
  const now = form['report.deadline']?.trim() ?? '';
  return notice(
    'warn',
    html`Hạn báo cáo đã đổi từ ${was} thành ${now || '(để trống)'}, nhưng văn bản vẫn ghi ngày cũ: ${said.map((s, i) => html`${i ? '; ' : ''}mục <a href="#${s.id}">“${s.label}”</a> ghi “${s.quote}”`)}. Giấy tờ in theo văn bản nên vẫn ghi ngày cũ: sửa các chỗ đó cho khớp rồi bấm Lưu (nếu ngày cũ ở đó là đúng, bỏ qua thông báo này).`,
  );
}

/**
 * Before a save that takes measures out of the campaign while groups reported on them: what
 * stops counting, and a "Vẫn lưu" button that sends the form as typed with the answer; the way
 * back is said too (the same line written again: retired-measures.ts).
 */
function measuresQuestion(
  asked: readonly (RetiredMeasure & { groups: number })[],
  term: GroupTerm,
): Html {
  const said = asked.map((m) => `${m.groups} ${term.short} đã báo cáo “${m.label}”`).join('; ');
  const lines = asked.map((m) => `“${measureLine(m)}”`).join(', ');
  return html`<div class="notice warn measures-question" role="alert" id="measures-question" tabindex="-1">
<p>Chưa lưu. ${said}: đổi thì Kết quả không còn tính các số này. Vẫn lưu?</p>
<div class="row-actions"><button type="submit" form="campaign-form" name="_measures_ok" value="1">Vẫn lưu</button> <a href="#f-measures">Xem lại ô Chỉ tiêu</a></div>
<p class="help">Số liệu không mất: ghi lại đúng dòng cũ ${lines} vào ô Chỉ tiêu thì Kết quả tính lại. Muốn chỉ đổi tên chỉ tiêu mà vẫn giữ số liệu, hãy sửa tên ngay trên dòng cũ, giữ nguyên “người”, “hộ” hay “đồng”.</p>
</div>`;
}

/**
 * Measures kept with another target while groups reported on them (qa58b M3: "hộ" → the column
 * "Số hộ nguy cơ cao" saved with no question): asked as a dropped measure is, naming the old
 * base by its own word, with the same "Vẫn lưu" button.
 */
/** A measure's target as its line says it: "hộ", "người", a column's name. */
const baseWord = (of: string) => measureLine({ label: '', of }).slice(' | '.length);

function retargetQuestion(
  asked: readonly (RetiredMeasure & { now: string; groups: number })[],
  term: GroupTerm,
): Html {
  const said = asked
    .map(
      (m) =>
        `${m.groups} ${term.short} đã báo cáo “${m.label}” theo chỉ tiêu “${baseWord(m.of)}”; đổi sang “${baseWord(m.now)}”`,
    )
    .join('; ');
  return html`<div class="notice warn measures-question" role="alert" id="measures-question" tabindex="-1">
<p>Chưa lưu. ${said} thì tỉ lệ của các số đã báo cáo sẽ tính theo chỉ tiêu mới, dù các tổ đã báo cáo theo chỉ tiêu cũ. Vẫn lưu?</p>
<div class="row-actions"><button type="submit" form="campaign-form" name="_measures_ok" value="1">Vẫn lưu</button> <a href="#f-measures">Xem lại ô Chỉ tiêu</a></div>
</div>`;
}

/** A field's value as the reminder quotes it: one line, cut short. */
const quoted = (value: string) => {
  const line = value.replace(/\s+/g, ' ').trim();
  return `“${line.length > 90 ? `${line.slice(0, 89)}…` : line}”`;
};

/**
 * The dates a notice's body names ("07/3/2026", "10.04", "ngày 15 tháng 3 năm 2026"), as written,
 * each once: what a copy's body most often still says of the earlier campaign.
 */
export function datesIn(text: string): string[] {
  const day = '(?:3[01]|[12]\\d|0?[1-9])';
  const month = '(?:1[0-2]|0?[1-9])';
  const found = text.matchAll(
    new RegExp(
      `(?<![\\d/.-])${day}[/.-]${month}(?:[/.-](?:\\d{4}|\\d{2}))?(?![\\d/.-]*\\d)|ngày ${day} tháng ${month}(?!\\d)(?: năm \\d{4})?`,
      'giu',
    ),
  );
  return [...new Set([...found].map((m) => m[0]))];
}

/**
 * The Nội dung tab's field the printed title is edited in, named as it reads there (qa51: the
 * help said “Tiêu đề”, the field reads “Tên ngắn của chiến dịch”).
 */
const TITLE_FIELD = fieldOf('title')?.label ?? 'Tên ngắn của chiến dịch';

/**
 * How the office tells campaigns apart: the notice's number as printed ("Số 05/TB-UBND") and its
 * date ("ngày 01/12/2026", or a draft's month, "tháng 12/2026"), and the folder.
 */
/**
 * Another campaign of the same year with this campaign's number and symbol (qa47 m1: "Số
 * 01/UBND-VHXH" given twice in 2027, a typo or a forgotten copy): said on the edit page, a
 * warning, not a refusal. Copies still holding their source's number are told by their reminder.
 */
export function sameNumberSaid(slug: string, campaigns: readonly CampaignSummary[]) {
  const own = campaigns.find((c) => c.slug === slug);
  const year = /^\d{4}/.exec(own?.issued ?? '')?.[0];
  if (!own || !year || own.number === '' || own.copied?.length) return undefined;
  const same = (c: CampaignSummary) =>
    c.slug !== slug &&
    !c.copied?.length &&
    c.issued.startsWith(year) &&
    Number(c.number) === Number(own.number) &&
    c.number !== '' &&
    c.symbol.toUpperCase() === own.symbol.toUpperCase();
  const other = campaigns.find(same);
  if (!other) return undefined;
  const number = campaignDetails({ ...own, issued: '' });
  return `${number} năm ${year} đã dùng cho chiến dịch “${other.name}” (${campaignDetails(other)}). Nếu gõ nhầm, hãy sửa Số văn bản; mỗi văn bản trong năm có một số riêng.`;
}

export const campaignDetails = (c: Pick<CampaignSummary, 'number' | 'symbol' | 'issued'>) => {
  const n = Number(c.number);
  const number =
    c.number === ''
      ? ''
      : `Số ${Number.isSafeInteger(n) && n > 0 && c.symbol ? documentNumber(n, symbolInCapitals(c.symbol)) : c.number}`;
  const shown = c.issued ? shownDate(c.issued) : '';
  const date = shown ? `${/^\d{2}\/\d{4}$/.test(shown) ? 'tháng' : 'ngày'} ${shown}` : '';
  return [number, date].filter(Boolean).join(', ');
};

function newPage(
  session: Session,
  campaigns: CampaignSummary[],
  opts: {
    error?: string | Html;
    /** The field the error is about (marked, described by it). */
    wrong?: 'name' | 'title' | 'from' | 'docx';
    name?: string;
    title?: string;
    from?: string;
    importer: boolean;
    /** The ward's newest groups list (groups-origin.ts): a copy may take it (qa47 M1). */
    newest?: ListOrigin;
    /** The form came back with "Dùng danh sách tổ mới nhất" unticked: it stays so. */
    keepOwnList?: boolean;
    /** The word for the groups of the campaign holding `newest` ("ấp", "thôn"): its list's. */
    newestTerm?: GroupTerm;
    /** The rows of each campaign's residents list, by slug: a copy may carry it (qa59 M2). */
    rosterRows?: ReadonlyMap<string, number>;
    /** The form came back with "Mang theo danh sách hộ, người dân" ticked: it stays so. */
    carryRosters?: boolean;
  },
): string {
  const marks = (field: 'name' | 'title' | 'from' | 'docx', ...help: string[]) =>
    fieldMarks(help, opts.wrong === field ? 'new-error' : undefined);
  return page({
    title: 'Chiến dịch mới',
    session,
    body: html`<p class="muted"><a href="/">Chiến dịch</a> › mới</p>
<h1>Chiến dịch mới</h1>
${opts.error ? refusal('new-error', opts.error) : ''}
<form method="post" action="/new" class="card" enctype="multipart/form-data">
${csrfField(session)}
<label for="name">Tên chiến dịch</label>
<p class="help" id="name-help">Ví dụ: Phòng, chống sốt xuất huyết 2026. Tên để tìm chiến dịch trong danh sách; tên thư mục được đặt theo tên này.</p>
<input id="name" name="name" required maxlength="200" value="${opts.name ?? ''}"${marks('name', 'name-help')}>
<label for="title">Tiêu đề in trên giấy</label>
<p class="help" id="title-help">Dòng chữ lớn ở đầu tờ rơi, áp phích, phiếu kiểm tra và trang tổ trưởng. Để trống thì in tên chiến dịch ở trên; với văn bản Word thì in tiêu đề riêng của văn bản, hoặc trích yếu của nó nếu không dài quá ${TITLE_WORDS} chữ. Sửa được sau ở ô “${TITLE_FIELD}” của thẻ Nội dung.</p>
<input id="title" name="title" maxlength="200" value="${opts.title ?? ''}"${marks('title', 'title-help')}>
${
  // No campaign to copy yet (an office's first day): a choice of one, "Mẫu trống", is no choice
  // (h-ux). The blank form it would send is sent as it is.
  campaigns.length === 0
    ? html`<input type="hidden" name="from" value="">`
    : html`<label for="from">Bắt đầu từ</label>
<select id="from" name="from"${marks('from')}>
  <option value="">Mẫu trống (điền từng mục)</option>
  ${[...new Set(campaigns.map((c) => c.dated.slice(0, 4)))].map(
    (year) =>
      html`<optgroup label="${year}">${campaigns
        .filter((c) => c.dated.startsWith(year))
        .map(
          (c) =>
            html`<option value="${c.slug}"${c.slug === opts.from ? html` selected` : ''}>Bản sao của: ${c.name}${campaignDetails(c) ? ` (${campaignDetails(c)})` : ''}${rostersSaid(opts.rosterRows?.get(c.slug))}</option>`,
        )}</optgroup>`,
  )}
</select>
${opts.newest ? newestListChoice(opts.newest, !opts.keepOwnList, opts.newestTerm?.short ?? 'tổ') : ''}
${opts.rosterRows?.size ? carryRostersChoice(opts.carryRosters === true) : ''}`
}
${
  // PLUG-IN POINT: the Word import (notice-import.ts) shows this field once an importer is given.
  opts.importer
    ? html`<label for="docx">Hoặc đọc từ văn bản Word (.docx)</label>
<p class="help" id="docx-help">Phần mềm đọc số, ngày, trích yếu, kính gửi, nội dung, người ký, nơi nhận; bạn kiểm tra lại từng mục.</p>
<input id="docx" name="docx" type="file" accept=".docx"${marks('docx', 'docx-help')}>`
    : ''
}
<div class="actions"><button type="submit">Tạo chiến dịch</button></div>
</form>`,
  });
}

/** A campaign's residents list as its copy option says it: " · có danh sách hộ, người dân (8 dòng)". */
const rostersSaid = (rows: number | undefined) =>
  rows === undefined ? '' : ` · có danh sách hộ, người dân${rows ? ` (${rows} dòng)` : ''}`;

/**
 * A copy leaves the earlier campaign's residents list behind (personal data of that campaign)
 * unless ticked (qa59 M2): offered when a campaign to copy has one, the options naming which.
 */
function carryRostersChoice(ticked: boolean): Html {
  return html`<p class="help" id="carry-rosters-help">Danh sách hộ, người dân là thông tin cá nhân: bản sao chỉ mang theo khi được đánh dấu dưới đây, và chỉ khi chiến dịch được chọn có danh sách này (ghi “có danh sách hộ, người dân” ở trên). Không mang theo thì bảng theo dõi của bản sao in các dòng trống, và trang Nội dung của bản sao nhắc tải lại.</p>
<label class="check"><input type="checkbox" name="carryRosters" value="1"${ticked ? html` checked` : ''} aria-describedby="carry-rosters-help"> Mang theo danh sách hộ, người dân của chiến dịch cũ</label>`;
}

/**
 * A copy takes its source's groups list; the ward's newest (uploaded in another campaign since: a
 * tổ split, a leader replaced) is taken instead unless the office unticks it (qa47 M1).
 */
function newestListChoice(newest: ListOrigin, ticked: boolean, short: string): Html {
  return html`<p class="help" id="groups-from-help">Bản sao mang theo danh sách ${short} của chiến dịch được chọn. Danh sách ${short} mới nhất là của chiến dịch ${listSaid(newest)}.</p>
<label class="check"><input type="checkbox" name="newestGroups" value="1"${ticked ? html` checked` : ''} aria-describedby="groups-from-help"> Dùng danh sách ${short} mới nhất (${listBracketed(newest)}) cho bản sao</label>`;
}

/**
 * Why a Word file could not be imported, and how to save it so that it can. A file read whole
 * whose text is in an old font is no file that could not be read: said as what it is.
 */
function unreadableWord(fileName: string, e: UserError): Html {
  const hint = e.hintIn('vi');
  const heading = isOldFontRefusal(e)
    ? html`Tệp “${fileName}” dùng phông chữ cũ`
    : html`Không đọc được tệp “${fileName}”`;
  return html`${heading}: ${e.say('vi')}.${hint ? html`<br>${hint}` : ''}`;
}

/**
 * Every file of the campaign's folder as ZIP entries under `slug/`, but the build's output and
 * what stays in the folder (the residents list, pending uploads: staysInFolder).
 */
async function folderEntries(folder: string, slug: string) {
  const entries: { name: string; bytes: Uint8Array }[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      const rel = relative(folder, path);
      if (rel === OUT_DIR || staysInFolder(rel)) continue;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) {
        // The groups workbook as the build reads it: a sheet of households beside it stays out.
        const isGroups = (GROUPS_FILES as readonly string[]).includes(rel);
        const bytes = isGroups ? await groupsBytesToShare(path) : await readFile(path);
        const shared = isGroups ? sharedGroupsName(rel) : rel;
        if (bytes) entries.push({ name: `${slug}/${shared.split('\\').join('/')}`, bytes });
      }
    }
  };
  await walk(folder);
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A folder name not yet taken: "ten", "ten-2", "ten-3"…, the name cut so that the number still
 * fits in a slug's 60 characters (a longer one would be a folder no page opens). A deleted
 * campaign's name is taken too: it can be restored, and its links handed out must not open
 * another campaign's pages.
 */
function freeSlug(dir: string, dataDir: string, wanted: string): string {
  const base = wanted || 'chien-dich';
  let slug = base;
  for (let n = 2; existsSync(join(dir, slug)) || isDeletedSlug(dataDir, slug); n++) {
    const suffix = `-${n}`;
    slug = `${cutSlug(base, 60 - suffix.length)}${suffix}`;
  }
  return slug;
}

/**
 * Made here, not by the atomic write (which remembers the folders it made): a folder of this
 * name may have been deleted since.
 */
const newFolder = (folder: string) => mkdir(folder, { recursive: true });

/**
 * A new campaign's own id (a copy's too): its leaders' figures are its own from the start. A
 * copied file that is not YAML gets it as a line of text, replacing the earlier campaign's, so
 * that once mended it never shows or adds to that campaign's figures.
 */
async function giveNewId(file: string): Promise<void> {
  const id = newCampaignId();
  try {
    await editCampaignDocument(file, (doc) => setCampaignId(doc, id));
  } catch (e) {
    if (!isUserError(e)) throw e;
    await writeFileAtomic(file, withIdLine(await readCampaignText(file), id));
  }
}

/**
 * A campaign imported from Word with no title typed on the form: the import's short title (the
 * trích yếu without its first verb and its year, load/docx/flyer-fields.ts), else its trích yếu
 * when short enough, else the name the office typed (imported-title.ts). What was chosen, for
 * the import's notes; nothing when the import wrote a title (its own note says whence). The
 * file's "Left out: … title" line goes once the name is the title.
 */
async function giveImportedTitle(
  file: string,
  name: string,
): Promise<Parameters<typeof titleNote>[0]> {
  let chose: Parameters<typeof titleNote>[0];
  try {
    await editCampaignDocument(file, (doc) => {
      if (doc.has('title')) return;
      const subject = subjectTitle(doc.getIn(['notice', 'subject']));
      if (subject && subject.words <= TITLE_WORDS) {
        chose = { subject: subject.shown };
        return;
      }
      doc.set('title', name.normalize('NFC').trim());
      forgetTitleLeftOut(doc);
      chose = { name: name.normalize('NFC').trim(), ...(subject && { words: subject.words }) };
    });
  } catch (e) {
    // A file the importer wrote that does not parse is the edit page's to show, as it is.
    if (!isUserError(e)) throw e;
  }
  return chose;
}

/** The import's line of the title left out, in either language (load/docx/campaign-yaml.ts). */
const LEFT_OUT_TITLE = /^ (?:Left out|Không điền): .*\(title\)/;

/**
 * The import's "Left out: … (title)" line taken off the file's first comment (kept by the parser
 * on the document or on its first key). The Word import writes it where it wrote no title.
 */
function forgetTitleLeftOut(doc: Document): void {
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  for (const node of [doc, ...(isScalar(first) ? [first] : [])]) {
    const lines = node.commentBefore?.split('\n');
    if (lines) node.commentBefore = lines.filter((l) => !LEFT_OUT_TITLE.test(l)).join('\n');
  }
}

/**
 * The title the office typed on the form (`typed`): the title, the notice's own or not (a copy's,
 * a Word import's). Untyped, the name is the title only where there is none.
 */
async function giveShortTitle(file: string, name: string, typed = false): Promise<void> {
  try {
    await editCampaignDocument(file, (doc) => {
      if ((typed || !doc.has('title')) && name.trim() !== '')
        doc.set('title', name.normalize('NFC').trim());
    });
  } catch (e) {
    // A file the importer wrote that does not parse is the edit page's to show, as it is.
    if (!isUserError(e)) throw e;
  }
}

/**
 * The deleted campaigns still kept (deleted-campaigns.ts), each with when it goes for good and
 * its "Khôi phục" button; nothing when there is none.
 */
function deletedList(deleted: readonly DeletedCampaign[], session: Session): Html | string {
  if (!deleted.length) return '';
  const day = (d: Date) =>
    d.toLocaleDateString('vi-VN', {
      timeZone: 'Asia/Ho_Chi_Minh',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
  return html`<h2 id="da-xoa">Đã xoá</h2>
<p class="muted">Chiến dịch đã xoá được giữ ${KEEP_DAYS} ngày, cùng số liệu đã báo cáo, rồi bị xoá hẳn. Bấm “Khôi phục” để đưa chiến dịch trở lại danh sách, hoặc “Xoá hẳn” để xoá ngay (chẳng hạn một danh sách người dân tải nhầm).</p>
<ul class="list campaigns deleted">${deleted.map(
    (
      d,
    ) => html`<li><div>${d.name}<br><span class="muted">${d.by ? `${d.by} xoá` : 'Xoá'} lúc ${wardTimeSaid(d.deletedAt)} · xoá hẳn sau ngày ${day(d.until)} · thư mục ${d.slug}</span></div>
<div class="actions"><form method="post" action="/deleted/${d.slug}/restore" class="inline">${csrfField(session)}<button type="submit" class="secondary">Khôi phục</button></form>
<a class="button secondary" href="/deleted/${d.slug}/purge">Xoá hẳn</a></div></li>`,
  )}</ul>`;
}

export function registerCampaignRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const notFound = (reply: FastifyReply) => reply.callNotFound();
  /** What a Word import guessed, by campaign, shown on its page (`?imported=1`) until a restart. */
  const importNotes = ctx.importNotes;
  /** What the list says of each open campaign's leaders, kept until its files or figures change. */
  const listFigures = new ListFigures({
    campaignsDir: ctx.campaignsDir,
    previewer: ctx.previewer,
    db: ctx.opts.store.db,
    logError: ctx.opts.logError ?? ((line) => process.stderr.write(`${line}\n`)),
  });

  app.get('/', async (req, reply) => {
    const session = sessionOf(req);
    const campaigns = await listCampaigns(ctx.campaignsDir);
    const query = req.query as {
      deleted?: string;
      purged?: string;
      renamed?: string;
      restored?: string;
      q?: unknown;
    };
    const q = typeof query.q === 'string' ? query.q.normalize('NFC').trim().slice(0, 100) : '';
    // The open leaders' pages: how many groups reported, from the saved files and the store
    // alone (list-figures.ts): a list view starts no leaders' site.
    const leaders = new Map<string, LeadersNow>();
    const open = campaigns.filter((c) => ctx.leaderSites.isOpen(c.slug)).map((c) => c.slug);
    const counted = await Promise.all(open.map((slug) => listFigures.of(slug)));
    open.forEach((slug, i) => {
      const now = counted[i];
      if (now) leaders.set(slug, now);
    });
    listFigures.keepOnly(open);
    // Those whose pages the office closed: since when (qa31 m3).
    const closed = new Map<string, string>();
    for (const c of campaigns) {
      const since = ctx.leaderSites.closedSince(c.slug);
      if (since) closed.set(c.slug, since);
    }
    const renamed = campaigns.find((c) => c.slug === query.renamed);
    const restored = campaigns.find((c) => c.slug === query.restored);
    // The office's list removes those kept past KEEP_DAYS (and the start does); a leader's
    // request never does (listDeleted).
    await purgeDeleted(ctx.opts.dataDir, ctx.opts.store.db, new Date(), ctx.opts.logError);
    const deleted = await listDeleted(ctx.opts.dataDir);
    return sendPage(
      reply,
      page({
        title: 'Chiến dịch',
        session,
        script: true,
        body: html`<h1>Chiến dịch</h1>
${query.deleted === '1' ? notice('ok', 'Đã xoá chiến dịch.') : ''}
${query.purged === '1' ? notice('ok', 'Đã xoá hẳn chiến dịch: không khôi phục được nữa.') : ''}
${renamed ? notice('ok', `Đã đổi tên chiến dịch thành “${renamed.name}”.`) : ''}
${restored ? notice('ok', html`Đã khôi phục chiến dịch “${restored.name}”. Trang tổ trưởng của chiến dịch đang đóng: mở lại ở thẻ <a href="/c/${restored.slug}/leaders">Trang tổ trưởng</a> thì các đường dẫn đã gửi lại dùng được.`) : ''}
${query.restored === '0' ? notice('error', 'Chưa khôi phục được chiến dịch: thư mục của nó đã có chiến dịch khác.') : ''}
<div class="actions"><a class="button" href="/new">Tạo chiến dịch mới</a>${deleted.length ? html` <a href="#da-xoa">Đã xoá (${deleted.length})</a>` : ''}</div>
${
  campaigns.length
    ? campaignList(campaigns, {
        today: today(),
        query: q,
        details: campaignDetails,
        leaders,
        closed,
      })
    : html`<p>Chưa có chiến dịch nào. Bấm “Tạo chiến dịch mới” để bắt đầu.</p>`
}${deletedList(deleted, session)}`,
      }),
    );
  });

  app.get('/new', async (req, reply) =>
    sendPage(reply, await newPageOf(sessionOf(req), { importer: !!ctx.opts.importNotice })),
  );

  /** The new-campaign page, with the ward's newest groups list a copy may take. */
  const newPageOf = async (
    session: Session,
    opts: Omit<Parameters<typeof newPage>[2], 'newest'>,
  ) => {
    const campaigns = await listCampaigns(ctx.campaignsDir);
    const [newest] = await listOrigins(ctx.campaignsDir, campaigns);
    // The ward's word for its groups ("ấp", "thôn"), as the campaign holding the list says it.
    const held = newest && campaignPaths(ctx.campaignsDir, newest.holder);
    const newestTerm = held
      ? await readCampaignText(held.file)
          .then((text) => campaignTerm(campaignForm(text), held.groups))
          .catch(() => undefined)
      : undefined;
    const rows = await Promise.all(
      campaigns.map(
        async (c) => [c.slug, await rosterRows(campaignPaths(ctx.campaignsDir, c.slug))] as const,
      ),
    );
    const rosterRowsBySlug = new Map(
      rows.filter((r): r is readonly [string, number] => r[1] !== undefined),
    );
    return newPage(session, campaigns, {
      ...opts,
      newest,
      newestTerm,
      rosterRows: rosterRowsBySlug,
    });
  };

  app.post('/new', async (req, reply) => {
    const session = sessionOf(req);
    const body = req.body as Record<
      string,
      { value?: unknown; toBuffer?: () => Promise<Buffer>; filename?: string }
    >;
    const value = (k: string) => {
      const v = body[k];
      return typeof v === 'string' ? v : typeof v?.value === 'string' ? v.value : '';
    };
    const name = value('name').normalize('NFC').trim();
    // The printed title, when the office wants one other than the list's name (qa29 m2: the
    // name was printed on every flyer while its help spoke only of the folder).
    const title = value('title').normalize('NFC').trim();
    const from = value('from');
    const campaigns = await listCampaigns(ctx.campaignsDir);
    const again = async (
      error: string | Html,
      status = 400,
      wrong?: 'name' | 'title' | 'from' | 'docx',
    ) =>
      sendPage(
        reply,
        await newPageOf(session, {
          error,
          wrong,
          name,
          title,
          from,
          importer: !!ctx.opts.importNotice,
          // A refused form keeps the office's choice (final-read47: it came back ticked again).
          keepOwnList: value('newestGroups') !== '1',
          carryRosters: value('carryRosters') === '1',
        }),
        status,
      );
    if (!name) return again('Hãy đặt tên cho chiến dịch.', 400, 'name');
    // Typed with an old font or in VIQR: refused here as the campaign form refuses it later.
    for (const [field, label, text] of [
      ['name', 'Tên chiến dịch', name],
      ['title', 'Tiêu đề in trên giấy', title],
    ] as const) {
      const refused = legacyTextRefusal(text);
      if (refused)
        return again(
          html`“${label}”: ${refused.say('vi')}. ${refused.hintIn('vi') ?? ''}`,
          422,
          field,
        );
    }
    const docx = body.docx;
    const word =
      ctx.opts.importNotice && docx?.filename && docx.toBuffer ? await docx.toBuffer() : undefined;
    // The same name twice is two campaigns the list cannot tell apart: the office chooses.
    const taken = campaigns.find((c) => sameName(c.name, name));
    if (taken) {
      const details = campaignDetails(taken);
      return again(
        html`Đã có chiến dịch tên “${taken.name}”${details ? ` (${details})` : ''}. Hãy đặt một tên khác cho chiến dịch mới (ví dụ thêm “đợt 2” hoặc năm), hoặc <a href="/c/${taken.slug}">mở chiến dịch đã có</a>.${word ? ' Tệp Word cần chọn lại.' : ''}`,
        409,
        'name',
      );
    }
    const slug = freeSlug(ctx.campaignsDir, ctx.opts.dataDir, campaignSlug(name));
    const target = campaignPaths(ctx.campaignsDir, slug);
    let notes: string[] = [];
    let rostersLeft: number | undefined;
    if (from) {
      if (!campaignExists(ctx.campaignsDir, from))
        return again('Không tìm thấy chiến dịch để sao chép.', 400, 'from');
      refuseLinks(join(ctx.campaignsDir, from), `campaigns/${from}`);
      await mkdir(ctx.campaignsDir, { recursive: true });
      // The build's files belong to the earlier campaign: the copy starts without them, and
      // without its residents list (personal data of that campaign) and pending uploads.
      await cp(join(ctx.campaignsDir, from), target.folder, {
        recursive: true,
        filter: (src) => {
          const rel = relative(join(ctx.campaignsDir, from), src);
          return ![OUT_DIR, NAME_FILE].includes(rel) && !staysInFolder(rel);
        },
      });
      // The list the copy holds, dated by its upload; the ward's newest instead when asked
      // (ticked by default) and another campaign has a newer one (qa47 M1).
      const source = campaigns.find((x) => x.slug === from);
      const own = await listOriginOf(ctx.campaignsDir, from, source?.name ?? from);
      const newer =
        value('newestGroups') === '1'
          ? newerList(await listOrigins(ctx.campaignsDir, campaigns), own)
          : undefined;
      if (newer) await takeList(ctx.campaignsDir, target.folder, newer);
      // An older campaign's groups workbook stored whole: the copy keeps the sheets read. Before
      // the origin is recorded: the record holds the stored file's digest, and a record of the
      // bytes before this rewrite matched nothing (final-read47: the copy's list then counted as
      // uploaded today, the ward's "newest").
      const copied = campaignPaths(ctx.campaignsDir, slug).groups;
      if (copied) await keepReadSheetsOf(copied);
      const origin = newer ?? own;
      // The list as stored now (a Word table is kept as groups.xlsx: the path may have changed).
      const stored = campaignPaths(ctx.campaignsDir, slug).groups;
      if (origin) await writeListOrigin(target.folder, origin, stored);
      // The residents list when ticked; else its rows, for the copy's review (qa59 M2).
      const earlier = campaignPaths(ctx.campaignsDir, from);
      if (value('carryRosters') === '1') await carryRosters(earlier, target.folder);
      else rostersLeft = await rosterRows(earlier);
    } else if (word && ctx.opts.importNotice) {
      const fileName = docx?.filename ?? 'notice.docx';
      let imported: Awaited<ReturnType<NoticeImporter>>;
      try {
        imported = await ctx.opts.importNotice(new Uint8Array(word), fileName);
      } catch (e) {
        // A file Word did not write (an old .doc, a renamed workbook, a broken download): its
        // sentence on the same form, the name kept; nothing is created.
        if (!isUserError(e)) throw e;
        return again(unreadableWord(fileName, e), 422, 'docx');
      }
      await newFolder(target.folder);
      await writeFileAtomic(target.file, imported.yaml);
      const chose = title ? undefined : await giveImportedTitle(target.file, name);
      const said = titleNote(chose);
      const read = title ? imported.notes.filter((n) => !isImportedTitleNote(n)) : imported.notes;
      notes = said ? [...read, said] : read;
      if (title) await giveShortTitle(target.file, title, true);
    } else {
      await newFolder(target.folder);
      await writeFileAtomic(target.file, skeletonCampaign(name, today(), title));
    }
    // A copy keeps the earlier campaign's title unless the office typed another.
    if (from && title) await giveShortTitle(target.file, title, true);
    await writeCampaignName(target.folder, name);
    await giveNewId(target.file);
    // What the copy still says of the earlier campaign: listed until reviewed (copy-review.ts).
    if (from) {
      const earlier = campaigns.find((x) => x.slug === from);
      await rememberCopy(
        target.folder,
        { name: earlier?.name ?? from, slug: from },
        campaignForm(await readCampaignText(target.file)),
        title ? ['title'] : [],
        rostersLeft,
      );
    }
    // Post/Redirect/Get: reloading the campaign's page never makes it a second time.
    if (notes.length) {
      importNotes.set(slug, notes);
      return reply.redirect(`/c/${slug}?imported=1`, 303);
    }
    return reply.redirect(from ? `/c/${slug}?copied=${from}` : `/c/${slug}`, 303);
  });

  /** The campaign's edit page from its saved file, with what the request asks to say. */
  const showEdit = async (
    req: FastifyRequest,
    reply: FastifyReply,
    c: CampaignPaths,
    said: { logo?: PictureSaid; map?: PictureSaid } = {},
    status = 200,
  ) => {
    // The page's script asks for the preview next: its threads start now.
    ctx.previewer.warmUp();
    const text = await readCampaignText(c.file);
    const checked = await checkCampaignText(text, c.file, c.groups);
    const query = req.query as {
      saved?: string;
      imported?: string;
      copied?: string;
      'han-cu'?: string;
    };
    const saved = query.saved === '1';
    const copied = query.copied && isSlug(query.copied) ? query.copied : undefined;
    const form = campaignForm(text);
    const review = await copyReviewOf(c.folder, form, c.rosters !== undefined);
    const ahead = saved ? issuedAhead(form.issued ?? '', today()) : undefined;
    const oldDay = saved && query['han-cu'] ? oldDaySaid(query['han-cu'], form) : [];
    const user = sessionOf(req)?.user.name;
    const overwritten = user ? await takeOverwritesOf(c.folder, user) : [];
    // Saved while a print runs that has read the campaign already (qa49): its files are of the
    // version before this save, and the build tab will mark them old.
    const build = saved && ctx.builds.running(c.slug) ? ctx.builds.status(c.slug) : undefined;
    const printing = build?.readAt === undefined ? undefined : new Date(build.readAt);
    return sendPage(
      reply,
      editPage(sessionOf(req), c.slug, form, {
        ahead,
        sameNumber: sameNumberSaid(c.slug, await listCampaigns(ctx.campaignsDir)),
        ownWeb: await webOverrides(c.folder),
        listed: c.name,
        ...checked,
        stored: true,
        version: campaignVersion(text),
        base: form,
        saved,
        notes: query.imported === '1' ? importNotes.get(c.slug) : undefined,
        copy: review && {
          review,
          fresh:
            copied === review.fromSlug
              ? {
                  rosters:
                    campaignExists(ctx.campaignsDir, copied) &&
                    (await holdsRosters(campaignPaths(ctx.campaignsDir, copied))),
                }
              : undefined,
        },
        rosters: await holdsRosters(c),
        hidden: keysNotShown(text),
        term: await campaignTerm(form, c.groups),
        columns: await groupColumnsOf(c.groups),
        areaColumns: await areaColumnsOf(c.groups),
        logo: said.logo,
        map: said.map,
        unlisted: (await unlistedNotes(ctx, c)).said,
        // Just saved lines of "Chỉ tiêu" whose first has no rate: nothing ranked, said (qa58b p5).
        unranked: saved ? await unrankedOf(c) : undefined,
        overwritten,
        printing,
        oldDay: oldDay.length ? { was: query['han-cu'] ?? '', said: oldDay } : undefined,
      }),
      status,
    );
  };

  app.get('/c/:slug', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return notFound(reply);
    const { logo, map } = req.query as { logo?: string; map?: string };
    const done = logo === 'uploaded' || logo === 'removed' ? logo : undefined;
    const mapDone = map === 'uploaded' || map === 'removed' ? map : undefined;
    return showEdit(req, reply, c, {
      logo: done ? { done, printed: await printsPicture(c, 'logo') } : undefined,
      map: mapDone ? { done: mapDone, printed: await printsPicture(c, 'map') } : undefined,
    });
  });

  /**
   * Whether a document the campaign makes prints its logo or its map, judged as build and
   * `check` judge it (their warning at `assets.logo`/`assets.map`); undefined: the campaign
   * does not load.
   */
  /** Why the campaign's figures are not ranked, when its first line has no rate (unranked.ts). */
  const unrankedOf = async (c: CampaignPaths) => {
    if (!c.groups) return undefined;
    const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
    return ward && unrankedWhy(ward.campaign.measures, ward.groups);
  };

  const printsPicture = async (
    c: CampaignPaths,
    picture: Picture,
  ): Promise<boolean | undefined> => {
    if (!c.groups) return undefined;
    const ward = await ctx.previewer.previewWard(c).catch(() => undefined);
    if (!ward) return undefined;
    return !unprintedPicture(ward.campaign, c.file, picture, KINDS, ward.nothingToPrint);
  };

  for (const picture of ['logo', 'map'] as const) {
    app.post(`/c/:slug/${picture}`, async (req, reply) => {
      const c = campaignOf(ctx, req);
      if (!c) return notFound(reply);
      const file = (req.body as Record<string, Upload | undefined>)[picture];
      if (!file?.filename || !file.toBuffer) {
        const error = 'Hãy chọn một tệp ảnh (PNG hoặc JPEG) trước khi bấm “Tải ảnh lên”.';
        return showEdit(req, reply, c, { [picture]: { error } }, 422);
      }
      try {
        await uploadPicture(c, picture, file.filename, new Uint8Array(await file.toBuffer()));
      } catch (e) {
        if (!(e instanceof LogoRefused) && !isUserError(e)) throw e;
        const error = e instanceof LogoRefused ? e.text : inVietnamese(e as UserError);
        return showEdit(req, reply, c, { [picture]: { error } }, 422);
      }
      return reply.redirect(`/c/${c.slug}?${picture}=uploaded`, 303);
    });

    app.post(`/c/:slug/${picture}/remove`, async (req, reply) => {
      const c = campaignOf(ctx, req);
      if (!c) return notFound(reply);
      await removePicture(c, picture);
      return reply.redirect(`/c/${c.slug}?${picture}=removed`, 303);
    });

    // The picture as the documents print it (the build's own preparation: at most 1200 px; a
    // logo's transparency kept when it has any).
    app.get(`/c/:slug/${picture}`, async (req, reply) => {
      const c = campaignOf(ctx, req);
      const path = c && (await picturePath(c, picture));
      if (!path) return notFound(reply);
      let png: Uint8Array;
      try {
        png = await preparedPicture(path, picture);
      } catch (e) {
        if (!isUserError(e)) throw e;
        return notFound(reply);
      }
      return reply
        .type('image/png')
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(png));
    });
  }

  /**
   * A save of a campaign deleted since its form was opened (qa27 F5: "phần mềm trả lời lỗi (mã
   * 404)… bấm Lưu lần nữa"): the form again as typed, saying who deleted it and when, and that
   * “Đã xoá” restores it; nothing is written. A campaign never made is the plain 404.
   */
  const deletedMeanwhile = async (req: FastifyRequest, reply: FastifyReply) => {
    const { slug } = req.params as { slug: string };
    const entry = await deletedEntry(ctx.opts.dataDir, slug);
    if (!entry) return notFound(reply);
    const { form, version, base } = postedForm(req);
    const groups = deletedPaths(ctx.opts.dataDir, slug).groups;
    return sendPage(
      reply,
      editPage(sessionOf(req), slug, form, {
        listed: entry.name,
        version: version ?? '',
        base,
        refused: { why: 'deleted', at: entry.deletedAt, ...(entry.by ? { by: entry.by } : {}) },
        term: await campaignTerm(form, groups),
        columns: await groupColumnsOf(groups),
        areaColumns: await areaColumnsOf(groups),
      }),
      410,
    );
  };

  /** The form as posted: every field's text, and the file's state it was made from. */
  const postedForm = (req: FastifyRequest) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const keep = body._keep;
    return {
      form: Object.fromEntries(
        FIELDS.map((d) => [
          fieldName(d),
          // The appendices come as a title and a text each (appendixField).
          d.type === 'appendix' ? postedAppendix(body) : String(body[fieldName(d)] ?? ''),
        ]),
      ),
      version: typeof body._version === 'string' ? body._version : undefined,
      /** The values of the state the form was made from (form-merge.ts). */
      base: decodeFormBase(body._base),
      /** A copy's items ticked "Giữ như cũ" (copy-review.ts). */
      kept: (Array.isArray(keep) ? keep : keep === undefined ? [] : [keep]).map(String),
      /** The office answered "Vẫn lưu" to measures whose figures would stop counting. */
      measuresOk: body._measures_ok === '1',
    };
  };

  /**
   * The form again, as typed, and why it was not saved (nothing is written). Signed out, the
   * page is made of the request alone — nothing of the file, not even whether the campaign
   * exists; anything but the campaign form's own post gets the plain refusal.
   */
  const notSaved: RefusedPost = async (req, reply, why) => {
    const { slug } = req.params as { slug: string };
    const body = (req.body ?? {}) as Record<string, unknown>;
    // The copy's "Giữ như cũ" ticks come as a list when more than one is ticked.
    const plain = Object.values(body).every(
      (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
    );
    const c = why === 'stale-form' ? campaignOf(ctx, req) : undefined;
    if (!plain || !isSlug(slug) || (why === 'stale-form' && !c)) {
      return sendPage(reply, statusPage(403, req.studio ?? undefined), 403);
    }
    const { form, version, base } = postedForm(req);
    const text = c ? await readCampaignText(c.file) : undefined;
    return sendPage(
      reply,
      editPage(req.studio ?? undefined, slug, form, {
        listed: c?.name,
        // Refused before any check: the version stays the one the form was made from.
        version: version ?? '',
        base,
        refused: { why },
        hidden: text ? keysNotShown(text) : [],
        rosters: c !== undefined && (await holdsRosters(c)),
        term: await campaignTerm(form, c?.groups),
        columns: await groupColumnsOf(c?.groups),
        areaColumns: await areaColumnsOf(c?.groups),
      }),
      403,
    );
  };

  app.post('/c/:slug', { config: { refused: notSaved } }, async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return deletedMeanwhile(req, reply);
    const { form: typed, version, base, kept, measuresOk } = postedForm(req);
    const me = sessionOf(req)?.user.name;
    // A field both this clerk and a colleague changed: the refused page asked whose to keep
    // (qa49 M2); saved again without a choice, it asks again, nothing written.
    const body = (req.body ?? {}) as Record<string, unknown>;
    const asked = decodeBothAsked(body._both);
    const picks = (asked?.fields ?? []).map((f) => ({ f, pick: body[pickName(f.key)] }));
    if (asked && picks.some((p) => p.pick !== 'theirs' && p.pick !== 'mine')) {
      const text = await readCampaignText(c.file);
      return sendPage(
        reply,
        editPage(sessionOf(req), c.slug, typed, {
          listed: c.name,
          version: version ?? campaignVersion(text),
          base,
          refused: {
            why: 'changed',
            at: new Date(asked.at),
            ...(asked.by ? { by: asked.by, mine: asked.by === me } : {}),
            merged: { theirs: [], both: asked.fields },
            unpicked: true,
          },
          hidden: keysNotShown(text),
          rosters: await holdsRosters(c),
          term: await campaignTerm(typed, c.groups),
          columns: await groupColumnsOf(c.groups),
          areaColumns: await areaColumnsOf(c.groups),
        }),
        409,
      );
    }
    // "Lấy bản của …": the field as the colleague saved it (the state this form now stands on).
    const posted = { ...typed };
    for (const { f, pick } of picks)
      if (pick === 'theirs') posted[f.key] = base?.[f.key] ?? f.theirs;
    let form = posted;
    const retired = await readRetired(c.folder);
    const before = await readCampaignText(c.file);
    // Measures the save takes out while groups reported on them: their figures would stop
    // counting (qa24 F12). Asked first, on the form; a form of another state is refused below.
    /** Those of `ms` some group reported on, with how many did. */
    const reportedOf = async <M extends { id: string }>(ms: readonly M[]) => {
      const counts = await reportedOn(
        ctx,
        c,
        ms.map((m) => m.id),
      );
      return ms
        .filter((m) => (counts.get(m.id) ?? 0) > 0)
        .map((m) => ({ ...m, groups: counts.get(m.id) ?? 0 }));
    };
    const reported = await reportedOf(measuresDropped(before, form, retired));
    // Measures kept with another target while groups reported on them (qa58b M3): asked too.
    const rebased = await reportedOf(measuresRetargeted(before, form, retired));
    const stale = version !== undefined && version !== campaignVersion(before);
    const ask = reported.length + rebased.length > 0 && !measuresOk && !stale;
    // When a paper's text last changed: kept over a save of unprinted fields only (prints-old.ts).
    const printedBefore = await printedEditOf(c.file);
    // Figures stored before the store kept what their base counted keep the base they were sent
    // against, in its own words, once the office gives the measure another (qa58b M3).
    if (!ask && rebased.length && !stale)
      await keepBasesOf(
        ctx,
        c,
        rebased.map((m) => m.id),
      );
    const result = ask
      ? { saved: false, ...(await checkCampaignText(before, c.file, c.groups)) }
      : await saveCampaignForm(c, form, version, retired, sessionOf(req)?.user.name);
    if (result.saved) {
      await rememberRetired(c.folder, reported);
      const saved = await readCampaignText(c.file);
      await reviewSaved(c.folder, campaignForm(saved), kept);
      // Only "Hạn báo cáo" changed: the print files are not old (qa58b M4).
      if (onlyUnprinted(campaignForm(before), campaignForm(saved)))
        await noteUnprintedSave(c.file, printedBefore);
      // "Ghi đè thay đổi của …", chosen knowingly: the colleague is told on her next load.
      const over = asked?.by;
      if (over && me && over !== me) {
        const at = new Date().toISOString();
        await recordOverwrites(
          c.folder,
          picks
            .filter((p) => p.pick === 'mine')
            .map(({ f }) => ({ key: f.key, by: me, over, label: f.label, lost: f.theirs, at })),
        );
      }
      // A moved "Hạn báo cáo": the page after the save says where the text still names the old
      // day (qa58b M4), by that day, kept in the address for this one page.
      const was = campaignForm(before)['report.deadline']?.trim() ?? '';
      const moved = was && was !== (campaignForm(saved)['report.deadline']?.trim() ?? '');
      return reply.redirect(
        `/c/${c.slug}?saved=1${moved ? `&han-cu=${encodeURIComponent(was)}` : ''}`,
        303,
      );
    }
    const text = await readCampaignText(c.file);
    const changed = 'changedAt' in result && result.changedAt ? result.changedAt : undefined;
    // The fields whose "Ghi đè" stands until a save goes through (refused below for a mistake).
    const overwriting = picks.filter((p) => p.pick === 'mine');
    // Made from an older state: the fields this clerk left as they were take the file's values
    // now, so Lưu again replaces only what she typed (qa45 F3).
    const merged = changed && base ? mergeForm(base, posted, campaignForm(text)) : undefined;
    if (merged) form = merged.form;
    const hidden = keysNotShown(text);
    const term = await campaignTerm(form, c.groups);
    const review = await copyReviewOf(c.folder, form, c.rosters !== undefined);
    // Whose save the file now is, read in the refused save's own turn (saveCampaignForm).
    const by = 'changedBy' in result ? result.changedBy : undefined;
    return sendPage(
      reply,
      editPage(sessionOf(req), c.slug, form, {
        listed: c.name,
        ...(ask ? { errors: [], warnings: [] } : result),
        measuresAsked: ask && reported.length ? reported : undefined,
        retargetAsked: ask && rebased.length ? rebased : undefined,
        copy: review && { review, ticked: kept },
        // Changed elsewhere: saving again (knowingly) replaces that state; otherwise the form
        // still stands on the state it was made from.
        version: changed ? campaignVersion(text) : (version ?? campaignVersion(text)),
        // The values the form now stands on: the file's, once merged; else the posted ones.
        base: changed ? campaignForm(text) : base,
        refused: changed
          ? {
              why: 'changed',
              at: changed,
              ...(by ? { by, mine: by === me } : {}),
              ...(merged ? { merged: { theirs: merged.theirs, both: merged.both } } : {}),
            }
          : overwriting.length > 0 && asked
            ? // "Ghi đè" chosen, then refused for a mistake elsewhere: the choice is sent back with
              // the form (it used to be dropped, and the save after the fix told the colleague
              // nothing). A "Lấy bản của …" is done: the field now holds the colleague's text on a
              // form of the file's state, and is not sent back as a choice, or the next Lưu would
              // put that text back over whatever the clerk then types in it (review50 B1).
              {
                why: 'changed',
                at: new Date(asked.at),
                ...(asked.by ? { by: asked.by, mine: asked.by === me } : {}),
                merged: { theirs: [], both: overwriting.map(({ f }) => f) },
                chosen: Object.fromEntries(overwriting.map(({ f }) => [f.key, 'mine'])),
              }
            : undefined,
        hidden,
        rosters: await holdsRosters(c),
        term,
        columns: await groupColumnsOf(c.groups),
        areaColumns: await areaColumnsOf(c.groups),
      }),
      changed ? 409 : ask ? 409 : 422,
    );
  });

  app.get('/c/:slug/campaign.zip', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return notFound(reply);
    if (isHead(req)) return headOnly(reply, 'application/zip', `${c.slug}.zip`);
    const entries = await folderEntries(c.folder, c.slug);
    const zip = Buffer.concat(storedZip(entries, new Date()));
    // Its groups file names the leaders and their phones: logged as the studio's other files of
    // people's names are (a list that does not read may hold them too).
    const groups = c.groups
      ? await groupsReportOf(c.groups).then(
          (r) => (r.failures.length > 0 ? undefined : r.groups),
          () => undefined,
        )
      : [];
    if (holdsNames({ of: 'leaders', groups })) {
      await recordDownload(ctx.opts.store.db, req, {
        user: sessionOf(req).user.name,
        campaign: c.slug,
        file: `${c.slug}.zip`,
      });
    }
    return reply
      .type('application/zip')
      .header('Content-Disposition', contentDisposition(`${c.slug}.zip`))
      .send(zip);
  });
}
