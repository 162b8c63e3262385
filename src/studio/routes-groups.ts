/**
 * Studio: the campaign's groups file. The office uploads the Excel workbook (.xlsx) or CSV it
 * keeps; it is read by the build's own loader and shown as a table, each bad row marked with its
 * problem in Vietnamese and the cell at fault outlined. A file that cannot be read at all is not
 * kept (the previous one stays); .xls and .ods are refused with how to save them as .xlsx.
 */

import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { inRowOrder, isUserError, problemsOf, type UserError } from '../errors.js';
import { FONT_FAMILIES } from '../layout/font-set.js';
import { writtenDay } from '../load/day-first.js';
import { type Field, isNotesColumn } from '../load/groups/columns.js';
import { TEXT_TABLE_EXTENSIONS } from '../load/groups/decode.js';
import { columnLetters } from '../load/groups/duplicate-headers.js';
import {
  type GroupsReport,
  isRosterSheetNote,
  listTermOf,
  type RowFailure,
  type SkippedRow,
} from '../load/groups/index.js';
import { withoutLeadingZeros } from '../load/groups/leading-zeros.js';
import {
  droppedGroups,
  type GroupName,
  type IdShift,
  idShifts,
  idShiftWarning,
  type ListChange,
  listChange,
} from '../load/groups/renumbered.js';
import { nameKey, rowRanges, type SameNames, sameName } from '../load/groups/same-names.js';
import type { RawRow } from '../load/groups/table.js';
import { phoneKey } from '../load/groups/values.js';
import { MAX_TABLE_FILE_MB } from '../load/limits.js';
import { firstNamed } from '../messages/first-named.js';
import { say, verbatim } from '../messages/message.js';
import { endedOn } from '../model/campaign-days.js';
import { formatFigure } from '../model/format.js';
import { type GroupTerm, groupTermOf, UNIT_WORDS } from '../model/group-term.js';
import { matches, searchOf } from '../model/search.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { MANIFEST } from '../output/manifest.js';
import { groupExpression, meantColumn, missingColumn } from '../template/check.js';
import { wardDay, wardTimeSaid } from '../ward-time.js';
import type { Session } from './accounts.js';
import { fieldValue, formText, type StudioContext, sendPage, sessionOf } from './app.js';
import { fieldId, fieldOf } from './campaign-fields.js';
import { campaignForm, checkCampaignText, readCampaignText } from './campaign-file.js';
import {
  type CampaignPaths,
  campaignPaths,
  campaignSummary,
  GROUPS_FILES,
  GROUPS_NAME_FILE,
  listCampaigns,
  uploadedNameOf,
  writeUploadedName,
} from './campaign-folders.js';
import {
  listBracketed,
  listOriginOf,
  listOrigins,
  listSaid,
  newerList,
  writeListOrigin,
} from './groups-origin.js';
import { groupsReportOf } from './groups-read.js';
import { type SheetLeft, storedAsRead, Unkept, wordTableOnly } from './groups-sheets.js';
import { holdUpload, removeStaleHeld, takeHeldUpload } from './held-upload.js';
import { Html, html } from './html.js';
import { inTurn } from './in-turn.js';
import { campaignHeader, csrfField, fieldMarks, notice, page, refusal } from './layout.js';
import { inUploadedFile, inUploadedFileLinked, inVietnamese } from './messages.js';
import { campaignName, campaignOf } from './routes-campaigns.js';
import { rosterCard } from './routes-rosters.js';
import { unlistedNotices } from './unlisted-links.js';
import {
  keepOldBases,
  type ReportedChange,
  reportedChangesOf,
  reportedOf,
  unlistedNotes,
} from './unlisted-notes.js';

/**
 * The loader's value of a column when it is the cell itself written another way (a phone grouped
 * as the leader's: "0987654321" → "0987 654 321"), else undefined. By header name alone, two
 * columns under one heading (a merged "Trưởng thôn" over its name and phone) showed the phone
 * in both (CI, groups-word-private).
 */
function reformatted(value: string | undefined, cell: string): string | undefined {
  const key = value === undefined ? '' : phoneKey(value);
  return key !== '' && key === phoneKey(cell) ? value : undefined;
}

/**
 * What the build reads (load/groups): a workbook, a text table (Excel's "Unicode Text"), or a
 * table in a Word document.
 */
const ACCEPTED = ['.xlsx', ...TEXT_TABLE_EXTENSIONS, '.docx'];

/**
 * Rows shown in one page of the table; a ward has a few hundred groups at most, and a longer
 * list (a households list given as groups: qa25b F4) is paged, with a search, not sent whole.
 */
const PAGE_ROWS = 200;

/**
 * A page showing more rows than this folds them (qa44 m8: 220 tổ made a 69,891 px page on a
 * phone, a card a row): each old ward's rows (or sheet's) under a summary that names it and
 * counts its rows, else blocks of FOLD_ROWS rows; a fold holding a row with an error is open.
 */
const FOLD_AT = 40;
const FOLD_ROWS = 50;
/**
 * Rows of a folded page: a merged ward's whole list on one page (a page of 200 cut An Biên's 45
 * tổ into 25 and 20 on two pages); a closed fold's rows cost the browser no layout.
 */
const FOLDED_PAGE_ROWS = 500;

/** Which rows of the table the page shows: its page (from 1) and what the office searched for. */
interface TableView {
  slug: string;
  page: number;
  search: string;
}

/** A cell's text as searched: any case, NFC. */
const searchKey = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').trim();

const RESAVE: Record<string, string> = {
  '.xls':
    'Đây là tệp Excel cũ (.xls). Mở tệp trong Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”, rồi tải tệp .xlsx lên.',
  '.doc':
    'Đây là tệp Word cũ (.doc). Mở tệp trong Word, chọn Tệp → Lưu thành → “Tài liệu Word (*.docx)”, rồi tải tệp .docx lên; danh sách phải là một bảng trong tệp.',
  '.ods':
    'Đây là tệp LibreOffice (.ods). Mở tệp, chọn Tệp → Lưu thành → kiểu “Excel 2007-365 (.xlsx)”, rồi tải tệp .xlsx lên.',
};

/**
 * The headers to write: those of the list in use, as its file writes them (its "Tên tổ dân phố",
 * though its names say "Tổ 1": qa21 finding 14 told the office "Tên tổ"), else in the ward's
 * word when the loader reads that word's headers.
 */
function fileHelp(term: GroupTerm, inUse?: Partial<Record<Field, string>>): string {
  const own = UNIT_WORDS.includes(term.group) ? term : groupTermOf(undefined, []);
  const header = (field: Field, fallback: string) => `“${inUse?.[field] ?? fallback}”`;
  const required = inUse
    ? `${header('id', 'STT')} và ${header('name', `Tên ${own.group}`)}`
    : `“STT” (hoặc “Mã ${own.short}”) và “Tên ${own.group}”`;
  const optional = [
    header('leader', own.LeaderColumn),
    header('phone', 'Số điện thoại'),
    header('venue', 'Địa chỉ nhà văn hoá'),
    header('households', 'Số hộ'),
    header('population', 'Số nhân khẩu'),
  ].join(', ');
  return `Tệp Excel (.xlsx), CSV, “Văn bản Unicode” (.txt) lưu từ Excel, hoặc tệp Word (.docx) có danh sách là một bảng, tối đa ${MAX_TABLE_FILE_MB} MB. Dòng đầu (của bảng) là tiêu đề${inUse ? ', như tệp đang dùng' : ''}, có cột ${required}; có thể thêm ${optional}. Tải tệp mới lên sẽ thay tệp cũ. Phường, xã gồm nhiều phường, xã cũ: gộp danh sách của các phường, xã cũ vào một tệp, mỗi phường, xã cũ một trang tính (hoặc thêm cột “Phường cũ”).`;
}

type Upload = { filename?: string; toBuffer?: () => Promise<Buffer> };
/**
 * What just happened; `error` as paragraphs (markup, a list of rows, as it is); `confirm`: what
 * the office says it knows by ticking to use the file anyway; `chosen`: the file just chosen and
 * not used, shown as the table (its rows to fix in red) in place of the file in use.
 */
/**
 * Which list a groups page was opened on (a hash of the file in use; "none"): an upload made
 * from a page of an older list is refused, naming when the list was replaced (qa45 F8: of two
 * clerks uploading at once, the first was told "uploaded" and replaced a moment later unsaid).
 */
async function listVersion(groups: string | undefined): Promise<string> {
  const bytes = groups ? await readFile(groups).catch(() => undefined) : undefined;
  return bytes ? createHash('sha256').update(bytes).digest('base64url').slice(0, 22) : 'none';
}

type Said = {
  ok?: string;
  /** Said beside `ok`: what the upload just done dropped of the list before it. */
  warn?: string;
  error?: string | (string | Html)[];
  confirm?: string[];
  /**
   * The confirmation is of the ward's newest list taken in one click (qa47): asked on that
   * button's form, not on the upload's ("chọn lại tệp": there is no file to choose again).
   */
  newest?: true;
  /** The file chosen, kept for the answer (held-upload.ts): sent back with the tick (qa58b p8). */
  held?: string;
  chosen?: {
    report: GroupsReport;
    name: string;
    listed?: boolean;
    /** The rows the build would leave out (the loader's, and text the fonts lack). */
    failures?: readonly RowFailure[];
  };
};

/** A name the campaign's texts print as a column that is a typo of a field or column. */
interface Typo {
  column: string;
  /** The labels of the fields that print it, and each one's id on the edit page. */
  fields: { label: string; id?: string }[];
  /** The template problem, whose hint says what was meant ("Có phải “leader”?…"). */
  error: UserError;
}

/** The columns the campaign's texts print that the groups file lacks, and the typos among them. */
interface TextsLack {
  /** Columns to add to the file (or to leave out of the texts), each with its fields' labels. */
  columns: Map<string, string[]>;
  /** Names that are a typo of a known field or a column the file has: the texts to correct. */
  typos: Typo[];
}

/**
 * The columns the campaign's texts print ({{group.[Nơi niêm yết]}} in Kính gửi, Nội dung, the
 * actions) that the groups file `groups` lacks, each with the labels of the fields that print
 * it: the build refuses the campaign until the file has them or the texts no longer print them.
 * A name that is a typo of a known field ({{group.leadr}}) or of a column the file has is apart:
 * no column of that name is asked for (qa20).
 */
async function columnsLacking(campaignFile: string, groups: string): Promise<TextsLack> {
  const checked = await checkCampaignText(
    await readCampaignText(campaignFile),
    campaignFile,
    groups,
  );
  const columns = new Map<string, string[]>();
  const typos: Typo[] = [];
  for (const e of checked.errors) {
    const column = missingColumn(e);
    if (column === undefined) continue;
    const field = fieldOf(e.where.field);
    const label = field?.label ?? e.where.field ?? '';
    if (meantColumn(e) !== undefined) {
      const typo = typos.find((t) => t.column === column) ?? { column, fields: [], error: e };
      if (!typos.includes(typo)) typos.push(typo);
      if (!typo.fields.some((f) => f.label === label))
        typo.fields.push({ label, ...(field ? { id: fieldId(field) } : {}) });
      continue;
    }
    const fields = columns.get(column) ?? [];
    columns.set(column, fields);
    if (!fields.includes(label)) fields.push(label);
  }
  return { columns, typos };
}

/** The columns lacking, said for the office: which, where they print, what it stops, what to do. */
function columnsLackingSaid(lacking: Map<string, string[]>, term: GroupTerm, file: string): string {
  const columns = [...lacking].map(
    ([column, fields]) => `cột “${column}” (in ở mục ${fields.map((f) => `“${f}”`).join(', ')})`,
  );
  return `${file} không có ${lacking.size > 1 ? 'các cột' : 'cột'} mà nội dung chiến dịch cần in: ${columns.join('; ')}. Khi dùng danh sách này, chưa tạo được tệp in và trang ${term.leader} chưa cập nhật, cho đến khi thêm ${lacking.size > 1 ? 'các cột đó' : 'cột đó'} vào tệp (tiêu đề cột viết đúng như trên) hoặc bỏ khỏi các mục đó ở thẻ Nội dung.`;
}

/**
 * A typo in the texts, said as the edit page says it (its hint: "Có phải “leader”? Hãy ghi
 * {{group.leader}}"), with where it is and what it stops: the text to correct, not the file.
 */
function typoSaid(typo: Typo, term: GroupTerm, slug: string): Html {
  const fields = typo.fields.map((f, i) =>
    f.id
      ? html`${i ? ', ' : ''}<a href="/c/${slug}#${f.id}">“${f.label}”</a>`
      : html`${i ? ', ' : ''}“${f.label}”`,
  );
  const hint = typo.error.hintIn('vi', term) ?? '';
  return html`${typo.fields.length > 1 ? 'Các mục' : 'Mục'} ${fields} ở thẻ Nội dung ghi ${groupExpression(typo.column)}. ${hint} Cho đến khi sửa ở thẻ Nội dung, chưa tạo được tệp in và trang ${term.leader} chưa cập nhật.`;
}

/** A group of the list in use whose row in the new file has an error: a row to fix, not gone. */
interface FaultyRow {
  group: GroupName;
  failure: RowFailure;
}

/** What a new file does to the links of the file in use (none when those links harm no one). */
interface LinkChanges {
  /** Ids the new file gives to other groups (renumbered.ts). */
  shifts: IdShift[];
  /**
   * Ids gone (none whose row the new file has with an error: those are in `faulty`), and every
   * renamed id when the new file looks like another list.
   */
  change: ListChange;
  /** Groups in use whose rows the new file has, with an error (an empty name, "khoảng 130" hộ). */
  faulty: FaultyRow[];
  /** Of the ids gone, those whose groups have reported figures. */
  reported?: Set<string>;
  /** Groups that reported and that the new file renames or gives another target (qa26 F1, F5). */
  rerated: ReportedChange[];
  /** Groups the list before left out, with figures, that the new file has again (qa58b p4). */
  returning: GroupName[];
}

/**
 * What the new file does to the ids of the file in use, when that file has reached the leaders
 * (pages opened) or been printed (a build): before that, a renumbering or another list harms no
 * one.
 */
async function linkChangesOf(
  ctx: StudioContext,
  c: CampaignPaths,
  trial: GroupsReport,
): Promise<LinkChanges | undefined> {
  if (!c.groups) return undefined;
  const used =
    existsSync(join(c.out, MANIFEST)) ||
    (await ctx.leaderSites.publication(c.slug).catch(() => undefined)) !== undefined;
  if (!used) return undefined;
  const before = await groupsReportOf(c.groups).catch(() => undefined);
  if (!before) return undefined;
  const shifts = idShifts(before.groups, trial.groups);
  const all = listChange(before.groups, trial.groups);
  // A group whose row is in the new file but faulty (an empty name, an empty STT, "khoảng 130"
  // hộ) is not gone: its row is to fix (qa23 #2 named three such tổ "không còn trong tệp mới").
  const faulty = all.gone.flatMap((group) => {
    const failure = rowOfGroup(group, trial.failures);
    return failure ? [{ group, failure }] : [];
  });
  const change = { ...all, gone: all.gone.filter((g) => !faulty.some((f) => f.group === g)) };
  // Reported groups renamed or given another target: their figures were sent against the old
  // list (a renumbering's are said by its own sentence).
  const rerated = shifts.length
    ? []
    : // A store that cannot be read fails the upload (logged, the error page), not "nothing
      // changed": the stop page would miss the figures sent against the old list.
      await reportedChangesOf(ctx, c, before.groups, trial.groups);
  if (!shifts.length && !all.gone.length && !change.renamed.length && !rerated.length)
    return undefined;
  const reported = await reportedOf(
    ctx,
    c,
    change.gone.map((g) => g.id),
  );
  // Back in the list with their figures (a merge undone): counted again, said (qa58b p4).
  const had = new Set(before.groups.map((g) => g.id));
  const added = trial.groups.filter((g) => !had.has(g.id));
  const figured = shifts.length
    ? new Set<string>()
    : await reportedOf(
        ctx,
        c,
        added.map((g) => g.id),
      );
  const returning = added.filter((g) => figured.has(g.id));
  return { shifts, change, faulty, reported, rerated, returning };
}

/** An id as its row may write it: no leading zeros, any case. */
const idKey = (id: string) => withoutLeadingZeros(id).toLocaleLowerCase('vi');

/**
 * The faulty row of the new file that is `group`'s: the row with its id, else a row with no id
 * and its name (the STT left empty).
 */
function rowOfGroup(group: GroupName, failures: readonly RowFailure[]): RowFailure | undefined {
  return (
    failures.find((f) => f.id !== undefined && idKey(f.id) === idKey(group.id)) ??
    failures.find(
      (f) => f.id === undefined && f.name !== undefined && nameKey(f.name) === nameKey(group.name),
    )
  );
}

/** At most this many ids are named in a sentence; the rest are counted. */
const NAMED = 3;

/** `items` named up to NAMED, the rest counted: "a; b; c và 4 mã khác". */
const someOf = (items: readonly string[]): string =>
  say(firstNamed(items, NAMED, 'ids', '; '), 'vi');

/**
 * Why the new file is not used yet, in the office's words: the ids it moves (a renumbering),
 * or gives to other groups (another list), and those it drops, with what that does to the
 * links the leaders have and what to do.
 */
function linkChangesSaid(changes: LinkChanges, term: GroupTerm): string[] {
  const { shifts, change } = changes;
  const said: string[] = [];
  if (shifts.length) said.push(inUploadedFile(idShiftWarning(shifts, '', term), term));
  else if (change.renamed.length) {
    const leaders = change.newLeaders > 0 ? `, ${change.newLeaders} mã đổi cả ${term.leader}` : '';
    said.push(
      `Tệp mới có vẻ là một danh sách khác: ${change.renamed.length}/${change.common} mã nay mang tên ${term.short} khác${leaders} (${someOf(change.renamed.map((r) => `mã ${r.id} trước là “${r.was}”, nay là “${r.now}”`))}). Đường dẫn đã gửi cho ${term.leader} của các mã này sẽ mở trang của ${term.short} khác, và số liệu đã báo cáo sẽ tính cho ${term.short} khác.`,
    );
  }
  if (change.gone.length) {
    said.push(
      `${change.gone.length} mã không còn trong tệp mới (${someOf(change.gone.map((g) => `mã ${g.id} “${g.name}”`))}): đường dẫn đã gửi cho ${term.leader} của ${change.gone.length > 1 ? 'các ' : ''}${term.short} này sẽ không mở được nữa.`,
    );
    // Their figures are kept, but leave Kết quả and the report: said before the tick (qa9 Q9).
    const reported = change.gone.filter((g) => changes.reported?.has(g.id));
    if (reported.length) {
      said.push(
        `${reported.length} ${term.short} trong số đó đã báo cáo số liệu (${someOf(reported.map((g) => `mã ${g.id} “${g.name}”`))}): số liệu vẫn được lưu, nhưng sẽ không tính vào tổng của Kết quả (báo cáo ghi riêng là chưa tính) cho đến khi ${reported.length > 1 ? `các ${term.short} này` : `${term.short} này`} có lại trong danh sách với đúng mã cũ. Nếu ${term.short} đã sáp nhập vào ${term.short} khác, hãy cộng số này vào ${term.short} mới ở “Nhập, sửa” của Kết quả.`,
      );
    }
  }
  if (changes.rerated.length && !change.renamed.length)
    said.push(reratedSaid(changes.rerated, term));
  if (changes.returning.length && !change.renamed.length) {
    const n = changes.returning.length;
    said.push(
      `${n} ${term.short} có số liệu đã báo cáo nay có lại trong tệp mới (${someOf(changes.returning.map((g) => `mã ${g.id} “${g.name}”`))}): sau khi dùng tệp này, số liệu đó được tính lại vào Kết quả và báo cáo, và đường dẫn đã gửi cho ${term.leader} của ${n > 1 ? `các ${term.short} này` : `${term.short} này`} mở lại được.`,
    );
  }
  return said;
}

/**
 * "2 tổ đã báo cáo nay đổi tên hoặc chỉ tiêu trong tệp mới (…)": what happens to their figures,
 * sent against the old list (qa26 F1, F5).
 */
function reratedSaid(rerated: readonly ReportedChange[], term: GroupTerm): string {
  const each = rerated.map((r) => {
    const name = sameName(r.was, r.now) ? `“${r.was}”` : `“${r.was}” nay là “${r.now}”`;
    const bases = r.bases.map(
      (b) =>
        `${b.was === undefined ? 'chưa có' : b.said(b.was)} → ${b.now === undefined ? 'không có' : b.said(b.now)}, đã báo cáo ${formatFigure(b.value)}${b.sent !== undefined && b.sent !== b.was ? ` theo ${b.said(b.sent)}` : ''}`,
    );
    return `mã ${r.id} ${name}${bases.length ? `: ${bases.join('; ')}` : ''}`;
  });
  // A figure the new file gives back the base it was sent against (a merge undone: qa58b p4) is
  // counted and ranked at once; the others wait for the office's check.
  const back = rerated.filter((r) => r.bases.length && r.bases.every(backToSent));
  const rated = rerated.filter((r) => r.bases.length && !back.includes(r)).length;
  // A rename alone keeps counting as before; a split's figure is said on its own below.
  const renamedOnly = rerated.some((r) => !r.bases.length && !r.split.length);
  const again = back.length
    ? ` Số đã báo cáo của ${someOf(back.map((r) => `mã ${r.id}`))} được gửi theo đúng ${back.length > 1 ? 'các số' : 'số'} trong tệp mới: sau khi dùng tệp này, số đó được tính vào tổng, tính tỷ lệ và xếp hạng ngay, không cần kiểm tra lại.`
    : '';
  const kept = rated
    ? ` Số đã báo cáo ${back.length ? `của ${term.short} còn lại ` : ''}là theo danh sách cũ: sau khi dùng tệp này, số đó vẫn được giữ và cộng vào tổng, nhưng ghi “báo cáo theo danh sách cũ”, chưa xếp hạng và báo cáo ghi “chưa xác nhận” cho đến khi văn phòng kiểm tra ở “Nhập, sửa” (ví dụ ${term.short} đã tách: nhập số của riêng ${term.short} này).`
    : renamedOnly && !back.length
      ? ` Số đã báo cáo vẫn tính cho ${term.short} với tên mới.`
      : '';
  return `${rerated.length} ${term.short} đã báo cáo số liệu nay đổi tên hoặc chỉ tiêu trong tệp mới (${each.join('; ')}).${again}${kept}${rerated
    .filter((r) => r.split.length)
    .map((r) => ` ${splitSaid(r, term)}`)
    .join('')}`;
}

/** The new file gives the figure the base it was sent against: counted as sent (qa58b p4). */
const backToSent = (b: ReportedChange['bases'][number]) => b.sent !== undefined && b.sent === b.now;

/**
 * A reported group that seems split (qa26 F1): which groups seem to come from it, that the whole
 * group's figure will count for the id it kept, and how to give each half its own.
 */
function splitSaid(r: ReportedChange, term: GroupTerm): string {
  const halves = [{ id: r.id, name: r.now }, ...r.split];
  const named = halves.map((h) => `“${h.name}” (mã ${h.id})`);
  const others = r.split.map((h) => `“${h.name}”`).join(', ');
  return `${term.Short} “${r.was}” có vẻ đã tách thành ${named.slice(0, -1).join(', ')} và ${named.at(-1)}: số đã báo cáo (${r.figures.join('; ')}) là của cả ${term.short} “${r.was}” trước khi tách, nhưng sau khi dùng tệp này sẽ tính hết cho “${r.now}” (mã ${r.id}), còn ${others} bắt đầu từ “Chưa báo cáo”. Nếu đúng là đã tách, hãy hỏi ${term.leader} rồi sửa ở “Nhập, sửa” của Kết quả: nhập số của riêng “${r.now}”, và số của ${others} ở trang của ${r.split.length > 1 ? `từng ${term.short}` : `${term.short} đó`}.`;
}

/**
 * The groups in use whose rows of the new file have errors, said as rows to fix: which, at which
 * row, what using the file would do, and what to do.
 */
function faultySaid(faulty: readonly FaultyRow[], term: GroupTerm, hasList: boolean): string {
  const these = faulty.length > 1 ? `các ${term.short} này` : `${term.short} này`;
  const rows = someOf(
    faulty.map(
      ({ group, failure: f }) =>
        `mã ${group.id} “${group.name}”: ${f.sheet === undefined ? '' : `trang “${f.sheet}”, `}dòng ${f.row}`,
    ),
  );
  return `${faulty.length} ${term.short} đang dùng nằm ở dòng có lỗi (${rows}). Nếu dùng tệp như vậy, ${these} sẽ không được in và đường dẫn đã gửi cho ${term.leader} sẽ không mở được. Hãy sửa ${faulty.length > 1 ? 'các dòng' : 'dòng'} đó trong tệp rồi tải lên lại.${hasList ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`;
}

/**
 * Why a row the loader leaves out on purpose is not a group, as the table's note says it: a
 * person checking the list by eye must not take it for a group that is read.
 */
function skippedNote(why: SkippedRow['why'], term: GroupTerm): string {
  switch (why) {
    case 'header':
      return 'Không đọc: dòng lặp lại tiêu đề.';
    case 'column-numbers':
      return 'Không đọc: dòng đánh số các cột (1, 2, 3…).';
    case 'totals':
      return `Không đọc: dòng tổng cộng, không phải một ${term.short}.`;
    case 'section':
      return `Không đọc: tiêu đề một phần của danh sách, không phải một ${term.short}.`;
    case 'hidden':
      return `Không đọc: dòng đang bị ẩn trong Excel, ${term.short} này không được in.`;
    case 'footer':
      return 'Không đọc: dòng nằm dưới bảng (ngày tháng, chữ ký…).';
  }
}

/**
 * The rows of `report` in `failures`, every problem at its row and column with how to fix it,
 * each linked to its row of the table (groupsTable).
 */
function rowProblems(
  report: GroupsReport,
  failures: readonly RowFailure[],
  term: GroupTerm,
  pageOf?: (row: number, sheet?: string) => string,
) {
  if (!failures.length) return '';
  const sheets = [...new Set(report.table.rows.map((r) => r.sheet))];
  const anchor = (row: number, sheet?: string) =>
    `${pageOf?.(row, sheet) ?? ''}#${sheet === undefined ? `row-${row}` : `row-${sheets.indexOf(sheet) + 1}-${row}`}`;
  return html`<ul class="problems">${failures.flatMap((f) =>
    // Every problem of the row, each at its column (qa12 Q14: "245 hộ" and "1.020 người"
    // in one row), with how to fix it, as the CLI says it (the table's cell keeps the
    // problems alone).
    problemsOf(f.error).map((p) => {
      const hint = p.hintIn('vi', term);
      return html`<li><a href="${anchor(f.row, f.sheet)}">${f.sheet === undefined ? '' : `Trang “${f.sheet}”, `}${f.sheet === undefined ? 'Dòng' : 'dòng'} ${f.row}</a>${p.where.field ? html`, cột “${p.where.field}”` : ''}: ${inVietnamese(p, term)}${hint ? html` ${inVietnamese(verbatim(hint))}` : ''}</li>`;
    }),
  )}</ul>`;
}

/** The table's first column (the row's number in the file) and its last (problems, notes). */
const ROW_HEADER = 'Dòng';
const NOTE_HEADER = 'Lỗi, ghi chú';

/** A table of the page: the file's, or one sheet's of a list kept one sheet per part. */
interface Section {
  /** The sheet's name, when the list is kept in several. */
  sheet?: string;
  header: readonly string[];
  rows: readonly RawRow[];
  /** The header (as written in this table) of each field's column. */
  headers: GroupsReport['headers'];
  /** The columns hidden in Excel and not read (load/groups/hidden-columns.ts): not shown. */
  unread?: readonly number[];
}

/**
 * The file's table, each row the build leaves out in red with its problem: `failures` are the
 * build's own (the loader's, and text the fonts lack), the loader's alone when the campaign does
 * not load. The rows the loader leaves out on purpose (a totals row, a hidden row…) are greyed,
 * with why in the note cell.
 */
function groupsTable(
  report: GroupsReport,
  failures: readonly RowFailure[],
  term: GroupTerm,
  listed = true,
  view?: TableView,
  /** The file's warnings: a row's own are said in its note cell too (a tổ with no leader). */
  warnings: readonly UserError[] = [],
) {
  const { table } = report;
  // A list read from several sheets (one per old ward) numbers each sheet's rows from 1: a row
  // is its sheet and its number.
  const sheets = [...new Set(table.rows.map((r) => r.sheet))];
  const at = (row: number, sheet?: string) => `${sheets.indexOf(sheet)}:${row}`;
  const anchor = (row: number, sheet?: string) =>
    sheet === undefined ? `row-${row}` : `row-${sheets.indexOf(sheet) + 1}-${row}`;
  const bad = new Map(failures.map((f) => [at(f.row, f.sheet), f]));
  const readable = report.groups.filter((g) => !bad.has(at(g.source.row, g.source.sheet))).length;
  const byRow = new Map(report.groups.map((g) => [at(g.source.row, g.source.sheet), g]));
  const skipped = new Map(report.skipped.map((k) => [at(k.row, k.sheet), k.why]));
  // A list kept one sheet per part of the ward: each sheet its own table under its own header
  // (its columns in its own order, a column only it has), as the office sees it in Excel.
  const sections: Section[] = report.sheets?.map((s) => ({
    sheet: s.name,
    header: s.table.header.cells,
    rows: s.table.rows,
    headers: s.headers,
    unread: s.table.unreadColumns,
  })) ?? [
    {
      header: table.header.cells,
      rows: table.rows,
      headers: report.headers,
      unread: table.unreadColumns,
    },
  ];
  // The rows of this page: of those the search finds (any cell), else of all. A table without
  // a view (a file just chosen, not in use: no page of it to go to) shows its first page and
  // every row with an error.
  // The search is the one Xem trước and the leaders' tab use (model/search.ts: marks and case
  // aside, each word typed begins a word), over the row's cells and the name and id as the
  // papers print them: "Tổ dân phố số 1 (Hàng Kênh cũ)" or "hang kenh 1" finds the row that
  // shows that name, though the file's cells say "Tổ dân phố số 1" | "Hàng Kênh" (qa44 M3).
  const search = searchKey(view?.search ?? '');
  const typed = searchOf(view?.search ?? '');
  const rowText = (r: RawRow, sheet?: string) => {
    const group = byRow.get(at(r.row, sheet));
    return [...r.cells, group?.name ?? '', group?.id ?? ''].join(' ');
  };
  const found = sections.map((section) => ({
    ...section,
    rows:
      search && typed.words.length
        ? section.rows.filter((r) => matches(typed, rowText(r, section.sheet)))
        : search
          ? section.rows.filter((r) => r.cells.some((cell) => searchKey(cell).includes(search)))
          : section.rows,
  }));
  const total = found.reduce((n, section) => n + section.rows.length, 0);
  // The whole list folds (a search shows what it finds, unfolded): its pages are longer.
  const listRows = sections.reduce((n, section) => n + section.rows.length, 0);
  const listPageRows = listRows > FOLD_AT ? FOLDED_PAGE_ROWS : PAGE_ROWS;
  const pageRows = search ? PAGE_ROWS : listPageRows;
  const pages = Math.max(1, Math.ceil(total / pageRows));
  const pageNo = Math.min(Math.max(1, view?.page ?? 1), pages);
  let skip = (pageNo - 1) * pageRows;
  let room = pageRows;
  const shown = found.flatMap((section) => {
    const rows = section.rows.filter((r, i) => {
      if (!view && bad.has(at(r.row, section.sheet))) return true;
      if (i < skip || room <= 0) return false;
      room--;
      return true;
    });
    skip = Math.max(0, skip - section.rows.length);
    return rows.length ? [{ ...section, rows }] : [];
  });
  // A problem listed above the table links to its row on the row's page (of the whole list).
  const pageByRow = new Map(
    sections
      .flatMap((section) => section.rows.map((r) => at(r.row, section.sheet)))
      .map((k, i) => [k, Math.floor(i / listPageRows) + 1]),
  );
  // A row on the page shown is linked in the page itself.
  const pageOfRow = (row: number, sheet?: string) => {
    const rowPage = pageByRow.get(at(row, sheet)) ?? 1;
    return rowPage === pageNo && !search ? '' : `/c/${view?.slug ?? ''}/groups?trang=${rowPage}`;
  };
  const first = (pageNo - 1) * pageRows + 1;
  const last = Math.min(total, pageNo * pageRows);
  const link = (n: number) =>
    `/c/${view?.slug ?? ''}/groups?${new URLSearchParams({ ...(search ? { tim: view?.search ?? '' } : {}), trang: String(n) })}#bang`;
  const nav =
    total === 0
      ? search
        ? html`<p class="paging">Không có dòng nào có “${view?.search ?? ''}”.</p>`
        : ''
      : html`<p class="paging">${search ? `${total} dòng có “${view?.search ?? ''}”` : `${total} dòng`}${pages > 1 ? `, đang xem dòng thứ ${first}–${last} (trang ${pageNo}/${pages})` : ''}.${
          pageNo > 1 ? html` <a href="${link(pageNo - 1)}" rel="prev">‹ Trang trước</a>` : ''
        }${pageNo < pages ? html` <a href="${link(pageNo + 1)}" rel="next">Trang sau ›</a>` : ''}</p>`;
  // The search is offered once the list is folded or longer than a page.
  const top =
    view && (total > FOLD_AT || search)
      ? html`<form method="get" action="/c/${view.slug}/groups#bang" class="groups-search" id="bang" role="search">
<label for="tim">Tìm trong danh sách (tên, mã, ${term.leader}…)</label>
<div class="actions"><input id="tim" name="tim" type="search" value="${view.search}"> <button type="submit">Tìm</button>${search ? html` <a href="/c/${view.slug}/groups#bang">Bỏ tìm</a>` : ''}</div>
</form>
${nav}`
      : '';
  const bottom = view
    ? pages > 1
      ? nav
      : ''
    : total > pageRows
      ? html`<p class="muted">Chỉ hiện ${pageRows} dòng đầu${failures.length ? ' và các dòng có lỗi' : ''}.</p>`
      : '';
  const rowsOf = (section: Section) => {
    const { header, headers, sheet } = section;
    const labels = columnLabels(section);
    return section.rows.map((r) => {
      const key = at(r.row, sheet);
      const f = bad.get(key);
      const problems = f ? problemsOf(f.error) : [];
      const badColumns = new Set(problems.map((p) => p.where.field));
      // Shown as the documents print them: a phone Excel kept as a number lost its leading 0, any
      // phone column ("SĐT cán bộ") grouped as the leader's (qa29: the loader's one form); a
      // name shared with a group of another part of the list has that part's heading after it.
      // An id given its sheet's short name (sheets each numbered from 1: "HBo-1") likewise.
      const group = byRow.get(key);
      // A cell covered by a merge across the row (a section heading "PHƯỜNG HÀNG BẠC (CŨ)" over
      // the table) shows once, in its first cell, as Excel shows it.
      const cellText = (i: number) => (r.merged?.[i] && r.across?.[i] ? '' : (r.cells[i] ?? ''));
      const printed = (h: string, i: number) =>
        h === headers.phone
          ? group?.phone
          : h === headers.name
            ? group?.name
            : h === headers.id && group?.source.part?.id !== undefined
              ? group.id
              : r.merged?.[i] && r.across?.[i]
                ? undefined
                : reformatted(group?.columns?.[h], cellText(i));
      const why = skipped.get(key);
      const warned = warnings.filter(
        (w) => w.where.row === r.row && w.where.sheet === sheet && w.where.line === undefined,
      );
      // Each cell names its column (data-label): on a phone a row is a card, a line a cell.
      const note = f
        ? html`<td class="problem" data-label="${NOTE_HEADER}">${problems.map((p, i) => html`${i ? html`<br>` : ''}${p.where.field ? html`Cột “${p.where.field}”: ` : ''}${inVietnamese(p, term)}`)}</td>`
        : why
          ? html`<td class="note" data-label="${NOTE_HEADER}">${skippedNote(why, term)}</td>`
          : warned.length
            ? html`<td class="note" data-label="${NOTE_HEADER}">${warned.map((w, i) => html`${i ? html`<br>` : ''}${w.where.field ? html`Cột “${w.where.field}”: ` : ''}${inVietnamese(w, term)}`)}</td>`
            : html`<td></td>`;
      return html`<tr${f ? html` class="bad" id="${anchor(r.row, sheet)}"` : why ? html` class="skipped"` : ''}><th scope="row" data-label="${ROW_HEADER}">${r.row}</th>${header.map(
        (h, i) =>
          section.unread?.includes(i)
            ? ''
            : html`<td${f && badColumns.has(h) ? html` class="bad"` : h === headers.phone ? html` class="phone"` : h === headers.id ? html` class="id"` : ''} data-label="${labels[i]}">${printed(h, i) || cellText(i)}</td>`,
      )}${note}</tr>`;
    });
  };
  const tableOf = (section: Section) => html`<div class="table-wrap groups"><table>
<thead><tr><th scope="col">${ROW_HEADER}</th>${columnLabels(section).map((label, i) => (section.unread?.includes(i) ? '' : html`<th scope="col">${label}</th>`))}<th scope="col">${NOTE_HEADER}</th></tr></thead>
<tbody>${rowsOf(section)}</tbody>
</table></div>`;
  // A long page folds: the rows of each old ward (its sheet, or the part its tổ are printed
  // with: "(Lạch Tray cũ)"), else blocks of rows, each under a summary; a heading row of a part
  // goes with the part it opens.
  const shownRows = shown.reduce((n, section) => n + section.rows.length, 0);
  const fold = !search && shownRows > FOLD_AT;
  const runsOf = (section: Section): { label?: string; rows: RawRow[] }[] => {
    const runs: { label?: string; rows: RawRow[] }[] = [];
    let waiting: RawRow[] = [];
    for (const r of section.rows) {
      const key = at(r.row, section.sheet);
      const label = byRow.get(key)?.source.part?.label;
      const last = runs.at(-1);
      if (label === undefined) {
        if (skipped.get(key) === 'section' || !last) waiting.push(r);
        else last.rows.push(r);
      } else if (last && last.label === label && !waiting.length) last.rows.push(r);
      else {
        runs.push({ label, rows: [...waiting, r] });
        waiting = [];
      }
    }
    if (waiting.length) {
      const last = runs.at(-1);
      if (last) last.rows.push(...waiting);
      else runs.push({ rows: waiting });
    }
    if (runs.length > 1 || section.sheet !== undefined) return runs;
    const rows = runs[0]?.rows ?? [];
    return Array.from({ length: Math.ceil(rows.length / FOLD_ROWS) }, (_, i) => ({
      rows: rows.slice(i * FOLD_ROWS, (i + 1) * FOLD_ROWS),
    }));
  };
  const foldOf = (section: Section, run: { label?: string; rows: RawRow[] }) => {
    const keys = run.rows.map((r) => at(r.row, section.sheet));
    const groupsIn = keys.filter((k) => byRow.has(k)).length;
    const badIn = keys.filter((k) => bad.has(k)).length;
    const firstRow = run.rows[0]?.row;
    const lastRow = run.rows.at(-1)?.row;
    const where = section.sheet === undefined ? '' : `Trang tính “${section.sheet}” · `;
    const rowsSaid = firstRow === lastRow ? `dòng ${firstRow}` : `dòng ${firstRow}–${lastRow}`;
    const said =
      run.label !== undefined
        ? `${where}${run.label}: ${groupsIn} ${term.short} (${rowsSaid})`
        : `${where}${rowsSaid.replace(/^d/, 'D')}: ${groupsIn} ${term.short}`;
    return html`<details class="rows-fold"${badIn ? html` open` : ''}><summary>${said}${badIn ? html`, <span class="bad-count">${badIn} dòng có lỗi</span>` : ''}</summary>
${tableOf({ ...section, rows: run.rows })}
</details>`;
  };
  return html`<p>${readable} ${term.short} đọc được${failures.length ? html`, <strong>${failures.length} dòng có lỗi</strong> (tô đỏ; các ${term.short} này chưa được in)` : ''}${skipped.size ? html`; ${skipped.size} dòng không đọc (tô xám, không phải ${term.short} hoặc bị ẩn trong Excel)` : ''}.</p>
${
  // Listed above the table too, unless the page's notice lists them: a bad row may be far down
  // a long list.
  listed ? rowProblems(report, failures, term, view && pageOfRow) : ''
}
${top}
${
  fold
    ? html`<p class="muted fold-hint">Bấm vào từng phần để xem các dòng của phần đó.</p>
${shown.map((section) => runsOf(section).map((run) => foldOf(section, run)))}`
    : shown.map(
        (section) =>
          html`${section.sheet === undefined ? '' : html`<h2 class="sheet">Trang tính “${section.sheet}”</h2>`}
${tableOf(section)}`,
      )
}
${bottom}`;
}

export function registerGroupRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** The page; `message` says what just happened, in the campaign's word for its groups. */
  const show = async (req: FastifyRequest, message?: (term: GroupTerm) => Said) => {
    const c = campaignOf(ctx, req);
    if (!c) return undefined;
    const session = sessionOf(req);
    const query = req.query as { trang?: string; tim?: string };
    const view: TableView = {
      slug: c.slug,
      page: Number.parseInt(query.trang ?? '1', 10) || 1,
      search: typeof query.tim === 'string' ? query.tim.slice(0, 200) : '',
    };
    const form = campaignForm(await readCampaignText(c.file));
    const name = campaignName(form, c);
    // The ward's word: the campaign's, else its groups' names once they are read.
    let term = groupTermOf(form['issuer.group_term'], []);
    // The headers of the list in use, for the upload's help.
    let headers: Partial<Record<Field, string>> | undefined;
    let table = html`<p>Chưa có danh sách ${term.group}.</p>`;
    // The file in use by the name the office uploaded it under; the folder's own name for a
    // list put there otherwise (by hand, an older studio).
    let inUse = c.groups ? html`Tệp hiện dùng: ${basename(c.groups)}` : '';
    // The sheets of the uploaded workbook not kept (readSheetsOnly), said for as long as the file is in use.
    let sheetsLeft: Html | '' = '';
    if (c.groups) {
      const file = c.groups;
      try {
        const report = await groupsReportOf(file);
        headers = report.headers;
        const uploaded = await uploadedNameOf(file, report.bytes);
        if (uploaded)
          inUse = html`Tệp hiện dùng: <strong class="file-name">${uploaded.name}</strong>, tải lên lúc ${wardTimeSaid(uploaded.at)}${uploaded.by ? ` bởi ${uploaded.by}` : ''}`;
        term = listTermOf(form['issuer.group_term'], report);
        if (uploaded?.left.length)
          sheetsLeft = leftSheetsSaid(uploaded.left, uploaded.kept, term, !c.rosters);
        else if (uploaded?.word) sheetsLeft = wordKeptSaid(term);
        // What `check` warns of this file (a figure the tracking sheet cannot hold, a column
        // nothing prints), from the build's own reading; the loader's alone when the campaign
        // does not load.
        const ward = await ctx.previewer.ward(c).catch(() => undefined);
        // The note pointing a sheet of residents at the residents list upload: not once one is in use.
        const warnings = inRowOrder(
          (ward ? ward.warnings.filter((w) => w.where.file === file) : report.warnings).filter(
            (w) => !(c.rosters && isRosterSheetNote(w)),
          ),
        );
        // The build's rows left out: a name with a character the fonts lack (an emoji pasted
        // from Zalo) reads, but is not printed.
        // In the file's order: sheet by sheet when the list was read from several.
        const sheetNames = [...new Set(report.table.rows.map((r) => r.sheet))];
        const sheetOrder = (sheet?: string) => sheetNames.indexOf(sheet);
        const rowOf = (f: { row: number; sheet?: string }) => `${f.sheet ?? ''}\u0000${f.row}`;
        const read = new Set(report.failures.map(rowOf));
        const failures = [
          ...report.failures,
          ...(ward?.failures ?? []).flatMap((f) =>
            f.row !== undefined &&
            !read.has(rowOf({ ...f, row: f.row })) &&
            f.error.where.file === file
              ? [{ ...f, row: f.row }]
              : [],
          ),
        ].sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row);
        // Columns the texts print that this file lacks: nothing prints until that is fixed.
        const lacking = await columnsLacking(c.file, file);
        const lackingNote = html`${
          lacking.columns.size
            ? notice('error', columnsLackingSaid(lacking.columns, term, 'Danh sách đang dùng'))
            : ''
        }${lacking.typos.map((t) => notice('error', typoSaid(t, term, c.slug)))}`;
        // The office's own notes ("Ghi chú"): kept, not printed, said once here as a plain
        // line, not warned as a column to delete (qa23 #9).
        const notesColumns = ward
          ? ward.notesColumns
          : report.extraColumns.filter((h) => isNotesColumn(h));
        const notesNote = notesColumns.length
          ? notice(
              'info',
              html`${notesColumns.length > 1 ? 'Các cột' : 'Cột'} ${notesColumns.map((h, i) => html`${i ? ', ' : ''}<strong>“${h}”</strong>`)} là ghi chú riêng của văn phòng: phần mềm giữ nguyên trong tệp, không in ra giấy nào. Muốn in thì viết {{group.[${notesColumns[0] ?? ''}]}} vào chỗ cần in ở thẻ Nội dung.`,
            )
          : '';
        table = html`${lackingNote}${
          warnings.length
            ? html`<ul class="notice warn">${warnings.map((w) => html`<li>${inUploadedFileLinked(w, c.slug, term)}</li>`)}</ul>`
            : ''
        }${notesNote}${groupsTable(report, failures, term, true, view, warnings)}`;
      } catch (e) {
        if (!isUserError(e)) throw e;
        table = notice('error', inUploadedFile(e, term));
      }
    }
    const said = message?.(term);
    // A file refused: the table is the file just chosen, its rows to fix in red, not the file
    // in use (qa23 #2 showed the old file under a refusal about the new one).
    if (said?.chosen) {
      const { report, name: chosen, listed, failures = report.failures } = said.chosen;
      // Its warnings (a name differing from another only in capitals) before the office
      // confirms it, as the page says them once the file is in use (qa36 F5).
      const warnings = inRowOrder(report.warnings);
      table = html`<h2 class="chosen">Tệp vừa chọn (chưa dùng): <span class="file-name">${chosen}</span></h2>${
        warnings.length
          ? html`<ul class="notice warn">${warnings.map((w) => html`<li>${inUploadedFile(w, term)}</li>`)}</ul>`
          : ''
      }${groupsTable(report, failures, term, !listed, undefined, warnings)}`;
    }
    // Figures of groups this list no longer has: kept, not counted, said (qa9 Q9).
    const unlisted = await unlistedNotes(ctx, c);
    return page({
      title: `Danh sách ${term.short}: ${name}`,
      session,
      body: html`${campaignHeader(c.slug, name, 'groups', term, c.name)}
${said?.ok ? notice('ok', said.ok) : ''}${said?.warn ? notice('warn', said.warn) : ''}${unlistedNotices(c.slug, unlisted.said, unlisted.groups)}${
  // A refusal is of the file chosen: it takes the keyboard, and the file's field is marked.
  typeof said?.error === 'string'
    ? refusal('upload-error', said.error)
    : said?.error
      ? // Each problem its own paragraph: the office reads them one by one.
        html`<div class="notice error" role="alert" id="upload-error" tabindex="-1" autofocus>${said.error.map((p) => (p instanceof Html ? p : html`<p>${p}</p>`))}</div>`
      : ''
}
<form method="post" action="/c/${c.slug}/groups" enctype="multipart/form-data" class="card">
${csrfField(session)}
<input type="hidden" name="_list" value="${await listVersion(c.groups)}">
<label for="file">Tải lên danh sách ${term.group}</label>
${
  // The file just chosen is kept for the answer: no file to choose again (qa58b p8).
  said?.held && said.confirm?.length && !said.newest
    ? html`<input type="hidden" name="_held" value="${said.held}">
<input type="hidden" name="_held_name" value="${said.chosen?.name ?? ''}">
<input id="file" name="file" type="file" accept="${ACCEPTED.join(',')}"${fieldMarks(['file-help'], said?.error ? 'upload-error' : undefined)}>
<label class="check"><input name="confirmShift" type="checkbox" value="1"> Vẫn dùng tệp này: ${said.confirm.join('; ')}</label>
<p class="help"><strong>Đánh dấu ô rồi bấm Tải lên: trang đã giữ tệp${said.chosen ? html` “${said.chosen.name}”` : ''}, không cần chọn lại.</strong> Muốn dùng tệp khác, chọn tệp đó ở ô phía trên.</p>`
    : html`<input id="file" name="file" type="file" accept="${ACCEPTED.join(',')}" required${fieldMarks(['file-help'], said?.error ? 'upload-error' : undefined)}>${
        said?.confirm?.length && !said.newest
          ? html`
<label class="check"><input name="confirmShift" type="checkbox" value="1"> Vẫn dùng tệp này: ${said.confirm.join('; ')}</label>
<p class="help"><strong>Sau khi đánh dấu, chọn lại tệp${said.chosen ? html` “${said.chosen.name}”` : ''} ở ô chọn tệp phía trên</strong> (trang không giữ được tệp vừa chọn), rồi bấm Tải lên.</p>`
          : ''
      }`
}
<div class="actions"><button type="submit">Tải lên</button></div>
${
  // Folded after the button: ~100 words of it came first and a phone showed "Tải lên" only
  // after a scroll (h-ux2). Still the field's description (aria-describedby) while folded.
  html`<details class="file-help"><summary>Tệp cần có những cột nào?</summary>
<p class="help" id="file-help">${fileHelp(term, headers)}</p>
</details>`
}
</form>
${inUse ? html`<p class="muted">${inUse}.</p>` : ''}${await listOriginSaid(ctx, c, name, term, session, said?.newest && said.confirm)}${sheetsLeft}
${c.groups ? await rosterCard(c, term) : ''}
${table}`,
    }) as string | undefined;
  };

  app.get('/c/:slug/groups', async (req, reply) => {
    const query = req.query as { uploaded?: string; dropped?: string; whole?: string };
    const uploaded = query.uploaded === '1';
    // How many groups of the list before the upload replaced are not in the new one (qa28 m1).
    const dropped = /^[1-9]\d{0,5}$/.test(query.dropped ?? '') ? Number(query.dropped) : 0;
    const body = await show(
      req,
      uploaded
        ? (term) => ({
            ok: `Đã tải lên danh sách ${term.short}.`,
            ...(dropped > 0 && { warn: droppedSaid(dropped, term, query.whole === '1') }),
          })
        : undefined,
    );
    return body === undefined ? reply.callNotFound() : sendPage(reply, body);
  });

  // The ward's newest list, taken from the campaign holding it, as an upload of that file is
  // (qa47 M1): the same checks of the links and figures of this campaign.
  app.post('/c/:slug/groups/newest', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const body = req.body as Record<string, unknown>;
    const answer = async (message: (term: GroupTerm) => Said, status: number) =>
      sendPage(reply, (await show(req, message)) ?? '', status);
    const campaigns = await listCampaigns(ctx.campaignsDir);
    const newest = newerList(
      await listOrigins(ctx.campaignsDir, campaigns),
      await listOriginOf(ctx.campaignsDir, c.slug, c.name ?? c.slug),
    );
    const held = newest && campaignPaths(ctx.campaignsDir, newest.holder).groups;
    const ended = await overOn(ctx, c.slug);
    if (ended)
      return answer(
        (term) => ({
          error: `Chiến dịch này đã kết thúc ngày ${writtenDay(ended)}: danh sách ${term.short} đã dùng được giữ nguyên.`,
        }),
        409,
      );
    // Another list uploaded since the page was shown: the office sees it before it is taken.
    if (!newest || !held || fieldValue(body.sha256) !== newest.sha256)
      return answer(
        (term) => ({
          error: `Danh sách ${term.short} mới nhất đã thay đổi sau khi bạn mở trang này: hãy xem lại rồi bấm lại.`,
        }),
        409,
      );
    const bytes = new Uint8Array(await readFile(held));
    const ext = extname(held);
    const named = await uploadedNameOf(held, bytes);
    const user = sessionOf(req).user.name;
    const trial = join(c.folder, `.upload-groups-${randomUUID()}${ext}`);
    const outcome = await inTurn(`${c.folder}\u0000groups`, () =>
      useUpload(
        ctx,
        c.slug,
        {
          trial,
          target: join(c.folder, `groups${ext}`),
          name: named?.name ?? basename(held),
          by: user,
        },
        bytes,
        fieldValue(body.confirmShift) === '1',
        'newest',
      ),
    );
    if (!outcome.used) return answer(outcome.message, outcome.status);
    const placed = campaignPaths(ctx.campaignsDir, c.slug).groups;
    if (placed) await writeListOrigin(c.folder, newest, placed);
    return reply.redirect(
      `/c/${c.slug}/groups?uploaded=1${outcome.dropped ? `&dropped=${outcome.dropped}${outcome.whole ? '&whole=1' : ''}` : ''}`,
      303,
    );
  });

  app.post('/c/:slug/groups', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const chosen = (req.body as Record<string, Upload | undefined>).file;
    const answer = async (message: (term: GroupTerm) => Said, status: number) =>
      sendPage(reply, (await show(req, message)) ?? '', status);
    await removeStaleHeld(c.folder);
    // No file chosen again after the tick: the one the page kept for the answer (qa58b p8).
    const heldId = formText(req.body, '_held') || undefined;
    // Taken either way: a file chosen anew wins, and the kept one is not left on disk.
    const kept = await takeHeldUpload(c.folder, heldId);
    const held = chosen?.filename ? undefined : kept;
    const upload: Upload | undefined = held
      ? {
          filename: formText(req.body, '_held_name') || `groups${extname(heldId ?? '')}`,
          toBuffer: async () => Buffer.from(held),
        }
      : chosen;
    const ext = extname(held ? (heldId ?? '') : (upload?.filename ?? '')).toLowerCase();
    if (!upload?.filename || !upload.toBuffer)
      return answer(
        (term) => ({
          error:
            heldId !== undefined
              ? `Tệp vừa chọn không còn được giữ (đã quá một giờ, hoặc đã dùng ở tab khác): hãy chọn lại tệp danh sách ${term.short}.`
              : `Hãy chọn tệp danh sách ${term.short}.`,
        }),
        400,
      );
    const resave = RESAVE[ext];
    if (resave) return answer(() => ({ error: resave }), 400);
    if (!ACCEPTED.includes(ext)) {
      return answer(
        () => ({
          error:
            'Chỉ nhận tệp Excel (.xlsx), CSV hoặc “Văn bản Unicode” (.txt). Trong Excel: Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”.',
        }),
        400,
      );
    }
    const target = join(c.folder, `groups${ext}`);
    const user = sessionOf(req).user.name;
    // Each upload its own pending file, checked and put in place in turn with the campaign's
    // other uploads: two at once (a double click, two tabs) shared one, and one request could
    // check a file and put the other's in place — a list dropping ids used without the tick (qa8 U1).
    const trial = join(c.folder, `.upload-groups-${randomUUID()}${ext}`);
    const bytes = new Uint8Array(await upload.toBuffer());
    const confirmed = fieldValue((req.body as Record<string, unknown>).confirmShift) === '1';
    const seen = fieldValue((req.body as Record<string, unknown>)._list);
    const outcome = await inTurn(`${c.folder}\u0000groups`, async (): Promise<UploadOutcome> => {
      // Read in the upload's own turn: another upload just put in place is seen.
      const now = campaignOf(ctx, req)?.groups;
      if (seen !== undefined && seen !== (await listVersion(now))) {
        // When and by whom, as the upload recorded it; a list put there otherwise, its file's time.
        const uploaded = now
          ? await readFile(now)
              .then((b) => uploadedNameOf(now, b))
              .catch(() => undefined)
          : undefined;
        const at = uploaded?.at ?? (now ? (await stat(now)).mtime : new Date());
        const whom = !uploaded?.by
          ? '(ở tab khác hoặc bởi người khác)'
          : uploaded.by === user
            ? `bởi chính tài khoản ${user} (ở tab khác)`
            : `bởi ${uploaded.by}`;
        return {
          used: false,
          status: 409,
          message: (term) => ({
            error: `Chưa dùng tệp “${upload.filename ?? ''}”: danh sách ${term.group} đã được tải lên lại lúc ${wardTimeSaid(at)} ${whom}, sau khi bạn mở trang này. Danh sách đang dùng hiện ở dưới; nếu vẫn muốn thay bằng tệp của bạn, chọn lại tệp rồi bấm Tải lên.`,
          }),
        };
      }
      return useUpload(
        ctx,
        c.slug,
        { trial, target, name: upload.filename ?? '', by: user },
        bytes,
        confirmed,
      );
    });
    if (outcome.used)
      return reply.redirect(
        `/c/${c.slug}/groups?uploaded=1${outcome.dropped ? `&dropped=${outcome.dropped}${outcome.whole ? '&whole=1' : ''}` : ''}`,
        303,
      );
    return answer(outcome.message, outcome.status);
  });
}

/**
 * The last day of a campaign that is over (YYYY-MM-DD), as the campaigns list says it: not a
 * copy still dated as the earlier campaign (its days are not its own yet); undefined otherwise.
 */
async function overOn(ctx: StudioContext, slug: string): Promise<string | undefined> {
  const summary = await campaignSummary(ctx.campaignsDir, slug);
  return summary && !summary.copied ? endedOn(summary.days, wardDay()) : undefined;
}

/**
 * Where the list in use came from when a copy brought it, and the ward's newer list when another
 * campaign has one, with the one click that takes it (qa47 M1: a copy silently kept the old list
 * of a tổ since split, a leader since replaced).
 */
async function listOriginSaid(
  ctx: StudioContext,
  c: CampaignPaths,
  name: string,
  term: GroupTerm,
  session: Session,
  confirm?: readonly string[],
): Promise<Html | ''> {
  const campaigns = await listCampaigns(ctx.campaignsDir);
  const origins = await listOrigins(ctx.campaignsDir, campaigns);
  // This campaign's is among them (read once); a campaign not listed yet is asked apart.
  const own =
    origins.find((o) => o.holder === c.slug) ??
    (await listOriginOf(ctx.campaignsDir, c.slug, name));
  const newest = newerList(origins, own);
  const from =
    own && own.slug !== c.slug
      ? html`<p class="muted list-origin">Danh sách ${term.short} này chép từ chiến dịch ${listSaid(own)}.</p>`
      : '';
  if (!newest) return from;
  // An ended campaign's papers and figures went by the list it used: not offered (qa47).
  const ended = await overOn(ctx, c.slug);
  if (ended)
    return html`${from}<p class="muted newer-list">Chiến dịch ${listSaid(newest)} có danh sách ${term.short} mới hơn; chiến dịch này đã kết thúc ngày ${writtenDay(ended)} nên vẫn giữ danh sách đã dùng.</p>`;
  return html`${from}<form method="post" action="/c/${c.slug}/groups/newest" class="notice warn newer-list">
${csrfField(session)}
<input type="hidden" name="sha256" value="${newest.sha256}">
<p>${own?.undated ? html`Chiến dịch ${listSaid(newest)} có danh sách ${term.short} khác danh sách đang dùng (không rõ ngày tải lên, nên không biết danh sách nào mới hơn).` : own ? html`Chiến dịch ${listSaid(newest)} có danh sách ${term.short} mới hơn danh sách đang dùng.` : html`Chiến dịch ${listSaid(newest)} có danh sách ${term.short}.`}</p>
${
  confirm?.length
    ? html`<label class="check"><input name="confirmShift" type="checkbox" value="1"> Vẫn dùng tệp này: ${confirm.join('; ')}</label>
`
    : ''
}<button type="submit">Dùng danh sách ${term.short} mới nhất (${listBracketed(newest)})</button>
</form>`;
}

/**
 * The groups of the list before that a new file left out, as the office reads it after the upload
 * (qa28 m1: a merged ward's second old ward's file replaced the first's 80 tổ without a word).
 */
function droppedSaid(dropped: number, term: GroupTerm, whole: boolean): string {
  // A whole list that merged or removed groups: nothing to combine (qa44 m1).
  if (whole)
    return `${dropped} ${term.short} của danh sách trước không có trong tệp mới (đã gộp vào ${term.short} khác hoặc bỏ đi): đường dẫn đã gửi cho ${term.leader} của ${dropped > 1 ? `các ${term.short} này` : `${term.short} này`} không mở được nữa. Nếu không định bỏ ${term.short} nào, hãy kiểm tra lại tệp.`;
  return `${dropped} ${term.short} của danh sách trước không có trong tệp mới: tệp mới đã thay danh sách trước. Nếu phường, xã gồm nhiều phường, xã cũ, hãy gộp danh sách của các phường, xã cũ vào một tệp (một sổ tính Excel, mỗi phường, xã cũ một trang tính đặt theo tên của nó; hoặc một bảng có thêm cột “Phường cũ”) rồi tải tệp đó lên.`;
}

/**
 * The sets of same names of the new file that the list in use (`inUse`) did not have, the same
 * name on the same ids: the office confirmed those when it took that list.
 */
async function newSameNames(report: GroupsReport, inUse: string | undefined) {
  const same = report.sameNames ?? [];
  if (same.length === 0 || !inUse) return same;
  const before = await groupsReportOf(inUse).catch(() => undefined);
  const key = (s: SameNames) =>
    `${nameKey(s.name)}\u0000${s.groups.map((g) => g.id).join('\u0000')}`;
  const had = new Set((before?.sameNames ?? []).map(key));
  return same.filter((s) => !had.has(key(s)));
}

/** How many groups the sets of same names hold together. */
const sameNamesCount = (same: readonly SameNames[]) =>
  same.reduce((n, s) => n + s.groups.length, 0);

/** The first few same names, quoted: "“Tổ dân phố số 1”, “Tổ dân phố số 2”, …". */
const namesOf = (same: readonly SameNames[]) =>
  `${same
    .slice(0, 3)
    .map((s) => `“${s.name}”`)
    .join(', ')}${same.length > 3 ? ', …' : ''}`;

/**
 * Same names nothing tells apart in a new file, said before it is used (qa44 C1): each name
 * with its groups' rows, as the office finds them in the file, and what the papers will say.
 */
function sameNamesSaid(same: readonly SameNames[], term: GroupTerm): string {
  const each = same
    .slice(0, 5)
    .map(
      (s) =>
        `${s.groups.length} ${term.short} cùng tên “${s.name}” (dòng ${rowRanges(s.groups.map((g) => g.row))})`,
    );
  const more = same.length > 5 ? ` và ${same.length - 5} tên khác` : '';
  const [first] = same;
  const example = first?.groups[1] ? ` (“${first.name} (mã ${first.groups[1].id})”)` : '';
  return `Tệp mới có ${sameNamesCount(same)} ${term.short} trùng ${same.length} tên mà không có gì phân biệt: ${each.join('; ')}${more}. Giấy của các ${term.short} này giống hệt nhau ở phần đầu, nên tên được in kèm mã ${term.short}${example}. Muốn in tên khác, thêm cột “Phường cũ” / “Khu vực” ghi phường, xã cũ của mỗi ${term.short}, hoặc đặt tên khác cho từng ${term.short}.`;
}

type UploadOutcome =
  | {
      used: true;
      /** How many groups of the list before the new file does not have (droppedGroups). */
      dropped?: number;
      /** Whether the new file is a whole list (merged ward's, or most of the one before). */
      whole?: boolean;
    }
  | { used: false; message: (term: GroupTerm) => Said; status: number };

/**
 * The uploaded bytes read as the build reads them and, unless they cannot be read or change the
 * links of a list in use without `confirmed`, put in place of the campaign's groups file
 * (`target`, through the pending file `trial`), the name the office's file had (`name`)
 * remembered beside it.
 */
async function useUpload(
  ctx: StudioContext,
  slug: string,
  { trial, target, name, by }: { trial: string; target: string; name: string; by: string },
  bytes: Uint8Array,
  confirmed: boolean,
  /** A file the office chose, or the ward's newest list taken in one click (asked on its form). */
  via: 'file' | 'newest' = 'file',
): Promise<UploadOutcome> {
  // The list in use now, after the uploads before this one in turn.
  const c = campaignPaths(ctx.campaignsDir, slug);
  await writeFileAtomic(trial, bytes);
  let changes: LinkChanges | undefined;
  let lacking: Map<string, string[]>;
  let report: GroupsReport;
  try {
    // Read as the build reads it: a file it cannot read at all is not kept.
    report = await groupsReportOf(trial);
    changes = await linkChangesOf(ctx, c, report);
    // A typo in the texts is no fault of the file: said on the page once the file is in use.
    lacking = (await columnsLacking(c.file, trial)).columns;
  } catch (e) {
    await rm(trial, { force: true });
    if (!isUserError(e)) throw e;
    return {
      used: false,
      message: (term) => ({
        // A campaign with no list yet has no old list to keep.
        error: `Không dùng được tệp này. ${inUploadedFile(e, term)}${c.groups ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`,
      }),
      status: 422,
    };
  }
  const faulty = changes?.faulty ?? [];
  // The rows a build would leave out for a letter the fonts lack, said with the loader's.
  const failures = [...report.failures, ...(await unprintableRows(report))].sort(
    (a, b) => a.row - b.row,
  );
  // Rows of groups in use with an error: fixed first, never taken with the tick (their links
  // would die with no word of the row's error, qa23 #2).
  if (faulty.length) {
    const found = changes;
    await rm(trial, { force: true });
    return {
      used: false,
      message: (term) => ({
        error: [
          `Chưa dùng tệp này. Tệp mới có ${failures.length} dòng có lỗi:`,
          rowProblems(report, failures, term),
          faultySaid(faulty, term, c.groups !== undefined),
          // The rest is asked once the rows are fixed: said now, so that nothing surprises.
          ...(found ? linkChangesSaid(found, term) : []),
          ...(lacking.size ? [columnsLackingSaid(lacking, term, 'Tệp mới')] : []),
          ...(found && linkChangesSaid(found, term).length
            ? ['Khi tải lên tệp đã sửa, trang này sẽ hỏi lại điều đó trước khi dùng tệp.']
            : []),
        ],
        chosen: { report, name, listed: true, failures },
      }),
      status: 422,
    };
  }
  // Groups whose papers would read alike but for their id (qa44 C1): taken only when asked,
  // unless the list in use already had each of them (the office was asked then).
  const same = await newSameNames(report, c.groups);
  if ((changes || lacking.size || same.length) && !confirmed) {
    const found = changes;
    // A chosen file is kept for the answer: the tick and "Tải lên" are enough (qa58b p8).
    const held = via === 'file' ? `${randomUUID()}${extname(trial)}` : undefined;
    if (held) await holdUpload(dirname(trial), trial, held);
    else await rm(trial, { force: true });
    return {
      used: false,
      message: (term) => ({
        chosen: { report, name, failures },
        error: [
          ...(found ? linkChangesSaid(found, term) : []),
          ...(lacking.size ? [columnsLackingSaid(lacking, term, 'Tệp mới')] : []),
          ...(same.length ? [sameNamesSaid(same, term)] : []),
          via === 'newest'
            ? `Nếu đúng là danh sách cần dùng, hãy đánh dấu ô “Vẫn dùng tệp này” bên dưới rồi bấm lại “Dùng danh sách ${term.short} mới nhất”.${c.groups ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`
            : `${found?.shifts.length ? '' : 'Nếu chọn nhầm tệp (danh sách năm trước, danh sách của xã hoặc phường khác), hãy chọn đúng tệp. '}Nếu đúng là tệp cần dùng, hãy đánh dấu ô “Vẫn dùng tệp này” bên dưới rồi bấm Tải lên (không cần chọn lại tệp “${name}”: trang giữ tệp này trong một giờ).${c.groups ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`,
        ].map((p, i) => (i === 0 ? `Chưa dùng tệp này. ${p}` : p)),
        confirm: [
          ...(found &&
          (found.shifts.length || found.change.gone.length || found.change.renamed.length)
            ? [
                `tôi biết đường dẫn đã gửi cho ${term.leader} sẽ mở sai ${term.short} hoặc không mở được`,
              ]
            : []),
          ...(found?.rerated.length && !found.change.renamed.length
            ? [
                found.rerated.some((r) => r.bases.length && !r.bases.every(backToSent))
                  ? `tôi biết số đã báo cáo của ${term.short} đổi tên hoặc chỉ tiêu sẽ chờ kiểm tra lại`
                  : found.rerated.some((r) => r.bases.length)
                    ? `tôi biết số đã báo cáo sẽ tính theo chỉ tiêu trong tệp mới`
                    : found.rerated.some((r) => r.split.length)
                      ? `tôi biết số đã báo cáo của ${term.short} đã tách sẽ tính cho mã cũ cho đến khi sửa ở “Nhập, sửa”`
                      : `tôi biết số đã báo cáo của ${term.short} đổi tên vẫn tính cho ${term.short} với tên mới`,
              ]
            : []),
          ...(lacking.size ? ['tôi sẽ thêm các cột còn thiếu hoặc sửa thẻ Nội dung'] : []),
          ...(same.length
            ? [
                `tôi biết ${sameNamesCount(same)} ${term.short} trùng tên (${namesOf(same)}) sẽ được in kèm mã ${term.short} để phân biệt`,
              ]
            : []),
        ],
        ...(via === 'newest' && { newest: true as const }),
        ...(held && { held }),
      }),
      status: 409,
    };
  }
  // Only the sheets the build reads are kept: a sheet of households beside the groups is
  // residents' personal data, and the folder goes whole into its ZIP and a copy.
  // A Word document likewise keeps its list table only, as a workbook (groups.xlsx): its other
  // tables and text (a table of households, a letter naming people) are not stored.
  let stored = bytes;
  let sheets: { kept: string[]; left: SheetLeft[]; word?: true; columns?: true } = {
    kept: [],
    left: [],
    columns: true,
  };
  let place = target;
  try {
    const word = await wordTableOnly(trial);
    // Columns hidden in Excel and not read (the leaders' ID numbers): not stored either.
    const kept = word ? undefined : await storedAsRead(trial);
    if (word) {
      await writeFileAtomic(trial, word);
      stored = word;
      sheets = { kept: [], left: [], word: true };
      place = join(dirname(target), 'groups.xlsx');
    } else if (kept) {
      await writeFileAtomic(trial, kept.bytes);
      stored = kept.bytes;
      sheets = { kept: kept.kept, left: kept.left, columns: true };
    }
  } catch (e) {
    await rm(trial, { force: true });
    if (!(e instanceof Unkept)) throw e;
    return {
      used: false,
      message: () => ({
        error: extname(target) === '.docx' ? wordUnkeptSaid(!!c.groups) : unkeptSaid(e, !!c.groups),
      }),
      status: 422,
    };
  }
  // The office used the list knowing of the reported figures it re-rates: those stored without
  // their base get the old list's, before the new list is in use.
  if (changes?.rerated.length) await keepOldBases(ctx, changes.rerated);
  // What the new file leaves out of the list before it, said once it is in place.
  const before = c.groups ? await groupsReportOf(c.groups).catch(() => undefined) : undefined;
  const dropped = before ? droppedGroups(before.groups, report.groups).length : 0;
  // A list of several old wards already (a "Phường cũ" column, heading rows, a sheet each), or
  // one that kept most of the list before: groups merged or removed, not an old ward's list
  // uploaded alone — no "gộp danh sách" hint (qa44 m1).
  const whole =
    report.areaColumn !== undefined ||
    report.sheets !== undefined ||
    report.skipped.some((k) => k.why === 'section') ||
    (before !== undefined && dropped * 2 < before.groups.length);
  await rename(trial, place);
  await writeUploadedName(place, name, stored, new Date(), GROUPS_NAME_FILE, { ...sheets, by });
  for (const other of GROUPS_FILES.map((f) => join(c.folder, f))) {
    if (other !== place && existsSync(other)) await rm(other, { force: true });
  }
  // The leaders' served copy and its record follow the new list: a replaced leader's name and
  // phone, a removed group's, are not kept in published/ (leader-sites.ts groupsChanged).
  await ctx.leaderSites.groupsChanged(campaignPaths(ctx.campaignsDir, slug));
  return { used: true, ...(dropped > 0 && { dropped, whole }) };
}

/**
 * The rows of a file just chosen whose text the fonts lack (a Khmer letter, an emoji): the build
 * leaves them out as it does the loader's bad rows. The fonts are loaded only for this.
 */
async function unprintableRows(report: GroupsReport): Promise<RowFailure[]> {
  const [{ loadFonts }, { checkGroupCoverage }] = await Promise.all([
    import('../layout/fonts.js'),
    import('../output/preflight.js'),
  ]);
  const fonts = loadFonts();
  const rows: RowFailure[] = [];
  for (const g of report.groups) {
    try {
      checkGroupCoverage(g, fonts, [...FONT_FAMILIES], report.headers);
    } catch (e) {
      if (!isUserError(e)) throw e;
      const { row, sheet } = g.source;
      rows.push({ id: g.id, name: g.name, row, sheet, error: e });
    }
  }
  return rows;
}

const quotedNames = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/**
 * What became of the uploaded workbook's other sheets: not kept, so not in the folder's ZIP, a
 * copy or the leaders' pages; the office's own file unchanged. A sheet of residents is named as
 * personal data, with where to give it for the tracking sheets (`pointAtRosters`: while no
 * residents list is in use).
 */
function leftSheetsSaid(
  left: readonly SheetLeft[],
  read: readonly string[],
  term: GroupTerm,
  pointAtRosters: boolean,
): Html {
  const residents = left.filter((s) => s.residents);
  const others = left.filter((s) => !s.residents);
  const kept = read.length
    ? ` Phần mềm chỉ đọc ${read.length > 1 ? 'các trang' : 'trang'} ${quotedNames(read)} nên chỉ lưu ${read.length > 1 ? 'các trang đó' : 'trang đó'}.`
    : '';
  const what = [
    residents.length
      ? `${residents.length > 1 ? 'các trang' : 'trang'} ${quotedNames(residents.map((s) => s.name))} (danh sách hộ, người dân: họ tên, địa chỉ, số điện thoại là thông tin cá nhân)`
      : '',
    others.length
      ? `${others.length > 1 ? 'các trang' : 'trang'} ${quotedNames(others.map((s) => s.name))}`
      : '',
  ]
    .filter((w) => w !== '')
    .join(' và ');
  return notice(
    'info',
    html`<span class="sheets-left">Tệp tải lên còn có ${what}.${kept} Các trang khác không được lưu trên phần mềm: không có trong tệp ZIP của thư mục chiến dịch, bản sao chiến dịch hay trang của ${term.leader}. Tệp gốc trên máy của bạn vẫn giữ nguyên.${
      residents.length && pointAtRosters
        ? ' Muốn in tên các hộ lên bảng theo dõi, hãy tải chính tệp này lên ở mục “Danh sách hộ, người dân” bên dưới.'
        : ''
    }</span>`,
  );
}

/**
 * A Word document's list kept alone: its table was stored as a workbook, the document's other
 * tables and text not (they may name residents), the office's own file unchanged.
 */
function wordKeptSaid(term: GroupTerm): Html {
  return notice(
    'info',
    html`<span class="word-kept">Tệp tải lên là tệp Word: phần mềm chỉ lưu bảng danh sách ${term.short} (dưới dạng tệp Excel). Phần chữ và các bảng khác trong tệp Word (có thể có họ tên, địa chỉ, số điện thoại của người dân) không được lưu trên phần mềm: không có trong tệp ZIP của thư mục chiến dịch, bản sao chiến dịch hay trang của ${term.leader}. Tệp gốc trên máy của bạn vẫn giữ nguyên.</span>`,
  );
}

/** Why a Word document was not used: its table alone does not read as the same list. */
function wordUnkeptSaid(hadList: boolean): string {
  return `Chưa dùng tệp này. Phần mềm chỉ lưu bảng danh sách trong tệp Word (không lưu phần chữ và các bảng khác, vì có thể có thông tin cá nhân), nhưng không tách được bảng này ra mà vẫn đọc đúng như trong tệp Word. Hãy chép bảng danh sách sang một tệp Excel mới (chọn cả bảng › Sao chép › dán vào ô A1 của Excel), lưu thành “Sổ làm việc Excel (*.xlsx)” rồi tải tệp đó lên.${hadList ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`;
}

/** Why a workbook was not used: its read sheets could not be kept apart from the others. */
function unkeptSaid(e: Unkept, hadList: boolean): string {
  return `Chưa dùng tệp này. Ngoài ${e.kept.length > 1 ? 'các trang' : 'trang'} danh sách ${quotedNames(e.kept)}, tệp còn ${quotedNames(e.left.map((s) => s.name))}. Phần mềm chỉ lưu trang danh sách, để thông tin ở các trang khác (như danh sách hộ, người dân) không đi theo chiến dịch, nhưng không tách được trang danh sách khỏi tệp này mà vẫn giữ nguyên nội dung. Hãy chép trang danh sách sang một tệp Excel mới (bấm chuột phải vào tên trang › Di chuyển hoặc Sao chép › chọn “(sổ làm việc mới)”, đánh dấu “Tạo bản sao”), lưu lại rồi tải tệp mới lên.${hadList ? ' Danh sách cũ vẫn giữ nguyên.' : ''}`;
}

/**
 * The name shown over each column: its header, or for one holding values under an empty header,
 * which nothing reads (the warning says so, unnamed-columns.ts), its letter, so the office finds
 * it in Excel (qa50 M2).
 */
function columnLabels(section: { header: readonly string[]; rows: readonly RawRow[] }): string[] {
  return section.header.map((h, i) =>
    h !== '' || !section.rows.some((r) => (r.cells[i] ?? '') !== '')
      ? h
      : `Cột ${columnLetters(i)} (không có tiêu đề)`,
  );
}
