/**
 * What makes the notice's text differ from group to group, read from the campaign's own texts:
 * the group fields its recipients, body or cc print whose cells are not the same for every group.
 * The ward's bản gốc (output/original.ts) is the first group's notice without its "Bản gửi" mark,
 * so a body printing each group's "Giờ tập trung" and "Điểm tập trung" gives the copy the văn thư
 * registers and signs the first group's hour and place as if they were the ward's (qa51 M1). The
 * build says it once it has drawn the copies; the studio's Nội dung and print tabs say it before
 * any build, from the saved text and the list (studio/campaign-file.ts), in the same words.
 */

import type { Campaign } from '../load/campaign.js';
import type { Field } from '../load/groups/columns.js';
import type { Group } from '../load/types.js';
import { joined, type Message, msg, type Value } from '../messages/message.js';
import { groupFieldUses } from '../template/check.js';
import { cellOf } from './empty-cells.js';
import { campaignTemplates } from './template-checks.js';

/** The notice's fields whose text a group's copy may have of its own, in the notice's order. */
export const OWN_TEXT_FIELDS = ['notice.recipients', 'notice.body', 'notice.cc'] as const;
export type OwnTextField = (typeof OWN_TEXT_FIELDS)[number];

/** Whether the groups' cells of the field `name` are not all the same. */
const differs = (groups: readonly Group[], name: string): boolean =>
  new Set(groups.map((g) => String(cellOf(g, name) ?? ''))).size > 1;

/**
 * The group fields `field`'s text prints whose cells differ between `groups` (a column every
 * group has the same in prints one text), each once, in the text's order.
 */
export function perGroupFields(
  campaign: Campaign,
  field: OwnTextField,
  groups: readonly Group[],
): string[] {
  const [section] = field.split('.').slice(1);
  const texts = campaignTemplates(
    (campaign.notice as Record<string, unknown> | undefined)?.[section ?? ''],
    [field],
  );
  const names = new Set<string>();
  for (const { text } of texts)
    for (const use of groupFieldUses(text))
      if (use.printed && differs(groups, use.name)) names.add(use.name);
  return [...names];
}

/** The list's own fields said in words (a column of its own is said by its header, if known). */
const OWN_FIELD_WORDS: Partial<Record<Field, Message>> = {
  name: msg`name`,
  id: msg`id`,
  leader: msg`leader's name`,
  phone: msg`phone number`,
  venue: msg`venue`,
};

/**
 * "tên, cột “Giờ tập trung”, “Điểm tập trung”": the fields said as the list names them (a
 * column by its header as written in the file; the list's own fields by `headers`, else in words).
 */
export function perGroupSaid(
  names: readonly string[],
  headers: Partial<Record<Field, string>> = {},
): Message {
  const words: Value[] = [];
  const columns: Value[] = [];
  for (const name of names) {
    const header = name === 'name' || name === 'id' ? undefined : headers[name as Field];
    const word = OWN_FIELD_WORDS[name as Field];
    if (word && header === undefined) words.push(word);
    else columns.push(`“${header ?? name}”`);
  }
  return joined(
    [...words, ...(columns.length ? [msg`the columns ${joined(columns, ', ')}`] : [])],
    ', ',
  );
}

/** The warning's text: what the text prints per group, and whose text the bản gốc is. */
export function ownTextMessage(what: Message, copy: Value, first: string): Message {
  return msg`the notice's text differs from group to group (it prints each group's ${what}): ${copy}, the copy without "Bản gửi" to register, sign and keep, is the text sent to ${first}, not one text for every group`;
}

/** What to do: one text for the document under one number. */
export function ownTextHint(what: Message): Message {
  return msg`A document under one number has one text: write ${what} of every group as a list in the text (or an annex), or write it for all ("theo lịch của từng tổ") and leave each group's own to its flyer and leader page; or register each group's copy as its own document.`;
}

const OWN_TEXT_KEY = ownTextMessage(joined([], ''), '', '').key;

/** Whether `w` says that the notice's text differs by group (the bản gốc is one group's). */
export const isOwnTextWarning = (w: { text: Message }): boolean => w.text.key === OWN_TEXT_KEY;

/**
 * The list's columns "Thời gian" and "Địa điểm" print per group (the flyer's, the checklist's,
 * the leader page's) while the notice's body prints none of them: one group's notice and flyer
 * then disagree, its body's one hour for the whole ward against its own (qa51 m4). Undefined when
 * the body prints one of them, or they are the same for every group.
 */
export function unsaidOwnTime(campaign: Campaign, groups: readonly Group[]): Message | undefined {
  const body = campaign.notice?.body;
  if (!body || groups.length < 2) return undefined;
  const own = new Set<string>();
  for (const text of [campaign.when, campaign.where])
    if (typeof text === 'string')
      for (const use of groupFieldUses(text))
        if (use.printed && differs(groups, use.name)) own.add(use.name);
  if (own.size === 0) return undefined;
  if (groupFieldUses(body).some((use) => own.has(use.name))) return undefined;
  // A body that sends each group to its own schedule ("theo lịch của từng tổ", "theo tờ rơi"),
  // as the hint below and the bản gốc's say to write, is the ward's text on purpose; not any
  // "tờ rơi" ("Tổ trưởng phát tờ rơi đến từng hộ" sends nobody to a schedule, review52 #7).
  if (/theo lịch|(?:theo|trên|ghi ở|ghi trong|xem) tờ rơi/iu.test(body)) return undefined;
  return msg`the notice's text does not say each group's own ${perGroupSaid([...own])}, which "Thời gian" and "Địa điểm" print on its flyer, checklist and leader page`;
}

/** What to do about it. */
export const UNSAID_OWN_TIME_HINT = msg`Put those columns in the text ("Chèn cột danh sách" under "Nội dung"), or write that each group gathers as its flyer says.`;
