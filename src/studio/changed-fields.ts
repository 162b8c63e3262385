/**
 * Which of the campaign's fields a correction changed, in words a leader understands (qa49 M3):
 * "số điện thoại cần biết", "nội dung thông báo". The record of the links handed out keeps each
 * field's digest (publications.ts `Sent.fields`, no text); the leader's page and the office's
 * message name the fields whose digest differs now. Before, every correction of the day read
 * "tài liệu đã được sửa", and a leader could not tell a hotline fix from a new time.
 */
import { createHash } from 'node:crypto';
import { FIELDS, fieldName, fieldOf } from './campaign-fields.js';
import { campaignForm } from './campaign-file.js';

/** A field's value as a short digest (the record keeps no text of the campaign). */
const digest = (v: string) =>
  createHash('sha256').update(v.replace(/\r\n?/g, '\n').trim()).digest('base64url').slice(0, 16);

/** Each field of the campaign text's form, as its digest. */
export function fieldDigests(text: string): Record<string, string> {
  return Object.fromEntries(Object.entries(campaignForm(text)).map(([k, v]) => [k, digest(v)]));
}

/** The words a leader reads for a field, where the form's label is the office's. */
const LEADER_WORDS: Record<string, string> = {
  'notice.body': 'nội dung thông báo',
  hotlines: 'số điện thoại cần biết',
  when: 'thời gian',
  where: 'địa điểm',
  deadline: 'thời hạn',
  steps: 'các việc cần làm',
  bring: 'đồ cần mang theo',
  points: 'điều cần biết',
  title: 'tên chiến dịch',
  'notice.number': 'số văn bản',
  issued: 'ngày ban hành',
  'contest.starts': 'ngày bắt đầu cuộc thi',
  'contest.ends': 'ngày kết thúc cuộc thi',
};

/** The fields changed since `then` (digests), in the form's order, as the form names them. */
export function changedFieldKeys(then: Record<string, string>, text: string): string[] {
  const now = fieldDigests(text);
  return FIELDS.map(fieldName).filter((key) => key in then && then[key] !== now[key]);
}

/** The fields changed since `then` (digests), in the form's order, as a leader reads them. */
export function changedFieldWords(then: Record<string, string>, text: string): string[] {
  return changedFieldKeys(then, text)
    .map((key) => LEADER_WORDS[key] ?? `mục “${fieldOf(key)?.label ?? key}”`)
    .filter((w, i, all) => all.indexOf(w) === i);
}
