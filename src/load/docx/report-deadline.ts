/**
 * Load stage, Word import: the day the tổ leaders' figures are due, from the notice's body, as
 * the campaign's `report.deadline`.
 *
 * A notice may give two such days: the leaders' ("Trưởng các tổ dân phố … lập biên bản …, gửi về
 * Ủy ban nhân dân phường trước ngày 10/02") and an office's own, later one ("Phòng Văn hóa - Xã
 * hội tổng hợp ý kiến, báo cáo Ủy ban nhân dân phường trước ngày 15/02"). The leader page's
 * "Hạn báo cáo" is the leaders' (qa58 M1: the import took the office's and told every leader
 * five days more than the notice gave them). Whose step a sentence is comes from its subject, or
 * from the heading above it ("3. Đề nghị các tổ dân phố" over "- Báo cáo … trước ngày …").
 */

import { msg } from '../../messages/message.js';
import type { Para } from './html-items.js';
import { type Guess, type ImportWarning, sourceOf, warningAt } from './provenance.js';

/** "… trước ngày 05/01/2027", "chậm nhất ngày …": the day, as typed. */
const BY_DAY =
  /.*?(?:trước|chậm nhất|hạn chót|không muộn hơn)\s*(?:(?:vào|là)\s+)?(?:ngày\s+)?(\d{1,2}\/\d{1,2}\/\d{4})/iu
    .source;
/**
 * A body sentence asking for a report by a day: "Báo cáo số hộ … về Phòng Văn hóa - Xã hội trước
 * ngày 05/01/2027", "báo cáo kết quả chậm nhất ngày 16/12/2026" (qa54 p6).
 */
const REPORT_BY = new RegExp(`(?<![\\p{L}\\p{M}])báo cáo(?![\\p{L}\\p{M}])${BY_DAY}`, 'iu');
/** "… lập biên bản …, gửi về Ủy ban nhân dân phường trước ngày …": a report, when leaders send it. */
const SEND_BY = new RegExp(`(?<![\\p{L}\\p{M}])(?:gửi|nộp)(?![\\p{L}\\p{M}])${BY_DAY}`, 'iu');
/**
 * What makes a leaders' "gửi/nộp" a report: a report's word ("lập biên bản …, gửi", "nộp danh
 * sách"), or sending it to the ward ("gửi về Ủy ban nhân dân phường"). Without one the sentence
 * is the households' step the leaders pass on ("thông báo đến các hộ gia đình nộp tiền trước
 * ngày 20/12/2026", review58a #1): a payment day, not the leaders' report day.
 */
const REPORT_WORD =
  /(?<![\p{L}\p{M}])(?:báo cáo|biên bản|kết quả|danh sách|số liệu)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])gửi\s+(?:về|lên|cho)\s+(?:Ủy ban|UBND|phường|xã)(?![\p{L}\p{M}])/iu;

/** A list mark or number before a sentence ("1.", "a)", "-", "III."). */
const MARK = /^(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*|[-–—•+*]\s*)/iu;
/** "Ủy ban nhân dân phường đề nghị …", "UBND phường giao …": the step is the one asked. */
const ASKS =
  /^(?:(?:Ủy ban nhân dân|UBND)(?:\s+(?:phường|xã|thị trấn|đặc khu))?\s+)?(?:đề nghị|giao|yêu cầu)\s+/iu;
/** A subject naming the tổ or their leaders ("Trưởng các tổ dân phố", "Các thôn", "Tổ trưởng"). */
const LEADERS =
  /^(?:các\s+)?(?:(?:tổ\s+)?trưởng\s+(?:các\s+)?(?:tổ|thôn|khu|ấp|bản|xóm|buôn|làng)|tổ\s+trưởng|ban\s+(?:điều hành|công tác mặt trận)|tổ\s+dân\s+phố|thôn|khu\s+phố|ấp|xóm)(?![\p{L}\p{M}])/iu;
/** A subject naming one of the ward's own offices or bodies ("Phòng Văn hóa - Xã hội tổng hợp …"). */
const OFFICE =
  /^(?:Phòng|Văn phòng|Công an|Trạm|Trung tâm|Ban Chỉ huy|Ban chỉ đạo|Ủy ban|UBND|Đoàn|Bộ phận|Công chức|Mặt trận)(?![\p{L}\p{M}])/u;

type Whose = 'leaders' | 'office' | undefined;

/** Whose step a paragraph's sentence is, from its first words, or undefined when it names none. */
function whoseStep(text: string): Whose {
  const subject = text.normalize('NFC').replace(MARK, '').replace(ASKS, '').trim();
  if (LEADERS.test(subject)) return 'leaders';
  if (OFFICE.test(subject)) return 'office';
  return undefined;
}

/** A heading over the items under it: a short line without a sentence's stop. */
const isHeading = (p: Para) =>
  p.kind === 'h' || p.heading !== undefined || (p.text.length <= 100 && !/[.;]$/u.test(p.text));

interface Candidate {
  para: Para;
  day: string;
  said: string;
  whose: Whose;
}

/** A leaders' sentence sending a report by a day (SEND_BY), when it is a report (REPORT_WORD). */
function leadersSend(text: string): RegExpExecArray | null {
  const m = SEND_BY.exec(text);
  return m && REPORT_WORD.test(text.slice(0, m.index + m[0].length)) ? m : null;
}

/** Days the body asks a report by, each with whose step it is. */
function candidates(paras: readonly Para[]): Candidate[] {
  const found: Candidate[] = [];
  let headingWhose: Whose;
  for (const para of paras) {
    const text = para.text.normalize('NFC');
    const own = whoseStep(text);
    if (isHeading(para)) headingWhose = own;
    const whose = own ?? headingWhose;
    const m = REPORT_BY.exec(text) ?? (whose === 'leaders' ? leadersSend(text) : null);
    if (!m?.[1]) continue;
    found.push({ para, day: m[1], said: m[0], whose });
  }
  return found;
}

/** The day of a date typed "d/m/yyyy", as one value to compare ("5/1/2027" = "05/01/2027"). */
const dayKey = (day: string) =>
  day
    .split('/')
    .map((n) => n.padStart(2, '0'))
    .join('/');

/**
 * The leaders' reporting day, as a guess for `report.deadline`: the first sentence of the
 * leaders' step, else the first that is no office's own, else the first. When the body gives
 * another day for a report, a warning names both, so the office checks which is the leaders'.
 */
export function reportDeadline(
  paras: readonly Para[],
  guesses: Guess[],
  warnings: ImportWarning[],
): string | undefined {
  const all = candidates(paras);
  const chosen =
    all.find((c) => c.whose === 'leaders') ?? all.find((c) => c.whose !== 'office') ?? all[0];
  if (!chosen) return undefined;
  guesses.push({
    field: 'report.deadline',
    value: chosen.day,
    from: [sourceOf(chosen.para, chosen.said)],
    how:
      chosen.whose === 'leaders'
        ? msg`the body's sentence asking the tổ leaders for a report by a day: the reporting deadline`
        : msg`the body's sentence asking for a report by a day: the reporting deadline`,
  });
  const other = all.find((c) => dayKey(c.day) !== dayKey(chosen.day));
  if (other) {
    warnings.push(
      warningAt(
        other.para,
        chosen.whose === 'leaders'
          ? msg`the body gives two days for a report: ${chosen.day} (paragraph ${chosen.para.index}, the tổ leaders' step) and ${other.day} (paragraph ${other.para.index}); report.deadline, the leaders' "Hạn báo cáo", is ${chosen.day}: change it if the leaders' figures are due by ${other.day}`
          : msg`the body gives two days for a report: ${chosen.day} (paragraph ${chosen.para.index}) and ${other.day} (paragraph ${other.para.index}); report.deadline, the leaders' "Hạn báo cáo", is ${chosen.day}: change it if the leaders' figures are due by ${other.day}`,
        other.said,
      ),
    );
  }
  return chosen.day;
}
