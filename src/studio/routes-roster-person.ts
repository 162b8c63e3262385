/**
 * Studio: a person's rows of the residents list on request (Decree 13/2023/NĐ-CP: to know, to
 * get, to have erased the data held on them; qa46 F7). From the residents page: "Tìm một người"
 * finds the rows by name across the campaign; a row's data downloads as a CSV; a row is erased
 * from the stored list after a page naming the person and the group confirms it, and the
 * leaders' copies follow (the next print leaves it out). The rows whose group cell names no group
 * of the groups list are removed the same way. Each download and erasure is logged (roster-person.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isUserError } from '../errors.js';
import type { WardRosterReport } from '../load/roster-ward.js';
import type { Group } from '../load/types.js';
import type { GroupTerm } from '../model/group-term.js';
import { contentDisposition } from '../serve/disposition.js';
import type { Session } from './accounts.js';
import { fieldValue, type StudioContext, sendPage, sessionOf } from './app.js';
import {
  type CampaignPaths,
  campaignPaths,
  ROSTER_FILES,
  ROSTERS_NAME_FILE,
  uploadedNameOf,
  writeUploadedName,
} from './campaign-folders.js';
import { recordDownload } from './download-log.js';
import { type Html, html } from './html.js';
import { inTurn } from './in-turn.js';
import { campaignHeader, csrfField, notice, page } from './layout.js';
import { keptRosterBytes } from './roster-kept.js';
import {
  type ListedRow,
  listedRows,
  logPerson,
  personCsv,
  ROW_ID,
  rowsFound,
  sameName,
} from './roster-person.js';
import { campaignOf } from './routes-campaigns.js';
import { pageWords, readList, rostersPath, writeKeptRosters } from './routes-rosters.js';

/** A person's CSV as the download log names it (never the person's name). */
const PERSON_FILE = 'Dữ liệu của một người (CSV)';

/** Results shown at most: a search this wide is narrowed by typing more of the name. */
const SHOWN = 50;

/** The campaign's list read with its groups, the page's words; or what to say instead. */
interface Loaded {
  c: CampaignPaths;
  session: Session;
  term: GroupTerm;
  name: string;
  groups: Group[];
  report: WardRosterReport;
  rows: ListedRow[];
}

type Base = Pick<Loaded, 'c' | 'session' | 'term' | 'name'>;

async function loaded(
  ctx: StudioContext,
  req: FastifyRequest,
): Promise<Loaded | (Base & { error: string }) | undefined> {
  const c = campaignOf(ctx, req);
  if (!c) return undefined;
  const session = sessionOf(req);
  const { name, known, term } = await pageWords(c);
  const base: Base = { c, session, term, name };
  if (!known || !c.rosters)
    return { ...base, error: 'Chiến dịch chưa có danh sách hộ, người dân.' };
  try {
    // The groups pageWords read: the groups file parsed once a request.
    const report = await readList(c, c.rosters, known);
    return { ...base, groups: known.groups, report, rows: listedRows(report, known.groups) };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return {
      ...base,
      error: 'Danh sách hộ, người dân đang dùng chưa đọc được: hãy xem trang danh sách hộ.',
    };
  }
}

/** A page of the residents list's "a person" part. */
function personPage(b: Base, title: string, body: Html): string {
  return page({
    title: `${title}: ${b.name}`,
    session: b.session,
    body: html`${campaignHeader(b.c.slug, b.name, 'groups', b.term, b.c.name)}
<p><a href="${rostersPath(b.c.slug)}">‹ Danh sách hộ, người dân</a></p>
<h2>${title}</h2>
${body}`,
  }) as string;
}

/** "Tổ dân phố 1", or the group cell of a row no group takes. */
const groupSaid = (r: ListedRow, term: GroupTerm) =>
  r.group ? r.group.name : `“${r.written || '(trống)'}” (không có trong danh sách ${term.short})`;

/** A row's cells under their headers (the row's group first), as a list readable at 360 px. */
function rowCells(l: Loaded, r: ListedRow): Html {
  const header = l.report.table.header.cells;
  const cells = r.row.cells
    .map((v, i) => ({ head: header[i] || `Cột ${i + 1}`, v }))
    .filter(({ v }, i) => v !== '' && !l.report.placing.includes(i));
  return html`<dl class="person-row">
<dt>${l.term.Short}</dt><dd>${groupSaid(r, l.term)}</dd>
${cells.map(({ head, v }) => html`<dt>${head}</dt><dd>${v}</dd>`)}
<dt>Dòng trong tệp</dt><dd>${r.row.sheet ? `${r.row.sheet}, ` : ''}${r.row.row}</dd>
</dl>`;
}

/** The rows an id names; a Vietnamese sentence when it names none. */
function rowOf(l: Loaded, raw: unknown): ListedRow | string {
  const id = String(fieldValue(raw) ?? '').trim();
  if (!id)
    return 'Chưa chọn dòng nào: hãy tìm người đó bằng “Tìm một người” rồi bấm vào dòng của họ.';
  const found = ROW_ID.test(id) ? l.rows.find((r) => r.id === id) : undefined;
  return (
    found ??
    'Không tìm thấy dòng này trong danh sách hộ, người dân đang dùng (có thể đã xoá, hoặc danh sách đã được thay): hãy tìm lại người đó bằng “Tìm một người”.'
  );
}

/** The rows the office chose to remove, gone from the stored list and the leaders' copies. */
async function removeRows(
  ctx: StudioContext,
  slug: string,
  pick: (l: Loaded) => ListedRow[] | string,
  req: FastifyRequest,
): Promise<{ removed: ListedRow[]; l: Loaded } | string> {
  const c0 = campaignPaths(ctx.campaignsDir, slug);
  const done = await inTurn(`${c0.folder}\u0000rosters`, async () => {
    const l = await loaded(ctx, req);
    if (!l) return 'Không tìm thấy chiến dịch.';
    if ('error' in l) return l.error;
    const chosen = pick(l);
    if (typeof chosen === 'string') return chosen;
    const stored = l.c.rosters ?? '';
    const uploaded = await uploadedNameOf(stored, await readFile(stored), ROSTERS_NAME_FILE);
    // Stored as a saved list is (routes-rosters.ts): only the columns read, each row at its row
    // number in the office's file; a list stored whole by an older version loses its other columns.
    const drop = new Set(chosen.map((r) => r.row));
    const kept = l.report.kept;
    const bytes = await keptRosterBytes({ ...kept, rows: kept.rows.filter((r) => !drop.has(r)) });
    const target = await writeKeptRosters(l.c.folder, bytes);
    for (const other of ROSTER_FILES.map((f) => join(l.c.folder, f)))
      if (other !== target) await rm(other, { force: true });
    await writeUploadedName(
      target,
      uploaded?.name ?? 'danh sách hộ',
      bytes,
      uploaded ? new Date(uploaded.at) : new Date(),
      ROSTERS_NAME_FILE,
    );
    return { removed: chosen, l };
  });
  // The leaders' pages: no copy or cached tracking sheet holds the rows removed.
  if (typeof done !== 'string') await ctx.leaderSites.rostersChanged(slug);
  return done;
}

/**
 * Said under a row whose name other rows write too: its download holds that row only (a namesake
 * is often another resident, whose data is not handed out), so the others are downloaded one by one.
 */
function sameSaid(rows: readonly ListedRow[], r: ListedRow): Html {
  const others = sameName(rows, r).length - 1;
  return others > 0
    ? html`<p class="muted">${others} dòng khác cùng họ tên: nếu là cùng một người, tải từng dòng.</p>`
    : html``;
}

const groupsNamed = (rows: readonly ListedRow[]) => [
  ...new Set(rows.map((r) => r.group?.name ?? r.written)),
];

export function registerRosterPersonRoutes(app: FastifyInstance, ctx: StudioContext): void {
  /** A page saying why nothing was found or done, with the status. */
  const refuse = (
    reply: FastifyReply,
    b: Parameters<typeof personPage>[0],
    title: string,
    said: string,
    status: number,
  ) =>
    sendPage(
      reply,
      personPage(
        b,
        title,
        html`${notice('error', said)}
<p><a class="button secondary" href="${rostersPath(b.c.slug)}/person">Tìm một người</a></p>`,
      ),
      status,
    );

  app.get('/c/:slug/rosters/person', async (req, reply) => {
    const l = await loaded(ctx, req);
    if (!l) return reply.callNotFound();
    const title = 'Tìm một người trong danh sách hộ, người dân';
    if ('error' in l) return refuse(reply, l, title, l.error, 404);
    const q = String(fieldValue((req.query as Record<string, unknown>).q) ?? '').slice(0, 200);
    const found = rowsFound(l.rows, q);
    const base = rostersPath(l.c.slug);
    const results = q.trim()
      ? found.length
        ? html`<p>${found.length} dòng có tên khớp với “${q}”${found.length > SHOWN ? `, hiện ${SHOWN} dòng đầu: hãy gõ thêm họ tên` : ''}.</p>
<ol class="person-results">${found.slice(0, SHOWN).map(
            (r) => html`<li class="card">
<h3>${r.name || '(không ghi tên)'}</h3>
${rowCells(l, r)}
${sameSaid(l.rows, r)}
<p class="actions"><a class="button secondary" href="${base}/person.csv?row=${r.id}">Tải dữ liệu của người này</a>
<a class="button secondary" href="${base}/person/erase?row=${r.id}">Xoá người này khỏi danh sách</a></p>
</li>`,
          )}</ol>`
        : html`<p>Không có dòng nào có tên khớp với “${q}”.</p>`
      : '';
    return sendPage(
      reply,
      personPage(
        l,
        title,
        html`<p class="help">Khi một người hỏi phường giữ thông tin gì về họ, muốn lấy bản sao hoặc muốn được xoá (Nghị định 13/2023/NĐ-CP): gõ họ tên (có dấu hay không dấu đều được) để tìm trong danh sách của mọi ${l.term.short}.</p>
<form method="get" action="${base}/person" class="card" role="search">
<label for="q">Họ và tên</label>
<input id="q" name="q" type="search" value="${q}" autocomplete="off" required>
<div class="actions"><button type="submit">Tìm</button></div>
</form>
${results}`,
      ),
    );
  });

  app.get('/c/:slug/rosters/person.csv', async (req, reply) => {
    const l = await loaded(ctx, req);
    if (!l) return reply.callNotFound();
    const title = 'Tải dữ liệu của một người';
    if ('error' in l) return refuse(reply, l, title, l.error, 404);
    const row = rowOf(l, (req.query as Record<string, unknown>).row);
    if (typeof row === 'string') return refuse(reply, l, title, row, 404);
    // The chosen row only: a row of the same name is often another resident's.
    const rows = [row];
    await logPerson(l.c.folder, {
      user: l.session.user.name,
      what: 'exported',
      rows: rows.length,
      groups: groupsNamed(rows),
    });
    // In the store's log of files holding names too (Cài đặt, for an admin): it outlives the
    // campaign's folder. The file as the log names it, never the resident's name.
    await recordDownload(ctx.opts.store.db, req, {
      user: l.session.user.name,
      campaign: l.c.slug,
      file: PERSON_FILE,
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .header('Content-Disposition', contentDisposition(`Dữ liệu ${row.name}.csv`))
      .send(Buffer.from(personCsv(l.report, rows)));
  });

  app.get('/c/:slug/rosters/person/erase', async (req, reply) => {
    const l = await loaded(ctx, req);
    if (!l) return reply.callNotFound();
    const title = 'Xoá một người khỏi danh sách';
    if ('error' in l) return refuse(reply, l, title, l.error, 404);
    const row = rowOf(l, (req.query as Record<string, unknown>).row);
    if (typeof row === 'string') return refuse(reply, l, title, row, 404);
    const others = sameName(l.rows, row).length - 1;
    return sendPage(
      reply,
      personPage(
        l,
        title,
        html`<section class="card" aria-labelledby="erase-title">
<h3 id="erase-title">Xoá <strong>${row.name || '(không ghi tên)'}</strong> (${groupSaid(row, l.term)}) khỏi danh sách hộ, người dân?</h3>
${rowCells(l, row)}
<p>Dòng này bị xoá khỏi danh sách đang lưu và khỏi bản ${l.term.leader} đang xem: lần in sau, bảng theo dõi không còn tên này. <strong>Bảng theo dõi đã in hoặc đã tải về trước đây vẫn có tên này</strong>: hãy in lại và huỷ bản cũ nếu cần.</p>
${others > 0 ? html`<p>Danh sách còn ${others} dòng khác cùng họ tên: chỉ xoá dòng này; tìm lại để xoá các dòng kia nếu là cùng một người.</p>` : ''}
<form method="post" action="${rostersPath(l.c.slug)}/person/erase">
${csrfField(l.session)}
<input type="hidden" name="row" value="${row.id}">
<div class="actions"><button type="submit" class="danger">Xoá người này khỏi danh sách</button>
<a class="button secondary" href="${rostersPath(l.c.slug)}/person">Không xoá</a></div>
</form>
</section>`,
      ),
    );
  });

  /**
   * The rows `pick` chooses removed, logged as `what`, and the residents page saying so; a page
   * saying why when they are not found.
   */
  const removeAnswered = async (
    req: FastifyRequest,
    reply: FastifyReply,
    what: 'erased' | 'gone',
    pick: (l: Loaded) => ListedRow[] | string,
  ) => {
    const { slug } = req.params as { slug: string };
    if (!campaignOf(ctx, req)) return reply.callNotFound();
    const done = await removeRows(ctx, slug, pick, req);
    if (typeof done === 'string') {
      const l = await loaded(ctx, req);
      if (!l) return reply.callNotFound();
      return refuse(reply, l, 'Xoá khỏi danh sách hộ, người dân', done, 404);
    }
    await logPerson(done.l.c.folder, {
      user: done.l.session.user.name,
      what,
      rows: done.removed.length,
      groups: groupsNamed(done.removed),
    });
    return reply.redirect(`${rostersPath(slug)}?${what}=${done.removed.length}`, 303);
  };

  app.post('/c/:slug/rosters/person/erase', async (req, reply) =>
    removeAnswered(req, reply, 'erased', (l) => {
      const row = rowOf(l, (req.body as Record<string, unknown>).row);
      return typeof row === 'string' ? row : [row];
    }),
  );

  /** The rows whose group cell names no group of the groups list (nor a likely one). */
  const goneRows = (l: Loaded) => {
    const gone = new Set(l.report.refused.filter((r) => r.gone).map((r) => r.row));
    return l.rows.filter((r) => !r.group && gone.has(r.row.row));
  };

  app.get('/c/:slug/rosters/gone', async (req, reply) => {
    const l = await loaded(ctx, req);
    if (!l) return reply.callNotFound();
    const title = `Xoá các dòng ghi ${l.term.short} không có trong danh sách ${l.term.short}`;
    if ('error' in l) return refuse(reply, l, title, l.error, 404);
    const rows = goneRows(l);
    if (rows.length === 0)
      return refuse(
        reply,
        l,
        title,
        `Danh sách hộ, người dân không còn dòng nào ghi ${l.term.short} không có trong danh sách ${l.term.short}.`,
        404,
      );
    const named = groupsNamed(rows);
    return sendPage(
      reply,
      personPage(
        l,
        title,
        html`<section class="card">
<p>${rows.length} dòng của danh sách hộ, người dân ghi ${l.term.short} không có trong danh sách ${l.term.short} (${named.map((n, i) => html`${i ? ', ' : ''}“${n}”`)}): các dòng này không in vào bảng theo dõi nào nhưng vẫn được lưu. Xoá chúng khỏi danh sách đang lưu?</p>
<p class="muted">Các dòng: ${rows.map((r) => r.row.row).join(', ')}.</p>
<p>Nếu ghi nhầm ${l.term.short}, sửa ô ${l.term.short} trong tệp rồi tải lên lại thay vì xoá.</p>
<form method="post" action="${rostersPath(l.c.slug)}/gone">
${csrfField(l.session)}
${rows.map((r) => html`<input type="hidden" name="row" value="${r.id}">`)}
<div class="actions"><button type="submit" class="danger">Xoá ${rows.length} dòng này</button>
<a class="button secondary" href="${rostersPath(l.c.slug)}">Không xoá</a></div>
</form>
</section>`,
      ),
    );
  });

  app.post('/c/:slug/rosters/gone', async (req, reply) => {
    const raw = (req.body as Record<string, unknown>).row;
    const ids = new Set((Array.isArray(raw) ? raw : [raw]).map((v) => String(fieldValue(v) ?? '')));
    return removeAnswered(req, reply, 'gone', (l) => {
      // Only the rows confirmed, still of a group not in the list.
      const rows = goneRows(l).filter((r) => ids.has(r.id));
      return rows.length
        ? rows
        : 'Không tìm thấy các dòng này trong danh sách đang dùng (có thể đã xoá, hoặc danh sách đã được thay): hãy xem lại trang danh sách hộ.';
    });
  });
}
