/**
 * A ward whose groups are "thôn" (a commune), for the tests that check every line and page says
 * the ward's word: its campaign (`issuer.group_term: thôn`), its groups file (three thôn, the
 * second without a name) and a pattern for "tổ" said as a word.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_CAMPAIGN } from './render.js';
import { makeTempDir } from './tmp.js';

export const TERM = 'thôn';

/**
 * "Tổ"/"tổ" as a word: not inside "tổng", and "tổ chức" is no group. Letter-aware (JS `\b` only
 * knows ASCII letters, so `\btổ\b` never matches "tổ dân phố").
 */
export const GROUP_WORD_TO = /(^|[^\p{L}])[Tt]ổ(?![\p{L}])(?! chức)/u;

/** Three thôn, the second without a name (a problem every surface names on its row). */
export const THON_GROUPS = [
  'STT;Tên thôn;Trưởng thôn;Số hộ',
  '1;Thôn Đông;Nguyễn Văn Hùng;248',
  '2;;Trần Thị Thu Hằng;345',
  '3;Thôn Đoài;Phạm Đức Thắng;442',
  '',
].join('\n');

/**
 * A commune's list of two thôn and a tổ dân phố (common since the 2025 mergers), one column for
 * both words' names and heads: the groups' names begin with different words.
 */
export const MIXED_GROUPS = `STT;Tên thôn/tổ dân phố;Trưởng thôn/Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;Thôn Đông;Nguyễn Văn An;0912 345 678;120;480
2;Thôn Tây;Trần Văn Bình;0912 345 679;110;430
3;Tổ dân phố Chợ;Lê Thị Cúc;0983 214 567;95;380
`;

/** A campaign's YAML with `group_term: <term>` (default "thôn") under its issuer. */
export function withGroupTerm(yaml: string, term = TERM): string {
  return yaml.replace(/^( {2}office: .*)$/m, `$1\n  group_term: ${term}`);
}

/** The example campaign with `group_term: thôn` and the three thôn, in a fresh temp folder. */
export async function communeCampaign(): Promise<{ campaign: string; groups: string }> {
  const dir = await makeTempDir('phuong-print-term-');
  const campaign = join(dir, 'campaign.yaml');
  await writeFile(campaign, withGroupTerm(await readFile(EXAMPLE_CAMPAIGN, 'utf8')));
  const groups = join(dir, 'thon.csv');
  await writeFile(groups, THON_GROUPS);
  return { campaign, groups };
}

/** The commune's word for itself, as its issuer's name says it ("XÃ AN BÌNH"). */
export const UNIT = 'xã';

/** "phường"/"Phường" as a word, letter-aware as GROUP_WORD_TO. */
export const UNIT_WORD_PHUONG = /(^|[^\p{L}])[Pp]hường(?![\p{L}])/u;

/**
 * A campaign's YAML whose issuer is a commune: its printed name "XÃ AN BÌNH" and its name in
 * running text "xã An Bình" in place of the example's phường.
 */
export function asCommuneIssuer(yaml: string): string {
  return yaml
    .replace(/^( {4}- )PHƯỜNG LÊ CHÂN$/m, '$1XÃ AN BÌNH')
    .replace(/^( {2}ward: )phường Lê Chân/m, '$1xã An Bình');
}
