/**
 * Model stage: which of the campaign's links a step (an action) asks the resident to open, so
 * the checklist prints that link's code beside the step, as it prints the contest's page at step
 * 1, and not under "Cần hỗ trợ?" where a reader takes a registration form for a help line (qa20
 * #8: "Đăng ký học qua biểu mẫu (quét mã QR)…" with the form's code among the help codes).
 *
 * A step names a link when
 * 1. it says the link's label or address ("Điền **Biểu mẫu đăng ký học**", "forms.gle/…",
 *    "{{links.dangky.url}}"), letter case, spacing and punctuation aside, or the link's name (its
 *    key under `links`, the first part of the studio's "Đăng ký học | https://… | Đăng ký học
 *    (biểu mẫu)" line, qa23 #5) when that name is two words or more: a one-word name ("web",
 *    "zalo", "dangky", the studio's "link1") is an id, and "Nhắn tin qua Zalo cho tổ trưởng" does
 *    not ask for the link named "zalo"; or
 * 2. it is the only step that says to scan a code ("quét mã", "mã QR") without naming a link so,
 *    and exactly one link is left that no step names, that is not the contest's page (printed at
 *    step 1 already) and whose label is not about help ("hỗ trợ", "hướng dẫn", "hỏi đáp", "giải
 *    đáp", "liên hệ", "tư vấn"): the code the step means can be no other. The step that installs
 *    the app is left out of this: its codes are the stores'; so is a contest's campaign, whose
 *    scanning step means the contest's page; or
 * 3. it says "nhóm Zalo", the only step that does, and one Zalo group's link (zalo.me/g/) is left
 *    that no step names (zaloGroupStep, checked before 2).
 * Each link goes to one step (the first naming it), at most two links a step (the checklist's
 * row of codes beside a step holds two); the others stay with the support codes.
 */
import type { Campaign } from '../load/campaign.js';

export interface StepLink {
  /** The step's index among the actions (0-based). */
  step: number;
  /** The link's key under `links` ("dangky"). */
  key: string;
  url: string;
  label: string;
}

/** The links a step can hold beside it. */
const PER_STEP = 2;

const HELP = /(?<!\p{L})(?:hỗ trợ|hướng dẫn|hỏi đáp|giải đáp|liên hệ|tư vấn)(?!\p{L})/iu;
const SCAN = /(?<!\p{L})(?:quét\s+mã|mã\s+qr)(?!\p{L})/iu;

/** Letters and digits only, one space between words, small letters: what a match compares. */
function words(text: string): string {
  return ` ${text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** A link's name as a step may say it: two words or more, else '' (an id, see above). */
function nameWords(key: string): string {
  const said = words(key);
  return said.trim().includes(' ') ? said : '';
}

/** An address as a step may write it: without its scheme, "www." or final "/". */
function bareUrl(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const ZALO_GROUP_STEP = / nhóm zalo /;
const ZALO_GROUP_URL = /^(?:https?:\/\/)?(?:www\.)?zalo\.me\/g\//i;

/**
 * 3. A step that says "nhóm Zalo" ("Vào nhóm Zalo của lớp để nhận thông báo") means the one
 * Zalo group's link (a zalo.me/g/ address) no step names by its label (qa53 m2: the class's
 * group code went under "Cần hỗ trợ?"): only when one step says so and one such link is left.
 * Before rule 2, whose scanning step means a link of any kind.
 */
function zaloGroupStep(
  actions: readonly { step: string }[],
  links: readonly [string, { url: string; label: string }][],
  placed: Map<string, number>,
  count: (step: number) => number,
): void {
  const steps = actions.flatMap((a, step) => (ZALO_GROUP_STEP.test(words(a.step)) ? [step] : []));
  const groups = links.filter(([key, l]) => !placed.has(key) && ZALO_GROUP_URL.test(l.url.trim()));
  const [step] = steps;
  const [only] = groups;
  if (
    steps.length === 1 &&
    groups.length === 1 &&
    step !== undefined &&
    only &&
    count(step) < PER_STEP
  )
    placed.set(only[0], step);
}

/** The links each step names, in the steps' order (see above). */
export function stepLinksOf(
  campaign: Pick<Campaign, 'actions' | 'links' | 'contest'>,
  appStep: number | null,
): StepLink[] {
  const actions = campaign.actions ?? [];
  const links = Object.entries(campaign.links ?? {}).filter(
    ([key]) => !(key === 'contest' && campaign.contest),
  );
  const placed = new Map<string, number>();
  const count = (step: number) => [...placed.values()].filter((s) => s === step).length;
  // 1. By label or address.
  actions.forEach((action, step) => {
    const said = words(action.step);
    const text = action.step.toLowerCase();
    for (const [key, link] of links) {
      if (placed.has(key) || count(step) >= PER_STEP) continue;
      const label = words(link.label);
      const name = nameWords(key);
      const byLabel =
        (label.trim() !== '' && said.includes(label)) || (name !== '' && said.includes(name));
      const url = bareUrl(link.url);
      // The step's text is a template: "{{links.dangky.url}}" prints the address.
      const byName = text.includes(`links.${key.toLowerCase()}.`);
      if (byLabel || byName || (url !== '' && text.includes(url))) placed.set(key, step);
    }
  });
  // 3. "Nhóm Zalo" in one step, one Zalo group's link (below).
  zaloGroupStep(actions, links, placed, count);
  // 2. "Quét mã QR" in one step, one link it can mean.
  const scanning = actions.flatMap((action, step) =>
    step !== appStep && SCAN.test(action.step) && count(step) === 0 ? [step] : [],
  );
  const left = links.filter(([key, link]) => !placed.has(key) && !HELP.test(link.label));
  const [only] = left;
  // A contest's "quét mã QR" step means its page, printed at step 1 already (review: a Zalo
  // group's code was set under "Quét mã QR để vào trang cuộc thi").
  if (!campaign.contest && scanning.length === 1 && left.length === 1 && only)
    placed.set(only[0], scanning[0] ?? 0);
  return [...placed.entries()]
    .map(([key, step]) => {
      const link = campaign.links?.[key];
      return { step, key, url: link?.url ?? '', label: link?.label ?? '' };
    })
    .sort((a, b) => a.step - b.step);
}
