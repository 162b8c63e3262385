/**
 * Load stage: the schema of `campaign.yaml`. Field names are English; every printed value is the
 * campaign's own Vietnamese text. See README.md › Inputs for what each field prints as.
 *
 * Only what an official notice needs is required (issuer, number, date, subject, body, signer,
 * cc; a công văn's recipients): `contest`, `app`, `links`, `actions`, `bring` and `hotlines` belong to
 * some campaigns only, and
 * the templates print them only when the campaign has them. Objects are strict: a key the tool
 * does not know (a misspelt `recipents`) is an error, never silently ignored.
 * The messages here are codes for campaign-errors.ts, which says them in plain words.
 */
import { z } from 'zod';
import { isOwnUnit } from '../model/measure-base.js';
import { dayFirstAsIso, dayOrMonthAsIso, isIsoMonth } from './day-first.js';
import { hotlineText } from './hotlines.js';
import { defaultOf, MEASURE_BASES, measureOf } from './measure-of.js';

const KNOWN_OF = new Set<string>(MEASURE_BASES.map((b) => b.of));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day (not 2025-02-30); a text of another form is the regex's problem only. */
const isRealDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !ISO_DATE.test(s) || (!Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s);
};
/**
 * The notice's day, or its month alone for a draft whose day the văn thư writes in ("2026-12",
 * typed "12/2026" or "…/12/2026"): campaign.ts reads that as the month's first day, undated 'day'.
 */
const issuedDate = z.preprocess(
  dayOrMonthAsIso,
  z
    .string()
    .refine((s) => ISO_DATE.test(s) || isIsoMonth(s), 'date')
    .refine((s) => isIsoMonth(s) || isRealDay(s), 'real-date'),
);
const isoDate = z.preprocess(
  dayFirstAsIso,
  z.string().regex(ISO_DATE, 'date').refine(isRealDay, 'real-date'),
);

const url = z.url({ protocol: /^https?$/, error: 'url' });
const text = z.string().min(1, 'empty');

/** The seal's smallest and largest real diameter (mm) taken: a ward's round seal is 34–36 mm. */
const SEAL_MM = { min: 20, max: 50 } as const;

/**
 * A seal's real diameter in mm: `36mm`, `36 mm` or `36` (a ruler's measure, decimals with a
 * point or a comma), between SEAL_MM.min and SEAL_MM.max.
 */
const sealDiameter = z
  .union([z.number(), z.string().regex(/^\s*\d+(?:[.,]\d+)?\s*(?:mm)?\s*$/i, 'mm')])
  .transform((v) => (typeof v === 'number' ? v : Number(v.replace(/mm/i, '').replace(',', '.'))))
  .pipe(z.number().min(SEAL_MM.min).max(SEAL_MM.max));

/**
 * A list entry typed with a colon in it, unquoted, as every công văn's "Nơi nhận" has one
 * (`- Lưu: VT, VHXH.`): YAML reads it as a one-key group, `{ "Lưu": "VT, VHXH." }`. Read back
 * as the text the office typed, "Lưu: VT, VHXH."; any other value is left to the schema to refuse.
 */
export function colonEntryText(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const entries = Object.entries(v);
  const [only] = entries;
  if (entries.length !== 1 || !only) return v;
  const [key, value] = only;
  return typeof value === 'string' && key.trim() !== '' && value.trim() !== ''
    ? `${key}: ${value}`
    : v;
}

/** One line of a list of lines (cc, recipients, the signer's lines, a contest's rules…). */
const line = z.preprocess(colonEntryText, text);

/**
 * A list of lines typed as one text ("recipients: Trưởng các khu phố", or a `|` block of lines):
 * a line a list item (qa19: a single recipient was refused as "not a list").
 */
const asLines = (v: unknown): unknown =>
  typeof v === 'string'
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : v;
const lineList = z.preprocess(asLines, z.array(line));

/**
 * The parent body typed as its printed lines (`parent: [ỦY BAN NHÂN DÂN, THÀNH PHỐ HẢI PHÒNG]`,
 * qa42 F13.2): one text, its lines joined by line breaks. A list holding other than lines is
 * left for the schema to refuse.
 */
const parentLines = (v: unknown): unknown => {
  if (!Array.isArray(v)) return v;
  const items = v.map(colonEntryText);
  return items.every((l) => typeof l === 'string')
    ? items
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n')
    : v;
};
const lines = z.preprocess(asLines, z.array(line).min(1, 'no-items'));

const link = z.strictObject({ url, label: text });

const contest = z.strictObject({
  name: text,
  platform: text,
  starts: isoDate,
  ends: isoDate,
  /** 0 when the contest has no quiz. */
  questions: z.number().int().nonnegative().default(0),
  share_message: z.string().default(''),
  certificate_button: z.string().default(''),
  support_phone: z.string().default(''),
  topics: lineList.default([]),
  eligible: lineList.default([]),
  rules: lineList.default([]),
  prizes: z
    .strictObject({
      community: z.strictObject({ title: text, detail: text }).nullable().default(null),
      individual: z
        .strictObject({
          title: text,
          items: z.array(
            z.strictObject({
              count: z.number().int().positive(),
              rank: text,
              amount: z.number().int().nonnegative(),
            }),
          ),
        })
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
});

/**
 * A store's link: the labels printed over its code default to the phones' names, as most wards
 * write them (the studio's form need not ask for them, qa14).
 */
const store = (label: string) => z.strictObject({ url, label: text.default(label) });

/** The captions under the store codes default to a sentence made from the app's name. */
const app = z
  .strictObject({
    name: text,
    ios: store('iPhone (iOS)'),
    android: store('Android'),
    qr_caption_ios: text.optional(),
    qr_caption_android: text.optional(),
  })
  .transform((a) => ({
    ...a,
    qr_caption_ios: a.qr_caption_ios ?? `Mã QR tải ứng dụng ${a.name} (dùng cho điện thoại iPhone)`,
    qr_caption_android:
      a.qr_caption_android ?? `Mã QR tải ứng dụng ${a.name} (dùng cho điện thoại Android)`,
  }));

/** What residents are asked to do: the checklist's tick items, the flyer's steps, and, shortened
 * in `column`, the tracking sheet's tick columns (a contest's steps too, when it gives them). */
const action = z
  .strictObject({
    step: text,
    column: z.string().default(''),
    /**
     * The tracking sheet's column for this action is written in, not ticked: what each row chose
     * ("Bể bơi, ca học": a swimming class's pool and shift, qa57 p5), for the office to sort by.
     */
    write: z.boolean().optional(),
  })
  .transform((a) => actionColumnSplit(a));

/**
 * "step: Khi nghe còi, tắt điện | Đã tắt điện": the studio's "việc | tên cột" typed in the file
 * (qa40 M2), read as the studio reads it: the step, and its column title after the one "|". A
 * step with a column already, or with more than one "|", keeps its bars for checkActionBars
 * (load/campaign-checks.ts) to refuse: no "|" is printed.
 */
export function actionColumnSplit<A extends { step: string; column: string }>(a: A): A {
  const parts = a.step.split('|');
  if (parts.length !== 2 || a.column.trim() !== '') return a;
  const [step = '', column = ''] = parts.map((p) => p.trim());
  return step && column ? { ...a, step, column } : a;
}

/**
 * A figure the groups report back (the participation loop): how many residents joined the
 * contest, how many households installed the app. `of` says what its rate is taken against: the
 * group's population (people), its households, or a count column of the groups file named by its
 * header ("Số cử tri": an election's turnout is of its voters). The id names the measure in the
 * store and in a results file's column headers, so it never changes once reported.
 */
const measure = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'measure-id'),
    label: text,
    of: z
      .string({ error: 'measure-of' })
      .trim()
      .min(1, 'measure-of')
      .transform(measureOf)
      // A plain lower-case English word ("families", "peoples") is a misspelt keyword, not a header.
      // A unit of its own ("kg", "bao": model/measure-base.ts isOwnUnit) is a plain amount.
      .refine((of) => KNOWN_OF.has(of) || isOwnUnit(of) || !/^[a-z_ ]+$/.test(of), 'measure-of')
      .optional(),
  })
  // `of` left out: a plain amount when the label is a sum of money ("Số tiền đã thu (đồng)"),
  // no rate and no bound (qa40 M4); any other label still needs it.
  .transform((m, ctx) => {
    const of = m.of ?? defaultOf(m.label);
    if (of !== undefined) return { ...m, of };
    ctx.addIssue({ code: 'custom', message: 'measure-of', path: ['of'] });
    return z.NEVER;
  });

export const campaignSchema = z.strictObject({
  /**
   * What the groups' reported figures are stored under (results/campaign-key.ts), written once
   * when the campaign is made (the studio writes a new one for a new campaign and for a copy), so
   * that renumbering the notice keeps them and a copy starts without them. Absent in a file made
   * before: the figures are then under the notice's year, number and symbol.
   */
  id: text.optional(),
  issued: issuedDate,
  issuer: z.strictObject({
    /**
     * The parent body (cơ quan chủ quản), its name as one text or as its printed lines (a list,
     * as `name`; Phụ lục I lets a long name run on several lines): kept as one text, its lines
     * joined by line breaks, each printed as its own line.
     */
    parent: z.preprocess(parentLines, z.string()).default(''),
    name: lines,
    ward: text,
    place: text,
    office: text,
    phone: z.string().default(''),
    /** The ward's word for its groups ("khu phố", "thôn"); absent: read from the groups' names
     * (model/group-term.ts). */
    group_term: text.optional(),
  }),
  notice: z.strictObject({
    /** Empty (null): a draft awaiting its number, printed "Số:      /UBND-…" for the văn thư. */
    number: z.number().int().positive().nullable(),
    /**
     * A draft awaiting its day: "ngày    tháng    năm <the year of issued>"; `day`: awaiting the
     * day only, "ngày    tháng 12 năm 2026" (what `issued: 2026-12` is read as, campaign.ts).
     */
    undated: z.union([z.boolean(), z.literal('day')]).default(false),
    symbol: text,
    /**
     * The kind of document ("Thông báo", "Kế hoạch", "Công văn"…); absent: read from the symbol's
     * first code (load/notice-type.ts).
     */
    type: text.optional(),
    /**
     * The urgency mark (dấu chỉ độ khẩn): KHẨN, THƯỢNG KHẨN or HỎA TỐC, printed in a frame
     * under the number (load/urgency.ts; another word is refused by campaign-checks.ts).
     */
    urgency: text.optional(),
    /**
     * The secrecy mark (dấu chỉ độ mật, ô 10a): MẬT, TỐI MẬT or TUYỆT MẬT, printed in a red frame
     * over the urgency mark (load/urgency.ts; another word is refused by campaign-checks.ts).
     */
    secrecy: text.optional(),
    /**
     * The circulation mark (chỉ dẫn về phạm vi lưu hành, ô 11): XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ
     * or TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ), printed in bold capitals under the place and date.
     */
    circulation: text.optional(),
    /** The body's type size in points: 13 (absent) or 14, the two Decree 30 allows. */
    bodySize: z.literal([13, 14]).optional(),
    subject: text,
    /**
     * "Kính gửi": a công văn's (required, load/campaign-checks.ts); a named document (Thông báo,
     * Kế hoạch) is sent by its "Nơi nhận" alone and may have none (Decree 30, Phụ lục I).
     */
    recipients: lineList.default([]),
    body: text,
    signer: z.strictObject({ lines, name: text }),
    cc: lines,
    /**
     * The office's own appendices (phụ lục văn bản, Decree 30 Phụ lục I): each printed after the
     * signature on pages of its own, "PHỤ LỤC" (numbered I, II… with the QR annex when there are
     * two or more), its title, and "(Kèm theo … số … ngày … của …)"; `body` is a template as the
     * notice's body is (qa42 F3).
     */
    appendix: z.array(z.strictObject({ title: z.string().default(''), body: text })).default([]),
  }),
  /** A short name of the campaign for the flyer and posters (the notice has its subject). */
  title: z.string().default(''),
  /** The campaign's slogan, under the name on the posters and share image; none printed when empty. */
  slogan: z.string().default(''),
  /**
   * When and where residents are expected (a dengue Sunday's hours, a VNeID drive's reception),
   * printed under the title of the flyer, the checklist and the tracking sheet; each is a template
   * that may name the group's own columns ("{{group.[Điểm tập kết]}}"). Empty (or empty for a
   * group): no line. A contest's own dates are `contest.starts`/`ends`.
   */
  when: z.string().default(''),
  where: z.string().default(''),
  /**
   * The last day to sign up or to do what is asked ("17h00 ngày 12/12/2026"): printed under
   * `when`/`where` on the flyer, the checklist and the tracking sheet, "Hạn đăng ký" on a sign-up
   * (qa40 m4: a class's deadline could only be written into a step), "Thời hạn" otherwise.
   */
  deadline: z.string().default(''),
  // null, not absent, when the campaign has none: templates test {{#if contest}} and the
  // template checker then knows the branch cannot print.
  contest: contest.nullable().default(null),
  actions: z.array(action).default([]),
  /**
   * What residents are to know, one point a line ("Điều cần biết": an awareness campaign's signs
   * of a scam, qa56 M6): numbered on the flyer and its picture and in the Zalo message, before the
   * actions; never a step of the checklist nor a column of the tracking sheet (nothing to tick).
   * Empty: none printed.
   */
  points: lineList.default([]),
  /**
   * What residents bring or have ready ("Thẻ căn cước gắn chip", "Điện thoại đã cài VNeID"), one
   * a line: the flyer's "Cần mang theo" list and the Zalo message's, never a tick column of the
   * tracking sheet (an action's). Empty: none printed.
   */
  bring: lineList.default([]),
  /**
   * The numbers to call ("Số điện thoại cần biết"), one "who: number" line each ("Ban Chỉ huy
   * PCTT phường: 0236 3 111 222", "Cấp cứu: 115"): boxed on the flyer, in the Zalo message and
   * on the leader's page (load/hotlines.ts reads their parts; a line with no number is refused).
   */
  hotlines: z.preprocess(asLines, z.array(z.preprocess(hotlineText, text))).default([]),
  /**
   * Where residents pay by transfer (a fee, a fund drive): the bank, the account number, its
   * holder and what to write as the transfer's content. Printed whole under its own heading on
   * the flyer, the checklist and the Zalo message, never a tick column (qa40 M4: written as an
   * action, the account became a column of the tracking sheet). null when the campaign has none.
   */
  payment: z
    .strictObject({
      bank: text.optional(),
      account: text,
      holder: text.optional(),
      note: text.optional(),
    })
    .nullable()
    .default(null),
  links: z.record(z.string(), link).default({}),
  app: app.nullable().default(null),
  /** The figures each group reports (see `measure`); the first one ranks the groups. */
  measures: z.array(measure).default([]),
  /**
   * A column of the groups file that groups several groups into an area the office reports by
   * ("Khu vực bỏ phiếu", "Khu phố", "Cụm"), by its header: the office's results pages and the
   * report add the measures' totals per area (results/areas.ts). Absent: no area totals.
   */
  totals_by: text.optional(),
  /**
   * Where the report of results (báo cáo kết quả, `report` and the studio's Kết quả) is sent: its
   * "Kính gửi" and its "Nơi nhận", one a line, as the notice's `recipients` and `cc` are. The
   * report goes up (to the city, a Sở or Phòng), not down to the groups the notice went to
   * (qa43 M2). Absent: the issuer's upper body and "Như trên; Lưu: VT, …" (results/report-model.ts).
   * `deadline`: the last day the groups' figures are due (hạn báo cáo); a leader's figure sent
   * after it is marked late (results/late.ts). A contest's figures come after it ends: without
   * this day a contest marks none, another campaign counts from its `when` line's last day.
   */
  report: z
    .strictObject({
      recipients: lineList.optional(),
      cc: lineList.optional(),
      deadline: isoDate.optional(),
    })
    .optional(),
  /** Images to print; paths relative to campaign.yaml (see campaign-assets.ts). */
  assets: z
    .strictObject({
      logo: text.optional(),
      /** The signer's handwritten signature, in a signed notice's visible signature (build --sign). */
      signature: text.optional(),
      /**
       * The agency's seal, over the left third of the signature in a signed notice: the file, or
       * the file and the seal's real diameter (Decree 30/2020: the seal's image at the seal's
       * real size), `{ file: con-dau.png, diameter: 36mm }`.
       */
      seal: z.union([text, z.strictObject({ file: text, diameter: sealDiameter })]).optional(),
      /** Also print the logo in the centre of the poster's QR codes (they switch to level H). */
      logo_on_qr: z.boolean().default(false),
      /**
       * A picture residents must see (a muster point's map, qa40 M5): the file, or the file and
       * its caption. Printed on the flyer under when/where and on the notice's annex page. A
       * caption alone (typed in the studio before the picture is uploaded) waits for its file:
       * nothing is printed, nothing is warned.
       */
      map: z
        .union([text, z.strictObject({ file: text.optional(), caption: text.optional() })])
        .optional(),
    })
    // The map's file is one of the campaign's images like the logo (checked and copied the same
    // way: campaign-assets.ts); its caption is kept beside it.
    // The seal's file likewise, its diameter (mm) kept beside it as `seal_mm`.
    .transform(({ map, seal, ...rest }) => {
      const file = typeof map === 'string' ? map : map?.file;
      const caption = typeof map === 'string' ? undefined : map?.caption;
      const sealFile = typeof seal === 'string' ? seal : seal?.file;
      const sealMm = typeof seal === 'string' ? undefined : seal?.diameter;
      return {
        ...rest,
        ...(file === undefined ? {} : { map: file }),
        ...(caption === undefined ? {} : { map_caption: caption }),
        ...(sealFile === undefined ? {} : { seal: sealFile }),
        ...(sealMm === undefined ? {} : { seal_mm: sealMm }),
      } as typeof rest & { map?: string; map_caption?: string; seal?: string; seal_mm?: number };
    })
    .optional(),
});

type ParsedCampaign = z.infer<typeof campaignSchema>;

/**
 * A campaign as loaded: as campaign.yaml writes it, and what the loader reads off it that the
 * file does not hold: a named document's "Về việc" as typed before its trích yếu
 * (`notice.subjectLead`, notice-marks.ts), which only the notice prints back (Decree 30 prints a
 * named document's trích yếu under its name with or without it, as the office typed it: qa50 m3).
 * Not a field of the file: one typed there is refused as any unknown key (review50 R2).
 */
export type Campaign = Omit<ParsedCampaign, 'notice'> & {
  notice: ParsedCampaign['notice'] & { subjectLead?: string };
};

/** The campaign's image files, by their field under `assets`. */
export const ASSET_FILES = ['logo', 'signature', 'seal', 'map'] as const;
