/**
 * Load stage, Word import: the draft → the text of a `campaign.yaml` the loader accepts. Each
 * field read from the document has a comment naming the paragraphs it came from; a field the
 * document did not have holds a placeholder in parentheses, marked "FILL IN".
 */
import { Document, isMap, isScalar, Scalar, type YAMLMap } from 'yaml';
import { type Lang, msg, say } from '../../messages/message.js';
import { IMPORT_PLACEHOLDERS } from '../placeholders.js';
import { type NoticeFields, namedDocument } from './notice-draft.js';
import { describeSources, type Guess, type ImportWarning, warningIn } from './provenance.js';

/** Placeholders for fields a notice may lack, in Vietnamese: they would print as written. */
export const PLACEHOLDERS = IMPORT_PLACEHOLDERS;

/** Above the id the CLI's import writes (the office reads the file too: it says what not to do). */
const ID_NOTE =
  "the campaign's id: the figures its groups report are kept under it. Never change it, never copy it into another campaign.";

/** The campaign's data: found values, else placeholders; the fields left to fill in. */
export function campaignData(f: NoticeFields, today: string) {
  const missing: string[] = [];
  const pick = <T>(field: string, value: T | undefined, placeholder: T): T => {
    const empty =
      value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) missing.push(field);
    return empty ? placeholder : value;
  };
  // A date with no day (a draft awaiting it, or none found) prints blank but for its year; the
  // file still needs a day for its files' dates: today's, in that year.
  const year = f.undatedYear ?? Number(today.slice(0, 4));
  const undated = f.issued === undefined;
  const data = {
    issued: pick('issued', f.issued, year === Number(today.slice(0, 4)) ? today : `${year}-01-01`),
    issuer: {
      parent: f.parent ?? '',
      name: pick('issuer.name', f.name, [...PLACEHOLDERS.name]),
      ward: pick('issuer.ward', f.ward, PLACEHOLDERS.ward),
      place: pick('issuer.place', f.place, PLACEHOLDERS.place),
      office: pick('issuer.office', f.office, PLACEHOLDERS.office),
    },
    notice: {
      number: pick<number | null>('notice.number', f.number, PLACEHOLDERS.number),
      ...(undated ? { undated: true } : {}),
      symbol: pick('notice.symbol', f.symbol, PLACEHOLDERS.symbol),
      ...(f.type ? { type: f.type } : {}),
      ...(f.urgency ? { urgency: f.urgency } : {}),
      ...(f.bodySize ? { bodySize: f.bodySize } : {}),
      subject: pick('notice.subject', f.subject, PLACEHOLDERS.subject),
      // A named document needs no "Kính gửi" (its "Nơi nhận" says whom it is sent to).
      recipients:
        namedDocument(f) && (f.recipients ?? []).length === 0
          ? []
          : pick('notice.recipients', f.recipients, [...PLACEHOLDERS.recipients]),
      body: pick('notice.body', f.body, PLACEHOLDERS.body),
      signer: {
        lines: pick('notice.signer.lines', f.signerLines, [...PLACEHOLDERS.signerLines]),
        name: pick('notice.signer.name', f.signerName, PLACEHOLDERS.signerName),
      },
      cc: pick('notice.cc', f.cc, [...PLACEHOLDERS.cc]),
      // What followed "PHỤ LỤC" after the signature: printed after it again (qa42 F3).
      ...(f.appendix?.length ? { appendix: f.appendix } : {}),
    },
    ...(f.title ? { title: f.title } : {}),
    ...(f.when ? { when: f.when } : {}),
    ...(f.where ? { where: f.where } : {}),
    ...(f.bring?.length ? { bring: f.bring } : {}),
    ...(f.deadline ? { report: { deadline: f.deadline } } : {}),
    ...(f.links && Object.keys(f.links).length > 0 ? { links: f.links } : {}),
  };
  return { data, missing };
}

const NOTES: Record<string, string> = {
  'notice.recipients':
    'Kính gửi, as the document has it. The tool prints one notice per residential group: a recipient may name it, e.g. "{{group.name}}".',
  'notice.body':
    'The body in the campaign’s Markdown: "##"/"###" headings, "- " and "1." items, **bold**, *italic*, "|" tables; a "\\" keeps a character as written.',
};

/** A note of what the flyer could take from the notice and did not find, as its comment says it. */
export function leftOutLine(n: ImportWarning, lang: Lang): string {
  return say(msg`Left out: ${warningIn(n, lang)}`, lang);
}

/** The key's pair in its map, for a comment above it. */
function keyNode(doc: Document, path: readonly string[]): Scalar | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = (parent as YAMLMap).items.find(
    (p) => isScalar(p.key) && p.key.value === path.at(-1),
  );
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

export function campaignYaml(
  f: NoticeFields,
  guesses: readonly Guess[],
  opts: { source: string; today: string; id?: string; lang?: Lang },
  notes: readonly ImportWarning[] = [],
): { yaml: string; missing: string[] } {
  const { data, missing } = campaignData(f, opts.today);
  const doc = new Document(opts.id ? { id: opts.id, ...data } : data);
  doc.commentBefore = [
    ` Imported from ${opts.source} by "phuong-print import-docx".`,
    ' Every value read from the document says, above it, which paragraphs it came from: check each.',
    ' A value in parentheses marked FILL IN was not in the document.',
    // What the flyer could take from the notice and was not there: no key to comment above.
    // In the office's language (closing56: English under `--lang vi`, and in the studio's file).
    ...notes.map((n) => ` ${leftOutLine(n, opts.lang ?? 'en')}`),
  ].join('\n');
  const body = doc.getIn(['notice', 'body'], true);
  if (isScalar(body)) body.type = Scalar.BLOCK_LITERAL;
  (f.appendix ?? []).forEach((_, i) => {
    const text = doc.getIn(['notice', 'appendix', i, 'body'], true);
    if (isScalar(text)) text.type = Scalar.BLOCK_LITERAL;
  });
  const comments = new Map<string, string[]>();
  const add = (field: string, line: string) =>
    comments.set(field, [...(comments.get(field) ?? []), line]);
  for (const g of guesses) {
    add(g.field, ` GUESS from ${describeSources(g.from)}${g.how ? `: ${say(g.how, 'en')}` : ''}`);
  }
  for (const field of missing) add(field, ' FILL IN: not found in the document');
  for (const [field, note] of Object.entries(NOTES)) add(field, ` ${note}`);
  if (opts.id) add('id', ` ${ID_NOTE}`);
  for (const [field, lines] of comments) {
    const key = keyNode(doc, field.split('.'));
    if (key) key.commentBefore = lines.join('\n');
  }
  return { yaml: doc.toString({ lineWidth: 0 }), missing };
}
