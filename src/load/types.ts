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
  venue?: string;
  households?: number;
  population?: number;
  /** Where the row came from, for error messages. */
  source: { file: string; row: number };
}
