/**
 * Serve stage: the data the web pages show, shared by the server and the static site so both
 * give the same pages. In: the library (ward, labels, rendered files) and where the links point.
 * Out: the views of templates/web/leader.hbs and admin.hbs.
 */
import QRCode from 'qrcode';
import { outputFileName } from '../kinds/render.js';
import { withoutMarks } from '../model/format.js';
import { type DocumentLibrary, GROUP_ZIP, pagePreviewName } from './library.js';

/** "91 KB", "1,2 MB": sizes as a Vietnamese reader writes them (decimal comma). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

export interface LeaderLinks {
  /** Prefix of the group's files: "/g/<token>/" on the server, "" in a static site. */
  files: string;
  /** Where style.css is. */
  assets: string;
  /**
   * The query that asks for a file inline ("?view" on the server); a static site has none (its
   * host serves PDFs and images without `attachment`, so a browser shows them).
   */
  viewQuery: string;
  /** Opened inside Zalo's or Facebook's own browser (from the User-Agent): the page says how to leave it. */
  inApp?: boolean;
}

/** Zalo's and Facebook's in-app browsers name themselves in the User-Agent. */
export function isInAppBrowser(userAgent: string | undefined): boolean {
  return /\bZalo\b|FBAN|FBAV|FB_IAB/i.test(userAgent ?? '');
}

export async function leaderView(lib: DocumentLibrary, groupId: string, links: LeaderLinks) {
  const ctx = lib.ward.contextOf(groupId);
  const labels = lib.labelsOf(groupId);
  const docs = await lib.documents(groupId);
  const zip = await lib.file(groupId, GROUP_ZIP);
  return {
    assets: links.assets,
    inApp: links.inApp ?? false,
    // Only what the page prints: the context also carries the roster, which stays in its PDF.
    doc: {
      group: { id: ctx.group.id, name: ctx.group.name },
      issuer: ctx.issuer,
      contest: ctx.contest,
      contestDates: ctx.contestDates,
      app: ctx.app,
      title: ctx.title,
      subject: ctx.notice.subject,
    },
    documents: docs.map(({ output, file }) => ({
      title: labels.title(output),
      note: labels.note(output),
      href: `${links.files}${outputFileName(output)}`,
      view: `${links.files}${outputFileName(output)}${links.viewQuery}`,
      share: output.kind.ext === 'png',
      downloadName: file.downloadName,
      type: (output.kind.ext ?? 'pdf').toUpperCase(),
      image: output.kind.ext === 'png',
      pages: file.pages,
      size: formatSize(file.bytes.length),
      preview: `${links.files}${pagePreviewName(output)}`,
    })),
    // The participation form: the server fills it in (results-form.ts); a static site has none.
    results: null,
    zip: {
      href: `${links.files}${GROUP_ZIP}`,
      downloadName: zip?.downloadName ?? GROUP_ZIP,
      size: formatSize(zip?.bytes.length ?? 0),
    },
  };
}

export interface GroupLink {
  id: string;
  name: string;
  /** The full link sent to the leader, or the site-relative one when no base URL is known. */
  url: string;
  /** Where the admin page's anchor points. */
  href: string;
}

/** An SVG QR code of `url` as a data: URI (the CSP allows data: images, not inline scripts). */
export async function qrDataUri(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** "Tổ Dân Phố" → "to dan pho": a search matches with or without diacritics, in any case. */
export const folded = (s: string) =>
  withoutMarks(s.normalize('NFC')).toLocaleLowerCase('vi').trim();

export async function adminView(
  lib: DocumentLibrary,
  opts: {
    links: GroupLink[];
    wardZip: string;
    linksCsv: string | null;
    assets: string;
    qr: boolean;
    /** The search box (server only: a static page has nobody to answer `?q=`). */
    search?: { query: string };
    /** The ward's figures page, when the server keeps figures (results-admin.ts). */
    results?: string;
  },
) {
  const { issuer } = lib.ward.campaign;
  const leaders = new Map(lib.ward.groups.map((g) => [g.id, g.leader ?? '']));
  const words = folded(opts.search?.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const shown = opts.links
    .map((l) => ({ ...l, leader: leaders.get(l.id) ?? '' }))
    .filter((l) => {
      const text = folded(`${l.name} ${l.id} ${l.leader}`);
      return words.every((w) => text.includes(w));
    });
  return {
    assets: opts.assets,
    ward: issuer.ward,
    office: issuer.office,
    wardZip: opts.wardZip,
    linksCsv: opts.linksCsv,
    hasQr: opts.qr,
    search: opts.search ?? null,
    results: opts.results ?? null,
    total: opts.links.length,
    groups: await Promise.all(
      shown.map(async (l) => ({ ...l, qr: opts.qr ? await qrDataUri(l.url) : null })),
    ),
  };
}
