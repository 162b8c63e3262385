/**
 * Load stage: the marks a notice's own layout prints, taken off the values that repeat them.
 * The office copies these lines from its Word notice, where they stand with their marks:
 * "/UBND-VHXH" after the number, "V/v …" as the subject line. The notice prints "/" between
 * number and symbol and "V/v " before the subject itself (templates/notice.hbs, kinds/notice.ts),
 * so the copied mark would print twice ("Số: 08//UBND-VHXH", "V/v V/v …"); the "- " of "- Như
 * trên;" in Nơi nhận is every list field's (load/list-marks.ts). So would a named document's name copied
 * from its heading block into the subject ("THÔNG BÁO về việc …" under "THÔNG BÁO", qa7 L7).
 * Nothing else of the text changes.
 */
import type { Campaign } from './campaign-schema.js';
import { noticeTypeOf } from './notice-type.js';

/** "V/v" or "Về việc" (any case), with the ":" some notices write after it. */
const SUBJECT_MARK = /^(?:v\/v|về việc)\s*:?\s+/iu;
/** The slash (and spaces) that separates number and symbol in "Số: 08/UBND-VHXH". */
const SYMBOL_MARK = /^\s*\/\s*/;

/**
 * The subject without a named document's name ("Thông báo", any case, then a space or ":")
 * before it, when `typeName` is given; else as it is.
 */
function withoutTypeName(subject: string, typeName?: string): string {
  if (!typeName) return subject;
  const head = subject.slice(0, typeName.length);
  const after = subject.slice(typeName.length);
  if (head.toLocaleLowerCase('vi') !== typeName.toLocaleLowerCase('vi') || !/^\s*:?\s/u.test(after))
    return subject;
  return after.replace(/^\s*:?\s*/u, '');
}

/**
 * The subject without a leading "V/v" / "Về việc", nor, when `typeName` is given (a named
 * document's), that name ("Thông báo", any case) before it.
 */
export function withoutSubjectMark(subject: string, typeName?: string): string {
  const bare = withoutTypeName(subject, typeName).replace(SUBJECT_MARK, '');
  return bare.trim() === '' ? subject : bare;
}

/**
 * A named document's "Về việc" as typed at the start of its subject, or after its name typed
 * there too ("THÔNG BÁO về việc …": printed without it while "Về việc …" kept it), or undefined.
 * Decree 30 prints a named document's trích yếu under its name with or without it, as the office
 * typed it: qa50 m3.
 */
export function namedSubjectLead(subject: string, typeName?: string): string | undefined {
  const lead = /^(về việc)\s*:?\s+\S/iu.exec(withoutTypeName(subject.trimStart(), typeName))?.[1];
  return lead && lead.charAt(0).toLocaleUpperCase('vi') + lead.slice(1);
}

export function withoutSymbolMark(symbol: string): string {
  const bare = symbol.replace(SYMBOL_MARK, '');
  return bare.trim() === '' ? symbol : bare;
}

/**
 * The campaign with the notice's repeated marks taken off (see above). `whole` says which fields
 * the schema took whole: of a campaign it refused in part (load/campaign.ts `partlyChecked`), a
 * field it refused, or one whose marks depend on a refused one (the subject on the type), stays
 * as typed.
 */
export function withoutRepeatedMarks(
  campaign: Campaign,
  whole: (path: string) => boolean = () => true,
): Campaign {
  const { notice } = campaign;
  type Notice = Campaign['notice'];
  const each = <K extends keyof Notice>(field: K, mark: () => Notice[K]): Notice[K] =>
    whole(`notice.${field}`) ? mark() : notice[field];
  const typed = whole('notice.type') && whole('notice.symbol');
  const type = typed ? noticeTypeOf(notice) : undefined;
  const lead =
    type?.named && whole('notice.subject')
      ? namedSubjectLead(notice.subject, type.name)
      : undefined;
  return {
    ...campaign,
    notice: {
      ...notice,
      ...(lead ? { subjectLead: lead } : {}),
      symbol: each('symbol', () => withoutSymbolMark(notice.symbol)),
      subject: typed
        ? each('subject', () =>
            withoutSubjectMark(notice.subject, type?.named ? type.name : undefined),
          )
        : notice.subject,
    },
  };
}
