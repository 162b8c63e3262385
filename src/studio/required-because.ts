/**
 * Studio: why a field left empty must be filled, when only another field makes it required
 * (qa17: "Không được để trống" beside "Địa chỉ trên App Store" once "Tên ứng dụng" was filled,
 * with no word of why, nor that the app's part may be left empty instead). The schema requires
 * these fields only inside a part the campaign may lack: the contest's and the app's parts of
 * the form, and each line of the one-a-line fields (a link's address and caption, an action's
 * step, a measure's name). The others say why themselves: a công văn's "Kính gửi" and a contest's
 * page (load/campaign-checks.ts), a prize's name or what it is (campaign-fields.ts).
 */
import type { UserError } from '../errors.js';
import { msg } from '../messages/message.js';
import {
  clean,
  type FieldDef,
  fieldName,
  fieldOf,
  keyFromLabel,
  nonEmptyLines,
  readLinkLine,
  SECTIONS,
} from './campaign-fields.js';

/** The loader's words for a required value left empty or out (load/campaign-errors.ts). */
const EMPTY = new Set([
  msg`${''} is empty`.key,
  msg`${''} is empty: it must be filled in`.key,
  msg`the required field "${''}" is missing from ${''}`.key,
]);

/**
 * The sentence said beside the field in place of "Không được để trống", when `e` is a value
 * left empty that only another field of the form (`form`, as posted) requires.
 */
export function requiredBecause(e: UserError, form: Record<string, string>): string | undefined {
  if (!EMPTY.has(e.text.key) || !e.where.field) return undefined;
  return inLine(e.where.field, form) ?? inPart(e.where.field, form);
}

/** A field of the contest's or the app's part: required because another of the part is filled. */
function inPart(path: string, form: Record<string, string>): string | undefined {
  const field = fieldOf(path);
  if (!field || fieldName(field) !== path) return undefined;
  const part = SECTIONS.find((s) => s.optionalKey && s.fields.includes(field));
  const filled = part?.fields.find(
    (d: FieldDef) => d !== field && clean(form[fieldName(d)] ?? '') !== '',
  );
  if (!part || !filled) return undefined;
  // The part's own help says how to go without it ("Để trống cả phần này nếu …").
  return `Cần điền vì đã ghi “${filled.label}”. ${part.help ?? ''}`.trim();
}

/** A part of one line of a one-a-line field: required because the line has the rest. */
function inLine(path: string, form: Record<string, string>): string | undefined {
  const [name, key, part] = path.split('.');
  const lines = nonEmptyLines(form[name ?? ''] ?? '');
  if (name === 'links' && key !== undefined) {
    // The line of the link: the one naming its key ("zalo | … | …"), or whose caption makes it;
    // else, for a missing address, the one line without one.
    const read = lines.map(readLinkLine);
    let i = read.findIndex(
      (l, n) => (l.key !== undefined ? l.key || `link${n + 1}` : keyFromLabel(l.label, n)) === key,
    );
    const noUrl = read.flatMap((l, n) => (l.key === undefined && l.url === '' ? [n] : []));
    if (i < 0 && part === 'url' && noUrl.length === 1) i = noUrl[0] ?? -1;
    if (i < 0) return undefined;
    // A line with no name of its own is said by its number alone (its key, "link1", is the file's).
    const named = read[i]?.key || read[i]?.label || '';
    const first = named || key;
    const at = named ? `Dòng ${i + 1} (“${named}”)` : `Dòng ${i + 1}`;
    // A line written the old way, its key first: "zalo | địa chỉ | chú thích".
    const keyed = read[i]?.key !== undefined;
    if (part === 'url')
      return keyed
        ? `${at}: thiếu địa chỉ, ghi giữa hai dấu “|”. Mỗi đường dẫn được in thành mã QR nên cần có địa chỉ, ví dụ: ${key} | https://zalo.me/g/abc123 | Nhóm Zalo của thôn.`
        : `${at}: thiếu địa chỉ, ghi sau dấu “|”. Mỗi đường dẫn được in thành mã QR nên cần có địa chỉ, ví dụ: ${first} | https://zalo.me/g/abc123.`;
    if (part === 'label')
      return keyed
        ? `${at}: thiếu chú thích in dưới mã QR, ghi sau dấu “|” thứ hai. Cần có vì dòng này có địa chỉ; người dân đọc chú thích để biết mã QR mở trang gì.`
        : `${at}: thiếu tên in dưới mã QR, ghi trước dấu “|”. Cần có vì dòng này có địa chỉ; người dân đọc tên đó để biết mã QR mở trang gì.`;
    return undefined;
  }
  const i = Number(key);
  const line = Number.isInteger(i) ? lines[i] : undefined;
  if (line === undefined) return undefined;
  const after = line.slice(line.indexOf('|') + 1).trim();
  if (name === 'actions' && part === 'step' && after !== '')
    return `Dòng ${i + 1}: thiếu việc cần làm trước dấu “|”. Cần có vì dòng này đã ghi tên cột “${after}”: mỗi cột của bảng theo dõi là một việc.`;
  if (name === 'measures' && part === 'label' && after !== '')
    return `Dòng ${i + 1}: thiếu tên chỉ tiêu trước dấu “|”. Cần có vì dòng này đã ghi “${after}”: tổ trưởng đọc tên chỉ tiêu để biết điền số nào.`;
  return undefined;
}
