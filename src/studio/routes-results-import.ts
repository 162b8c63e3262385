/**
 * Studio: the office imports a spreadsheet of figures (the "Kết quả" tab › Nhập số liệu từ tệp).
 * The office keeps figures in Excel (leaders send theirs by Zalo or phone): it uploads the
 * workbook or CSV, sees what will be stored — the rows read with each figure against the one
 * saved now, the rows refused with their row number and why (a group the list does not have, a
 * group given twice, a figure that is no count, or above the group's population unless ticked),
 * the groups the file leaves out — and only then stores it. The file is read by `report`'s own
 * reader (load/results-file.ts), so the studio and the CLI accept the same files, and refuse the
 * same: a column of figures that is no measure's while a measure has no column (qa54 M2) stops
 * the file whole, said in the office's words.
 *
 * In: GET …/results/import (the form), POST …/results/import (an upload: the preview; the file
 * is kept under DIR/results-imports/ until confirmed), POST …/results/import/confirm (stores it),
 * GET …/results/mau-nhap-so-lieu.xlsx (the template: the ward's groups and a column a measure).
 * Out: the figures in the store, source "import", by the signed-in account, through `report`'s
 * own import (results/import-figures.ts: `planImport` for the preview, `importFigures` to store):
 * a row stores only its changed figures, as of the upload (or the row's own time column), under
 * a key of the file's bytes and the group, so the same file imported again stores nothing new;
 * a figure the store has a newer one of (a leader's later correction) is kept out and named on
 * the preview; nothing refused is stored, and each refused row is said on the preview and again
 * after storing.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUserError, UserError } from '../errors.js';
import { HEADERS, matchColumnsOf } from '../load/groups/columns.js';
import {
  RESULTS_EXTENSIONS,
  type ResultsRow,
  readResultsRows,
  type UnmatchedColumns,
} from '../load/results-file.js';
import type { Group } from '../load/types.js';
import { firstNamed } from '../messages/first-named.js';
import { msg, say } from '../messages/message.js';
import type { GroupTerm } from '../model/group-term.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { figureProblems, type Measure } from '../results/figures.js';
import {
  fileFingerprint,
  type ImportRow,
  importFigures,
  type KeptNewer,
  overwriteKey,
  planImport,
} from '../results/import-figures.js';
import { type Figure, readLatest } from '../results/results-store.js';
import { contentDisposition } from '../serve/disposition.js';
import { reportFileName } from '../serve/results-admin.js';
import { formatCount, formatTime, type ResultsService } from '../serve/results-form.js';
import type { Ward } from '../serve/ward.js';
import type { Session } from './accounts.js';
import { formText, type StudioContext, sendPage, sessionOf } from './app.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { type Html, html } from './html.js';
import { campaignHeader, csrfField, MAX_UPLOAD_MB, notice, page } from './layout.js';
import { inUploadedFile, inVietnamese } from './messages.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { resultsServiceOf, resultsWardOf } from './routes-results.js';
import { groupResultsPath, madeBy } from './routes-results-entry.js';

export const IMPORT_PATH = 'import';
export const TEMPLATE_PATH = 'mau-nhap-so-lieu.xlsx';

/** Where an uploaded file waits for the office's confirmation: DIR/results-imports/. */
const PENDING_DIR = 'results-imports';
/** A pending file's name: the campaign, a random id, the upload's extension. */
const PENDING_NAME = /^([a-z0-9-]+)\.([0-9a-f-]{36})(\.[a-z]+)$/;
/** An upload never confirmed is removed after this (the office closed the tab). */
const PENDING_TTL_MS = 24 * 60 * 60 * 1000;

type Upload = { filename?: string; toBuffer?: () => Promise<Buffer> };

/** The template's group columns: the ward's words when the reader knows them ("Mã thôn"). */
function groupHeaders(term: GroupTerm): [string, string, string] {
  const own: [string, string, string] = [
    `Mã ${term.short}`,
    `Tên ${term.group}`,
    term.LeaderColumn,
  ];
  const read = matchColumnsOf(own, { id: HEADERS.id, name: HEADERS.name, leader: HEADERS.leader });
  return [
    read.id?.index === 0 ? own[0] : 'Mã tổ',
    read.name?.index === 1 ? own[1] : 'Tên tổ dân phố',
    // A column the reader does not know would be said as not read, on the office's own template.
    read.leader?.index === 2 ? own[2] : 'Tổ trưởng',
  ];
}

/** The template: a row a group, in the ward's order, and an empty column a measure to fill. */
async function templateWorkbook(ward: Ward): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const [id, name, leader] = groupHeaders(ward.term);
  const measures = ward.campaign.measures;
  sheet.columns = [
    { header: id, width: 10 },
    { header: name, width: 32 },
    { header: leader, width: 26 },
    ...measures.map((m) => ({
      header: m.label,
      width: Math.min(40, Math.max(14, m.label.length)),
    })),
  ];
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  for (const g of ward.groups) {
    const row = sheet.addRow([g.id, g.name, g.leader ?? '']);
    // The id as text: "01" stays "01", as the groups file has it.
    row.getCell(1).numFmt = '@';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A row to store: the group, its figures in the file, those that change what is saved. */
interface PlannedRow {
  row: number;
  group: Group;
  values: Record<string, number>;
  changed: Record<string, number>;
  /** When this very file's row was stored already (an earlier import of the same file). */
  imported?: string;
  /** The file's figures a newer one in the store keeps out: not stored, and said. */
  newer: KeptNewer[];
  /** The row's figures under a column read as no measure: not stored, said at the row. */
  unread?: { header: string; text: string }[];
}

interface Plan {
  rows: PlannedRow[];
  refused: { row: number; problems: UserError[]; above: boolean; aboveOf?: string[] }[];
  warnings: UserError[];
  /** The ward's groups with no figure read from the file (no row, a refused or empty one). */
  absent: Group[];
  latest: Map<string, Map<string, Figure>>;
  /** The rows read, as the import stores them. */
  read: ImportRow[];
}

/**
 * A file refused whole, as `report --results` refuses it (load/results-file.ts
 * unmatchedColumns): a column of figures no measure's while a measure has no column.
 */
class UnmatchedFile extends Error {
  constructor(readonly unmatched: UnmatchedColumns) {
    super('unmatched columns');
  }
}

const quoted = (texts: readonly string[]) => texts.map((t) => `“${t}”`).join(', ');

/**
 * The refusal in the office's words: the file's columns and the measures by their labels, that
 * nothing was saved, and what to do ("đổi tiêu đề cột “Rác tái chế (kg)” thành “Khối lượng rác
 * thu gom (kg)”").
 */
function unmatchedSaid(u: UnmatchedColumns, file: string): string {
  const labels = u.absent.map((m) => m.label);
  const columns = `${u.headers.length === 1 ? 'cột' : 'các cột'} ${quoted(u.headers)}`;
  const measures = `${labels.length === 1 ? 'chỉ tiêu' : 'các chỉ tiêu'} ${quoted(labels)}`;
  const todo =
    u.headers.length > 1
      ? `Đổi tiêu đề của mỗi cột đó thành đúng tên chỉ tiêu của nó (ví dụ “${labels[0]}”)`
      : labels.length === 1
        ? `Nếu đó là số liệu của chỉ tiêu này, đổi tiêu đề cột “${u.headers[0]}” thành “${labels[0]}”`
        : `Nếu đó là số liệu của một trong các chỉ tiêu này, đổi tiêu đề cột “${u.headers[0]}” thành đúng tên chỉ tiêu đó (ví dụ “${labels[0]}”)`;
  return `Không nhận tệp ${file}, chưa lưu số liệu nào của tệp: ${columns} có số liệu nhưng không khớp với chỉ tiêu nào của chiến dịch, trong khi tệp không có cột nào cho ${measures}. ${todo} rồi tải tệp lên lại.`;
}

/**
 * What storing the file would do, against the figures saved now: the same rules as its storing
 * (results/import-figures.ts), the file keyed by its bytes and as of `at` (its upload), or of a
 * row's own time when the file has a time column.
 */
async function planOf(
  service: ResultsService,
  ward: Ward,
  bytes: Uint8Array,
  file: string,
  confirmed: boolean,
  at: Date,
  overwrite?: ReadonlySet<string>,
): Promise<Plan> {
  const read = await readResultsRows(
    bytes,
    file,
    service.measures,
    ward.groups,
    confirmed,
    ward.term,
    ward.hidden,
  );
  if (read.unmatched) throw new UnmatchedFile(read.unmatched);
  const scope = { campaign: service.campaign, measures: service.measures };
  const latest = await readLatest(service.db, service.campaign);
  const planned = await planImport(service.db, scope, read.rows, {
    key: fileFingerprint(bytes),
    at,
    ...(overwrite ? { overwrite } : {}),
  });
  // Each row's unread figures by its row number, found once: a 3,000-row file was searched
  // through for every row (~4.5M comparisons on each preview and each confirm).
  const unreadByRow = new Map<number, ResultsRow['unread']>();
  for (const r of read.rows) if (!unreadByRow.has(r.row)) unreadByRow.set(r.row, r.unread);
  const rows = planned.map(
    (p): PlannedRow => ({
      row: p.row.row,
      group: p.row.group,
      values: p.row.values,
      changed: p.changed,
      newer: p.newer,
      ...(p.already !== undefined ? { imported: p.already } : {}),
      ...unreadOf(unreadByRow.get(p.row.row)),
    }),
  );
  // A group whose row was refused is in the file: said among the refused rows, not as absent.
  const inFile = new Set([
    ...read.rows.filter((r) => Object.keys(r.values).length > 0).map((r) => r.group.id),
    ...read.refused.flatMap((r) => (r.group ? [r.group] : [])),
  ]);
  return {
    rows,
    refused: read.refused,
    warnings: read.warnings,
    absent: ward.groups.filter((g) => !inFile.has(g.id)),
    latest,
    read: read.rows,
  };
}

/** A row's figures under a column read as no measure (load/results-file.ts ResultsRow). */
const unreadOf = (unread: ResultsRow['unread']) => (unread?.length ? { unread } : {});

/**
 * "; cột “Số tiền đã thu (đồng)” (54.000.000) không khớp với chỉ tiêu nào của chiến dịch nên
 * không được lưu"; several: "các cột … không khớp … nên các số này không được lưu".
 */
const unreadSaid = (r: PlannedRow) => {
  const unread = r.unread ?? [];
  if (unread.length === 0) return '';
  const columns = unread.map((u) => `“${u.header}” (${u.text})`).join(', ');
  return unread.length === 1
    ? `; cột ${columns} không khớp với chỉ tiêu nào của chiến dịch nên không được lưu`
    : `; các cột ${columns} không khớp với chỉ tiêu nào của chiến dịch nên các số này không được lưu`;
};

/** The note of the file's own "Tổng cộng" row, skipped (load/results-file.ts). */
const TOTALS_ROW = msg`a totals row ("${''}"), not a group: it is skipped`.key;

/**
 * The file's totals rows, said apart in the preview's head line ("dòng 8 là dòng tổng cộng, bỏ
 * qua"): qa24 F10, "3 dòng không nhập" over a list of four, the totals row among them.
 */
function totalsSaid(warnings: readonly UserError[]): string {
  const rows = warnings.flatMap((w) =>
    w.text.key === TOTALS_ROW && w.where.row !== undefined ? [w.where.row] : [],
  );
  if (rows.length === 0) return '';
  return `; ${rows.length === 1 ? 'dòng' : 'các dòng'} ${rows.join(', ')} là dòng tổng cộng, bỏ qua`;
}

/** The reader's hints that list the measures as the CLI's user writes them: label and id. */
const UNREAD_COLUMN = msg`To report it, head it with a measure's label or id: ${''}.`.key;
const FIGURE_COLUMNS = msg`Head one column per figure with its label or id: ${''}.`.key;
const NO_FIGURE_COLUMN =
  msg`Head one column "Mã tổ" or "Tên tổ dân phố", and one column per figure with its label or id: ${''}.`
    .key;

/**
 * A note or refusal of the file in the studio's words: a measure named by its label as the
 * office typed it in the campaign, never by its id (the studio makes the id; the office never
 * sees it).
 */
function byLabels(e: UserError, measures: readonly Measure[]): UserError {
  const key = e.hintText?.key;
  if (key === FIGURE_COLUMNS)
    return new UserError(
      e.text,
      e.where,
      msg`Head one column per figure with its label: ${measures.map((m) => `“${m.label}”`).join(', ')}.`,
    );
  if (key !== UNREAD_COLUMN && key !== NO_FIGURE_COLUMN) return e;
  const labels = measures.map((m) => `“${m.label}”`).join(', ');
  return new UserError(
    e.text,
    e.where,
    key === UNREAD_COLUMN
      ? msg`To report it, head the column with a measure's label: ${labels}.`
      : msg`Head one column with the group's id or name, and one column per figure headed with its label: ${labels}.`,
  );
}

/** A note of the file (a column not read…), said with the measures' labels. */
const noteText = (e: UserError, ward: Ward) =>
  inUploadedFile(byLabels(e, ward.campaign.measures), ward.term);

/**
 * A refused row's problem for the office: where, what, and what to do in the studio. The CLI's
 * --confirm of a figure above its base is the preview's tick: "bên dưới" while the tick is below;
 * once saved there is none, so the office is told to upload the file again (qa25 F6).
 */
function refusedText(e: UserError, term: GroupTerm, saved = false): string {
  // The reader's hint for a figure above the base names the CLI's --confirm: here, the box.
  if (e.hintIn('en')?.includes('--confirm')) {
    const where = e.where.field
      ? `Dòng ${e.where.row}, cột “${e.where.field}”`
      : `Dòng ${e.where.row}`;
    return `${where}: ${inVietnamese(e, term)} Nếu số đúng (danh sách cũ hơn số liệu), ${saved ? 'tải tệp lên lại và đánh dấu ô xác nhận trước khi bấm “Lưu số liệu”' : 'đánh dấu ô xác nhận bên dưới'}.`;
  }
  return inUploadedFile(e, term);
}

/** "số cử tri", "số nhân khẩu hoặc kinh phí": what the refused rows' figures are above. */
function aboveNames(refused: Plan['refused']): string {
  const names = [...new Set(refused.flatMap((r) => r.aboveOf ?? []))];
  return names.length
    ? `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' hoặc ' : ''}${names.at(-1)}`
    : 'số trong danh sách';
}

/** At most this many groups are named in a sentence; the rest are counted. */
const NAMED = 12;

/** The groups' names, up to NAMED, the rest counted: "Tổ 1, Tổ 2 và 40 tổ khác". */
const someNames = (groups: readonly Group[], term: GroupTerm): string =>
  say(
    firstNamed(
      groups.map((g) => g.name),
      NAMED,
      'groups',
    ),
    'vi',
    term,
  );

const count = (n: number, what: string) => `${formatCount(n)} ${what}`;

/** A file's figure older than the office's withdrawal of its group's figures: not stored. */
const withdrawnAfter = (w: { at: string; by?: string }, term: GroupTerm) =>
  say(
    msg`not stored: the office withdrew the group's figures later, at ${formatTime(w.at)}${w.by ? ` (${w.by})` : ''}`,
    'vi',
    term,
  );

/**
 * A file's figure imported once already and corrected since, said where it stands: "không lưu:
 * tệp trước đã nhập 225 lúc …; Tổ trưởng gửi sửa thành 235 lúc …, giữ 235".
 */
const reimportedSaid = (n: { value: number; kept: Figure }, at: string, term: GroupTerm) =>
  `không lưu: số ${formatCount(n.value)} đã nhập từ tệp lúc ${formatTime(at)}; sau đó ${madeBy(n.kept.source, term)} sửa thành ${formatCount(n.kept.value)} lúc ${formatTime(n.kept.at)}, giữ ${formatCount(n.kept.value)}`;

/** The preview's box of a corrected figure the office chooses to store: "ghi_de:<group>:<measure>". */
const OVERWRITE_FIELD = 'ghi_de:';

function previewHtml(
  c: CampaignPaths,
  session: Session,
  ward: Ward,
  plan: Plan,
  file: string,
  pending: string,
): Html {
  const term = ward.term;
  const measures = ward.campaign.measures;
  const toStore = plan.rows.filter((r) => Object.keys(r.changed).length > 0);
  const already = plan.rows.filter((r) => r.imported);
  const same = plan.rows.filter(
    (r) =>
      !r.imported &&
      Object.keys(r.values).length > 0 &&
      Object.keys(r.changed).length === 0 &&
      r.newer.length === 0,
  );
  const newer = plan.rows.filter((r) => r.newer.length > 0);
  // The file's figures imported once already and corrected since (qa43 MAJOR 1): kept out unless
  // the office ticks them, one box each, none ticked at first.
  const corrected = plan.rows.flatMap((r) =>
    r.newer.flatMap((n) =>
      'kept' in n && n.reimported ? [{ ...n, reimported: n.reimported }] : [],
    ),
  );
  const plainNewer = newer.filter((r) => r.newer.some((n) => !('kept' in n && n.reimported)));
  const label = (id: string) => measures.find((m) => m.id === id)?.label ?? id;
  const above = plan.refused.some((r) => r.above);
  const aboveRows = plan.refused.filter((r) => r.above).length;
  const cell = (r: PlannedRow, id: string) => {
    const v = r.values[id];
    if (v === undefined) return html`<span class="muted">—</span>`;
    const was = plan.latest.get(r.group.id)?.get(id);
    const newer = r.newer.find((n) => n.measure === id);
    if (newer && !('kept' in newer))
      return html`${formatCount(v)} <span class="muted">(${withdrawnAfter(newer.withdrawn, term)})</span>`;
    if (newer?.reimported)
      return html`${formatCount(v)} <span class="muted">(${reimportedSaid(newer, newer.reimported, term)})</span>`;
    if (newer)
      return html`${formatCount(v)} <span class="muted">(không lưu: đã có số mới hơn ${formatCount(newer.kept.value)}, ${madeBy(newer.kept.source, term)} ${formatTime(newer.kept.at)})</span>`;
    // This same file's row stored before: said against the figure stored now, which a leader's
    // later correction may have changed (qa43 minor 1: "không đổi" over 227 stored).
    if (r.imported && was && was.value !== v)
      return html`${formatCount(v)} <span class="muted">(không lưu lại: số đang lưu là ${formatCount(was.value)}, ${madeBy(was.source, term)} ${formatTime(was.at)})</span>`;
    if (!(id in r.changed)) return html`${formatCount(v)} <span class="muted">(không đổi)</span>`;
    return was
      ? html`<strong>${formatCount(v)}</strong> <span class="muted">(số cũ ${formatCount(was.value)}, ${madeBy(was.source, term)} ${formatTime(was.at)})</span>`
      : html`<strong>${formatCount(v)}</strong> <span class="muted">(mới)</span>`;
  };
  const status = (r: PlannedRow) =>
    r.imported
      ? `Đã nhập từ tệp này lúc ${formatTime(r.imported)}: không lưu lại`
      : r.newer.some((n) => 'kept' in n && n.reimported)
        ? `Số của tệp đã nhập lần trước và đã được sửa sau đó: giữ số mới hơn${Object.keys(r.changed).length ? '; các số khác sẽ lưu' : ''}`
        : Object.keys(r.changed).length
          ? r.newer.length
            ? 'Sẽ lưu các số mới; số đã có số mới hơn không lưu'
            : 'Sẽ lưu'
          : r.newer.length
            ? 'Đã có số mới hơn: không lưu'
            : Object.keys(r.values).length
              ? 'Giống số đã lưu: không lưu'
              : 'Không ghi số nào: không lưu';
  return html`<p class="lead">Tệp <strong>${file}</strong>: ${count(plan.rows.length, `dòng đọc được`)}${plan.refused.length ? html`, <strong>${count(plan.refused.length, 'dòng không nhập')}</strong>` : ''}${totalsSaid(plan.warnings)}. Sẽ lưu số liệu mới của <strong>${count(toStore.length, term.short)}</strong>${same.length ? `; ${count(same.length, term.short)} giống số đã lưu` : ''}${already.length ? `; ${count(already.length, term.short)} đã nhập từ chính tệp này` : ''}${newer.length ? `; ${count(newer.length, term.short)} đã có số mới hơn` : ''}.</p>
${
  corrected.length
    ? html`<div class="notice warn" role="status"><p><strong>Số đã được sửa sau lần nhập tệp trước: giữ số mới hơn.</strong> Tệp này ghi lại đúng số đã nhập từ tệp lần trước, nhưng sau lần nhập đó ${term.leader} hoặc văn phòng đã sửa số. Nếu lưu tệp này, số đã sửa sẽ bị thay bằng số cũ của tệp. Số mới hơn được giữ, trừ khi đánh dấu ô của số đó ở cuối trang (chỉ đánh dấu khi chắc số trong tệp mới đúng):</p><ul class="listed">${corrected.map(
        (n) =>
          html`<li>Dòng ${n.row}, ${n.group.name}, “${label(n.measure)}”: ${reimportedSaid(n, n.reimported, term)}.</li>`,
      )}</ul></div>`
    : ''
}${
  plainNewer.length
    ? html`<div class="notice warn" role="status"><p><strong>Các số không lưu vì đã có số mới hơn${newer.some((r) => r.newer.some((n) => 'withdrawn' in n)) ? ' hoặc đã bị văn phòng xoá' : ''}</strong> (${term.leader} hoặc văn phòng gửi hay xoá sau thời điểm của tệp; số mới hơn được giữ). Nếu số trong tệp mới là số đúng, ghi thời gian đếm vào cột “Thời gian cập nhật” của dòng đó rồi tải lên lại, hoặc sửa ở trang của ${term.short} đó:</p><ul class="listed">${plainNewer.flatMap((r) => r.newer.filter((n) => !('kept' in n && n.reimported)).map((n) => html`<li>Dòng ${n.row}, ${n.group.name}, “${label(n.measure)}”: tệp ghi ${formatCount(n.value)} (${n.rowTime ? 'thời gian của dòng' : 'lúc tải lên'} ${formatTime(n.at)}); ${'kept' in n ? `đã có ${formatCount(n.kept.value)}, ${madeBy(n.kept.source, term)} ${formatTime(n.kept.at)}` : withdrawnAfter(n.withdrawn, term)}.</li>`))}</ul></div>`
    : ''
}${
  plan.refused.length
    ? html`<div class="notice error" role="alert"><p><strong>Các dòng không nhập</strong> (không lưu gì của các dòng này; sửa trong tệp rồi tải lên lại, hoặc nhập từng ${term.short} ở trang của ${term.short} đó):</p><ul class="problems">${plan.refused.flatMap((r) => r.problems.map((e) => html`<li>${refusedText(e, term)}</li>`))}</ul></div>`
    : ''
}${
  plan.warnings.length
    ? html`<ul class="notice warn">${plan.warnings.map((w) => html`<li>${noteText(w, ward)}</li>`)}</ul>`
    : ''
}${
  plan.absent.length
    ? html`<p class="notice info" role="status">${count(plan.absent.length, term.short)} không có số liệu nào đọc được trong tệp, giữ nguyên số đã lưu: ${someNames(plan.absent, term)}.</p>`
    : ''
}
${
  plan.rows.length
    ? html`<div class="table-wrap"><table class="results-table import-table">
<thead><tr><th scope="col">Dòng</th><th scope="col">${term.Short}</th>${measures.map((m) => html`<th scope="col">${m.label}</th>`)}<th scope="col">Lưu</th></tr></thead>
<tbody>${plan.rows.map(
        (r) =>
          html`<tr${Object.keys(r.changed).length ? '' : html` class="missing"`}><td class="num" data-label="Dòng">${r.row}</td><th scope="row"><a href="${groupResultsPath(c.slug, r.group.id)}">${r.group.name}</a></th>${measures.map((m) => html`<td class="num" data-label="${m.label}">${cell(r, m.id)}</td>`)}<td data-label="Lưu">${status(r)}${unreadSaid(r)}</td></tr>`,
      )}</tbody>
</table></div>`
    : ''
}
${
  toStore.length || above || corrected.length
    ? html`<form method="post" action="/c/${c.slug}/results/${IMPORT_PATH}/confirm" class="card">
${csrfField(session)}
<input type="hidden" name="upload" value="${pending}">
<input type="hidden" name="file" value="${file}">
${
  corrected.length
    ? html`<fieldset><legend>Số đã được sửa sau lần nhập trước (mặc định giữ số mới hơn)</legend>${corrected.map(
        (n) =>
          html`<label class="check"><input name="${OVERWRITE_FIELD}${overwriteKey(n.group.id, n.measure)}" type="checkbox" value="1"> Lưu ${formatCount(n.value)} của tệp cho ${n.group.name}, “${label(n.measure)}”, thay cho ${formatCount(n.kept.value)} (${madeBy(n.kept.source, term)} ${formatTime(n.kept.at)})</label>`,
      )}</fieldset>`
    : ''
}
${above ? html`<label class="check"><input name="xac_nhan" type="checkbox" value="1"> Các số lớn hơn ${aboveNames(plan.refused)} ở trên là đúng: nhập cả ${count(aboveRows, 'dòng')} đó (khi đánh dấu, nút dưới đây lưu thêm các dòng này)</label>` : ''}
<div class="actions"><button type="submit">Lưu số liệu${toStore.length ? ` của ${count(toStore.length, term.short)}` : ''}</button> <a class="button secondary" href="/c/${c.slug}/results/${IMPORT_PATH}">Chọn tệp khác</a></div>
</form>`
    : html`<p class="notice info" role="status">Không có số liệu mới để lưu${already.length ? ': tệp này đã được nhập' : ''}.</p>
<p><a class="button secondary" href="/c/${c.slug}/results">Quay lại Kết quả</a></p>`
}`;
}

function uploadForm(c: CampaignPaths, session: Session, ward: Ward): Html {
  const term = ward.term;
  const [id, name] = groupHeaders(term);
  return html`<form method="post" action="/c/${c.slug}/results/${IMPORT_PATH}" enctype="multipart/form-data" class="card">
${csrfField(session)}
<label for="file">Tệp số liệu (Excel hoặc CSV)</label>
<p class="help" id="file-help">Tệp Excel (.xlsx), CSV hoặc “Văn bản Unicode” (.txt), tối đa ${MAX_UPLOAD_MB} MB. Một dòng một ${term.short}: cột “${id}” hoặc “${name}”, và một cột cho mỗi số liệu, tiêu đề là tên số liệu: ${ward.campaign.measures.map((m, i) => `${i ? ', ' : ''}“${m.label}”`).join('')}. Ô để trống giữ nguyên số đã lưu. Cách dễ nhất: <a href="/c/${c.slug}/results/${TEMPLATE_PATH}" download>tải mẫu (Excel)</a> có sẵn các ${term.short}, điền số rồi tải lên.</p>
<input id="file" name="file" type="file" accept="${RESULTS_EXTENSIONS.join(',')}" required aria-describedby="file-help">
<div class="actions"><button type="submit">Tải lên và xem trước</button></div>
<p class="help">Chưa lưu gì khi tải lên: phần mềm cho xem từng dòng sẽ lưu và các dòng không nhập được, rồi mới lưu khi bấm “Lưu số liệu”.</p>
</form>`;
}

/** Pending uploads the office never confirmed, removed after a day. */
async function removeStale(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  for (const n of names) {
    if (!PENDING_NAME.test(n)) continue;
    const at = await stat(join(dir, n)).then(
      (s) => s.mtimeMs,
      () => now,
    );
    if (now - at > PENDING_TTL_MS) await rm(join(dir, n), { force: true });
  }
}

export function registerResultsImportRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const pendingDir = join(ctx.opts.dataDir, PENDING_DIR);

  /** The campaign and its figures, or undefined (404: no campaign, no measures). */
  const found = async (req: FastifyRequest) => {
    const c = campaignOf(ctx, req);
    if (!c) return undefined;
    const ward = await resultsWardOf(ctx, c).catch(() => undefined);
    if (!ward || ward.campaign.measures.length === 0) return undefined;
    const name = campaignName(campaignForm(await readCampaignText(c.file)), c);
    return { c, name, ward, service: resultsServiceOf(ctx, ward) };
  };
  type Found = NonNullable<Awaited<ReturnType<typeof found>>>;

  const answer = (reply: FastifyReply, f: Found, session: Session, content: Html, status = 200) =>
    sendPage(
      reply,
      page({
        title: `Nhập số liệu từ tệp: ${f.name}`,
        session,
        body: html`${campaignHeader(f.c.slug, f.name, 'results', f.ward.term, f.c.name)}
<p class="muted"><a href="/c/${f.c.slug}/results">Kết quả</a> › Nhập số liệu từ tệp</p>
<h2>Nhập số liệu từ tệp</h2>
${content}`,
      }),
      status,
    );

  app.get(`/c/:slug/results/${TEMPLATE_PATH}`, async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('Cache-Control', 'no-store')
      .header(
        'Content-Disposition',
        contentDisposition(reportFileName('template', f.ward.campaign)),
      )
      .send(await templateWorkbook(f.ward));
  });

  app.get(`/c/:slug/results/${IMPORT_PATH}`, async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    return answer(reply, f, session, uploadForm(f.c, session, f.ward));
  });

  app.post(`/c/:slug/results/${IMPORT_PATH}`, async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    const refuse = (text: string, status: number) =>
      answer(
        reply,
        f,
        session,
        html`${notice('error', text)}${uploadForm(f.c, session, f.ward)}`,
        status,
      );
    const upload = (req.body as Record<string, Upload | undefined>).file;
    if (!upload?.filename || !upload.toBuffer) return refuse('Hãy chọn tệp số liệu.', 400);
    const file = upload.filename.normalize('NFC');
    const ext = extname(file).toLowerCase();
    if (!RESULTS_EXTENSIONS.includes(ext)) {
      return refuse(
        'Chỉ nhận tệp Excel (.xlsx), CSV hoặc “Văn bản Unicode” (.txt). Trong Excel: Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”.',
        400,
      );
    }
    const bytes = new Uint8Array(await upload.toBuffer());
    let plan: Plan;
    try {
      plan = await planOf(f.service, f.ward, bytes, file, false, new Date());
    } catch (e) {
      if (e instanceof UnmatchedFile) return refuse(unmatchedSaid(e.unmatched, file), 422);
      if (!isUserError(e)) throw e;
      return refuse(`Không đọc được tệp ${file}. ${noteText(e, f.ward)}`, 422);
    }
    await removeStale(pendingDir);
    const pending = `${f.c.slug}.${randomUUID()}${ext}`;
    await writeFileAtomic(join(pendingDir, pending), bytes);
    return answer(reply, f, session, previewHtml(f.c, session, f.ward, plan, file, pending));
  });

  app.post(`/c/:slug/results/${IMPORT_PATH}/confirm`, async (req, reply) => {
    const f = await found(req);
    if (!f) return reply.callNotFound();
    const session = sessionOf(req);
    const text = (name: string) => formText(req.body, name);
    const pending = PENDING_NAME.exec(text('upload'));
    const file = text('file').slice(0, 200) || 'tệp số liệu';
    const path = pending?.[1] === f.c.slug ? join(pendingDir, pending[0]) : undefined;
    const bytes = path ? await readFile(path).catch(() => undefined) : undefined;
    if (!bytes) {
      // Stored already (a second click) or never uploaded here: nothing to store.
      return answer(
        reply,
        f,
        session,
        html`${notice('info', `Tệp ${file} đã được lưu hoặc đã quá hạn. Nếu cần nhập lại, hãy tải tệp lên lần nữa.`)}${uploadForm(f.c, session, f.ward)}`,
        409,
      );
    }
    const confirmed = text('xac_nhan') === '1';
    // The corrected figures the office ticked to store the file's figure over (qa43 MAJOR 1).
    const overwrite = new Set(
      Object.keys((req.body ?? {}) as Record<string, unknown>)
        .filter((k) => k.startsWith(OVERWRITE_FIELD) && text(k) === '1')
        .map((k) => k.slice(OVERWRITE_FIELD.length)),
    );
    // As of the upload (the pending file's time), unless a row has its own time.
    const uploaded = await stat(path as string).then(
      (s) => new Date(Math.min(s.mtimeMs, Date.now())),
      () => new Date(),
    );
    let plan: Plan;
    try {
      plan = await planOf(
        f.service,
        f.ward,
        new Uint8Array(bytes),
        file,
        confirmed,
        uploaded,
        overwrite,
      );
    } catch (e) {
      if (!(e instanceof UnmatchedFile || isUserError(e))) throw e;
      return answer(
        reply,
        f,
        session,
        html`${notice('error', e instanceof UnmatchedFile ? unmatchedSaid(e.unmatched, file) : `Không đọc được tệp ${file}. ${noteText(e, f.ward)}`)}${uploadForm(f.c, session, f.ward)}`,
        422,
      );
    }
    // Stored by the same rules as `report`'s import (one transaction): a newer figure kept, the
    // same file once (keyed by its bytes), as of the upload or the row's own time.
    const done = await importFigures(
      f.service.db,
      { campaign: f.service.campaign, measures: f.service.measures },
      plan.read,
      {
        key: fileFingerprint(bytes),
        at: uploaded,
        by: session.user.name,
        overwrite,
        // Marked confirmed only where a figure is above its base: the history says so of those.
        confirmed: (group, values) =>
          confirmed &&
          figureProblems(f.service.measures, group, values, false).some((p) => p.kind === 'above'),
      },
    );
    await rm(path as string, { force: true });
    const stored = done.stored;
    const term = f.ward.term;
    const refused = plan.refused;
    return answer(
      reply,
      f,
      session,
      html`${stored ? notice('ok', `Đã lưu số liệu của ${count(stored, term.short)} từ tệp ${file}.`) : notice('info', `Không lưu số liệu nào từ tệp ${file}.`)}${
        // The file's figures kept out by a newer one, some perhaps saved since the preview (a
        // leader's correction in between): said, never hidden under "Đã lưu" (qa43 minor 1).
        done.newer.length
          ? html`<div class="notice warn" role="status"><p>${count(done.newer.length, 'số')} của tệp không được lưu vì đã có số mới hơn:</p><ul class="listed">${done.newer.map(
              (n) =>
                html`<li>Dòng ${n.row}, ${n.group.name}, “${f.service.measures.find((m) => m.id === n.measure)?.label ?? n.measure}” ${formatCount(n.value)}: ${'kept' in n ? (n.reimported ? reimportedSaid(n, n.reimported, term) : `không lưu, ${madeBy(n.kept.source, term)} ${formatCount(n.kept.value)} lúc ${formatTime(n.kept.at)}`) : withdrawnAfter(n.withdrawn, term)}.</li>`,
            )}</ul></div>`
          : ''
      }${
        refused.length
          ? html`<div class="notice warn" role="status"><p>${count(refused.length, 'dòng')} của tệp không được nhập:</p><ul class="problems">${refused.flatMap((r) => r.problems.map((e) => html`<li>${refusedText(e, term, true)}</li>`))}</ul></div>`
          : ''
      }<p><a class="button" href="/c/${f.c.slug}/results">Xem Kết quả</a> <a class="button secondary" href="/c/${f.c.slug}/results/${IMPORT_PATH}">Nhập tệp khác</a></p>`,
    );
  });
}
