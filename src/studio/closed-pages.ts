/**
 * Studio: what a leader reaches when the office has closed the campaign's pages (qa12 Q19). The
 * link is right and the pages are closed on purpose (the campaign is over, or paused): the page
 * says so, when, and whom to call (410 Gone), not "the link is broken" (a 404 sends the leader
 * to ask for a new link). A figures form sent after the closing says its figures were not saved
 * and shows them, to be copied, photographed or sent by Zalo.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Measure } from '../results/figures.js';
import { readMeasureFigure } from '../results/measure-figure.js';
import { BARE_SECURITY_HEADERS } from '../serve/app.js';
import { closedPage, stoppingFormPage, type TypedFigure } from '../serve/html.js';
import type { OpenElsewhere } from '../serve/open-elsewhere.js';
import { fieldOf, savedFigure, shownFieldOf } from '../serve/results-form.js';
import { groupToken, NO_RENEWALS, type RenewedLinks } from '../serve/tokens.js';
import type { Ward } from '../serve/ward.js';
import { wardTime } from './build-files.js';

/** A figures form is a few fields: more than this is no form of ours, and is not read. */
const MAX_FORM_BYTES = 64 * 1024;

/** The id of the ward's group whose page `path` is, as the closed publication made them. */
export function groupOfPath(
  path: string,
  ward: Ward,
  secret: string,
  renewed: RenewedLinks = NO_RENEWALS,
): string | undefined {
  const token = /^\/g\/([^/?#]+)/.exec(path)?.[1];
  if (token === undefined) return undefined;
  return ward.groups.find((g) => groupToken(secret, g.id, renewed.get(g.id) ?? 0) === token)?.id;
}

/**
 * What a box holds, as the pages write a figure: "6.000.000 đồng", "1.234" (dots grouping
 * thousands, model/format.ts); the text as typed when it is no figure ("khoảng 30").
 */
function figureSaid(text: string, m: Measure): string {
  const { figure } = readMeasureFigure(text, m);
  return 'value' in figure ? savedFigure(m, figure.value) : text;
}

/** Whether two boxes' texts are the same figure ("5000000" and "5.000.000"), or the same text. */
function sameFigure(a: string, b: string, m: Measure): boolean {
  if (a === b) return true;
  const [x, y] = [readMeasureFigure(a, m).figure, readMeasureFigure(b, m).figure];
  return 'value' in x && 'value' in y && x.value === y.value;
}

/**
 * The figures a posted form holds, each with its measure's label, in the campaign's order: only
 * the boxes the leader changed, those holding what the page showed in them (its hidden
 * `shownFieldOf`) are no figure "vừa ghi" (qa43 minor 12). A form of a page made before that
 * field existed lists every box, as before.
 */
function typedFigures(body: string, ward: Ward): TypedFigure[] {
  const form = new URLSearchParams(body);
  return ward.campaign.measures.flatMap((m) => {
    const value = form.get(fieldOf(m))?.trim();
    if (!value) return [];
    const shown = form.get(shownFieldOf(m))?.trim();
    if (shown !== undefined && sameFigure(value, shown, m)) return [];
    return [{ label: m.label, value: figureSaid(value, m) }];
  });
}

/** The body of a POST, up to MAX_FORM_BYTES (empty beyond: a closed page then, no figures). */
function formBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FORM_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size <= MAX_FORM_BYTES ? Buffer.concat(chunks).toString('utf8') : ''),
    );
    req.on('error', () => resolve(''));
  });
}

/**
 * Answers a leader's request to a closed campaign (`removed`: a deleted one): the closed page,
 * with the figures posted, and the group's other campaigns still open (`elsewhere`).
 */
export async function answerClosed(
  req: IncomingMessage,
  res: ServerResponse,
  ward: Ward,
  closedAt: Date,
  assets: string,
  removed = false,
  elsewhere: readonly OpenElsewhere[] = [],
): Promise<void> {
  const posted = req.method === 'POST' ? typedFigures(await formBody(req), ward) : [];
  if (res.headersSent) return;
  res.writeHead(410, {
    ...BARE_SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(closedPage(ward, wardTime(closedAt.getTime()), posted, assets, removed, elsewhere));
}

/**
 * Answers a leader's figures form that arrived while the studio stops (qa45): nothing saved,
 * the ward's "try again" page (503) listing the figures typed, so that nothing typed is lost.
 */
export async function answerStoppingForm(
  req: IncomingMessage,
  res: ServerResponse,
  ward: Ward,
  assets: string,
): Promise<void> {
  const posted = typedFigures(await formBody(req), ward);
  if (res.headersSent) return;
  res.writeHead(503, {
    ...BARE_SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(stoppingFormPage(ward, posted, assets));
}
