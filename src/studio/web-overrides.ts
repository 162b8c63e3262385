/**
 * Studio: a campaign's own web templates (qa32 m5). Files in its `templates/web/` replace the
 * leaders' pages the studio publishes (serve/html.ts reads them before the tool's own): they
 * come unseen with a copied folder or a backup. The leaders tab and the campaign page name
 * them, with any refresh to another site they hold (taken out when served: web-refresh.ts) and
 * any script (share.js: never served from the campaign's folder, serve/html.ts readAsset), and
 * a button removing them.
 */
import { readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileStamp } from '../load/file-stamp.js';
import { isScriptAsset } from '../serve/html.js';
import { offSiteRefreshes } from '../serve/web-refresh.js';
import type { Session } from './accounts.js';
import { type Html, html } from './html.js';
import { csrfField } from './layout.js';

/** One file of the campaign's own web templates, and its refreshes to another site. */
export interface WebOverride {
  /** As the office finds it in the campaign's folder: "templates/web/leader.hbs". */
  file: string;
  refreshes: { line: number; url: string }[];
}

const webDir = (folder: string) => join(folder, 'templates', 'web');

/**
 * What was read of each campaign's own web templates, keyed by their names and stamps: the
 * campaign page and the leaders tab ask on every view, and an unchanged file is not read again.
 */
const read = new Map<string, { key: string; list: WebOverride[] }>();

/** The campaign's own web templates, by name (none: empty). */
export async function webOverrides(folder: string): Promise<WebOverride[]> {
  const dir = webDir(folder);
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    read.delete(folder);
    return [];
  }
  const files = (
    await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(dir, name)).catch(() => undefined);
        return info?.isFile() ? [{ name, stamp: fileStamp(info) }] : [];
      }),
    )
  ).flat();
  // A file changed too recently for a stamp is read again each time (load/file-stamp.ts).
  const key = files.every((f) => f.stamp)
    ? files.map((f) => `${f.name}:${f.stamp}`).join('\n')
    : '';
  const known = read.get(folder);
  if (key && known?.key === key) return known.list;
  const list = await Promise.all(
    files.map(async ({ name }) => ({
      file: `templates/web/${name}`,
      refreshes: name.endsWith('.hbs')
        ? offSiteRefreshes(await readFile(join(dir, name), 'utf8').catch(() => '')).refreshes
        : [],
    })),
  );
  if (key) read.set(folder, { key, list });
  else read.delete(folder);
  return list;
}

/** The notice naming them, with the button removing them; nothing when there are none. */
export function webOverridesNotice(
  slug: string,
  list: readonly WebOverride[],
  session: Session,
): Html | '' {
  if (!list.length) return '';
  const refreshes = list.flatMap((o) =>
    o.refreshes.map(
      (r) =>
        html`<li>${o.file}, dòng ${String(r.line)} chuyển người xem sang trang khác (${r.url}): dòng này đã được bỏ khi gửi trang cho các tổ trưởng.</li>`,
    ),
  );
  // A script is never used from a campaign's folder (serve/html.ts readAsset): said so.
  const scripts = list
    .filter((o) => isScriptAsset(o.file))
    .map(
      (o) =>
        html`<li>${o.file} là mã chạy trên điện thoại của tổ trưởng: phần mềm không dùng tệp này (mã lạ có thể chạy trên điện thoại của mọi tổ trưởng), trang tổ trưởng dùng mã của phần mềm.</li>`,
    );
  const items = [...scripts, ...refreshes];
  // A <div>, not notice()'s <p>: it holds a list and a form.
  return html`<div class="notice warn" role="status"><p><strong>Chiến dịch này dùng mẫu trang riêng thay cho mẫu của phần mềm: ${list.map((o, i) => html`${i ? ', ' : ''}<code>${o.file}</code>`)}.</strong> Trang tổ trưởng được làm theo các tệp này (thường có sẵn trong thư mục chiến dịch chép từ máy khác hoặc từ bản sao lưu). Nếu văn phòng không tự làm mẫu này, nên bỏ đi để dùng mẫu của phần mềm.</p>${items.length ? html`<ul>${items}</ul>` : ''}
<form method="post" action="/c/${slug}/web-templates/remove" class="inline">${csrfField(session)}<button type="submit" class="danger">Bỏ mẫu trang riêng, dùng mẫu của phần mềm</button></form></div>`;
}

/** Removes the campaign's own web templates (and `templates/` when nothing else is in it). */
export async function removeWebOverrides(folder: string): Promise<void> {
  await rm(webDir(folder), { recursive: true, force: true });
  const templates = join(folder, 'templates');
  if ((await readdir(templates).catch(() => ['?'])).length === 0)
    await rmdir(templates).catch(() => {});
}
