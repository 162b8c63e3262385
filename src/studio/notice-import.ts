/**
 * Studio: where the Word (.docx) importer plugs in. The "new campaign" page offers an upload of
 * the office's Word notice only when an importer is given (StudioOptions.importNotice); without
 * one the field is not shown at all.
 *
 * PLUG-IN POINT (branch `office`: the .docx import module and its `import-docx` command): wrap
 * its function as a NoticeImporter and pass it to createStudio in src/cli/studio.ts.
 */
import { msg, say } from '../messages/message.js';
import { wardDay } from '../ward-time.js';
import { fieldOf } from './campaign-fields.js';
import { shownDate } from './form-dates.js';
import { inFormWords, withFieldLabels } from './messages.js';

export interface ImportedNotice {
  /** The campaign.yaml text made from the notice. */
  yaml: string;
  /** What the importer guessed or could not read, one sentence each, shown for review. */
  notes: string[];
}

export type NoticeImporter = (bytes: Uint8Array, fileName: string) => Promise<ImportedNotice>;

/**
 * The Word importer (load/docx): every guess is a note with the paragraph it came from, every
 * part it could not place or read is a note too, so the office reviews all of it on the edit
 * page, in Vietnamese (the importer's sentences come from the catalogue, src/messages/).
 */
export const wordNoticeImporter: NoticeImporter = async (bytes, fileName) => {
  const { importDocx, sourcesIn, warningIn } = await import('../load/docx/import-docx.js');
  // Viet Nam's day: before 07:00 there, the UTC day is still yesterday.
  const today = wardDay();
  const imported = await importDocx(bytes, { source: fileName, today, lang: 'vi' });
  const awaitsNumber = imported.warnings.some((w) => w.said.key === NO_NUMBER);
  return {
    yaml: imported.yaml,
    notes: [
      ...imported.guesses.map(
        (g) =>
          `Đã đọc ${fieldLabel(g.field)}: “${g.field === 'issued' ? shownDate(say(g.value, 'vi')) : say(g.value, 'vi')}” — ${sourcesIn(g.from, 'vi')}${g.how ? ` (${say(g.how, 'vi')})` : ''}`,
      ),
      // What the flyer could take from the notice and did not find (qa56 p9); the title's is the
      // studio's own to say, as it chooses one itself (routes-campaigns.ts giveImportedTitle).
      ...imported.notes
        .filter((n) => n.field !== 'title')
        // Where to write what is missing in the form's words: its box, not campaign.yaml's key.
        .map(
          (n) =>
            `Chưa điền: ${withFieldLabels(warningIn({ ...n, said: inFormWords(n.said) }, 'vi'))}`,
        ),
      // A draft's number left blank is said once, as the draft it is (qa17: "cần điền “Số văn
      // bản”" beside "văn bản chưa có số… để văn thư điền").
      ...imported.missing
        .filter((f) => !(f === 'notice.number' && awaitsNumber))
        .map((f) => `Không thấy trong văn bản, cần điền: ${fieldLabel(f)}`),
      // A field not found is said once, by its label, above (the importer's own warning names
      // its campaign.yaml key, for the CLI); the rest by the form's labels, not the file's keys.
      ...imported.warnings
        .filter(
          (w) => !(w.said.key === NOT_FOUND && imported.missing.includes(String(w.said.values[0]))),
        )
        .map((w) =>
          w.said.key === NO_NUMBER
            ? `Lưu ý: ${withFieldLabels(warningIn(w, 'vi'))}`
            : // Only what the campaign lacks is "not put in"; a tracked change taken as
              // accepted, a link kept, a list numbered are in it, to be checked (qa33 m4).
              `${leftOut(w) ? 'Không đưa vào được, cần xem lại' : 'Cần xem lại'}: ${withFieldLabels(warningIn(w, 'vi'))}`,
        ),
    ],
  };
};

/**
 * The note of the short title the import took from the trích yếu: not said when the office typed
 * its own on the new-campaign form (that one is the title).
 */
export const isImportedTitleNote = (note: string) =>
  note.startsWith(`Đã đọc ${fieldLabel('title')}:`);

/** A warning about content the campaign does not have (the importer says "not imported"). */
const leftOut = (w: { message: string }) => /\bnot imported\b/.test(w.message);

/** The importer's note of a draft whose "Số:" is blank (docx/header.ts). */
const NO_NUMBER =
  msg`the notice has no number yet: "Số:" prints blank until notice.number is filled in`.key;

/** The importer's warning for a field the document did not have (import-docx.ts). */
const NOT_FOUND = msg`${''} was not found: fill it in`.key;

/**
 * A campaign.yaml key as the form labels it ("Số văn bản", not "notice.number"); a key inside a
 * field by that field's label (qa51: "Đã đọc links.zalo: …" for a Zalo link read from the body is
 * “Đường dẫn (in thành mã QR)”, where the office finds it).
 */
function fieldLabel(path: string): string {
  const field = fieldOf(path);
  return field ? `“${field.label}”` : path;
}
