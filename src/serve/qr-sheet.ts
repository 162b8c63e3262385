/**
 * Serve stage: the office's sheet of the leaders' links (drawn by kinds/qr-sheet.ts, made a PDF
 * by output/qr-sheet.ts in the renderer's threads): its names, and the ward's cards from the
 * groups' public links. Only for public links (the caller withholds it without --base-url: a
 * code of 127.0.0.1 opens nothing on a leader's phone).
 */

import { type GroupTerm, groupOwnTerm } from '../model/group-term.js';
import type { DocumentLibrary } from './library.js';
import type { GroupLink } from './views.js';

/** Its URL name (on /admin and in a static site's office folder), and its download name. */
export const QR_SHEET = 'qr.pdf';
/** "Mã QR các tổ dân phố.pdf", "Mã QR các khu phố.pdf": in the ward's own word. */
export const qrSheetName = (term: GroupTerm) => `Mã QR ${term.groups}.pdf`;

/**
 * The sheet of the ward's links (public ones: the caller checks), with each group's leader. Drawn
 * by the library's renderer: a ward's thousands of codes take a second, which the event loop
 * would otherwise spend not answering the leaders' downloads.
 */
export async function wardQrSheet(
  lib: DocumentLibrary,
  links: readonly (GroupLink & { leader: string })[],
): Promise<Uint8Array> {
  const { issuer } = lib.ward.campaign;
  const sheet = await lib.renderQrSheet({
    // Each card calls the group's head by the group's own word ("Plei Ơi — Trưởng plei: …" in a
    // commune of buôn: qa11 Q8), as its tracking sheet and leader page do.
    cards: links.map((l) => ({
      name: l.name,
      leader: l.leader,
      Leader: groupOwnTerm(issuer.group_term, l.name, lib.ward.term).Leader,
      url: l.url,
    })),
    created: lib.ward.created,
    ward: issuer.ward,
    office: issuer.office,
    term: lib.ward.term,
  });
  return sheet.bytes;
}

/**
 * The last few sheets drawn, by ward and links: a second click (or a reader who gave up and
 * asked again) gets the sheet being drawn, not a second minute of drawing. A reloaded ward is
 * another library: its sheets are drawn anew, and the old ward's are not kept.
 */
export class QrSheets {
  private recent: { lib: DocumentLibrary; key: string; pdf: Promise<Uint8Array> }[] = [];

  get(lib: DocumentLibrary, links: readonly (GroupLink & { leader: string })[]) {
    const key = JSON.stringify(links.map((l) => [l.name, l.leader, l.url]));
    // A reloaded ward is another library: the sheets of the one it replaced are let go.
    this.recent = this.recent.filter((s) => s.lib === lib);
    const hit = this.recent.find((s) => s.key === key);
    if (hit) return hit.pdf;
    const pdf = wardQrSheet(lib, links);
    this.recent.unshift({ lib, key, pdf });
    this.recent.length = Math.min(this.recent.length, 3);
    // A failed drawing is not kept: the next click tries again.
    pdf.catch(() => {
      const i = this.recent.findIndex((s) => s.pdf === pdf);
      if (i >= 0) this.recent.splice(i, 1);
    });
    return pdf;
  }
}
