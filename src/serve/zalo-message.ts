/**
 * Serve stage: the message a leader forwards to the group's Zalo chat (the leader page's "Tin
 * nhắn gửi nhóm Zalo", qa21 finding 5). In: the group's flyer as its template words it (the
 * sections the flyer prints, so the message says what the papers say, not a retyped copy), the
 * campaign's links and the group's own (own-links.ts). Out: plain text, one line a part: the
 * flyer's kicker and title, the group's time and place, what to do (numbered, the first few when
 * there are many), what to bring, the app's store links and every link, the numbers to call, the
 * flyer's foot (a contest's support phone), and always last the office, its ward and its phone. Not the flyer's "Cần hỏi thêm? Liên hệ tổ trưởng …": the leader sends the
 * message, and residents answer the leader in the chat (qa21).
 */

import { qrCodes } from '../kinds/qr-section.js';
import { findKind } from '../kinds/registry.js';
import { renderSections } from '../kinds/render.js';
import { msg, say } from '../messages/message.js';
import type { DocContext } from '../model/context.js';
import { upperFirst } from '../model/format.js';
import { plainText } from '../template/blocks.js';
import type { Sections } from '../template/sections.js';
import { eachPageOnce, type LabelledLink } from './own-links.js';

/** Steps a message lists whole; more are cut to the first STEPS_KEPT and a line saying how many more. */
const STEPS_WHOLE = 6;
const STEPS_KEPT = 5;

/** The plain lines of a flyer section ('' lines dropped; none when the template lacks it). */
function linesOf(sections: Sections, name: string): string[] {
  if (!sections.has(name)) return [];
  return sections
    .lines(name)
    .map((runs) => plainText(runs).replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/**
 * The flyer's "scan the QR code" said for a message, which is text on the phone that would have
 * to scan it (qa25c F4): a step's "Quét mã QR bên dưới để vào trang cuộc thi" becomes "Bấm vào
 * đường dẫn bên dưới để vào trang cuộc thi" (its links follow the steps), and a code's caption
 * "Quét mã QR để vào Trang cuộc thi" the link's label, "Trang cuộc thi".
 */
const SCAN = /(quét) mã(?: QR)?(?: (?:bên dưới|dưới đây|ở dưới|bằng điện thoại))*/giu;
export function asTextStep(step: string): string {
  return step.replace(SCAN, (_m, verb: string) =>
    verb.startsWith('Q') ? 'Bấm vào đường dẫn bên dưới' : 'bấm vào đường dẫn bên dưới',
  );
}
/** A code's caption as its link's label: what the code opens, without "Quét mã QR để vào". */
export function asLinkLabel(caption: string): string {
  const label = caption.replace(
    /^quét mã(?: QR)?(?: bằng điện thoại)?(?: để)?(?: (?:vào|mở))?\s*/iu,
    '',
  );
  return label === caption ? caption : upperFirst(label);
}

/** A heading as the message's line before its list: "Cần mang theo:". */
const withColon = (heading: readonly string[]) =>
  heading.map((h) => (/[:?]$/.test(h) ? h : `${h}:`));

/**
 * The group's message, from its flyer's sections; `links` the campaign's and the group's own
 * (headingOf's), added after the flyer's codes, each page once.
 */
export function zaloMessage(
  ctx: DocContext,
  links: readonly LabelledLink[],
  templateDir?: string,
): string {
  const flyer = findKind('flyer');
  if (!flyer) return '';
  const sections = renderSections(flyer, ctx, templateDir);
  const out: string[] = [];
  out.push(...linesOf(sections, 'kicker'), ...linesOf(sections, 'title'));
  // A contest's dates; any other campaign's is its subject, which the notice prints whole.
  if (ctx.contest) out.push(...linesOf(sections, 'dates'));
  out.push(...linesOf(sections, 'event'));
  // The points to know (qa56 M6), numbered as the flyer prints them, before what to do.
  const points = linesOf(sections, 'points');
  if (points.length > 0) {
    out.push(...withColon(linesOf(sections, 'points-heading')));
    points.forEach((point, i) => {
      out.push(`${i + 1}. ${point}`);
    });
  }
  const steps = linesOf(sections, 'steps').map(asTextStep);
  if (steps.length > 0) {
    out.push(...linesOf(sections, 'steps-heading'));
    const kept = steps.length > STEPS_WHOLE ? steps.slice(0, STEPS_KEPT) : steps;
    kept.forEach((step, i) => {
      out.push(`${i + 1}. ${step}`);
    });
    if (kept.length < steps.length)
      out.push(say(msg`… and ${steps.length - kept.length} more: see the flyer`, 'vi'));
  }
  const payment = linesOf(sections, 'payment');
  if (payment.length > 0) {
    out.push(...withColon(linesOf(sections, 'payment-heading')));
    for (const line of payment) out.push(`- ${line}`);
  }
  const bring = linesOf(sections, 'bring');
  if (bring.length > 0) {
    out.push(...withColon(linesOf(sections, 'bring-heading')));
    for (const item of bring) out.push(`- ${item}`);
  }
  // The flyer's codes (an app's stores, a contest's page, the campaign's links) by their
  // captions, then the campaign's other links and the group's own.
  const codes = qrCodes(sections).map((c) => ({
    label: asLinkLabel(c.caption.map(plainText).join(' ').trim()),
    url: c.url,
  }));
  for (const l of eachPageOnce([...codes, ...appLinks(ctx), ...links]))
    out.push(l.label ? `${l.label}: ${l.url}` : l.url);
  const hotlines = linesOf(sections, 'hotlines');
  if (hotlines.length > 0) {
    out.push(...withColon(linesOf(sections, 'hotlines-heading')));
    for (const line of hotlines) out.push(`- ${line}`);
  }
  const support = linesOf(sections, 'support').join(' ');
  const phone = linesOf(sections, 'support-phone').join(' ');
  if (support && phone)
    out.push(
      support.endsWith(':') ? `${support} ${phone}` : say(msg`${support}, phone ${phone}`, 'vi'),
    );
  else if (support || phone) out.push(support || phone);
  // Who sends it, whatever the flyer's foot says: a contest's flyer names its technical support
  // instead, and a message with links from nobody is what anti-scam campaigns say not to tap
  // (qa48 M2). Not twice: the flyer's own office line is the same line.
  const office = officeLine(ctx);
  if (out.at(-1) !== office) out.push(office);
  return out.join('\n');
}

/**
 * The app's store links, named for the app ("Tải Smart Hải Phòng cho Android: https://…"): a
 * contest's flyer prints only the contest's code, and a resident reading the message on the
 * phone that would install the app has no code to scan (qa48 M2). A campaign without a contest
 * has them among its flyer's codes already, captioned the same (eachPageOnce keeps the first).
 */
function appLinks(ctx: DocContext): LabelledLink[] {
  const { app } = ctx;
  if (!app) return [];
  return [app.ios, app.android].map((store) => ({
    label: say(msg`Download ${app.name} for ${store.label}`, 'vi'),
    url: store.url,
  }));
}

/** "Liên hệ: Phòng Văn hoá - Xã hội, phường Lê Chân, ĐT: 0225 3 857 123": the ward's office. */
function officeLine(ctx: DocContext): string {
  // A phone among the hotlines is in the message already, as on the paper (officePhone '').
  return ctx.officePhone
    ? say(msg`Contact: ${ctx.officeInText}, phone ${ctx.officePhone}`, 'vi')
    : say(msg`Contact: ${ctx.officeInText}`, 'vi');
}
