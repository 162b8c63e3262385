/**
 * Studio: build all, and the files to print and send. `/c/<slug>/build` shows the last build's
 * progress (its script polls `/build/status`; without it, the page's reload link does), then the
 * print files and the groups' ZIPs listed in the build's manifest — the only files `/out/` gives
 * — and how the leaders' download pages are published.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { UserError } from '../errors.js';
import { FLYERS_PER_SHEET } from '../kinds/flyer.js';
import { printsOneSided } from '../kinds/kind.js';
import { safeFileName } from '../kinds/labels.js';
import { kindInfo } from '../kinds/names.js';
import { findKind } from '../kinds/registry.js';
import { isEndDayWarning, isPlaceholderWarning } from '../load/campaign-checks.js';
import { firstNamed } from '../messages/first-named.js';
import { count, decimal, say } from '../messages/message.js';
import { groupThousands, upperFirst } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { matches, searchOf } from '../model/search.js';
import { unitTermOf } from '../model/unit-term.js';
import { codeVersion } from '../output/code-version.js';
import {
  isDeadlineDayWarning,
  isEmptyCellWarning,
  isUndatedWhenWarning,
  isYearlessWhenWarning,
} from '../output/empty-cells.js';
import { isEventPastWarning } from '../output/event-past.js';
import { heldByAnother } from '../output/folder-lock.js';
import { type Manifest, type ManifestBundle, readPrevious, sha256 } from '../output/manifest.js';
import { isNoCountWarning } from '../output/measure-bases.js';
import { isOwnTextWarning } from '../output/own-text.js';
import { isPrintedAsTypedWarning } from '../output/printed-as-typed.js';
import { isPrintedDayWarning } from '../output/printed-days.js';
import { isGroupOmissionWarning } from '../output/room-notes.js';
import { kindWords } from '../output/skipped-kinds.js';
import { StoredZipWriter } from '../output/stored-zip.js';
import { campaignWardTagOfForm, withCampaign } from '../serve/campaign-file-name.js';
import { contentDisposition } from '../serve/disposition.js';
import { formatSize } from '../serve/views.js';
import { wardDay } from '../ward-time.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import {
  type BuildFile,
  type BuildFiles,
  buildFiles,
  type WardPrintNeed,
  wardTime,
} from './build-files.js';
import { type BuildStatus, lastBuildRosters, rostersRead } from './builds.js';
import { fieldId, fieldOf } from './campaign-fields.js';
import { campaignForm, checkCampaignText, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { type CopyReview, copyReviewOf, ROSTERS_ITEM } from './copy-review.js';
import { buildReadList, holdsNames, recordDownload } from './download-log.js';
import { campaignTerm } from './group-term.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, notice, noticeList, page, sentencePage } from './layout.js';
import { inUploadedFile } from './messages.js';
import { confirmedOld, oldOnPaper, PRINT_OLD_FIELD, printOldPage } from './print-old.js';
import { printsOnDisk } from './print-space.js';
import { printsMade, printsMadeSaid } from './prints-made.js';
import { lastEdit, type PrintsOld, printsOld, printsReadAt } from './prints-old.js';
import { campaignName, campaignOf, warningText } from './routes-campaigns.js';
import {
  FREED_QUERY,
  freePrintsPath,
  registerFreePrintsRoutes,
  takeFreed,
} from './routes-free-prints.js';
import { offeredDocuments } from './routes-leaders.js';
import { unfilledFields, unfilledRefusal } from './unfilled.js';

/** When a file was last changed (ms); 0 when there is none. */
async function modifiedAt(file: string | undefined): Promise<number> {
  if (!file) return 0;
  return stat(file).then(
    (s) => s.mtimeMs,
    () => 0,
  );
}

/**
 * A printed campaign none of whose files is on disk: its prints were freed ("Xoá tệp in", then
 * `freedAt`), restored from a backup, which keeps the manifest alone, or removed some other way.
 */
interface PrintsAbsent {
  freedAt?: number;
  /** Restored from a backup (store/backup.ts PRINTS_RESTORED_FILE). */
  restored: boolean;
}

/** The last build: running, failed, done — or, after a restart, when its files were made. */
function statusView(
  slug: string,
  s: BuildStatus | undefined,
  term: GroupTerm,
  m: Manifest,
  elsewhere: boolean,
  absent?: PrintsAbsent,
): Html {
  // A build this studio did not start (the one it was stopped in, still ending; a CLI build).
  if (elsewhere) {
    return html`<p>Đang tạo tệp in (lần tạo bắt đầu trước đó, chưa xong). <a href="/c/${slug}/build">Cập nhật</a></p>`;
  }
  if (!s) {
    const made = m.print.length > 0 || m.zips.length > 0;
    // A stopped or failed build's journal or manifest never says "xong" (qa12 Q9, Q17).
    const stopped = m.unfinished
      ? html` Lần tạo tệp in sau đó đã dừng giữa chừng: bấm “Tạo tệp in” để tạo tiếp.`
      : '';
    // The newest build's time, and the kinds an earlier one left (prints-made.ts).
    const madeAt = printsMade(m, term);
    // Printed, but none of its files is on this computer: freed, or left out of a backup (qa31 m1).
    if (absent && madeAt) {
      const why =
        absent.freedAt !== undefined
          ? `tệp in đã xoá lúc ${wardTime(absent.freedAt)} để lấy chỗ trống trên máy`
          : absent.restored
            ? 'tệp in không có trong bản sao lưu'
            : 'tệp in không còn trên máy';
      return html`<p>Đã tạo tệp in lúc ${wardTime(madeAt.at)}; ${why}: bấm “Tạo tệp in” để tạo lại.</p>`;
    }
    if (made && madeAt) {
      // Drawn by another version (an upgrade since): the leaders' pages draw with this one.
      const older =
        m.code !== codeVersion()
          ? html` Các tệp in này được tạo bằng phiên bản trước của phần mềm, nên có thể khác đôi chút (xuống dòng, chân trang) với bản tổ trưởng tải trên trang của tổ. Muốn khớp với bản đó, bấm “Tạo tệp in” để tạo lại.`
          : '';
      return html`<p>Đã tạo tệp in ${printsMadeSaid(madeAt)}.${older}${stopped}</p>`;
    }
    return made || m.unfinished
      ? html`<p>Lần tạo tệp in gần nhất chưa xong: bấm “Tạo tệp in” để tạo tiếp.</p>`
      : // One sentence: "Chưa in lần nào." over "Chưa có tệp nào." said the same twice (h-ux2).
        html`<p>Chưa có tệp in nào: bấm “Tạo tệp in”.</p>`;
  }
  const bar = html`<progress max="${Math.max(1, s.total)}" value="${s.done}" aria-label="Tiến độ tạo tệp in">${s.done}/${s.total}</progress>`;
  if (s.state === 'running') {
    return html`${bar}<p>Đang tạo tệp in: ${s.done}/${s.total || '…'} ${term.short}. <a href="/c/${slug}/build">Cập nhật</a></p>`;
  }
  if (s.state === 'failed') return notice('error', failedSaid(slug, s, term));
  const seconds = say(decimal(s.seconds ?? 0, 1), 'vi');
  const groups = s.groups ?? s.total;
  const removed = s.removed
    ? html`<br>Đã xoá tệp của ${say(count(s.removed), 'vi')} ${term.short} không còn trong danh sách.`
    : '';
  return html`${bar}${notice(
    s.failures.length ? 'error' : 'ok',
    html`Đã tạo tệp in cho ${say(count(groups - s.failures.length), 'vi')}/${say(count(groups), 'vi')} ${term.short} trong ${seconds} giây.${removed}${
      s.failures.length
        ? html`<br>Các ${term.short} chưa tạo được tệp in:<br>${s.failures.map(
            (f) =>
              // A row without a name is named by its id: "Thôn 2 (dòng 3)".
              html`${f.name || (f.group ? `${term.Short} ${f.group}` : '')}${f.row ? ` (dòng ${f.row})` : ''}: ${f.message}<br>`,
          )}${failuresFixedAt(slug, s.failures, term)}`
        : ''
    }`,
  )}`;
}

/**
 * Where the groups that failed are fixed: a campaign form's field (a flyer's list too long for
 * its page is cut on the Nội dung tab, not in the groups list), else the groups list.
 */
function failuresFixedAt(slug: string, failures: BuildStatus['failures'], term: GroupTerm): Html {
  const fields = [...new Set(failures.flatMap((f) => fieldOf(f.field) ?? []))];
  const inList = failures.some((f) => !fieldOf(f.field));
  return html`${fields.map(
    (d, i) =>
      html`${i ? ' · ' : ''}<a href="/c/${slug}#${fieldId(d)}">Sửa ở mục “${d.label}” (thẻ Nội dung)</a>`,
  )}${inList ? html`${fields.length ? ' · ' : ''}<a href="/c/${slug}/groups">Sửa danh sách ${term.short}</a>` : ''}`;
}

/**
 * Why the build stopped: its one problem, or every one listed with their hints once, and the tab
 * where they are fixed (the campaign's texts, the groups file).
 */
function failedSaid(slug: string, s: BuildStatus, term: GroupTerm): Html {
  const p = s.problems;
  const where =
    p?.fixAt === 'content'
      ? html` Sửa ở trang <a href="/c/${slug}">Nội dung</a> rồi bấm “Tạo tệp in”.`
      : p?.fixAt === 'groups'
        ? html` Sửa ở trang <a href="/c/${slug}/groups">Danh sách ${term.short}</a> rồi bấm “Tạo tệp in”.`
        : '';
  if (!p || p.texts.length < 2) return html`Chưa tạo được tệp in: ${s.error ?? ''}${where}`;
  return html`Chưa tạo được tệp in: có ${p.texts.length} chỗ cần sửa.${where}<br>${p.texts.map((t) => html`– ${t}<br>`)}${p.hints.map((h) => html`${h}<br>`)}`;
}

/**
 * What a print file's pages come to on paper: sheets for a two-sided file; a poster's or a
 * flyer's file is one-sided whatever the printer (kinds/kind.ts printsOneSided), which the office
 * is told when it chose two sides.
 */
function sheetsNote(bundle: ManifestBundle, simplex: boolean): string {
  const pages = bundle.pages ?? 0;
  if (bundle.duplex) return ` (${say(count(Math.ceil(pages / 2)), 'vi')} tờ giấy)`;
  if (simplex || !isOneSided(bundle.kind)) return '';
  return findKind(bundle.kind)?.wallSheet
    ? ' (in một mặt: mỗi trang một tờ để dán)'
    : ' (in một mặt: mỗi trang một tờ, mặt sau để trắng)';
}

/** Whether a kind's print file is one-sided whatever the office chose (posters, the flyer). */
const isOneSided = (kind: string): boolean => {
  const k = findKind(kind);
  return k !== undefined && printsOneSided(k);
};

/** "Áp phích và tờ rơi in một mặt.": the kinds among the print files printed one-sided anyway. */
function oneSidedSaid(print: readonly BuildFile[]): string {
  const kinds = [
    ...new Set(print.map((f) => f.bundle.kind).filter((k) => isOneSided(k) && kindInfo(k))),
  ];
  if (kinds.length === 0) return '';
  return ` ${upperFirst(say(kindWords(kinds, 'and'), 'vi'))} in một mặt.`;
}

/**
 * ZIPs made from the groups list used before the one in use now (qa7 D6): each keeps the name
 * its papers print, and the page says what the list in use calls that id now, so a file saved
 * or sent by Zalo is never named after another group.
 */
function otherListNote(zips: readonly BuildFile[], term: GroupTerm): Html | string {
  const changed = zips.filter((f) => f.nowNamed !== undefined).length;
  if (changed === 0) return '';
  return notice(
    'warn',
    // "Of the ZIPs below, N …": the others are of the list in use (qa13: "5 ZIPs below" over 7).
    html`Trong các tệp ZIP dưới đây, ${say(count(changed), 'vi')} tệp được tạo theo danh sách ${term.short} trước đây (có ghi chú bên cạnh): mỗi tệp mang tên ${term.short} như lúc tạo, không phải tên trong danh sách đang dùng. Bấm “Tạo tệp in” để tạo lại theo danh sách đang dùng.`,
  );
}

function nowNamedNote(f: BuildFile): Html | string {
  if (f.nowNamed === undefined) return '';
  return html` <span class="old-note">${f.nowNamed === null ? 'Không còn trong danh sách đang dùng' : html`Danh sách đang dùng ghi mã này là “${f.nowNamed}”`}</span>`;
}

/**
 * How many the whole ward prints of a file whose copies go to each household or person, in the
 * words the leader's page uses for its group ("In 66 tờ A4 (132 hộ, mỗi tờ 2 tờ rơi)"): each
 * group's sheet of the file printed for its own households (qa21 finding 13).
 */
function needSaid(need: WardPrintNeed, term: GroupTerm, unit: string): string {
  const n = (x: number | null) => groupThousands(x ?? 0);
  const what =
    need.sheets !== null
      ? `${n(need.sheets)} tờ A4 (${n(need.households)} hộ, mỗi tờ ${FLYERS_PER_SHEET} tờ rơi)`
      : `${n(need.copies)} bản (mỗi ${need.noun} một bản)`;
  const each =
    need.sheets !== null
      ? `mỗi ${term.short} in tờ của ${term.short} mình cho đủ số hộ`
      : `mỗi ${term.short} in bản của ${term.short} mình cho đủ số ${need.noun}`;
  // The groups left out, by name: the total is not the ward's, and the office must know whose;
  // what the list lacks is the count it is made from ("số trẻ cần tiêm", not "số nhân khẩu").
  const missing = need.uncounted
    ? `; chưa tính ${groupThousands(need.uncounted)} ${term.short} chưa có số ${need.unit} trong danh sách (${namesOf(need.uncountedNames, term)})`
    : '';
  // A group whose count is 0 needs none: said so, not as a count the list lacks (qa24 F8).
  const none = need.noneNames.length
    ? `; không cần in cho ${namesOf(need.noneNames, term)} (0 ${need.unit})`
    : '';
  const apart = need.apart.length
    ? `; không tính ${groupThousands(need.apart.length)} ${term.short} in danh sách đăng ký (${namesOf(need.apart, term)}): ở ${need.apart.length > 1 ? `các ${term.short}` : `${term.short}`} đó, phiếu chỉ đưa cho người đăng ký`
    : '';
  return `Cả ${unit} cần in ${what}: ${each}${none}${missing}${apart}.`;
}

/** At most this many groups are named in a print count; the rest are counted. */
const NAMED = 3;

/** Group names, the first NAMED of them and how many more: "Tổ 1, Tổ 2, Tổ 3 và 4 tổ khác". */
const namesOf = (names: readonly string[], term: GroupTerm): string =>
  say(firstNamed(names, NAMED, 'groups'), 'vi', term);

/** The print files and ZIPs of the last build, named in Vietnamese, old ones marked as old. */
function downloadsView(
  slug: string,
  files: BuildFiles,
  term: GroupTerm,
  unit: string,
  old: PrintsOld | undefined,
  simplex: boolean,
  search = '',
  namesInZips = false,
  originalNote?: string,
  addressed = true,
): Html {
  // No file: the status above says so (statusView), once.
  if (files.print.length === 0 && files.zips.length === 0) return html``;
  // The links have no `download` attribute: a file asked for while a build runs (started after
  // this page was shown: another tab, another clerk, a CLI build) is refused with a page that
  // says why (409, whilePrinting), and a `download` link shows the browser's "failed download"
  // instead of it. The answer's Content-Disposition (attachment, the file's Vietnamese name)
  // saves a file that is given, the page staying. data-file-name: the name it is saved under.
  const link = (f: BuildFile) => `/c/${slug}/out/${f.bundle.path}`;
  const oldMark = old ? html` <span class="old">Tệp in cũ</span>` : '';
  // Each print file by its own read time: after a build of some kinds (`--kind flyer`) since the
  // save, those are current, the others old. ZIPs hold every kind: old with the oldest.
  const oldFile = (f: { readAt?: number | undefined }) =>
    old !== undefined && printsOld(f.readAt ?? old.readAt, old.editedAt) !== undefined;
  const markOf = (f: { readAt?: number | undefined }) => (oldFile(f) ? oldMark : '');
  const someCurrent = [
    ...files.print.map((f) => f.bundle),
    ...(files.original ? [files.original] : []),
  ].some((f) => !oldFile(f));
  return html`${
    old
      ? notice(
          'error',
          // Said as "edited after printing": beside files "làm lúc 00:42", "trước lần sửa lúc
          // 00:42" left the office to guess which came first (qa14). After the build *began*,
          // with that time: a save during the build is earlier than the files' "làm lúc", and
          // "sửa sau khi tạo các tệp" contradicted the times shown beside them (qa49 m4).
          html`Tệp in cũ: chiến dịch được sửa lúc ${wardTime(old.editedAt)}, ${old.readAt > 0 ? `sau khi lần tạo tệp in bắt đầu lúc ${wardTime(old.readAt)} đã đọc nội dung` : 'sau khi tạo các tệp dưới đây'}, nên ${someCurrent ? 'các tệp ghi “Tệp in cũ” dưới đây' : 'các tệp dưới đây'} chưa theo nội dung và danh sách ${term.short} mới sửa. Bấm “Tạo tệp in” để tạo lại.`,
        )
      : ''
  }
<h2>Tệp in cho cả ${unit}</h2>
<p class="help">${
    simplex
      ? html`Mỗi tệp gồm văn bản của mọi ${term.short}, in một mặt giấy.`
      : html`Mỗi tệp gồm văn bản của mọi ${term.short}, in hai mặt giấy: văn bản của mỗi ${term.short} bắt đầu ở mặt trước một tờ.${oneSidedSaid(files.print)}`
  }</p>
${originalItem(files, slug, term, files.original ? markOf(files.original) : '', originalNote, addressed)}
<ul class="list">${files.print.map(
    (f) =>
      html`<li><a href="${link(f)}" data-file-name="${f.fileName}">${f.label}</a>${markOf(f.bundle)} <span class="muted">${f.bundle.pages === undefined ? '' : `${say(count(f.bundle.pages), 'vi')} trang${sheetsNote(f.bundle, simplex)} · `}${formatSize(f.bundle.bytes)}${f.madeAt ? ` · làm lúc ${wardTime(f.madeAt)}` : ''}</span>${f.sameSince !== undefined && !oldFile(f.bundle) ? html`<br><span class="same">Giống hệt tệp của lần tạo tệp in bắt đầu lúc ${wardTime(f.sameSince)}: nếu đã in tệp đó, không cần in lại.</span>` : ''}${f.need ? html`<br><span class="print-count">${needSaid(f.need, term, unit)}</span>` : ''}</li>`,
  )}</ul>
<h2 id="zip">Tệp ZIP của từng ${term.short}</h2>
<p class="help">Gửi cho ${term.leader} qua Zalo, hoặc để họ tự tải ở trang của ${term.short}.</p>
${
  // The tracking sheet in each ZIP names the group's residents (qa46 F3): a file sent to the
  // leader alone, not to the group's chat where the ZIP of "all the papers" is often forwarded.
  namesInZips
    ? notice(
        'warn',
        html`Tệp ZIP có bảng theo dõi ghi họ tên, địa chỉ người dân: chỉ gửi riêng cho ${term.leader}, không gửi vào nhóm Zalo chung.`,
      )
    : ''
}
${otherListNote(files.zips, term)}
${zipList(slug, files, term, oldMark, search)}`;
}

/** Past this many groups' ZIPs, the rest of the list is folded (a phone scrolled 220 rows). */
const ZIPS_SHOWN = 30;

/**
 * The groups' ZIPs: all of them in one download when there are several, the first ZIPS_SHOWN
 * listed and the rest folded under "Xem thêm", with a search by the group's name or id (qa44
 * m8: 220 rows, 21,000 px on a phone, and no way to take them all at once).
 */
function zipList(
  slug: string,
  { zips, tag }: Pick<BuildFiles, 'zips' | 'tag'>,
  term: GroupTerm,
  old: Html | string,
  search: string,
): Html {
  const item = (f: BuildFile) =>
    html`<li><a href="/c/${slug}/out/${f.bundle.path}" data-file-name="${f.fileName}">${f.label}</a>${old}${nowNamedNote(f)} <span class="muted">${formatSize(f.bundle.bytes)}</span></li>`;
  const total = zips.reduce((n, f) => n + f.bundle.bytes, 0);
  const all =
    zips.length > 1
      ? html`<p><a class="button secondary" href="/c/${slug}/${ALL_ZIPS}" data-file-name="${allZipsName(term, tag)}">Tải tất cả ${groupThousands(zips.length)} tệp ZIP (một tệp, ${formatSize(total)})</a></p>`
      : '';
  if (zips.length <= ZIPS_SHOWN && !search)
    return html`${all}<ul class="list">${zips.map(item)}</ul>`;
  const typed = searchOf(search);
  const found = search
    ? zips.filter((f) => matches(typed, `${f.label} ${f.bundle.group ?? ''}`))
    : zips;
  const form = html`<form method="get" action="/c/${slug}/build#zip" class="search" role="search">
<label for="tim-zip">Tìm tệp ZIP của ${term.short} (tên, mã ${term.short})</label>
<span class="search-row"><input id="tim-zip" name="tim" type="search" value="${search}" autocomplete="off"> <button type="submit" class="secondary">Tìm</button></span>
</form>`;
  if (search)
    return html`${all}${form}<p class="muted">${found.length ? `${groupThousands(found.length)}/${groupThousands(zips.length)} tệp khớp với “${search}”.` : `Không có tệp nào khớp với “${search}”.`} <a href="/c/${slug}/build#zip">Xem tất cả</a></p>
<ul class="list">${found.map(item)}</ul>`;
  return html`${all}${form}<ul class="list">${zips.slice(0, ZIPS_SHOWN).map(item)}</ul>
<details class="more-zips"><summary>Xem thêm ${groupThousands(zips.length - ZIPS_SHOWN)} tệp ZIP</summary>
<ul class="list">${zips.slice(ZIPS_SHOWN).map(item)}</ul>
</details>`;
}

/** The address of the one download of every group's ZIP, under the campaign's. */
const ALL_ZIPS = 'tat-ca-zip.zip';

/** Its name when saved: "Tệp ZIP các tổ dân phố.zip". */
const allZipsName = (term: GroupTerm, tag: string) =>
  withCampaign(`Tệp ZIP ${term.groups}.zip`, tag);

/**
 * Each group's ZIP under the name it downloads with; a name two groups share (a merged ward's
 * "Tổ dân phố số 1" four times) gets the group's id, so no ZIP overwrites another when unpacked.
 */
function namesInAllZips(zips: readonly BuildFile[]): string[] {
  // Windows and macOS unpack "Tổ 1.zip" and "tổ 1.zip" into one file: names compared so.
  const key = (f: BuildFile) => f.fileName.toLocaleLowerCase('vi');
  const counts = new Map<string, number>();
  for (const f of zips) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  return zips.map((f, i) =>
    (counts.get(key(f)) ?? 0) > 1
      ? safeFileName(f.fileName.replace(/(\.zip)?$/u, ` (mã ${f.bundle.group ?? i + 1})$1`))
      : f.fileName,
  );
}

/**
 * The ward's one unmarked notice (output/original.ts), above the print files: no group's
 * "Bản gửi" on it, the copy the văn thư registers, sends to the bodies in "Kính gửi" and keeps.
 */
function originalItem(
  files: BuildFiles,
  slug: string,
  term: GroupTerm,
  old: Html | string,
  note?: string,
  addressed = true,
): Html | string {
  const o = files.original;
  // A Thông báo without "Kính gửi" (Decree 30: sent by its "Nơi nhận") is sent to those (qa53 p6).
  const sentTo = addressed ? '“Kính gửi”' : '“Nơi nhận”';
  if (!o) return '';
  // A notice printing each group's own cells: the bản gốc is the first group's text (qa51 M1),
  // said beside it, where the văn thư takes it to register and sign.
  return html`<p>Bản gốc: <a href="/c/${slug}/out/${o.path}" data-file-name="${o.fileName}">${o.label}</a>${old} <span class="muted">${say(count(o.pages), 'vi')} trang · ${formatSize(o.bytes)}</span><br><span class="help">Không ghi “Bản gửi” của ${term.short} nào: bản để đăng ký, ký, gửi các cơ quan ở ${sentTo} và lưu văn thư.</span></p>${note ? notice('warn', note) : ''}`;
}

/** The unmarked notice, saved under its Vietnamese name. */
async function sendOriginal(
  ctx: StudioContext,
  c: CampaignPaths,
  m: Manifest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const path = m.original?.path ?? '';
  const bytes = await readFile(join(c.out, path)).catch(() => undefined);
  if (!bytes) {
    reply.callNotFound();
    return reply;
  }
  const { form, ward, term, unit } = await campaignState(ctx, c);
  const named = await buildFiles(c, { ...m, print: [], zips: [] }, form, term, unit, ward);
  return reply
    .type('application/pdf')
    .header('Content-Disposition', contentDisposition(named.original?.fileName ?? basename(path)))
    .send(bytes);
}

/**
 * A copy printed with fields still as the earlier campaign wrote them (qa24 F3: the charity
 * drive's flyer asked for the child's vaccination book): each named, with where to fix it.
 */
function copyNotice(slug: string, review: CopyReview, term: GroupTerm): Html {
  const labels = review.items.filter((i) => i.key !== ROSTERS_ITEM).map((i) => i.label);
  const left = review.items.find((i) => i.key === ROSTERS_ITEM);
  // The earlier campaign's residents list, left behind (qa59 M2): the sheets print blank rows.
  const rosters = left
    ? html` Chiến dịch cũ có danh sách hộ, người dân${left.rows ? ` (${left.rows} dòng)` : ''}, bản sao không mang theo: bảng theo dõi in các dòng trống đánh số. Tải lại ở thẻ <a href="/c/${slug}/rosters">Danh sách ${term.short} › Danh sách hộ, người dân</a>, hoặc đánh dấu “Đợt này không cần” ở trang Nội dung.`
    : '';
  return notice(
    'warn',
    labels.length
      ? html`Đây là bản sao của chiến dịch “${review.from}”: ${labels.length} mục vẫn ghi như chiến dịch cũ, chưa sửa lần nào: ${labels.join(', ')}. Các tài liệu in ra sẽ ghi như vậy. Xem lại ở trang <a href="/c/${slug}">Nội dung</a>: sửa cho đợt mới, hoặc đánh dấu “Giữ như cũ” nếu vẫn đúng, rồi bấm Lưu.${rosters}`
      : html`Đây là bản sao của chiến dịch “${review.from}”.${rosters}`,
  );
}

/**
 * The saved form of campaign `c`, the ward when it loads, and the words its pages and file names
 * use: the build tab's and "Xoá tệp in"'s, so that both name the unit and groups alike.
 */
export async function campaignState(ctx: StudioContext, c: CampaignPaths) {
  const form = campaignForm(await readCampaignText(c.file));
  const ward = c.groups ? await ctx.previewer.ward(c).catch(() => undefined) : undefined;
  return {
    form,
    ward,
    // The groups' own word even when the campaign does not load (a failed build).
    term: ward?.term ?? (await campaignTerm(form, c.groups)),
    unit: unitTermOf(form['issuer.name'] ?? '', form['issuer.ward']),
  };
}

export function registerBuildRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const { builds } = ctx;

  app.get('/c/:slug/build', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const session = sessionOf(req);
    const { form, ward, term, unit } = await campaignState(ctx, c);
    const name = campaignName(form, c);
    const last = builds.status(c.slug);
    // A finished build's failures are of the list it read: once another list is uploaded, they
    // name groups and rows that may be no more (h-q10 item 8). Its outcome is then not shown;
    // the files it made are marked as older than the list (downloadsView), and the office is told.
    const listChanged =
      last !== undefined &&
      last.state !== 'running' &&
      last.readAt !== undefined &&
      (await modifiedAt(c.groups)) > last.readAt;
    const status = listChanged ? undefined : last;
    // A residents list saved or deleted after the build: the tracking sheets it made are of the
    // list it read (or none); the build's own outcome still stands, its groups being the same.
    // Told by the list's bytes, not its time (a save renames the upload, keeping the upload's).
    const nowRosters = rostersRead(c);
    const lastRosters = await lastBuildRosters(c, last);
    const rostersChanged =
      lastRosters !== undefined && lastRosters !== nowRosters
        ? nowRosters === 'none'
          ? 'deleted'
          : lastRosters === 'none'
            ? 'given'
            : 'replaced'
        : undefined;
    // What the Nội dung page warns about prints as it is on every group's copy (a skeleton's
    // "(TÊN)" placeholders): said again where the office prints, not only where it edits.
    const checked = await checkCampaignText(await readCampaignText(c.file), c.file, c.groups);
    // A field's {{…}} that no template fills prints with its braces (printed-as-typed.ts); a
    // day "Thời gian" writes without its year that either year may mean (its own words; a cell
    // it prints is said with the list's, below).
    const yearless = (ward?.warnings ?? []).filter(isYearlessWhenWarning);
    const warnings = [
      ...checked.warnings,
      ...(ward?.warnings ?? []).filter(isPrintedAsTypedWarning),
      ...yearless.filter((w) => w.where.row === undefined),
      // A deadline before the notice's date or already over ("Thời hạn").
      ...(ward?.warnings ?? []).filter(isDeadlineDayWarning),
      // The campaign's time or contest already over today (qa47 M2, m5).
      ...(ward?.warnings ?? []).filter(isEventPastWarning),
    ];
    // What would print wrong on every copy, apart from what the office chose and is reminded of
    // (a draft's blank number and day, a notice alone): these are not said as errors (qa7 E3).
    // A notice whose body gives another end day than "Thời gian" (qa26 F3) is one too.
    const ownText = checked.warnings.find(isOwnTextWarning);
    const isMistake = (w: UserError) =>
      isPlaceholderWarning(w) || isPrintedAsTypedWarning(w) || isEndDayWarning(w);
    const mistakes = warnings.filter(isMistake);
    const reminders = warnings.filter((w) => !isMistake(w));
    // "Tạo tệp in" refused: fields still holding the blank campaign's examples (the query says
    // the click was refused; the fields are those still unfilled now).
    const refused =
      (req.query as Record<string, unknown>)['chua-in'] !== undefined
        ? unfilledFields(checked.warnings)
        : [];
    // Cells the campaign's text prints, empty for some groups: a gap on those groups' papers;
    // a time cell that says no time ("Chưa xếp lịch"), printed as the group's time; and a day
    // with no year or on the notice's date or before it (qa23 #4), or one "Thời gian" prints
    // that either year may mean.
    const emptyCells = (ward?.warnings ?? []).filter(
      (w) =>
        isEmptyCellWarning(w) ||
        isUndatedWhenWarning(w) ||
        isPrintedDayWarning(w) ||
        // A quota "khoảng 20": no rate, and a sign-up list with no target (qa58 p2).
        isNoCountWarning(w) ||
        // A poster's steps left out for a group's long place (qa59b M1): silent here before.
        isGroupOmissionWarning(w) ||
        (isYearlessWhenWarning(w) && w.where.row !== undefined),
    );
    // A copy whose fields still say the earlier campaign (copy-review.ts): named where it prints.
    const review = await copyReviewOf(c.folder, form, c.rosters !== undefined);
    const m = await readPrevious(c.out);
    const onDisk = await printsOnDisk(c.out, m);
    const absent: PrintsAbsent | undefined = onDisk.gone ? onDisk : undefined;
    // The disk space the prints take (qa31 M1), and what "Xoá tệp in" just freed.
    const space = onDisk.bytes;
    const freed =
      (req.query as Record<string, unknown>)[FREED_QUERY] !== undefined
        ? takeFreed(sessionOf(req), c.slug)
        : undefined;
    // The files' inputs: this build's when it finished, else the last manifest's.
    // Not the journal's time, nor a stopped build's manifest: files are made by a build that
    // went through whole (qa12 Q9); of one that never did, none is current.
    // The manifest's, as the campaign list reads it (prints-old.ts): not the studio's record of
    // its own last build, which a CLI build into out/ since does not update.
    const old = printsOld(printsReadAt(m), await lastEdit(c));
    // The build the studio was stopped in, still ending, or a CLI build into out/ (qa12 Q17) —
    // after one of this studio's own, too: its files are refused while that build writes.
    const elsewhere = status?.state !== 'running' && (await heldByAnother(c.out));
    // The last build's choice of printer, as its print files were made (two-sided by default).
    // Posters and the flyer are one-sided whatever the choice: the office's shows in the others.
    const chosen = m.print.filter((p) => !isOneSided(p.kind));
    const oneSided = chosen.length > 0 && chosen.every((p) => p.duplex !== true);
    const busy = status?.state === 'running' || elsewhere;
    const downloads =
      busy || absent
        ? ''
        : downloadsView(
            c.slug,
            await buildFiles(c, m, form, term, unit, ward),
            term,
            unit,
            old,
            oneSided,
            typeof (req.query as { tim?: unknown }).tim === 'string'
              ? (req.query as { tim: string }).tim.slice(0, 200).trim()
              : '',
            // The ZIPs on disk hold the residents' names when the build that made them read a
            // residents list and drew tracking sheets: what the download log records too.
            holdsNames({ of: 'all-zips', manifest: m, listRead: await buildReadList(c, last) }),
            ownText && warningText(ownText, term),
            (form['notice.recipients'] ?? '').trim() !== '',
          );
    return sendPage(
      reply,
      page({
        title: `In: ${name}`,
        session,
        script: true,
        body: html`${campaignHeader(c.slug, name, 'build', term, c.name)}
${refused.length ? notice('error', unfilledRefusal(c.slug, refused, 'Chưa tạo tệp in', 'Tạo tệp in')) : ''}
${review ? copyNotice(c.slug, review, term) : ''}
${
  mistakes.length
    ? noticeList(
        'error',
        html`Trước khi in, xem lại ${mistakes.length} chỗ ở trang <a href="/c/${c.slug}">Nội dung</a>:`,
        mistakes.map((w) => warningText(w, term)),
      )
    : ''
}
${
  reminders.length
    ? noticeList(
        'info',
        html`Lưu ý trước khi in (sửa ở trang <a href="/c/${c.slug}">Nội dung</a>):`,
        reminders.map((w) => warningText(w, term)),
      )
    : ''
}
${
  emptyCells.length
    ? noticeList(
        'warn',
        html`Trước khi in, xem lại danh sách ${term.short} ở trang <a href="/c/${c.slug}/groups">Danh sách ${term.short}</a>:`,
        emptyCells.map((w) => inUploadedFile(w, term)),
      )
    : ''
}
<form method="post" action="/c/${c.slug}/build" class="card">
${csrfField(session)}
<p>Tạo các tệp PDF ${ward ? offeredDocuments(ward) : 'tài liệu'} của mọi ${term.group} theo nội dung và danh sách ${term.short} đã lưu, để tải về rồi đem in (chưa gửi gì đến máy in).</p>
<fieldset>
<legend>Máy in của văn phòng</legend>
<label class="check"><input type="radio" name="may_in" value="hai-mat"${oneSided ? '' : ' checked'}> In hai mặt giấy</label>
<label class="check"><input type="radio" name="may_in" value="mot-mat"${oneSided ? ' checked' : ''}> Chỉ in một mặt (không thêm trang trắng sau văn bản một trang)</label>
</fieldset>
<button type="submit"${status?.state === 'running' || elsewhere ? ' disabled' : ''}>Tạo tệp in</button>
</form>
<section id="build-status" data-status="/c/${c.slug}/build/status" data-state="${status?.state ?? 'none'}" data-unit="${term.short}" aria-live="polite">
${
  listChanged
    ? notice(
        'info',
        html`Danh sách ${term.short} đã được tải lên lại sau lần tạo tệp in trước, nên kết quả và lỗi của lần đó không còn hiện ở đây. Bấm “Tạo tệp in” để tạo theo danh sách mới.`,
      )
    : ''
}
${
  rostersChanged === 'replaced'
    ? notice(
        'info',
        html`Danh sách hộ, người dân đã được tải lên lại sau lần tạo tệp in trước: các bảng theo dõi đã tạo chưa theo danh sách này. Bấm “Tạo tệp in” để tạo lại.`,
      )
    : rostersChanged === 'given'
      ? notice(
          'info',
          html`Danh sách hộ, người dân đã được tải lên sau lần tạo tệp in trước: các bảng theo dõi đã tạo còn dòng trống, chưa có tên các hộ. Bấm “Tạo tệp in” để tạo lại.`,
        )
      : rostersChanged === 'deleted'
        ? notice(
            'warn',
            html`Danh sách hộ, người dân đã xoá sau lần tạo tệp in trước: bảng theo dõi đã tạo vẫn có tên người dân. Bấm “Tạo tệp in” để tạo lại.`,
          )
        : ''
}
${freed !== undefined && freed > 0 ? notice('ok', html`Đã xoá tệp in (${formatSize(freed)}). Bấm “Tạo tệp in” khi cần tạo lại.`) : ''}
${statusView(c.slug, status, term, m, elsewhere, absent)}
</section>
${downloads}
${
  // After the files, not between "Đã tạo tệp in" and them: the next step after printing is to
  // download, and a first-day clerk met "Xoá tệp in" first (h-ux).
  !busy && space > 0
    ? html`<p class="print-space">Tệp in của chiến dịch này chiếm ${formatSize(space)} trên máy. <a class="button secondary" href="${freePrintsPath(c.slug)}">Xoá tệp in (${formatSize(space)})</a></p>`
    : ''
}
<h2>Trang tải về cho ${term.leader}</h2>
<p>Mỗi ${term.leader} có một đường dẫn riêng để tải văn bản của ${term.short} mình trên điện thoại. <a href="/c/${c.slug}/leaders">Mở trang ${term.leader} và lấy đường dẫn, mã QR của từng ${term.short}</a>.</p>
${
  ctx.opts.leaderSiteUrl
    ? html`<p><a class="button secondary" href="${ctx.opts.leaderSiteUrl}/admin">Trang văn phòng của máy chủ tải về riêng</a></p>`
    : ''
}`,
      }),
    );
  });

  app.post('/c/:slug/build', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const text = await readCampaignText(c.file);
    // A blank campaign's "(Họ và tên người ký)" would print on every group's notice: not
    // printed until each such field is filled in.
    const checked = await checkCampaignText(text, c.file, c.groups);
    if (unfilledFields(checked.warnings).length > 0) {
      return reply.redirect(`/c/${c.slug}/build?chua-in=1`, 303);
    }
    const form = campaignForm(text);
    const body = req.body as Record<string, unknown> | undefined;
    const printer = body?.may_in;
    const term = await campaignTerm(form, c.groups);
    // Last year's number and date, or a campaign over: asked once (qa31 M3), never printed unasked.
    const today = wardDay();
    // The campaign as `check` loads it: the build tab's warning and this question, one rule.
    const ward = c.groups ? await ctx.previewer.ward(c).catch(() => undefined) : undefined;
    const old = await oldOnPaper(c.folder, form, ward?.campaign, today);
    if (old && !confirmedOld(body?.[PRINT_OLD_FIELD])) {
      const name = campaignName(form, c);
      const may = printer === 'mot-mat' ? 'mot-mat' : 'hai-mat';
      const session = sessionOf(req);
      return sendPage(
        reply,
        printOldPage({
          session,
          slug: c.slug,
          name,
          listed: c.name,
          old,
          today,
          printer: may,
          term,
          printed: (await readPrevious(c.out)).builtAt !== undefined,
        }),
      );
    }
    builds.start(c, term, printer === 'mot-mat', campaignName(form, c));
    return reply.redirect(`/c/${c.slug}/build`, 303);
  });

  app.get('/c/:slug/build/status', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const s = builds.status(c.slug);
    return reply.header('Cache-Control', 'no-store').send({
      state: s?.state ?? 'none',
      done: s?.done ?? 0,
      total: s?.total ?? 0,
      failed: s?.failures.length ?? 0,
    });
  });

  /**
   * While the campaign prints, its groups' ZIPs are replaced one by one: a ZIP asked for then
   * (a build tab opened before “Tạo tệp in”, a link kept) is refused, 409, rather than a mix of
   * old and new sent to the leaders unmarked (qa45 F4). The print files are replaced whole at
   * the end: the previous one, whole but made before the change the office is printing for,
   * was served without a word (qa49 m8), so it is refused too, saying it is about to be replaced.
   */
  /** The studio's build of the campaign runs, or another program's (a CLI build into out/). */
  const printingNow = async (c: { slug: string; out: string }) =>
    ctx.builds.running(c.slug) || (await heldByAnother(c.out));

  const whilePrinting = (
    reply: FastifyReply,
    req: Parameters<typeof sessionOf>[0],
    slug: string,
    what: 'zips' | 'print',
  ) =>
    sendPage(
      reply,
      sentencePage(
        'Đang tạo tệp in, thử lại sau',
        what === 'zips'
          ? 'Chiến dịch này đang được tạo lại tệp in: các tệp ZIP đang được làm mới từng tệp một, nên tải lúc này sẽ lẫn bản cũ với bản mới. Đợi tạo xong (xem ở thẻ In và tải về) rồi tải lại.'
          : 'Chiến dịch này đang được tạo lại tệp in: tệp này sẽ được thay bằng bản mới khi tạo xong, nên tải lúc này sẽ nhận bản cũ. Đợi tạo xong (xem ở thẻ In và tải về) rồi tải lại.',
        sessionOf(req),
        `/c/${slug}/build`,
      ),
      409,
    );

  // Every group's ZIP in one stored ZIP, made as it is sent (a city's: gigabytes, never held).
  app.get(`/c/:slug/${ALL_ZIPS}`, async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    if (await printingNow(c)) return whilePrinting(reply, req, c.slug, 'zips');
    const m = await readPrevious(c.out);
    if (m.zips.length === 0) return reply.callNotFound();
    const { form, ward, term, unit } = await campaignState(ctx, c);
    const tag = campaignWardTagOfForm(form);
    if (isHead(req)) return headOnly(reply, 'application/zip', allZipsName(term, tag));
    const named = await buildFiles(c, { ...m, print: [] }, form, term, unit, ward);
    const names = namesInAllZips(named.zips);
    const listRead = await buildReadList(c, ctx.builds.status(c.slug));
    if (holdsNames({ of: 'all-zips', manifest: m, listRead })) {
      await recordDownload(ctx.opts.store.db, req, {
        user: sessionOf(req).user.name,
        campaign: c.slug,
        file: allZipsName(term, tag),
      });
    }
    const writer = new StoredZipWriter(new Date());
    async function* bytes() {
      for (const [i, f] of named.zips.entries()) {
        // A ZIP removed by hand since the build is left out, not a broken download.
        const zip = await readFile(join(c?.out ?? '', f.bundle.path)).catch(() => undefined);
        if (!zip) continue;
        // Not the ZIP the manifest read above lists: a build that began after the check above
        // has replaced it. The download is cut off (the browser says it failed; asked again, it
        // is refused saying why) rather than finished whole as a mix of old and new groups' ZIPs.
        if (sha256(zip) !== f.bundle.sha256) {
          throw new Error(`${f.bundle.path} was replaced during the download`);
        }
        writer.add({ name: names[i] ?? basename(f.bundle.path), bytes: zip });
        yield* writer.take().map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
      }
      yield* writer.end().map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    }
    return reply
      .type('application/zip')
      .header('Content-Disposition', contentDisposition(allZipsName(term, tag)))
      .send(Readable.from(bytes()));
  });

  app.get('/c/:slug/out/*', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const path = (req.params as { '*': string })['*'];
    const m = await readPrevious(c.out);
    // Only a file the build listed: never a path the request makes up.
    if (m.original?.path === path) return sendOriginal(ctx, c, m, reply);
    const listed = [...m.print, ...m.zips].find((b) => b.path === path);
    if (!listed) return reply.callNotFound();
    if (await printingNow(c)) {
      return whilePrinting(reply, req, c.slug, m.zips.includes(listed) ? 'zips' : 'print');
    }
    // Listed but not there (removed by hand, a folder in its place): not found, not a 500.
    const bytes = await readFile(join(c.out, listed.path)).catch(() => undefined);
    if (!bytes) return reply.callNotFound();
    // Saved under its Vietnamese name, as the page lists it.
    const { form, ward, term, unit } = await campaignState(ctx, c);
    const only = (bundles: typeof m.print) => bundles.filter((b) => b === listed);
    const named = await buildFiles(
      c,
      { ...m, print: only(m.print), zips: only(m.zips) },
      form,
      term,
      unit,
      ward,
    );
    const file = [...named.print, ...named.zips][0];
    const fileName = file?.fileName ?? basename(listed.path);
    const listRead = await buildReadList(c, ctx.builds.status(c.slug));
    if (holdsNames({ of: 'build', manifest: m, bundle: listed, listRead })) {
      await recordDownload(ctx.opts.store.db, req, {
        user: sessionOf(req).user.name,
        campaign: c.slug,
        file: fileName,
      });
    }
    return reply
      .type(path.endsWith('.zip') ? 'application/zip' : 'application/pdf')
      .header('Content-Disposition', contentDisposition(fileName))
      .send(bytes);
  });

  registerFreePrintsRoutes(app, ctx);
}
