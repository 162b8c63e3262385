/**
 * The storm warning (công điện, "Ứng phó bão số 3") of phường Sơn Trà as an office types its
 * campaign.yaml: its issuer and notice, then the parts the flyer and leader tests vary — the steps,
 * what to bring and the numbers to call — each given as the YAML list items the office would write.
 * Tests that expect a line number find it in the text this returns (`lineOf`), never a constant.
 */

/** The issuing office and its phone, as the campaign gives them (printed at the flyer's foot). */
export const STORM_OFFICE = 'Văn phòng UBND phường';
export const STORM_PHONE = '0236 3 831 114';

/** Two steps, each with its tick column, the second written unquoted. */
export const STORM_ACTIONS = [
  '{ step: "Chằng chống nhà cửa, chặt tỉa cây xanh quanh nhà", column: Đã chằng chống }',
  '{ step: Sơ tán đến nơi an toàn khi có lệnh của phường, column: Đã sơ tán }',
] as const;

export interface StormCampaignParts {
  /** Top-level YAML between `title:` and `actions:` (e.g. a `links:` block), ending in a newline. */
  before?: string;
  /** Each step's list item after `  - `; default STORM_ACTIONS. */
  actions?: readonly string[];
  /** Each thing to bring, after `  - `; no `bring:` when empty. */
  bring?: readonly string[];
  /** Each number to call's list item after `  - `, as typed (quoted or not); none when empty. */
  hotlines?: readonly string[];
  /** Raw text at the end of the file (e.g. one more hotline item). */
  after?: string;
}

const items = (key: string, list: readonly string[]) =>
  list.length === 0 ? '' : `${key}:\n${list.map((i) => `  - ${i}\n`).join('')}`;

/** The storm campaign's YAML with the given parts. */
export function stormCampaign(parts: StormCampaignParts = {}): string {
  return `issued: 2026-09-21
issuer:
  name: [ỦY BAN NHÂN DÂN, PHƯỜNG SƠN TRÀ]
  ward: phường Sơn Trà
  place: Sơn Trà
  office: ${STORM_OFFICE}
  phone: "${STORM_PHONE}"
notice:
  number: 7
  symbol: CĐ-UBND
  subject: chủ động ứng phó với bão số 3
  recipients: ["{{group.name}}"]
  body: Đề nghị các tổ dân phố thông báo khẩn đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ứng phó bão số 3
${parts.before ?? ''}${items('actions', parts.actions ?? STORM_ACTIONS)}${items('bring', parts.bring ?? [])}${items('hotlines', parts.hotlines ?? [])}${parts.after ?? ''}`;
}

/** The groups file of one tổ dân phố ("Tổ dân phố 1", its folder `to-dan-pho-1`). */
export const STORM_GROUPS = 'STT,Tên tổ dân phố\n1,Tổ dân phố 1\n';
