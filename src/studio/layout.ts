/**
 * Studio: the frame of every page — head, the top bar with the signed-in user's links, the
 * page's content — and the small pieces pages share (a form's hidden CSRF field, notices).
 */
import { MAX_TABLE_FILE_MB } from '../load/limits.js';
import type { GroupTerm } from '../model/group-term.js';
import type { StorageFault } from '../store/storage-fault.js';
import type { Session } from './accounts.js';
import { assetHref } from './assets.js';
import { type Html, html } from './html.js';

export interface PageOptions {
  title: string;
  /** The signed-in session (the bar shows its links and the sign-out button). */
  session?: Session;
  body: Html;
  /** The campaign page's script (progressive: every page works without it). */
  script?: boolean;
  /**
   * The page's own address, when a form's answer may show it at another (a refused logo upload
   * answers at /c/<slug>/logo, whose GET is the logo itself): the script puts it in the address
   * bar, so a reload or a copied link opens the page, not the picture or a second POST.
   */
  canonical?: string;
}

export const csrfField = (session: Session) =>
  html`<input type="hidden" name="_csrf" value="${session.csrf}">`;

/** A title longer than this is said shorter (`headAndTail`). */
const TITLE_CHARS = 80;

/**
 * `text` in at most about `max` characters: whole when it fits, else its first words, "…" and
 * its last words — two subjects alike but for their end ("… năm 2025", "… đợt 2") stay told
 * apart. For a page's title, which a screen reader reads whole at every page (qa41 m3: 190
 * characters of a subject), and the way back to the list.
 */
export function headAndTail(text: string, max = TITLE_CHARS): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const words = one.split(' ');
  let head = '';
  let tail = '';
  let i = 0;
  let j = words.length - 1;
  const room = max - 2;
  // The last words take a third of the room, the first the rest.
  while (j > i && tail.length + (words[j] ?? '').length + 1 <= room / 3) {
    tail = tail ? `${words[j]} ${tail}` : (words[j] ?? '');
    j--;
  }
  while (i <= j && head.length + (words[i] ?? '').length + 1 <= room - tail.length) {
    head = head ? `${head} ${words[i]}` : (words[i] ?? '');
    i++;
  }
  if (!head) return `${one.slice(0, max - 1)}…`;
  return tail ? `${head} … ${tail}` : `${head}…`;
}

export function page({ title, session, body, script, canonical }: PageOptions): string {
  const bar = session
    ? html`<nav class="bar" aria-label="Trình đơn">
  <a class="home" href="/">Chiến dịch</a>
  ${session.user.isAdmin ? html`<a href="/users">Người dùng</a> <a href="/settings">Cài đặt</a>` : ''}
  <a href="/password">Đổi mật khẩu</a>
  <form method="post" action="/sign-out" class="inline">${csrfField(session)}
    <button type="submit" class="link">Đăng xuất (${session.user.name})</button>
  </form>
</nav>`
    : html`<nav class="bar"><span class="home">Phường in ấn</span></nav>`;
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${headAndTail(title)} — Phường in ấn</title>
<link rel="stylesheet" href="${assetHref('studio.css')}">
${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}
${
  script
    ? html`<script src="${assetHref('search.js')}" defer></script>
<script src="${assetHref('studio.js')}" defer></script>`
    : ''
}
</head>
<body>
${bar}
<main>
${body}
</main>
</body>
</html>
`.text;
}

/**
 * A page about one item of a list (a user, a campaign): the way back to the list above its
 * content, then the content.
 */
export const itemPage = (
  list: { href: string; label: string },
  title: string,
  session: Session,
  body: Html,
) =>
  page({
    title,
    session,
    body: html`<p class="muted"><a href="${list.href}">${list.label}</a> › ${title}</p>
${body}`,
  });

export const notice = (kind: 'ok' | 'error' | 'info' | 'warn', text: Html | string) =>
  html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;

/**
 * A notice of several points: its first line, then each point on a line of its own with a bullet,
 * in one box (h-ux: a new campaign's seven warnings were seven boxes, ~700 px above its first
 * field; the print tab's ran on as lines a phone could not tell apart). Still one paragraph.
 */
export const noticeList = (
  kind: 'ok' | 'error' | 'info' | 'warn',
  lead: Html | string,
  points: readonly (Html | string)[],
) =>
  notice(
    kind,
    html`${lead}<span class="points" role="list">${points.map((p) => html`<span class="point" role="listitem">${p}</span>`)}</span>`,
  );

/**
 * Words only a screen reader reads, naming a list row's control after its row (qa30 5): the
 * rows' "Đổi tên", "Xoá", "Chép đường dẫn"… are told apart without cluttering the page.
 */
export const forReader = (words: string) => html`<span class="visually-hidden">${words}</span>`;

/**
 * A form's refusal on the page that answers it: said (role=alert) and given the keyboard when the
 * page opens (autofocus: no script needed), as the campaign form's summary is (qa30 3). `id` is
 * for the refused fields' aria-describedby (`fieldMarks`).
 */
export const refusal = (id: string, text: Html | string) =>
  html`<p class="notice error" role="alert" id="${id}" tabindex="-1" autofocus>${text}</p>`;

/**
 * A field's description and, when refused, its mark: ` aria-describedby="<help> <error>"` and
 * ` aria-invalid="true"` (`error`: the id of the sentence that says why, or nothing).
 */
export const fieldMarks = (help: readonly string[], error?: string) => {
  const described = [...help, error ?? ''].filter(Boolean).join(' ');
  return html`${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
};

/**
 * An upload's limit: the loader's for a groups file (load/limits.ts), one number for the office
 * whatever it uploads (README › Inputs).
 */
export const MAX_UPLOAD_MB = MAX_TABLE_FILE_MB;

/** The page of a refused or failed request: fixed text per status, nothing of the request. */
const STATUS_TEXT: Record<number, [string, string]> = {
  401: ['Chưa đăng nhập', 'Phiên đăng nhập đã hết. Hãy mở lại trang để đăng nhập.'],
  403: [
    'Yêu cầu bị từ chối',
    'Biểu mẫu đã hết hạn hoặc không gửi từ trang này. Hãy mở lại trang, rồi làm lại.',
  ],
  404: ['Không tìm thấy trang', 'Địa chỉ này không có trong phần mềm. Hãy quay về trang chính.'],
  413: ['Tệp quá lớn', `Tệp tải lên lớn hơn mức cho phép (${MAX_UPLOAD_MB} MB).`],
  429: [
    'Quá nhiều yêu cầu',
    'Máy này gửi quá nhiều yêu cầu trong một phút. Hãy đợi một phút rồi thử lại.',
  ],
  500: [
    'Có lỗi xảy ra',
    'Phần mềm gặp lỗi khi làm việc này. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.',
  ],
};

/**
 * `back`: the studio page the request came from (a refused upload's form), offered first, so
 * the office returns to it rather than to the list of campaigns.
 */
export function statusPage(status: number, session?: Session, back?: string): string {
  const [title, text] = STATUS_TEXT[status] ??
    (status < 500 ? STATUS_TEXT[404] : STATUS_TEXT[500]) ?? ['', ''];
  return sentencePage(title, text, session, back);
}

/**
 * A page for administrators (Người dùng, Cài đặt) opened by another user (qa35 MINOR-6): a
 * bookmark or a typed address, no form, so not 403's words for an expired form.
 */
export const adminOnlyPage = (session: Session) =>
  sentencePage(
    'Trang dành cho người quản trị',
    'Chỉ người quản trị phần mềm của văn phòng mới mở được trang này. Nếu cần việc ở trang này, hãy nhờ người quản trị làm, hoặc cấp quyền quản trị cho tài khoản của bạn.',
    session,
  );

/**
 * The answer to an address that cannot be read (a "%" not followed by two hex digits), given
 * before the session is known: no one's bar.
 */
export const badAddressPage = () =>
  sentencePage(
    'Địa chỉ không hợp lệ',
    'Địa chỉ này viết sai (có ký tự không đọc được), có thể do chép thiếu. Hãy quay về trang chính rồi mở lại trang cần xem.',
  );

/** A page of one heading and one sentence, the way back first when known, then the home page. */
export function sentencePage(
  title: string,
  text: string,
  session?: Session,
  back?: string,
): string {
  return page({
    title,
    session,
    body: html`<h1>${title}</h1><p>${text}</p>${
      back ? html`<p><a class="button" href="${back}">Quay lại trang trước</a></p>` : ''
    }<p><a href="/">Về trang chính</a></p>`,
  });
}

/**
 * A request the studio could not carry out for a reason it can name (a UserError reaching the
 * error handler): that sentence and its hint, never "Có lỗi xảy ra", which only says to try again.
 */
export function problemPage(text: string, session?: Session): string {
  const title = 'Chưa làm được việc này';
  return page({
    title,
    session,
    body: html`<h1>${title}</h1><p>${text}</p><p>Nếu không tự sửa được, hãy báo cho người quản trị phần mềm.</p><p><a href="/">Về trang chính</a></p>`,
  });
}

/**
 * The program's files replaced under the running studio (serve/code-replaced.ts): restarting it
 * is what helps, and nothing saved is lost; "Có lỗi xảy ra" would send the office to retry.
 */
export function codeReplacedPage(session?: Session): string {
  return sentencePage(
    'Phần mềm vừa được cập nhật',
    codeReplacedSaid('làm được việc này', 'làm lại việc này'),
    session,
  );
}

/**
 * The same said where it happened (`couldNot`: "in được"; `again`: what to do after the restart),
 * for a page that shows it among its own text: the build tab after "Tạo tệp in".
 */
export function codeReplacedSaid(couldNot: string, again: string): string {
  return `Các tệp của phần mềm đã thay đổi trong khi studio đang chạy (có thể vừa cập nhật bản mới), nên chưa ${couldNot}. Hãy tắt studio rồi mở lại, sau đó ${again}; các chiến dịch, số liệu và đường dẫn đã gửi vẫn giữ nguyên. Nếu mở lại vẫn báo như vậy, hãy cài lại phần mềm (có thể bản cập nhật chưa cài xong).`;
}

/** What a storage fault (store/storage-fault.ts) is called, and what the server's keeper does. */
export const STORAGE_FAULT_TEXT: Record<StorageFault, [string, string]> = {
  full: [
    'Ổ đĩa của máy chủ đã đầy',
    'Máy chủ không ghi được dữ liệu vì ổ đĩa đã hết chỗ trống, nên việc vừa làm chưa được lưu. Hãy báo người quản trị máy chủ giải phóng bớt dung lượng (bản tạo cũ, bản sao lưu, nhật ký), rồi làm lại việc này.',
  ],
  'read-only': [
    'Máy chủ không ghi được dữ liệu',
    'Thư mục dữ liệu của phần mềm đang ở chế độ chỉ đọc đối với người dùng chạy phần mềm, nên việc vừa làm chưa được lưu. Hãy báo người quản trị máy chủ cấp quyền ghi thư mục dữ liệu cho người dùng đó (với Docker: ổ dữ liệu phải thuộc người dùng node), rồi làm lại việc này.',
  ],
};

/**
 * The server's disk is full or its data cannot be written: said as it is (not "Có lỗi xảy ra",
 * which sends the office to retry and to the administrator with nothing to tell), with the way back.
 */
export function storageFaultPage(fault: StorageFault, session?: Session, back?: string): string {
  const [title, text] = STORAGE_FAULT_TEXT[fault];
  return sentencePage(title, text, session, back);
}

export type CampaignTab = 'edit' | 'groups' | 'preview' | 'build' | 'leaders' | 'results';

/** The tabs of a campaign's pages; the groups' in the ward's word ("Danh sách khu phố"). */
const tabs = (term: GroupTerm): readonly [CampaignTab, string, string][] => [
  ['edit', '', 'Nội dung'],
  ['groups', '/groups', `Danh sách ${term.short}`],
  ['preview', '/preview', 'Xem trước'],
  ['build', '/build', 'In và tải về'],
  ['leaders', '/leaders', `Trang ${term.leader}`],
  ['results', '/results', 'Kết quả'],
];

/**
 * The campaign's heading and its pages' tabs; above them the way back to the list, with the
 * name the list shows (`listed`, the one the office typed) or else the campaign's (shortened),
 * not its folder's ("hai-phong": a screen reader spells it out, qa41 m4).
 */
export function campaignHeader(
  slug: string,
  name: string,
  current: CampaignTab,
  term: GroupTerm,
  listed?: string,
): Html {
  return html`<p class="muted"><a href="/">Chiến dịch</a> <span aria-hidden="true">›</span> ${headAndTail(listed ?? name)}</p>
<h1 class="campaign-name">${name}</h1>
<ul class="tabs">${tabs(term).map(
    ([tab, path, label]) =>
      html`<li><a href="/c/${slug}${path}"${tab === current ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul>`;
}
