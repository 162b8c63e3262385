/**
 * Serve stage: the web pages' templates (templates/web/*.hbs). In: a page name and its view.
 * Out: HTML. A Handlebars environment of its own: unlike the print templates, these escape HTML
 * (group names and campaign values are data, not markup), and stay `strict` so a misspelt
 * variable is an error rather than a blank on the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { keepUnits } from '../layout/kept-tokens.js';
import { cellPhoneLinks } from '../load/leaders.js';
import { msg } from '../messages/message.js';
import { officeInText } from '../model/format.js';
import { groupOwnTerm } from '../model/group-term.js';
import { firstPhone } from '../model/phone-numbers.js';
import { unitTermOf } from '../model/unit-term.js';
import type { OpenElsewhere } from './open-elsewhere.js';
import { TEMPLATE_DIR, type Ward } from './ward.js';
import { offSiteRefreshes } from './web-refresh.js';

export type PageName = 'leader' | 'pages' | 'admin' | 'blank' | 'error' | 'results';

const hb = Handlebars.create();
hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
/** `{{lower doc.noticeType.name}}`: a name said mid-sentence ("In kế hoạch của phường"). */
hb.registerHelper('lower', (s: unknown) => String(s ?? '').toLocaleLowerCase('vi'));
/** `{{tel issuer.phone}}`: "0225 3 857 123" → "02253857123" for a `tel:` link. */
// The first number of a cell that may hold two (an office's "0225 3 846 555; 0912 345 678"):
// every digit of both dialled 21 of them.
hb.registerHelper('tel', (s: unknown) => {
  const written = String(s ?? '');
  return (firstPhone(written)?.typed ?? written).replace(/[^\d+]/g, '');
});
/**
 * `{{#each (phoneLinks phone)}}`: a leader's cell of two numbers ("0912 005 484; 0983 100 004")
 * as one `tel:` link each, {{shown}}, {{dial}}, {{after}} (qa57 M5: one of 20 digits before).
 */
hb.registerHelper('phoneLinks', (s: unknown) => cellPhoneLinks(String(s ?? '')));
/**
 * `{{#each (nameParts issuer.ward)}}`: a place's name in the pieces a line may break between.
 * The name is kept on one line ("PHƯỜNG LÊ / CHÂN" reads as two names), but a ward merged from
 * old ones, "phường Thạnh Mỹ Tây - Bình Thạnh - Gia Định Mới", is wider than a phone: it may
 * break after each " - " (qa20).
 */
/** How a screen reader should say a file size's unit (TalkBack reads "KB" letter by letter). */
const SPOKEN_UNITS: Record<string, string> = { KB: 'ki-lô-bai', MB: 'mê-ga-bai' };
/**
 * `{{size zip.size}}`: "631 KB" shown, "631 ki-lô-bai" read aloud (qa41 m4).
 */
hb.registerHelper('size', (s: unknown) => {
  const shown = String(s ?? '');
  const said = shown.replace(/\b(KB|MB)\b/, (u) => SPOKEN_UNITS[u] ?? u);
  const esc = Handlebars.escapeExpression;
  if (said === shown) return esc(shown);
  return new Handlebars.SafeString(
    `<span aria-hidden="true">${esc(shown)}</span><span class="sr-only">${esc(said)}</span>`,
  );
});
/** `{{sep}}`: a "·" between facts, read as a pause, not as "chấm giữa" (qa41 m4). */
hb.registerHelper(
  'sep',
  () =>
    new Handlebars.SafeString('<span aria-hidden="true"> · </span><span class="sr-only">, </span>'),
);
/**
 * `{{kept doc.when}}`: a time or place whose spaces a line must not break at are no-break, as on
 * the printed papers ("Chủ nhật", "7 giờ 30", "ngày 13/12/2026": kept-tokens.ts). A phone's
 * page broke "Chủ ⏎ nhật" (qa51 p6).
 */
hb.registerHelper('kept', (s: unknown) => keepUnits(String(s ?? '')));
hb.registerHelper('nameParts', (s: unknown) => String(s ?? '').split(/(?<=\s[-–—])\s+/u));

/** A page's compiled template and the partials it is rendered with. */
interface Page {
  page: Handlebars.TemplateDelegate;
  partials: Record<string, string>;
}

const compiled = new Map<string, Page>();

/**
 * A page's template from `dir`, or the default one when `dir` does not override it. An
 * override's refresh to another site is taken out, and said on stderr (web-refresh.ts).
 */
function read(dir: string, name: string): string {
  const file = join(dir, 'web', name);
  const own = existsSync(file);
  const text = readFileSync(own ? file : join(TEMPLATE_DIR, 'web', name), 'utf8').normalize('NFC');
  if (!own || dir === TEMPLATE_DIR) return text;
  const { text: kept, refreshes } = offSiteRefreshes(text);
  for (const r of refreshes) {
    process.stderr.write(
      `Cảnh báo: ${file}, dòng ${r.line}: bỏ thẻ <meta http-equiv="refresh"> chuyển người xem sang trang khác (${r.url}).\n`,
    );
  }
  return kept;
}

export function renderPage(name: PageName, view: object, templateDir = TEMPLATE_DIR): string {
  const { page, partials } = compiledPage(name, templateDir);
  // Its own partials: those of the folder last compiled for are no page's but that folder's.
  return page(view, { partials });
}

function compiledPage(name: PageName, templateDir: string): Page {
  const key = `${templateDir}\u0000${name}`;
  let page = compiled.get(key);
  if (!page) {
    // A folder that overrides none of the page's files (most campaigns, the studio's copy of
    // each saved state of one) has the program's page, compiled once (~0.1–0.3 s a page).
    const files = [...PARTIALS.map(([, file]) => file), `${name}.hbs`];
    const own =
      templateDir === TEMPLATE_DIR || files.some((f) => existsSync(join(templateDir, 'web', f)));
    page = own ? compile(name, templateDir) : compiledPage(name, TEMPLATE_DIR);
    compiled.set(key, page);
  }
  return page;
}

const PARTIALS = [
  ['layout', 'layout.hbs'],
  ['in-app', 'in-app.hbs'],
  ['results-form', 'results-form.hbs'],
] as const;

function compile(name: PageName, templateDir: string, pageDir = templateDir): Page {
  const partials = Object.fromEntries(PARTIALS.map(([p, file]) => [p, read(templateDir, file)]));
  return { page: hb.compile(read(pageDir, `${name}.hbs`), { strict: true }), partials };
}

/**
 * The error page `view` sets one page of (its flag true, `figures` maybe listed), in the
 * folder's own error.hbs when that says it: a campaign's own copy made before a page was added
 * (413 "quá dài", 415, the stopping page's figures: qa45) drew an empty page, or dropped the
 * figures typed. Whether it says it is read off what it draws: the same as with no page set (or
 * with no figures) means it has nothing for it, and the program's error.hbs is drawn instead,
 * within the folder's own layout.
 */
function errorPageHtml(view: Record<string, unknown>, templateDir: string): string {
  const own = renderPage('error', view, templateDir);
  if (templateDir === TEMPLATE_DIR || !existsSync(join(templateDir, 'web', 'error.hbs')))
    return own;
  const figures = Array.isArray(view.figures) && view.figures.length > 0;
  // Compared with the page one level down only: a template with a closed page but none for
  // a removed campaign (older than it) draws the same with `removed` off, so the built-in page
  // says the campaign was removed, not "đóng".
  const blank = figures
    ? { ...view, figures: [] }
    : view.removed
      ? { ...view, removed: false }
      : { ...view, ...ALL_PAGES_OFF(), figures: [] };
  if (own !== renderPage('error', blank, templateDir)) return own;
  const key = `${templateDir}\u0000built-in\u0000error`;
  let page = compiled.get(key);
  if (!page) {
    page = compile('error', templateDir, TEMPLATE_DIR);
    compiled.set(key, page);
  }
  return page.page(view, { partials: page.partials });
}

const STATUS_VIEW: Record<number, string> = {
  401: 'unauthorized',
  404: 'notFound',
  413: 'tooLarge',
  415: 'badForm',
  429: 'tooMany',
  500: 'failed',
};

const errorPages = new Map<string, string>();

/** Who a reader of an error page can ask: the issuing office, and its phone when the campaign gives one. */
export interface ErrorContact {
  /** "phường", "xã"…: the ward's word for itself (model/unit-term.ts), for "cán bộ văn hóa xã". */
  unit: string;
  /** The office that answers questions ("Phòng Văn hóa - Xã hội"), or empty. */
  office: string;
  /** The ward in running text ("phường Lê Chân"), or empty. */
  ward: string;
  /** The office's phone as printed ("0225 3 857 123"), or empty. */
  phone: string;
}

const NO_CONTACT: ErrorContact = { unit: 'phường', office: '', ward: '', phone: '' };

/**
 * The page of an error status: fixed per status and ward, so it tells nothing about the request.
 * A wrong link's page (404) says whom to ask: the office, by phone when it has one.
 */
export function errorPage(
  status: number,
  templateDir = TEMPLATE_DIR,
  contact: ErrorContact = NO_CONTACT,
  assets = '/assets/',
  /** A 429's wait in seconds (the Retry-After sent), said on the page; else "một phút". */
  wait?: number,
): string {
  const waitText =
    wait === undefined ? '' : wait < 60 ? `${wait} giây` : `${Math.ceil(wait / 60)} phút`;
  const cacheKey = [
    templateDir,
    assets,
    status,
    waitText,
    contact.unit,
    contact.office,
    contact.ward,
    contact.phone,
  ]
    .map(String)
    .join('\u0000');
  let page = errorPages.get(cacheKey);
  if (page === undefined) {
    const flags = ALL_PAGES_OFF();
    const key = STATUS_VIEW[status] ?? (status < 500 ? 'notFound' : 'failed');
    // "Công an xã Đông Hưng", not "Công an xã, xã Đông Hưng" (format.ts officeInText).
    const inText = contact.ward ? officeInText(contact.office, contact.ward) : contact.office;
    page = errorPageHtml(
      // No figures: only a form's own pages (closed, unlisted, stopping) list them.
      { assets, ...contact, officeInText: inText, waitText, ...flags, figures: [], [key]: true },
      templateDir,
    );
    errorPages.set(cacheKey, page);
  }
  return page;
}

/** The error page in the served ward's templates, its word for itself and its office. */
export function wardErrorPage(
  status: number,
  ward: Ward,
  assets = '/assets/',
  wait?: number,
): string {
  const { name, ward: inText, office, phone } = ward.campaign.issuer;
  return errorPage(
    status,
    ward.templateDir,
    {
      unit: unitTermOf(name, inText),
      office,
      ward: inText,
      phone,
    },
    assets,
    wait,
  );
}

/** Whom a closed or replaced link's page names: the ward's word for itself, its office, phone. */
function wardContact(ward: Ward) {
  const { name, ward: inText, office, phone } = ward.campaign.issuer;
  return {
    unit: unitTermOf(name, inText),
    office,
    ward: inText,
    phone,
    officeInText: inText ? officeInText(office, inText) : office,
  };
}

/** A figure a leader typed into a form that could not be saved: its measure's label and value. */
export interface TypedFigure {
  label: string;
  value: string;
}

/** Every page the error template draws: all false but the one a page sets. */
const ALL_PAGES_OFF = () =>
  Object.fromEntries(
    [...Object.values(STATUS_VIEW), 'closed', 'replaced', 'unlisted'].map((k) => [k, false]),
  );

/** One of the error template's 410 pages of `ward`, `page` set and its own `view`. */
function gonePage(
  ward: Ward,
  page: 'closed' | 'replaced' | 'unlisted',
  view: Record<string, unknown>,
  assets: string,
): string {
  return errorPageHtml(
    { assets, ...wardContact(ward), ...ALL_PAGES_OFF(), [page]: true, ...view },
    ward.templateDir ?? TEMPLATE_DIR,
  );
}

/**
 * The page of a campaign whose pages the office closed (410): when, whom to call, and the
 * figures of a form sent after the closing, which were not saved (qa12 Q19). Made per request:
 * it holds what the leader typed. `removed`: the office deleted the campaign (qa24 F4): the page
 * says it was removed, not closed. `elsewhere`: the group's other campaigns still open (qa47 m2).
 */
export function closedPage(
  ward: Ward,
  closedAt: string,
  figures: readonly TypedFigure[],
  assets = '/assets/',
  removed = false,
  elsewhere: readonly OpenElsewhere[] = [],
): string {
  return gonePage(
    ward,
    'closed',
    { removed, closedAt, campaignTitle: ward.campaign.title, figures, elsewhere },
    assets,
  );
}

/**
 * The "try again in a few minutes" page (503) of a figures form that arrived while the studio
 * stops (qa45): the figures typed, which were not saved, listed to be sent again or told to the
 * office, with its phone. Made per request: it holds what the leader typed.
 */
export function stoppingFormPage(
  ward: Ward,
  figures: readonly TypedFigure[],
  assets = '/assets/',
): string {
  return errorPageHtml(
    { assets, ...wardContact(ward), ...ALL_PAGES_OFF(), failed: true, figures },
    ward.templateDir ?? TEMPLATE_DIR,
  );
}

/**
 * The page of a group's link that the office replaced with a new one (410; the studio's "Cấp
 * đường dẫn mới", when the group's leader changed): it no longer opens the group's page, and says
 * whom to call for the new one. The figures the group reported stay with the group.
 */
export function replacedPage(ward: Ward, groupName: string, assets = '/assets/'): string {
  return gonePage(
    ward,
    'replaced',
    {
      groupName,
      groupLeader: groupOwnTerm(ward.campaign.issuer.group_term, groupName, ward.term).leader,
    },
    assets,
  );
}

/**
 * The page of a group the ward's list no longer has (a tổ merged into another, removed; 410,
 * qa26 F9), opened from its link or its figures form sent from a page open since the office's new
 * list came: the group left the list (since `since`, a time as the ward reads it, when known),
 * the figures typed (none for a visit) were not saved and are shown to be told to the office,
 * with the office's phone.
 */
export function unlistedPage(
  ward: Ward,
  groupName: string,
  since: string | undefined,
  figures: readonly TypedFigure[],
  assets = '/assets/',
  takesFigures = ward.campaign.measures.length > 0,
): string {
  const own = groupOwnTerm(ward.campaign.issuer.group_term, groupName, ward.term);
  return gonePage(
    ward,
    'unlisted',
    {
      groupName,
      groupShort: own.short,
      groupsWord: ward.term.group,
      since,
      figures,
      // A page that took no figures (a campaign without measures, qa49 m7; a server without a
      // store of figures): its leader is told where to get the papers, not whom to report to.
      takesFigures,
      campaignTitle: ward.campaign.title,
    },
    assets,
  );
}

/** Files served as they are under /assets/ (and copied into a static site's assets/). */
export const ASSETS: Record<string, string> = {
  'style.css': 'text/css; charset=utf-8',
  'share.js': 'text/javascript; charset=utf-8',
};

/**
 * An asset from `templateDir`'s web/ folder, or the tool's own when it has none. A script
 * (share.js) comes from a campaign's own folder only when `ownScripts` (the operator gave that
 * folder with `serve --templates`): the leaders' pages allow the server's own scripts ('self' in
 * their CSP), so a share.js arriving unseen with a copied folder or a backup would run on every
 * leader's phone. Otherwise the tool's own is served; the ward's warnings say so at load
 * (`refusedScriptWarnings`).
 */
export function readAsset(name: string, templateDir = TEMPLATE_DIR, ownScripts = false): Buffer {
  const file = join(templateDir, 'web', name);
  const own = existsSync(file) && (ownScripts || !isScriptAsset(name));
  return readFileSync(own ? file : join(TEMPLATE_DIR, 'web', name));
}

/** A campaign's own scripts that `readAsset` leaves unused, as warnings naming each file. */
export function refusedScriptWarnings(templateDir: string, ownScripts: boolean): UserError[] {
  if (ownScripts || templateDir === TEMPLATE_DIR) return [];
  return Object.keys(ASSETS)
    .filter((name) => isScriptAsset(name) && existsSync(join(templateDir, 'web', name)))
    .map(
      (name) =>
        new UserError(
          msg`the campaign folder holds templates/web/${name}: the program does not use it, the leaders' pages use the program's own script (a script in a campaign folder could run on every leader's phone)`,
          { file: join(templateDir, 'web', name) },
          msg`If the office wrote this script, run serve with --templates naming the folder that holds it.`,
        ),
    );
}

/** Whether an asset is a script the leaders' pages run. */
export const isScriptAsset = (name: string): boolean => name.endsWith('.js');
