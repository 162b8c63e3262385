/**
 * Studio: the settings page (admin only). Its one setting is the public address the leaders'
 * links and QR codes are made from (settings.ts): the office sets it here, without a shell; the
 * address the studio was started with, if any, wins, and the page says so. A form sent from the
 * leaders' tab of a campaign (`back`) returns there once saved.
 */

import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { say } from '../messages/message.js';
import { contentDisposition } from '../serve/disposition.js';
import { notFromOwnPage } from '../serve/own-page.js';
import { formatSize } from '../serve/views.js';
import { restoreCommand, shellQuoted } from '../shell-quoted.js';
import { backupDataFolder, RESTORE_KEPT_PREFIX } from '../store/backup.js';
import {
  type CopyNotRemoved,
  removeOlderUpgradeCopies,
  UPGRADE_COPIES_KEPT,
  type UpgradeCopy,
  upgradeCopies,
  upgradeCopyFacts,
  whyNotRemoved,
} from '../store/open-store.js';
import { wardDay, wardTimeSaid } from '../ward-time.js';
import { endSession, findSession, type Session } from './accounts.js';
import {
  addressInForce,
  formText,
  isSecure,
  type StudioContext,
  sendPage,
  sessionOf,
} from './app.js';
import { isSlug, OUT_DIR } from './campaign-folders.js';
import { DELETED_DIR, KEEP_DAYS } from './deleted-campaigns.js';
import {
  DOWNLOAD_LOG_KEPT_SAID,
  DOWNLOAD_LOG_PATH,
  DOWNLOADS_PER_PAGE,
  readDownloads,
  recordDownload,
} from './download-log.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html } from './html.js';
import { adminOnlyPage, csrfField, fieldMarks, notice, page } from './layout.js';
import { folderBytes, printBytes } from './print-space.js';
import { sessionCookie, signInAs } from './routes-sign-in.js';
import {
  type PlainSignIns,
  privateNetworkNote,
  readAddressField,
  readPublicAddress,
  savePublicAddress,
} from './settings.js';

/** The two lines nginx needs for the studio to see the public address and its https. */
const NGINX_LINES = html`<span class="proxy-lines"><code>proxy_set_header Host $host;</code> <code>proxy_set_header X-Forwarded-Proto $scheme;</code></span>`;

/**
 * What a reverse proxy must send for the studio to know a request came over https
 * (serve/https-address.ts), in the words of the office's IT helper.
 */
// What only the installer reads (nginx's lines, the command line) is folded under a summary that
// says so: the office's admin met a wall of proxy headers on Cài đặt (h-ux). A link to #proxy
// (the sign-ins warning's) leads to it, open while that warning is shown.
const proxyHelp = (open: boolean) =>
  html`<details class="optional-part installer" id="proxy"${open ? html` open` : ''}><summary>Dành cho người cài đặt: https qua máy chủ chuyển tiếp (proxy, nginx)</summary><p class="help proxy-help">Nếu https do máy chủ chuyển tiếp (proxy, ví dụ nginx) lo, proxy phải báo cho phần mềm tên miền người dùng mở và cho biết họ mở bằng https. Với nginx, thêm vào cạnh dòng <code>proxy_pass</code> hai dòng: ${NGINX_LINES} Thiếu cả hai, mỗi lần mở qua proxy đến phần mềm như mở bằng http thường: mã đăng nhập không được bảo vệ bằng https. Phần mềm luôn đọc X-Forwarded-Proto: https do proxy gửi. Khởi động phần mềm kèm <code class="whole">--trust-proxy</code> thì phần mềm đọc thêm địa chỉ máy của người dùng (X-Forwarded-For), X-Forwarded-Host, và tin cả X-Forwarded-Proto: http.</p></details>`;

/**
 * The warning when sign-ins came over plain http through a proxy or from other computers than the
 * studio's own while the public address is https (settings.ts `ProxyCheck`).
 */
const proxyWarning = (w: PlainSignIns) =>
  notice(
    'warn',
    html`Đã có ${String(w.signIns)} lần đăng nhập qua một máy chủ trung gian (proxy) hoặc từ máy khác bằng http thường, không có https (lần gần nhất lúc ${wardTimeSaid(w.last)}${w.hosts.length ? html`, mở phần mềm với tên ${w.hosts.join(', ')}` : ''}): mã đăng nhập của những lần đó không được bảo vệ. Nếu mọi người mở phần mềm bằng địa chỉ công khai <strong>${w.address}</strong>, máy chủ chuyển tiếp (proxy, ví dụ nginx) đang không báo tên miền và https cho phần mềm: hãy nhờ người cài đặt thêm vào cấu hình nginx, cạnh dòng <code>proxy_pass</code>, hai dòng: ${NGINX_LINES} (xem mục <a href="#proxy">“Dành cho người cài đặt”</a> dưới đây). Nếu đó là máy khác trong văn phòng mở bằng địa chỉ mạng nội bộ, hãy mở bằng địa chỉ ${w.address}.`,
  );

export const SETTINGS_PATH = '/settings';

/** The whole data folder as one ZIP (store/backup.ts backupDataFolder), for an admin. */
export const BACKUP_PATH = '/settings/sao-luu.zip';

/**
 * How the office backs up and moves the studio (qa27 F2): one button, and what to do with its
 * file, in the office's words. The figures of a PostgreSQL store are not in the file.
 */
const backupSection = (
  postgres: boolean,
  dataDir: string,
) => html`<h2 id="backup">Sao lưu và chuyển sang máy mới</h2>
<p>Tệp sao lưu (.zip) chứa mọi thứ cần để dùng tiếp trên máy khác: ${postgres ? '' : 'số liệu các tổ đã báo cáo, tài khoản, '}các chiến dịch, danh sách tổ, và khoá của các đường dẫn, mã QR đã gửi cho các tổ — thiếu khoá này thì mọi đường dẫn, mã QR đã gửi đều không mở được. Tải được ngay khi phần mềm đang chạy. Bản sao lưu không chứa các tệp in: trên máy mới bấm “Tạo tệp in” để tạo lại.${postgres ? ' Số liệu và tài khoản nằm trong PostgreSQL: người cài đặt sao lưu riêng bằng pg_dump.' : ''}</p>
<div class="actions"><a class="button" href="${BACKUP_PATH}" download>Tải bản sao lưu</a></div>
<p>Cất tệp ở nơi khác ngoài máy này (USB, ổ mạng của cơ quan) và giữ kín, vì tệp chứa số liệu và mật khẩu đã mã hoá.</p>
<p><strong>Chuyển sang máy mới, hoặc khôi phục sau sự cố:</strong> giải nén tệp vào một thư mục trống rồi khởi động phần mềm với thư mục đó (người cài đặt có thể dùng lệnh <code class="whole">phuong-print restore --from tệp.zip --data thư-mục</code>). Nếu tự chép bằng tay, hãy dừng phần mềm rồi chép <strong>cả thư mục dữ liệu</strong>, không chỉ tệp phuong-print.sqlite.</p>
${postgres ? '' : html`<details class="optional-part installer"><summary>Dành cho người cài đặt: bản sao lưu cũ dạng .sqlite</summary><p><strong>Bản sao lưu cũ dạng .sqlite</strong> (do lệnh <code>phuong-print backup</code> của các phiên bản trước làm) không giải nén được: người cài đặt dừng phần mềm rồi chạy lệnh <code class="whole">phuong-print restore --from tệp.sqlite --data ${shellQuoted(dataDir)}</code>, rồi khởi động lại. Số liệu và tài khoản trở về như lúc sao lưu; các chiến dịch trong thư mục dữ liệu giữ nguyên. Kho dữ liệu đang có không bị xoá mà được giữ lại bên cạnh.</p></details>`}`;

/**
 * Going back to the version before an upgrade (qa35 MAJOR-2): opening an older store brings it
 * up to date for good, and the copy kept before that (open-store.ts `upgradeCopies`) is the way
 * back, listed with the steps in the office's words.
 */
function upgradeSection(postgres: boolean, dataDir: string, copies: string[]): Html {
  const shown = copies.slice(-3).reverse();
  return html`<h2 id="upgrade">Nâng cấp và quay lại phiên bản cũ</h2>
<p>Khi phiên bản mới của phần mềm mở thư mục dữ liệu lần đầu, kho dữ liệu được cập nhật cho phiên bản mới; sau đó phiên bản cũ không mở được kho dữ liệu này nữa. ${postgres ? 'Số liệu và tài khoản nằm trong PostgreSQL: trước khi nâng cấp, người cài đặt sao lưu bằng pg_dump để có thể quay lại.' : 'Vì vậy, ngay trước khi cập nhật, phần mềm tự giữ một bản sao kho dữ liệu như cũ trong thư mục dữ liệu (tên bắt đầu bằng phuong-print.sqlite.truoc-nang-cap-).'}</p>
${
  shown.length > 0
    ? html`<p>Bản sao giữ lại trước khi nâng cấp:</p><ul>${shown.map((f) => html`<li><code>${basename(f)}</code></li>`)}</ul>
<p><strong>Muốn quay lại phiên bản cũ:</strong> dừng phần mềm, rồi người cài đặt chạy lệnh <code class="whole">${restoreCommand(shown[0] ?? '', dataDir)}</code> và khởi động phiên bản cũ với thư mục dữ liệu này. Số liệu các tổ gửi và tài khoản thêm sau khi nâng cấp không có trong bản sao: hãy ghi lại trước khi quay lại. Các chiến dịch trong thư mục dữ liệu giữ nguyên.</p>`
    : ''
}
<p>Trước khi cài phiên bản mới, nên bấm “Tải bản sao lưu” ở trên và dừng phần mềm cũ: phiên bản mới không khởi động khi phần mềm cũ còn chạy trên cùng thư mục dữ liệu.</p>`;
}

/**
 * The disk space the data folder takes, and how much of it is prints (qa31 M1): freed campaign
 * by campaign on its build tab. A walk of the folder: ~0.1 s for 400 MB in 2,800 files.
 */
async function spaceSection(ctx: StudioContext): Promise<Html> {
  const total = await folderBytes(ctx.opts.dataDir);
  let prints = 0;
  for (const slug of await readdir(ctx.campaignsDir).catch(() => [] as string[])) {
    if (isSlug(slug)) prints += await printBytes(join(ctx.campaignsDir, slug, OUT_DIR));
  }
  // Often the biggest parts (review39 #9): campaigns deleted but kept for KEEP_DAYS, and the
  // folder a restore into the data folder itself kept of what was there before.
  const deleted = await folderBytes(join(ctx.opts.dataDir, DELETED_DIR));
  const top = await readdir(ctx.opts.dataDir).catch(() => [] as string[]);
  const kept = top.filter((n) => n.startsWith(RESTORE_KEPT_PREFIX));
  let keptBytes = 0;
  for (const n of kept) keptBytes += await folderBytes(join(ctx.opts.dataDir, n));
  const copies = ctx.opts.store.file ? upgradeCopyFacts(ctx.opts.store.file) : [];
  return html`<h2 id="space">Dung lượng trên máy</h2>
<p>Thư mục dữ liệu đang chiếm ${formatSize(total)}${prints > 0 ? html`, trong đó tệp in của các chiến dịch chiếm ${formatSize(prints)}: xoá được tệp in của chiến dịch đã xong bằng nút “Xoá tệp in” ở thẻ In và tải về của chiến dịch đó, khi cần thì bấm “Tạo tệp in” để tạo lại` : ''}.</p>
${deleted > 0 ? html`<p>Các chiến dịch đã xoá (còn giữ ${KEEP_DAYS} ngày để khôi phục) chiếm ${formatSize(deleted)}: bấm “Xoá hẳn” ở mục <a href="/#da-xoa">“Đã xoá”</a> trên trang chính để lấy lại chỗ ngay.</p>` : ''}
${upgradeCopiesSpace(copies)}
${keptBytes > 0 ? html`<p>Dữ liệu cũ được giữ lại khi khôi phục từ bản sao lưu (thư mục ${kept.join(', ')}) chiếm ${formatSize(keptBytes)}: khi đã chắc không cần nữa, người quản trị máy chủ xoá được thư mục đó.</p>` : ''}`;
}

/** The confirmation page of "Xoá bản sao cũ", and where its form is sent. */
export const OLD_COPIES_PATH = '/settings/xoa-ban-sao-cu';

const copyLine = (c: UpgradeCopy) =>
  html`<li><code>${c.name}</code>${c.madeAt ? `, làm lúc ${wardTimeOfStamp(c.madeAt)}` : ''}, ${formatSize(c.bytes)}</li>`;

/** "08:30 ngày 06/12/2026" of "2026-12-06 08:30" (a copy's name already holds the ward's time). */
const wardTimeOfStamp = (at: string) => {
  const [day = '', time = ''] = at.split(' ');
  return `${time} ngày ${day.split('-').reverse().join('/')}`;
};

const bytesOf = (copies: UpgradeCopy[]) => copies.reduce((sum, c) => sum + c.bytes, 0);

/**
 * The copies of the store kept before upgrades (qa35): each a whole store, one more per upgrade,
 * named with when each was made and its size; the older ones (all but the newest, the way back
 * from the last upgrade) removable by "Xoá bản sao cũ", after a confirmation page.
 */
function upgradeCopiesSpace(copies: UpgradeCopy[]): Html | '' {
  if (copies.length === 0) return '';
  const older = copies.slice(0, -1);
  return html`<p>Bản sao kho dữ liệu giữ lại trước khi nâng cấp (để quay lại phiên bản cũ, xem mục <a href="#upgrade">“Nâng cấp và quay lại phiên bản cũ”</a>) chiếm ${formatSize(bytesOf(copies))}, mỗi bản là cả kho dữ liệu:</p>
<ul class="upgrade-copies">${[...copies].reverse().map(copyLine)}</ul>
${
  older.length > 0
    ? html`<p>Bản mới nhất là đường quay lại phiên bản trước lần nâng cấp gần đây nhất và luôn được giữ; các bản cũ hơn (${formatSize(bytesOf(older))}) xoá được. ${KEPT_SAID}</p>
<div class="actions"><a class="button secondary" href="${OLD_COPIES_PATH}">Xoá bản sao cũ</a></div>`
    : html`<p>Bản này là đường quay lại phiên bản trước lần nâng cấp gần đây nhất: phần mềm không tự xoá. ${KEPT_SAID}</p>`
}`;
}

/** The copies "Xoá bản sao cũ" could not remove: each named with why, and what to do. */
function notRemovedSaid(notRemoved: CopyNotRemoved[]): string {
  const each = notRemoved.map(
    ({ copy, error }) => `Không xoá được ${copy.name}: ${say(whyNotRemoved(error), 'vi')}.`,
  );
  return `${each.join(' ')} Bản sao đó vẫn nằm trong thư mục dữ liệu: nhờ người quản trị máy chủ xoá tay hoặc cho phép xoá, rồi bấm “Xoá bản sao cũ” lại.`;
}

const KEPT_SAID = `Mỗi lần nâng cấp, phần mềm chỉ giữ ${UPGRADE_COPIES_KEPT} bản mới nhất.`;

/** The page asking before the older copies are removed: which go, which stays, their sizes. */
function oldCopiesPage(copies: UpgradeCopy[], session: Session): Html {
  const older = copies.slice(0, -1);
  const newest = copies.at(-1);
  const back = html`<a class="button secondary" href="${SETTINGS_PATH}#space">Huỷ, giữ lại</a>`;
  if (older.length === 0 || !newest)
    return html`<h1>Xoá bản sao cũ</h1><p>Không có bản sao cũ nào để xoá.</p><p>${back}</p>`;
  return html`<h1>Xoá bản sao cũ (${formatSize(bytesOf(older))})?</h1>
<p>Sẽ xoá khỏi máy ${String(older.length)} bản sao kho dữ liệu giữ lại trước những lần nâng cấp đã qua:</p>
<ul class="upgrade-copies">${[...older].reverse().map(copyLine)}</ul>
<p>Sau khi xoá, không quay lại được các phiên bản cũ đó bằng những bản sao này nữa. Số liệu và tài khoản đang dùng không thay đổi.</p>
<p>Vẫn giữ bản mới nhất, để quay lại phiên bản trước lần nâng cấp gần đây nhất:</p>
<ul class="upgrade-copies">${copyLine(newest)}</ul>
<form method="post" action="${OLD_COPIES_PATH}" class="card">${csrfField(session)}
  <div class="actions"><button type="submit" class="danger">Xoá bản sao cũ (${formatSize(bytesOf(older))})</button> ${back}</div>
</form>`;
}

/** A leaders' tab to return to: only that page's own address, never one the form makes up. */
export function backOf(value: string): string | undefined {
  const slug = /^\/c\/([^/?#]+)\/leaders$/.exec(value)?.[1];
  return slug && isSlug(slug) ? value : undefined;
}

/** The settings page's address from a campaign's leaders' tab (it returns there once saved). */
export const settingsFrom = (slug: string) =>
  `${SETTINGS_PATH}?${new URLSearchParams({ back: `/c/${slug}/leaders` })}#address`;

type Said = { ok?: string; error?: string; typed?: string; refused?: string };

export function registerSettings(app: FastifyInstance, ctx: StudioContext): void {
  const { db } = ctx.opts.store;
  const started = ctx.opts.baseUrl;

  /**
   * The session of this request under the cookie its address now asks for, when that changed
   * (`before` was its name): a new session there, the old one ended and its cookie cleared.
   */
  const movedSession = async (
    req: FastifyRequest,
    reply: FastifyReply,
    before: string,
    session: Session,
  ): Promise<Session> => {
    if (sessionCookie(ctx, req) === before) return session;
    await endSession(db, req.cookies[before]);
    reply.clearCookie(before, { path: '/', secure: before.startsWith('__Host-') });
    const id = await signInAs(ctx, req, reply, session.user.name);
    return (await findSession(db, id)) ?? session;
  };

  const adminOnly = async (req: FastifyRequest, reply: FastifyReply) => {
    const session = sessionOf(req);
    if (!session.user.isAdmin) return sendPage(reply, adminOnlyPage(session), 403);
  };

  const show = async (
    reply: FastifyReply,
    session: Session,
    back: string | undefined,
    said: Said = {},
    status = 200,
  ) => {
    const stored = await readPublicAddress(db);
    const value = said.typed ?? stored?.address ?? '';
    const warned = await ctx.proxyCheck.warning(addressInForce(ctx));
    return sendPage(
      reply,
      page({
        title: 'Cài đặt',
        session,
        body: html`<h1>Cài đặt</h1>
${said.ok ? notice('ok', said.ok) : ''}
${said.refused ? notice('error', said.refused) : ''}
${warned ? proxyWarning(warned) : ''}
${stored && !started && privateNetworkNote(stored.address) ? notice('warn', privateNetworkNote(stored.address) ?? '') : ''}
<h2 id="address">Địa chỉ công khai của phần mềm</h2>
<p>Địa chỉ mà điện thoại của tổ trưởng, trưởng thôn… mở được. Đường dẫn riêng của từng tổ và mã QR in cho các tổ được làm từ địa chỉ này. Chưa có địa chỉ công khai thì đường dẫn dùng địa chỉ đang mở trên máy văn phòng (thường chỉ mở được trên máy này) và chưa in được mã QR.</p>
${
  started
    ? notice(
        'info',
        html`Phần mềm đang dùng địa chỉ công khai <strong>${started}</strong>, do người cài đặt phần mềm đặt khi khởi động phần mềm. Địa chỉ đó được dùng thay cho địa chỉ ghi dưới đây; địa chỉ ghi dưới đây chỉ được dùng khi phần mềm khởi động không kèm địa chỉ.`,
      )
    : stored
      ? html`<p class="muted">Đang dùng: <strong>${stored.address}</strong>${stored.by ? `, do ${stored.by} đặt` : ''} lúc ${wardTimeSaid(stored.at)}.</p>`
      : ''
}
<form method="post" action="${SETTINGS_PATH}" class="card">${csrfField(session)}
${back ? html`<input type="hidden" name="back" value="${back}">` : ''}
<label for="public-address">Địa chỉ công khai</label>
<p class="help" id="address-help">Ghi đầy đủ, bắt đầu bằng https://, chỉ phần tên miền, ví dụ: https://hoacuong.example.vn. Xoá hết chữ rồi bấm Lưu để bỏ địa chỉ đã đặt.</p>
${said.error ? html`<p class="field-error" id="address-error" role="alert"><span>${said.error}</span></p>` : ''}
<input id="public-address" name="address" type="text" inputmode="url" autocapitalize="none" spellcheck="false" maxlength="200" value="${value}" ${fieldMarks(['address-help'], said.error ? 'address-error' : undefined)}>
<div class="actions"><button type="submit">Lưu</button>${back ? html` <a class="button secondary" href="${back}">Quay lại trang tổ trưởng</a>` : ''}</div>
</form>
${proxyHelp(!!warned)}
${backupSection(ctx.opts.store.kind === 'postgres', resolve(ctx.opts.dataDir))}
${upgradeSection(ctx.opts.store.kind === 'postgres', resolve(ctx.opts.dataDir), ctx.opts.store.file ? upgradeCopies(ctx.opts.store.file) : [])}
${await spaceSection(ctx)}
<h2 id="downloads">Nhật ký tải tệp có họ tên</h2>
<p>Mỗi lần tải tệp có họ tên người dân hoặc tổ trưởng (bảng theo dõi, tệp ZIP của các tổ, bản sao lưu, danh sách đường dẫn, tờ mã QR, thư mục chiến dịch) được ghi lại: ai tải, lúc nào, của chiến dịch nào, tệp nào. Nhật ký giữ ${DOWNLOAD_LOG_KEPT_SAID}. <a href="${DOWNLOAD_LOG_PATH}">Xem nhật ký tải tệp có họ tên</a>.</p>`,
      }),
      status,
    );
  };

  app.get(SETTINGS_PATH, { preHandler: adminOnly }, async (req, reply) => {
    const back = backOf(String((req.query as { back?: unknown }).back ?? ''));
    return show(reply, sessionOf(req), back);
  });

  app.get(DOWNLOAD_LOG_PATH, { preHandler: adminOnly }, async (req, reply) => {
    const asked = Number((req.query as { trang?: unknown }).trang ?? 1);
    const n = Number.isSafeInteger(asked) && asked > 0 ? asked : 1;
    const { downloads, total } = await readDownloads(db, n);
    const pages = Math.max(1, Math.ceil(total / DOWNLOADS_PER_PAGE));
    const link = (to: number, text: string) =>
      html`<a href="${DOWNLOAD_LOG_PATH}?trang=${String(to)}">${text}</a>`;
    const pager =
      pages > 1
        ? html`<p class="pager">Trang ${String(Math.min(n, pages))}/${String(pages)}${n > 1 ? html` · ${link(Math.min(n, pages) - 1, 'Mới hơn')}` : ''}${n < pages ? html` · ${link(n + 1, 'Cũ hơn')}` : ''}</p>`
        : '';
    const rows = downloads.map(
      (d) =>
        html`<tr><td>${wardTimeSaid(d.at)}</td><td>${d.user}</td><td>${d.campaign || 'Toàn bộ dữ liệu'}</td><td>${d.file}</td></tr>`,
    );
    return sendPage(
      reply,
      page({
        title: 'Nhật ký tải tệp có họ tên',
        session: sessionOf(req),
        body: html`<h1>Nhật ký tải tệp có họ tên</h1>
<p>Các lần tài khoản của văn phòng tải tệp có họ tên người dân hoặc tổ trưởng, mới nhất trước: bảng theo dõi, tệp ZIP của các tổ có bảng theo dõi, tệp gồm mọi tệp ZIP, bản sao lưu toàn bộ dữ liệu, danh sách đường dẫn của các tổ (họ tên, số điện thoại tổ trưởng), tờ mã QR, thư mục chiến dịch (có danh sách tổ). Báo cáo kết quả không ghi họ tên tổ trưởng nên không có ở đây. Nhật ký ghi ai tải, lúc nào, chiến dịch và tên tệp, không ghi họ tên trong tệp.</p>
<p>Nhật ký giữ ${DOWNLOAD_LOG_KEPT_SAID}: các dòng cũ hơn được tự động xoá.</p>
${
  total === 0
    ? html`<p>Chưa có lần tải nào.</p>`
    : downloads.length === 0
      ? html`<p>Trang này không có lần tải nào: ${link(1, 'về trang đầu')}.</p>`
      : html`<p class="muted">${String(total)} lần tải.</p>
<table class="download-log"><thead><tr><th scope="col">Lúc</th><th scope="col">Tài khoản</th><th scope="col">Chiến dịch</th><th scope="col">Tệp</th></tr></thead>
<tbody>${rows}</tbody></table>`
}
${pager}
<p><a href="${SETTINGS_PATH}">Về trang Cài đặt</a></p>`,
      }),
    );
  });

  const copiesNow = () => (ctx.opts.store.file ? upgradeCopyFacts(ctx.opts.store.file) : []);

  app.get(OLD_COPIES_PATH, { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    return sendPage(
      reply,
      page({ title: 'Xoá bản sao cũ', session, body: oldCopiesPage(copiesNow(), session) }),
    );
  });

  app.post(OLD_COPIES_PATH, { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const file = ctx.opts.store.file;
    // The newest stays whatever the form says: only what is older than it is removed.
    const { removed, notRemoved } = file
      ? removeOlderUpgradeCopies(file, 1)
      : { removed: [], notRemoved: [] };
    const newest = copiesNow().at(-1);
    const kept = newest ? ` Vẫn giữ bản mới nhất ${newest.name}.` : '';
    return show(reply, session, undefined, {
      ok:
        removed.length > 0
          ? `Đã xoá ${removed.length} bản sao cũ (${formatSize(bytesOf(removed))}): ${removed.map((c) => c.name).join(', ')}.${kept}`
          : notRemoved.length > 0
            ? undefined
            : 'Không có bản sao cũ nào để xoá.',
      refused: notRemoved.length > 0 ? notRemovedSaid(notRemoved) : undefined,
    });
  });

  app.get(BACKUP_PATH, { preHandler: adminOnly }, async (req, reply) => {
    // A plain link, so no form token: another site's page that sends an admin's browser here
    // (the session cookie is Lax, sent on a top-level visit) is refused by the browser's word,
    // else each visit would pack the store and drop its secrets into Downloads (review36a #8).
    if (notFromOwnPage(req))
      return show(
        reply,
        sessionOf(req),
        undefined,
        {
          refused:
            'Bản sao lưu chỉ tải được bằng nút “Tải bản sao lưu” trên trang này, không từ một trang khác: chưa tải gì.',
        },
        403,
      );
    const name = `sao-luu-phuong-print-${wardDay()}.zip`;
    if (isHead(req)) return headOnly(reply, 'application/zip', name);
    const dir = await mkdtemp(join(tmpdir(), 'phuong-print-sao-luu-'));
    const file = join(dir, name);
    try {
      const { gone } = await backupDataFolder(ctx.opts.dataDir, file);
      if (gone.length > 0) {
        (ctx.opts.logError ?? ((line: string) => process.stderr.write(`${line}\n`)))(
          `backup: removed while it was made, left out: ${gone.join(', ')}`,
        );
      }
      // Every campaign's lists of residents and leaders (holdsNames' 'backup': always): logged,
      // under no campaign of its own. Inside the try: a store refusing the record must not leave
      // the copy of the whole data folder in the temp folder.
      await recordDownload(ctx.opts.store.db, req, {
        user: sessionOf(req).user.name,
        campaign: '',
        file: name,
      });
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw e;
    }
    const stream = createReadStream(file);
    stream.once('close', () => void rm(dir, { recursive: true, force: true }));
    return reply
      .type('application/zip')
      .header('Content-Disposition', contentDisposition(name))
      .header('Cache-Control', 'no-store')
      .send(stream);
  });

  app.post(SETTINGS_PATH, { preHandler: adminOnly }, async (req, reply) => {
    const session = sessionOf(req);
    const back = backOf(formText(req.body, 'back'));
    const typed = formText(req.body, 'address');
    const read = readAddressField(typed);
    if ('error' in read) return show(reply, session, back, { error: read.error, typed }, 400);
    await savePublicAddress(db, read.address || undefined, session.user.name);
    // The session moves to the cookie this address now asks for (Secure over the public https
    // address, plain otherwise): the admin saving it stays signed in.
    const before = sessionCookie(ctx, req);
    ctx.storedAddress = read.address || undefined;
    const now = await movedSession(req, reply, before, session);
    // An address of the office's network is said on this page before going back (qa22 #9).
    if (back && !privateNetworkNote(read.address)) return reply.redirect(back, 303);
    return show(reply, now, back, {
      ok: read.address
        ? `Đã lưu địa chỉ công khai ${read.address}.${
            read.address.startsWith('https:') && !started
              ? ` Khi mở phần mềm bằng địa chỉ này, trình duyệt chỉ gửi mã đăng nhập qua kết nối an toàn (https) và luôn mở bằng https.${
                  isSecure(ctx, req.headers)
                    ? ''
                    : ` Mở bằng địa chỉ khác của máy, như ${req.protocol}://${req.host} đang mở, vẫn đăng nhập như trước.`
                }`
              : ''
          }`
        : 'Đã bỏ địa chỉ công khai: đường dẫn của các tổ dùng địa chỉ đang mở trên máy.',
    });
  });
}
