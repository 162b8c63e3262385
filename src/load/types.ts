/**
 * Load stage: the validated shape of the inputs. Every string here is NFC-normalised and trimmed;
 * later stages never see raw file content.
 */

/** One residential group (tổ dân phố), one row of the groups file. */
export interface Group {
  /** Unique id as written in the file ("5", "TDP05"); used in file names and links. */
  id: string;
  /** "Tổ dân phố số 5" */
  name: string;
  leader?: string;
  phone?: string;
  /**
   * The list has a leader's column and this row's leader and phone are both empty (a tổ between
   * two leaders, qa58 p1): its papers send residents to the office instead. Absent otherwise.
   */
  noLeader?: true;
  venue?: string;
  households?: number;
  population?: number;
  /**
   * The groups file's other columns, by header as written (NFC), each row's cell ('' when
   * empty): templates print them as {{group.[Ngày tập huấn]}}. Absent when there are none.
   */
  columns?: Record<string, string>;
  /**
   * The counts whose cell held 0, read as not known (no value above): said by the warnings of
   * what prints empty, so the office finds the cell (qa20 finding 16). Absent when none.
   */
  zeroCells?: ('households' | 'population')[];
  /**
   * Where the row came from, for error messages: `sheet` when the list was read from several
   * sheets of a workbook (their row numbers repeat); `part` when the group's name or id was told
   * apart from another part's by its part of the ward.
   */
  source: { file: string; row: number; sheet?: string; part?: GroupPart };
}

/**
 * The part of a merged ward (an old ward: a sheet of its own, or a section heading) that tells a
 * group from another part's: "Tổ dân phố số 1" printed "Tổ dân phố số 1 (Hàng Bạc cũ)", or the
 * STT "1" of a sheet numbered from 1 made "HBac-1" (load/groups/same-names.ts, sheet-ids.ts). A
 * results file may name the group as the file has it: by its name with the part in another cell.
 */
export interface GroupPart {
  /** The part's short label, as printed after the name ("Hàng Bạc cũ"). */
  label: string;
  /** The name as the groups file has it, when the label was added to it. */
  name?: string;
  /** The id as the groups file has it, when the sheet was added to it. */
  id?: string;
}

/**
 * One resident or household of a group's roster (the tracking sheet's rows). Personal data
 * (Decree 13/2023/NĐ-CP): printed on that group's sheet only, never written to logs.
 */
export interface Resident {
  /** STT as written in the roster, when it has that column. */
  no?: string;
  /** "Họ và tên" (or the head of household, "Chủ hộ"). */
  name: string;
  address?: string;
  phone?: string;
  /** Year of birth. */
  born?: number;
  /** The birth cell as the roster writes it, a workbook's date as "02/03/1958": "1958", "12/03/1957". */
  birth?: string;
  /** What the person is handed, or the household owes a fund, in đồng ("Mức quà", "Số tiền phải nộp"). */
  amount?: number;
  /** Why the household owes nothing: the roster's "Diện miễn" ("Hộ nghèo"). */
  exempt?: string;
  /** The header `exempt` is under, as the roster writes it ("Diện miễn giảm"): the sheet's title. */
  exemptHeader?: string;
  /** The roster's amount column's header, its cell blank: no `amount` (review56b #1). */
  noAmount?: string;
  /** The roster's year-of-birth column, its cell blank or not read (`unread`): no `born`. */
  noBorn?: { header: string; unread: boolean };
  /**
   * The row is a household, named by its head: the roster's name column says so ("Chủ hộ",
   * "Họ và tên chủ hộ"). Absent: a resident.
   */
  household?: true;
  /** The row's counts by their roster columns' headers, as written ("Số chó": "2"; load/roster-count-columns.ts). */
  counts?: Record<string, string>;
  /** Where the row came from, for error messages. */
  source: { file: string; row: number };
}
