/**
 * Load stage, campaign: text typed with an old Vietnamese font (TCVN3, VNI) or written in VIQR,
 * in any of the campaign's texts (the ward's name, the subject, a line of the body pasted from an
 * old .doc…). In: the campaign file's plain data, before it is normalised. Out: the data with
 * TCVN3 lines converted (legacy-fonts.ts is sure of them), a warning per field converted, and an
 * error per line that cannot be: VNI, VIQR, or TCVN3 that is not certain. Each is said at its
 * file, line and field. Line by line: a body in Unicode may hold one pasted paragraph.
 */
import { UserError, type Where } from '../errors.js';
import { msg } from '../messages/message.js';
import type { LineOf } from './campaign-checks.js';
import {
  detectLegacyFont,
  detectViqr,
  isAmbiguousTcvn3,
  UNICODE_VIETNAMESE,
  unikeyHint,
  viqrRefused,
} from './legacy-fonts.js';

export interface LegacyCampaignText {
  data: unknown;
  errors: UserError[];
  warnings: UserError[];
}

/** A line quoted in a message: a body's paragraph may be long. */
const quoted = (text: string) => {
  const chars = [...text.trim()];
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
};

/** Texts said one by one before the rest are counted in one sentence (a campaign typed wholly so). */
const SAID_IN_FULL = 5;

type Source = 'TCVN3 (ABC)' | 'VNI Windows' | 'VIQR';

/**
 * The refusals, the first few in full and the rest in one sentence: a campaign typed wholly with
 * VNI or in VIQR has one per field and list item (~50), and the office needs the one thing to do,
 * converting the whole file at once.
 */
function fewThenCount(errors: { error: UserError; source: Source }[], file: string): UserError[] {
  if (errors.length <= SAID_IN_FULL + 1) return errors.map((e) => e.error);
  const rest = errors.slice(SAID_IN_FULL);
  // The source most of the rest were typed with: the one to choose in Unikey.
  const counts = new Map<Source, number>();
  for (const { source } of rest) counts.set(source, (counts.get(source) ?? 0) + 1);
  const source = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'VNI Windows';
  const n = rest.length;
  return [
    ...errors.slice(0, SAID_IN_FULL).map((e) => e.error),
    new UserError(
      source === 'VIQR'
        ? msg`and ${n} other places are also written in VIQR, not in Unicode`
        : msg`and ${n} other places are also typed with a ${source === 'VNI Windows' ? 'VNI' : 'TCVN3 (ABC)'} font, not in Unicode`,
      { file },
      msg`Convert the whole file at once rather than text by text: open it in Notepad, copy everything (Ctrl+A, Ctrl+C), open Unikey › "Công cụ…" (Ctrl+Shift+F6), choose Nguồn "${source}", Đích "Unicode", click "Chuyển mã", paste it back and save it as UTF-8.`,
    ),
  ];
}

const converted_ = (from: string, to: string) =>
  msg`the text was typed with a TCVN3 (ABC) font and has been converted to Unicode: "${from}" → "${to}"`;
const CONVERTED_KEY = converted_('', '').key;

/** A line typed with `font` that cannot be converted with certainty: what it probably reads. */
const notCertain = (font: 'VNI' | 'TCVN3 (ABC)', from: string, to: string) =>
  msg`the text was typed with a ${font} font, not in Unicode, and cannot be converted with certainty: "${from}" probably reads "${to}"`;

/** A line of a campaign typed wholly with a TCVN3 font that reads either way ("Sè 5", "Số 5"). */
const eitherWay = () =>
  msg`the campaign has text typed with a TCVN3 (ABC) font, and this text reads as Vietnamese both as it is and converted`;

/** The studio's form refuses TCVN3 text that a file's would have converted. */
const tcvn3Refused = (from: string, to: string) =>
  msg`the text was typed with a TCVN3 (ABC) font, not in Unicode: "${from}" probably reads "${to}"`;

/**
 * For the studio's form, which saves what it is given: a TCVN3 text the loader converted
 * (its warning) refused instead, at the same field, so the file never holds it.
 */
export function legacyRefusal(w: UserError): UserError | undefined {
  if (w.text.key !== CONVERTED_KEY) return undefined;
  const [from, to] = w.text.values;
  return new UserError(tcvn3Refused(String(from), String(to)), w.where, unikeyHint('TCVN3 (ABC)'));
}

/**
 * The keys of the messages that refuse a text typed with an old font or in VIQR: from the
 * functions that word them, so a sentence edited there is still known here.
 */
const REFUSAL_KEYS = new Set(
  [viqrRefused('', ''), notCertain('VNI', '', ''), eitherWay(), tcvn3Refused('', '')].map(
    (m) => m.key,
  ),
);

/** Whether `e` refuses one line of a campaign text typed with an old font or in VIQR. */
export const isLegacyRefusal = (e: UserError) => REFUSAL_KEYS.has(e.text.key);

export function campaignLegacyText(
  data: unknown,
  file: string,
  lineOf: LineOf,
): LegacyCampaignText {
  const errors: { error: UserError; source: Source }[] = [];
  const warnings: UserError[] = [];
  const kept: { path: string[]; line: number; text: string }[] = [];
  let converted = false;
  let unicodeSeen = false;
  // The first text whose only sign of VNI is an "Ñ" ("Y Ñuôn Niê"): printed as typed, said once.
  let enye: { where: Where; text: string } | undefined;
  const where = (path: string[], i: number): Where => ({
    file,
    line: lineOf(path, i + 1) ?? lineOf(path),
    field: path.join('.'),
  });
  const fixText = (value: string, path: string[]): string => {
    let first: { i: number; from: string; to: string } | undefined;
    // One refusal a text: a body typed wholly so is converted at once, not line by line.
    const before = errors.length;
    const refuse = (error: UserError, source: Source) => {
      if (errors.length === before) errors.push({ error, source });
    };
    const lines = value.split('\n').map((line, i) => {
      // A Vietnamese letter no legacy font writes: the campaign was typed in Unicode too.
      if (UNICODE_VIETNAMESE.test(line)) unicodeSeen = true;
      const viqr = detectViqr(line);
      if (viqr) {
        refuse(
          new UserError(
            viqrRefused(quoted(line), quoted(viqr.unicode)),
            where(path, i),
            unikeyHint('VIQR'),
          ),
          'VIQR',
        );
        return line;
      }
      const legacy = detectLegacyFont(line);
      if (!legacy || (legacy.font === 'VNI' && legacy.enyeOnly)) {
        if (legacy) enye ??= { where: where(path, i), text: line };
        kept.push({ path, line: i, text: line });
        return line;
      }
      if (legacy.font === 'VNI' || !legacy.certain) {
        const font = legacy.font === 'VNI' ? 'VNI' : 'TCVN3 (ABC)';
        const source = legacy.font === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)';
        refuse(
          new UserError(
            notCertain(font, quoted(line), quoted(legacy.unicode)),
            where(path, i),
            unikeyHint(source),
          ),
          source,
        );
        return line;
      }
      first ??= { i, from: line, to: legacy.unicode };
      return legacy.unicode;
    });
    if (!first) return value;
    converted = true;
    warnings.push(
      new UserError(
        converted_(quoted(first.from), quoted(first.to)),
        where(path, first.i),
        msg`Check it on the proof; to fix the file itself: ${unikeyHint('TCVN3 (ABC)')}`,
      ),
    );
    return lines.join('\n');
  };
  const fix = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') return fixText(value, path);
    if (Array.isArray(value)) return value.map((v, i) => fix(v, [...path, String(i)]));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fix(v, [...path, k])]));
    }
    return value;
  };
  const fixed = fix(data, []);
  // A campaign typed wholly with a TCVN3 font: a line that reads either way is not guessed.
  if (converted && !unicodeSeen) {
    for (const k of kept) {
      if (!isAmbiguousTcvn3(k.text)) continue;
      errors.push({
        error: new UserError(eitherWay(), where(k.path, k.line), unikeyHint('TCVN3 (ABC)')),
        source: 'TCVN3 (ABC)',
      });
    }
  }
  // As for a groups file: said once, unless a text surely typed with VNI stops the campaign.
  if (enye && !errors.some((e) => e.source === 'VNI Windows'))
    warnings.push(
      new UserError(
        msg`the text with the letter Ñ is printed as typed ("${quoted(enye.text)}"): Ê Đê, M'Nông and K'Ho names write it`,
        enye.where,
        msg`If it was typed with a VNI font instead (where Ñ stands for Đ), convert it: ${unikeyHint('VNI Windows')}`,
      ),
    );
  return { data: fixed, errors: fewThenCount(errors, file), warnings };
}

/**
 * What the campaign form would refuse of one text typed outside it (the new campaign's name or
 * title, "Tạo chiến dịch mới"): the text typed with an old font or in VIQR, TCVN3 too.
 */
export function legacyTextRefusal(text: string): UserError | undefined {
  const { errors, warnings } = campaignLegacyText(text, '', () => undefined);
  return errors[0] ?? warnings.flatMap((w) => legacyRefusal(w) ?? [])[0];
}
