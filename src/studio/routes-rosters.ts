/**
 * Studio: the campaign's residents list for the tracking sheets (qa21 finding 4). The office
 * keeps the households to evacuate, or the residents to visit, as one sheet for the whole ward
 * with a column naming each row's group ("DS hộ sơ tán": Tổ, Họ tên chủ hộ, Địa chỉ…). Uploaded
 * here, it is read by the build's own loader (load/roster-ward.ts, what `--rosters <file>` reads)
 * against the campaign's groups and shown before it is used: how many households or residents
 * each group gets, the rows refused and why. Saved, it is the campaign's `rosters.<ext>` beside
 * the groups file: the builds, the preview and the leaders' pages print each group's rows on its
 * own tracking sheet. It can be replaced or deleted.
 *
 * Personal data (Decree 13/2023/NĐ-CP): the file stays in the campaign's folder (the studio
 * serves nothing of it), the pages show counts and the rows' numbers, never a resident's name, and
 * nothing is logged; only "Tìm một người" (routes-roster-person.ts) shows the office a person's
 * rows, on request.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUserError, problemsOf, type UserError } from '../errors.js';
import { MAX_BLANK_ROWS } from '../kinds/tracker.js';
import { type Campaign, checkedCampaign } from '../load/campaign.js';
import { TEXT_TABLE_EXTENSIONS } from '../load/groups/decode.js';
import { listTermOf } from '../load/groups/index.js';
import { MAX_TABLE_FILE_MB } from '../load/limits.js';
import { parseWardRoster, type WardRosterReport } from '../load/roster-ward.js';
import type { Group, Resident } from '../load/types.js';
import { firstNamed } from '../messages/first-named.js';
import { say } from '../messages/message.js';
import { groupThousands } from '../model/format.js';
import { type GroupTerm, groupTermOf } from '../model/group-term.js';
import { countsNone, sheetListOf } from '../model/roster-checks.js';
import { farFewer, type SheetRows } from '../model/roster-rows.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { wardTimeSaid } from '../ward-time.js';
import type { Session } from './accounts.js';
import { fieldValue, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import {
  type CampaignPaths,
  campaignPaths,
  ROSTER_FILES,
  ROSTERS_FOLDER,
  ROSTERS_NAME_FILE,
  shownFileName,
  uploadedNameOf,
  writeUploadedName,
} from './campaign-folders.js';
import { groupsReportOf } from './groups-read.js';
import { type Html, html } from './html.js';
import { inTurn } from './in-turn.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';
import { inUploadedFile } from './messages.js';
import { PRIVATE_FILE_MODE } from './private-folder.js';
import { keptRosterBytes } from './roster-kept.js';
import { PERSON_LOG_SHOWN, personLogSection, personLogTail } from './roster-person.js';
import { campaignName, campaignOf } from './routes-campaigns.js';

/** What the loader reads: a workbook or a text table, as the groups file (not a Word table). */
const ACCEPTED = ['.xlsx', ...TEXT_TABLE_EXTENSIONS];

/** A file uploaded and read, waiting for the office to save it: `.upload-rosters-<uuid><ext>`. */
const PENDING_PREFIX = '.upload-rosters-';
const PENDING =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:xlsx|csv|txt|tsv)$/;

/** The page's address. */
export const rostersPath = (slug: string) => `/c/${slug}/rosters`;

/** The campaign's groups (ward order) and the groups file's rows hidden in Excel. */
export async function groupsOf(c: CampaignPaths) {
  if (!c.groups) return undefined;
  const report = await groupsReportOf(c.groups);
  return {
    report,
    groups: [...report.groups],
    hidden: { file: c.groups, rows: report.skipped.filter((r) => r.why === 'hidden') },
  };
}

/** The residents pages' words: the campaign's name, its groups (when they read), its group term. */
export async function pageWords(c: CampaignPaths) {
  const form = campaignForm(await readCampaignText(c.file));
  const known = await groupsOf(c).catch(() => undefined);
  const term = known
    ? listTermOf(form['issuer.group_term'], { groups: known.groups, headers: known.report.headers })
    : groupTermOf(form['issuer.group_term'], []);
  return { name: campaignName(form, c), known, term };
}

/**
 * A residents list read as the build reads it, against the campaign's groups: `groups` when the
 * caller has read them already (the groups file is not parsed twice a request), else read here.
 */
export async function readList(
  c: CampaignPaths,
  file: string,
  groups?: Awaited<ReturnType<typeof groupsOf>>,
): Promise<WardRosterReport> {
  const known = groups ?? (await groupsOf(c));
  if (!known) throw new Error('no groups file');
  // What is said names rows and columns, never the path (inUploadedFile leaves the file out).
  return parseWardRoster(await readFile(file), file, known.groups, known.hidden);
}

/** "18 hộ" / "25 người", the list's unit. */
const unitOf = (r: WardRosterReport) => (r.households ? 'hộ' : 'người');

/**
 * The rows a group's tracking sheet lists of the list's and the rows it serves
 * (model/roster-checks.ts sheetListOf, the build's reading): read with the campaign's measure
 * when the campaign reads; else, for a list of households, the groups file's households (a list
 * of people is then compared with nothing). Undefined when a children's list cannot tell the
 * group's children from it (its sheet is blank rows).
 */
function sheetOf(
  campaign: Campaign | undefined,
  group: Group,
  residents: Resident[],
): { listed: number; whole: SheetRows | undefined } | undefined {
  if (campaign) return sheetListOf(campaign, group, residents);
  const whole: SheetRows | undefined =
    residents.some((r) => r.household) && group.households
      ? { rows: group.households, unit: 'hộ' }
      : undefined;
  return { listed: residents.length, whole };
}

/** The campaign as the build reads it, or undefined while its file does not read. */
async function campaignRead(c: CampaignPaths): Promise<Campaign | undefined> {
  try {
    return checkedCampaign(await readCampaignText(c.file), c.file).campaign;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return undefined;
  }
}

/**
 * The files of the campaign's folder of rosters (ROSTERS_FOLDER: brought by a folder copied by
 * hand, the CLI's `--rosters`), by their names inside it; undefined when there is none.
 */
async function rosterFolderFiles(c: CampaignPaths): Promise<string[] | undefined> {
  const dir = join(c.folder, ROSTERS_FOLDER);
  const all = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!all) return undefined;
  return all
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
}

/** "5.csv, 7.csv và 3 tệp khác": a folder's files, a few named (group ids, not residents). */
const someFiles = (files: readonly string[]) =>
  files.length > 4
    ? `${files.slice(0, 3).join(', ')} và ${files.length - 3} tệp khác`
    : files.length
      ? files.join(', ')
      : 'không có tệp nào';

/**
 * The folder of rosters as the residents page shows it (qa31 M2): present, not used by the
 * studio, kept out of copies and the ZIP but in the backup, and a button deleting it.
 */
function rosterFolderSection(
  slug: string,
  files: readonly string[],
  session: Session,
  term: GroupTerm,
): Html {
  return html`<section class="card" aria-labelledby="folder-title">
<h2 id="folder-title">Thư mục “${ROSTERS_FOLDER}” có sẵn trong thư mục chiến dịch</h2>
<p>Trong thư mục chiến dịch có thư mục <strong class="file-name">${ROSTERS_FOLDER}</strong> (${files.length} tệp: ${someFiles(files)}): danh sách người dân từng ${term.short}, là thông tin cá nhân, thường có sẵn khi chép một chiến dịch từng in bằng lệnh phuong-print --rosters.</p>
<p><strong>Studio không dùng thư mục này</strong>: bảng theo dõi không in từ đó. Thư mục không được chép sang bản sao chiến dịch hay tệp ZIP của chiến dịch, nhưng vẫn có trong bản sao lưu (Cài đặt). Nếu cần in tên người dân, hãy tải lên một danh sách bên dưới; nếu không cần thư mục này nữa, hãy xoá.</p>
<form method="post" action="${rostersPath(slug)}/folder/delete" class="inline">
${csrfField(session)}
<div class="actions"><button type="submit" class="secondary">Xoá thư mục ${ROSTERS_FOLDER}</button></div>
</form>
</section>`;
}

/** Groups named in a sentence; the rest are counted ("Thôn Câu Hạ, Thôn Câu Thượng và 4 thôn khác"). */
const NAMED = 8;

const someNames = (names: readonly string[], term: GroupTerm) =>
  say(firstNamed(names, NAMED, 'groups'), 'vi', term);

/** The groups whose rows are far fewer than their count, with the figures; for the page and card. */
function shortGroups(report: WardRosterReport, groups: readonly Group[], campaign?: Campaign) {
  return groups.flatMap((g) => {
    const residents = report.rosters.get(g.id);
    if (!residents) return [];
    const sheet = sheetOf(campaign, g, residents);
    return sheet?.whole && farFewer(sheet.listed, sheet.whole)
      ? [{ group: g, listed: sheet.listed, whole: sheet.whole }]
      : [];
  });
}

/**
 * What the list gives each group beside the count its sheet serves ("6 hộ — danh sách thôn ghi
 * 212 hộ", and the blank numbered rows printed after them), a warning naming the groups it gives
 * far fewer rows than that and those it gives none (qa22 #2), the rows refused, grouped by what
 * was written and why (qa22 #5), and the file's other warnings: counts and row numbers only.
 */
export function listSummary(
  report: WardRosterReport,
  groups: readonly Group[],
  term: GroupTerm,
  campaign?: Campaign,
): Html {
  const unit = unitOf(report);
  const given = groups.filter((g) => report.rosters.has(g.id) || report.failed.has(g.id));
  // A group the groups file counts 0 of has no row to give (model/roster-checks.ts countsNone).
  const none = groups.filter((g) => !given.includes(g) && !(campaign && countsNone(campaign, g)));
  const total = [...report.rosters.values()].reduce((n, r) => n + r.length, 0);
  const refused = new Set(report.refusals);
  const others = report.warnings.filter((w) => !refused.has(w));
  const short = shortGroups(report, groups, campaign);
  const blank = `các dòng trống đánh số để ${term.leader} ghi tay`;
  return html`<p>${groupThousands(total)} ${unit} của ${report.rosters.size} ${term.short} đọc được${report.failed.size ? html`, <strong>${report.failed.size} ${term.short} có dòng lỗi</strong> (chưa dùng danh sách cho các ${term.short} này)` : ''}${report.refused.length ? html`; <strong>${report.refused.length} dòng không dùng được</strong> (xem bên dưới)` : ''}.</p>
${
  short.length
    ? html`<div class="notice warn" role="status"><p><strong>Danh sách có ít ${unit} hơn nhiều so với danh sách ${term.short} ở ${short.length} ${term.short}</strong> (${someNames(
        short.map(
          (s) =>
            `${s.group.name}: ${groupThousands(s.listed)}/${groupThousands(s.whole.rows)} ${s.whole.unit}`,
        ),
        term,
      )})${
        none.length
          ? html`, <strong>không có dòng nào của ${none.length} ${term.short}</strong> (${someNames(
              none.map((g) => g.name),
              term,
            )})`
          : ''
      }.</p>
<p>Bảng theo dõi của các ${term.short} này vẫn in đủ số dòng: các ${unit} trong danh sách trước, rồi ${blank}. Nếu danh sách phải có đủ mọi ${unit} của các ${term.short} này, hãy kiểm tra lại tệp (bộ lọc còn bật trong Excel, các dòng chưa nhập).</p></div>`
    : ''
}
${
  given.length
    ? html`<div class="table-wrap"><table class="rosters">
<thead><tr><th scope="col">${term.Short}</th><th scope="col">Số ${unit} in vào bảng theo dõi</th></tr></thead>
<tbody>${given.map((g) => {
        const failed = report.failed.get(g.id);
        if (failed)
          return html`<tr class="bad"><th scope="row" data-label="${term.Short}">${g.name}</th><td class="problem" data-label="Số ${unit}">Chưa dùng, vì có dòng lỗi: ${problemsOf(failed).map((p, i) => html`${i ? html`<br>` : ''}${inUploadedFile(p, term)}`)}</td></tr>`;
        const residents = report.rosters.get(g.id) ?? [];
        const sheet = sheetOf(campaign, g, residents);
        const listed = sheet?.listed ?? residents.length;
        const whole = sheet?.whole;
        const upTo = whole ? Math.min(whole.rows, MAX_BLANK_ROWS) : 0;
        const isShort = short.some((s) => s.group === g);
        return html`<tr${isShort ? html` class="short"` : ''}><th scope="row" data-label="${term.Short}">${g.name}</th><td data-label="Số ${unit}">${isShort ? html`<strong>${groupThousands(listed)} ${unit}</strong>` : `${groupThousands(listed)} ${unit}`}${whole ? ` — danh sách ${term.short} ghi ${groupThousands(whole.rows)} ${whole.unit}` : ''}${upTo > listed ? html`<br><span class="muted">rồi ${groupThousands(upTo - listed)} dòng trống đánh số <span class="range">(${groupThousands(listed + 1)}–${groupThousands(upTo)})</span></span>` : ''}</td></tr>`;
      })}</tbody></table></div>`
    : ''
}
${
  none.length
    ? html`<p class="muted">${none.length} ${term.short} không có dòng nào trong danh sách (${someNames(
        none.map((g) => g.name),
        term,
      )}): bảng theo dõi của ${none.length > 1 ? `các ${term.short} này` : `${term.short} này`} vẫn in ${blank}.</p>`
    : ''
}
${
  report.refusals.length
    ? html`<h2>Các dòng không dùng được</h2><ul class="problems">${report.refusals.map((p) => html`<li>${inUploadedFile(p, term)}</li>`)}</ul>`
    : ''
}
${others.length ? html`<ul class="notice warn">${others.map((w) => html`<li>${inUploadedFile(w, term)}</li>`)}</ul>` : ''}
${
  // The office's own notes on each row ("Có người già, cần hỗ trợ"): kept, printed nowhere, said
  // once here as the groups page says the list's own, not warned as a column to delete.
  report.notesColumns.length
    ? notice(
        'info',
        html`${report.notesColumns.length > 1 ? 'Các cột' : 'Cột'} ${report.notesColumns.map((h, i) => html`${i ? ', ' : ''}<strong>“${h}”</strong>`)} là ghi chú riêng của văn phòng: không in ra bảng theo dõi hay giấy nào khác, nên không được lưu cùng danh sách.`,
      )
    : ''
}`;
}

/**
 * The groups page's card: whether the tracking sheets print a residents list (its file and what
 * it gives) or blank numbered rows, and the link to upload, replace or delete it.
 */
export async function rosterCard(c: CampaignPaths, term: GroupTerm): Promise<Html> {
  let state: Html = html`Chưa có: bảng theo dõi của mỗi ${term.short} in các dòng trống đánh số để ${term.leader} ghi tay.`;
  if (c.rosters) {
    const bytes = await readFile(c.rosters).catch(() => undefined);
    const uploaded = bytes && (await uploadedNameOf(c.rosters, bytes, ROSTERS_NAME_FILE));
    const report = await readList(c, c.rosters).catch(() => undefined);
    const total = report ? [...report.rosters.values()].reduce((n, r) => n + r.length, 0) : 0;
    const known = report && (await groupsOf(c).catch(() => undefined));
    const short =
      report && known ? shortGroups(report, known.groups, await campaignRead(c)).length : 0;
    state = html`Đang dùng ${uploaded ? html`<strong class="file-name">${uploaded.name}</strong>` : 'một danh sách'}${
      report
        ? html`: ${groupThousands(total)} ${unitOf(report)} của ${report.rosters.size} ${term.short}${report.refused.length || report.failed.size ? html`, <strong>có dòng không dùng được</strong>` : ''}${short ? html`, <strong>${short} ${term.short} có ít ${unitOf(report)} hơn nhiều so với danh sách ${term.short}</strong> (bảng theo dõi in thêm dòng trống đánh số)` : ''}.`
        : html`, <strong>nhưng chưa đọc được với danh sách ${term.short} này</strong>.`
    }`;
  }
  const folder = await rosterFolderFiles(c);
  return html`<section class="card" aria-labelledby="rosters-title">
<h2 id="rosters-title">Danh sách hộ, người dân (cho bảng theo dõi)</h2>
<p>${state}</p>${folder ? html`\n<p>Thư mục chiến dịch còn có thư mục <strong class="file-name">${ROSTERS_FOLDER}</strong> (${folder.length} tệp danh sách người dân) mà studio không dùng: xem và xoá ở trang danh sách hộ.</p>` : ''}
<p class="help">Một tệp cho mọi ${term.short}, mỗi dòng một hộ (hoặc một người) và cột “${term.Short}” ghi thuộc ${term.short} nào, ví dụ danh sách hộ phải sơ tán. Bảng theo dõi của mỗi ${term.short} sẽ in tên, địa chỉ từng hộ của ${term.short} đó.</p>
<p><a class="button secondary" href="${rostersPath(c.slug)}">${c.rosters || folder ? 'Xem, thay hoặc xoá danh sách hộ' : 'Tải lên danh sách hộ, người dân'}</a></p>
</section>`;
}

/**
 * The stored list: only the columns read, as a workbook (roster-kept.ts), whatever the upload's
 * kind.
 */
export const KEPT_ROSTERS = 'rosters.xlsx';

/** Stores `bytes` as the campaign's residents list (KEPT_ROSTERS), private; its path. */
export async function writeKeptRosters(folder: string, bytes: Uint8Array): Promise<string> {
  const target = join(folder, KEPT_ROSTERS);
  await writeFileAtomic(target, bytes, { mode: PRIVATE_FILE_MODE });
  return target;
}

/**
 * The preview's word on the columns (qa46 F1, qa59 M1): those kept, as the tracking sheet reads
 * and prints them, and those left out, printed nowhere; nothing when every column is kept.
 */
function keptSaid(kept: WardRosterReport['kept'], term: GroupTerm): Html | string {
  if (kept.dropped.length === 0) return '';
  const named = (headers: readonly string[]) =>
    headers.map((h, i) => html`${i ? ', ' : ''}<strong>“${h}”</strong>`);
  const keeps = kept.columns.map((i) => kept.header.cells[i] || `cột ${i + 1}`);
  return html`<p>Khi lưu, phần mềm giữ các cột bảng theo dõi của ${term.short} đọc và in (${named(keeps)}); ${kept.dropped.length > 1 ? 'các cột' : 'cột'} ${named(kept.dropped)} không được lưu, vì không in ở đâu.</p>`;
}

/** Said once the list is saved: with the columns left out of the stored list, if any (qa46 F1). */
function savedSaid(dropped: readonly string[]): (term: GroupTerm) => string {
  const saved = 'Đã lưu danh sách hộ, người dân: bảng theo dõi in từ danh sách này.';
  if (dropped.length === 0) return () => saved;
  const named = dropped.map((h) => `“${h}”`).join(', ');
  return (term) =>
    `${saved} Chỉ lưu các cột bảng theo dõi của ${term.short} đọc và in; ${dropped.length > 1 ? 'các cột' : 'cột'} ${named} không được lưu, vì không in ở đâu.`;
}

/**
 * The rows whose group cell names no group of the groups list, nor a likely one (qa46 F7): kept
 * in the stored list though no sheet prints them; said with a button removing them (a page
 * confirms). Not said to be of a group removed: a cell written wrong ("5A", a cell pasted from
 * another ward) is one too, and is fixed in the file rather than deleted.
 */
function goneNotice(slug: string, report: WardRosterReport, term: GroupTerm): Html {
  const gone = report.refused.filter((r) => r.gone).length;
  if (gone === 0) return html``;
  return html`<div class="notice warn" role="status"><p><strong>${gone} dòng ghi ${term.short} không có trong danh sách ${term.short}</strong>: không in vào bảng theo dõi nào nhưng vẫn được lưu, với thông tin cá nhân trong đó.</p>
<p>Nếu ghi nhầm ${term.short}, sửa ô ${term.short} trong tệp rồi tải lên lại thay vì xoá.</p>
<p><a class="button secondary" href="${rostersPath(slug)}/gone">Xoá ${gone} dòng này khỏi danh sách</a></p></div>`;
}

/** "Tìm một người": a person's rows on request, to see, download or erase (routes-roster-person.ts). */
const personSearch = (slug: string, term: GroupTerm) =>
  html`<form method="get" action="${rostersPath(slug)}/person" class="card" role="search" aria-labelledby="person-title">
<h2 id="person-title">Tìm một người</h2>
<p class="help" id="person-help">Khi một người muốn biết phường giữ thông tin gì về họ, lấy bản sao hoặc được xoá khỏi danh sách: tìm theo họ tên trong danh sách của mọi ${term.short}.</p>
<label for="person-q">Họ và tên</label>
<input id="person-q" name="q" type="search" autocomplete="off" required aria-describedby="person-help">
<div class="actions"><button type="submit">Tìm</button></div>
</form>`;

type Upload = { filename?: string; toBuffer?: () => Promise<Buffer> };
/** What the page says above it; `ok` may need the ward's word for its groups. */
type Said = { ok?: string | ((term: GroupTerm) => string); error?: string };

/** The pending uploads of the campaign but `keep`, removed (an upload never saved, a double click). */
async function removePending(folder: string, keep?: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith(PENDING_PREFIX) && n !== keep)
      .map((n) => rm(join(folder, n), { force: true })),
  );
}

/** How long an upload previewed and neither saved nor cancelled is kept (a tab left open). */
const PENDING_KEPT_MS = 60 * 60 * 1000;

/** The pending uploads older than PENDING_KEPT_MS, removed: the list is personal data. */
async function removeStalePending(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const before = Date.now() - PENDING_KEPT_MS;
  await Promise.all(
    names
      .filter((n) => n.startsWith(PENDING_PREFIX))
      .map(async (n) => {
        const path = join(folder, n);
        const at = await stat(path).then(
          (s) => s.mtimeMs,
          () => undefined,
        );
        if (at !== undefined && at < before) await rm(path, { force: true });
      }),
  );
}

/**
 * Every campaign's pending uploads older than PENDING_KEPT_MS, removed: at the studio's start and
 * every SWEEP_MS while it runs, not only when a campaign's page is next shown (a list previewed
 * and left in a campaign nobody opens again stayed on disk for good).
 */
export async function sweepPendingRosters(campaignsDir: string): Promise<void> {
  const entries = await readdir(campaignsDir, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map((e) => {
        const folder = join(campaignsDir, e.name);
        return inTurn(`${folder}\u0000rosters`, () => removeStalePending(folder));
      }),
  );
}

/** How often a running studio sweeps the pending uploads. */
export const SWEEP_MS = 10 * 60 * 1000;

export function registerRosterRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const sweep = setInterval(() => {
    sweepPendingRosters(ctx.campaignsDir).catch((e: unknown) =>
      ctx.opts.logError?.(`sweeping the residents lists' uploads failed: ${String(e)}`),
    );
  }, SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  /**
   * The page: what it is for, the list in use (its summary, delete), the upload; `pending`, a
   * file just uploaded and read, is shown instead with its save button.
   */
  const show = async (
    req: FastifyRequest,
    said?: Said,
    pending?: { file: string; name: string; report: WardRosterReport },
  ) => {
    const c = campaignOf(ctx, req);
    if (!c) return undefined;
    // An upload previewed an hour ago and left (the tab closed): not kept on disk.
    await inTurn(`${c.folder}\u0000rosters`, () => removeStalePending(c.folder));
    const session = sessionOf(req);
    const { name, known, term } = await pageWords(c);
    const folder = await rosterFolderFiles(c);
    let body: Html;
    if (!known) {
      body = notice(
        'info',
        html`Chưa có danh sách ${term.short} (hoặc danh sách chưa đọc được). <a href="/c/${c.slug}/groups">Tải lên danh sách ${term.short}</a> trước: mỗi dòng của danh sách hộ phải ghi thuộc ${term.short} nào.`,
      );
    } else if (pending) {
      body = html`<section class="card" aria-labelledby="pending-title">
<h2 id="pending-title">Xem trước: ${pending.name}</h2>
<p class="help">Tệp chưa được dùng. Xem lại số ${unitOf(pending.report)} của từng ${term.short} và các dòng không dùng được, rồi bấm “Lưu danh sách này”${c.rosters ? ' (thay danh sách đang dùng)' : ''}.</p>
${listSummary(pending.report, known.groups, term, await campaignRead(c))}
${keptSaid(pending.report.kept, term)}
<form method="post" action="${rostersPath(c.slug)}/save">
${csrfField(session)}
<input type="hidden" name="pending" value="${pending.file}">
<input type="hidden" name="name" value="${pending.name}">
<div class="actions"><button type="submit">Lưu danh sách này</button>
<button type="submit" class="secondary" formaction="${rostersPath(c.slug)}/cancel">Huỷ, không dùng tệp này</button></div>
</form>
</section>`;
    } else {
      let inUse: Html = html`<p>Chưa có danh sách hộ, người dân: bảng theo dõi của mỗi ${term.short} in các dòng trống đánh số (theo số hộ trong danh sách ${term.short}) để ${term.leader} ghi tay.</p>`;
      if (c.rosters) {
        const bytes = await readFile(c.rosters);
        const uploaded = await uploadedNameOf(c.rosters, bytes, ROSTERS_NAME_FILE);
        const shown = uploaded?.name ?? 'danh sách hộ';
        try {
          const report = await readList(c, c.rosters);
          inUse = html`${listSummary(report, known.groups, term, await campaignRead(c))}
${goneNotice(c.slug, report, term)}
${personSearch(c.slug, term)}`;
        } catch (e) {
          if (!isUserError(e)) throw e;
          inUse = notice('error', inUploadedFile(e, term));
        }
        inUse = html`<p class="muted">Tệp đang dùng: <strong class="file-name">${shown}</strong>${uploaded ? `, tải lên lúc ${wardTimeSaid(uploaded.at)}` : ''}.</p>
${inUse}
<form method="post" action="${rostersPath(c.slug)}/delete" class="inline">
${csrfField(session)}
<div class="actions"><button type="submit" class="secondary">Xoá danh sách hộ này</button></div>
</form>`;
      }
      inUse = html`${inUse}
${personLogSection(await personLogTail(c.folder, PERSON_LOG_SHOWN), term)}`;
      body = html`<section aria-labelledby="in-use-title"><h2 id="in-use-title">Danh sách đang dùng</h2>${inUse}</section>
<form method="post" action="${rostersPath(c.slug)}" enctype="multipart/form-data" class="card">
${csrfField(session)}
<label for="file">${c.rosters ? 'Tải lên danh sách mới (thay danh sách đang dùng)' : 'Tải lên danh sách hộ, người dân'}</label>
<p class="help" id="file-help">Một tệp cho cả danh sách: Excel (.xlsx), CSV hoặc “Văn bản Unicode” (.txt), tối đa ${MAX_TABLE_FILE_MB} MB. Dòng tiêu đề có cột “${term.Short}” (ghi mã hoặc tên ${term.short} như trong danh sách ${term.short}), cột “Họ và tên” (hoặc “Họ tên chủ hộ”: khi đó mỗi dòng là một hộ) và “Địa chỉ”. Có thể tải lên chính sổ Excel có trang danh sách hộ (ví dụ trang “DS hộ sơ tán”). Tệp được xem trước, chỉ dùng khi bấm Lưu.</p>
<input id="file" name="file" type="file" accept="${ACCEPTED.join(',')}" required aria-describedby="file-help">
<div class="actions"><button type="submit">Tải lên và xem trước</button></div>
</form>`;
    }
    return page({
      title: `Danh sách hộ, người dân: ${name}`,
      session,
      body: html`${campaignHeader(c.slug, name, 'groups', term, c.name)}
<p><a href="/c/${c.slug}/groups">‹ Danh sách ${term.short}</a></p>
<h2>Danh sách hộ, người dân cho bảng theo dõi</h2>
<p class="help">Khi có danh sách này, bảng theo dõi của mỗi ${term.short} in tên và địa chỉ từng hộ (người) của ${term.short} đó, thay cho các dòng trống đánh số. Đây là thông tin cá nhân: chỉ in vào bảng theo dõi của đúng ${term.short} đó, không hiện trên trang nào khác, trừ phần “Tìm một người” của văn phòng (khi đã có danh sách).</p>
${said?.ok ? notice('ok', typeof said.ok === 'function' ? said.ok(term) : said.ok) : ''}${said?.error ? notice('error', said.error) : ''}
${folder ? rosterFolderSection(c.slug, folder, session, term) : ''}
${body}`,
    }) as string | undefined;
  };

  const answer = async (req: FastifyRequest, reply: FastifyReply, said: Said, status: number) => {
    const body = await show(req, said);
    return body === undefined ? reply.callNotFound() : sendPage(reply, body, status);
  };

  app.get('/c/:slug/rosters', async (req, reply) => {
    const q = req.query as {
      erased?: string;
      gone?: string;
      saved?: string;
      dropped?: string | string[];
      deleted?: string;
      cancelled?: string;
      folder?: string;
    };
    const erased = Number.parseInt(q.erased ?? q.gone ?? '', 10);
    const said: Said | undefined =
      erased > 0
        ? {
            ok: (term) =>
              `Đã xoá ${erased} dòng khỏi danh sách hộ, người dân và khỏi bản ${term.leader} đang xem: lần in sau không còn ${erased > 1 ? 'các dòng này' : 'dòng này'}. Bảng theo dõi đã in hoặc tải về trước đây vẫn có tên: hãy in lại và huỷ bản cũ nếu cần.`,
          }
        : q.saved === '1'
          ? { ok: savedSaid([q.dropped ?? []].flat()) }
          : q.deleted === '1'
            ? { ok: 'Đã xoá danh sách hộ, người dân.' }
            : q.cancelled === '1'
              ? { ok: 'Đã huỷ: tệp vừa tải lên đã được xoá, không dùng.' }
              : q.folder === 'deleted'
                ? {
                    ok: (term) =>
                      `Đã xoá thư mục ${ROSTERS_FOLDER} (danh sách người dân từng ${term.short}).`,
                  }
                : undefined;
    const body = await show(req, said);
    return body === undefined ? reply.callNotFound() : sendPage(reply, body);
  });

  app.post('/c/:slug/rosters', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const upload = (req.body as Record<string, Upload | undefined>).file;
    const ext = extname(upload?.filename ?? '').toLowerCase();
    if (!upload?.filename || !upload.toBuffer)
      return answer(req, reply, { error: 'Hãy chọn tệp danh sách hộ, người dân.' }, 400);
    if (!ACCEPTED.includes(ext))
      return answer(
        req,
        reply,
        {
          error:
            'Chỉ nhận tệp Excel (.xlsx), CSV hoặc “Văn bản Unicode” (.txt). Trong Excel: Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”.',
        },
        400,
      );
    if (!c.groups) return answer(req, reply, { error: 'Hãy tải lên danh sách tổ trước.' }, 409);
    const name = shownFileName(upload.filename);
    const pendingName = `${randomUUID()}${ext}`;
    const pending = join(c.folder, `${PENDING_PREFIX}${pendingName}`);
    const bytes = new Uint8Array(await upload.toBuffer());
    await writeFileAtomic(pending, bytes, { mode: PRIVATE_FILE_MODE });
    let report: WardRosterReport;
    try {
      report = await readList(c, pending);
    } catch (e) {
      await rm(pending, { force: true });
      if (!isUserError(e)) throw e;
      // The ward's word as the residents pages say it (the campaign's, else its list's).
      const { term } = await pageWords(c);
      return answer(
        req,
        reply,
        {
          error: `Không dùng được tệp này. ${inUploadedFile(e as UserError, term)}${c.rosters ? ' Danh sách đang dùng vẫn giữ nguyên.' : ''}`,
        },
        422,
      );
    }
    // One upload waits at a time: an earlier one never saved goes.
    await removePending(c.folder, `${PENDING_PREFIX}${pendingName}`);
    const body = await show(req, undefined, { file: pendingName, name, report });
    return body === undefined ? reply.callNotFound() : sendPage(reply, body);
  });

  app.post('/c/:slug/rosters/save', async (req, reply) => {
    const c0 = campaignOf(ctx, req);
    if (!c0) return reply.callNotFound();
    const fields = req.body as Record<string, unknown>;
    const pendingName = String(fieldValue(fields.pending) ?? '');
    const name = shownFileName(String(fieldValue(fields.name) ?? '')) || 'danh sách hộ';
    if (!PENDING.test(pendingName))
      return answer(req, reply, { error: 'Không tìm thấy tệp vừa tải lên: hãy tải lên lại.' }, 400);
    const saved = await inTurn(`${c0.folder}\u0000rosters`, async () => {
      const c = campaignPaths(ctx.campaignsDir, c0.slug);
      const pending = join(c.folder, `${PENDING_PREFIX}${pendingName}`);
      if (!existsSync(pending)) return false;
      // Only the columns the tool reads are stored (qa46 F1): an ID card number, a birth date or
      // a phone the tracking sheet never prints stays out of the folder, the leaders' served
      // copy and the backups. The pending upload is read again: the groups may have changed.
      let report: WardRosterReport;
      try {
        report = await readList(c, pending);
      } catch (e) {
        if (!isUserError(e)) throw e;
        await rm(pending, { force: true });
        return false;
      }
      const bytes = await keptRosterBytes(report.kept);
      const target = await writeKeptRosters(c.folder, bytes);
      await rm(pending, { force: true });
      await writeUploadedName(target, name, bytes, new Date(), ROSTERS_NAME_FILE);
      for (const other of ROSTER_FILES.map((f) => join(c.folder, f)))
        if (other !== target) await rm(other, { force: true });
      await removePending(c.folder);
      return { dropped: report.kept.dropped };
    });
    // The leaders' pages: the list replaced is no more served, nor kept in a copy or the cache.
    if (saved) await ctx.leaderSites.rostersChanged(c0.slug);
    if (!saved)
      return answer(
        req,
        reply,
        {
          error:
            'Không tìm thấy tệp vừa tải lên (có thể đã lưu hoặc đã có tệp khác tải lên sau): hãy xem danh sách đang dùng bên dưới, hoặc tải lên lại.',
        },
        409,
      );
    const query = new URLSearchParams({ saved: '1' });
    for (const header of saved.dropped) query.append('dropped', header);
    return reply.redirect(`${rostersPath(c0.slug)}?${query}`, 303);
  });

  // The preview's "Huỷ": the file just uploaded is deleted, not left waiting.
  app.post('/c/:slug/rosters/cancel', async (req, reply) => {
    const c0 = campaignOf(ctx, req);
    if (!c0) return reply.callNotFound();
    const pendingName = String(fieldValue((req.body as Record<string, unknown>).pending) ?? '');
    if (PENDING.test(pendingName))
      await inTurn(`${c0.folder}\u0000rosters`, () =>
        rm(join(c0.folder, `${PENDING_PREFIX}${pendingName}`), { force: true }),
      );
    return reply.redirect(`${rostersPath(c0.slug)}?cancelled=1`, 303);
  });

  // The folder of rosters a hand-copied campaign brought: deleted with everything in it.
  app.post('/c/:slug/rosters/folder/delete', async (req, reply) => {
    const c0 = campaignOf(ctx, req);
    if (!c0) return reply.callNotFound();
    await inTurn(`${c0.folder}\u0000rosters`, () =>
      rm(join(c0.folder, ROSTERS_FOLDER), { recursive: true, force: true }),
    );
    return reply.redirect(`${rostersPath(c0.slug)}?folder=deleted`, 303);
  });

  app.post('/c/:slug/rosters/delete', async (req, reply) => {
    const c0 = campaignOf(ctx, req);
    if (!c0) return reply.callNotFound();
    await inTurn(`${c0.folder}\u0000rosters`, async () => {
      for (const f of [...ROSTER_FILES, ROSTERS_NAME_FILE])
        await rm(join(c0.folder, f), { force: true });
      await removePending(c0.folder);
    });
    // The leaders' pages: no copy or cached tracking sheet of the list deleted stays on disk.
    await ctx.leaderSites.rostersChanged(c0.slug);
    return reply.redirect(`${rostersPath(c0.slug)}?deleted=1`, 303);
  });
}
