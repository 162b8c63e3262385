/**
 * A measure's "of" after its "|": a unit of its own ("kg", "bao", "mét khối") or a column of the
 * groups list. Two lower-case words the product does not know as a unit ("hộ nghèo") name a
 * column (review53 #1): a list without it is refused with its own columns, as before units
 * were read; a unit is read as one. What the office reads: `check`'s words.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { checkVi } from '../support/cli.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { stormCampaign } from '../support/storm-campaign.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

const GROUPS = `STT;Tên tổ dân phố;Số hộ;Số nhân khẩu;Số cử tri
1;Tổ dân phố 1;40;160;120
2;Tổ dân phố 2;35;140;100
`;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-measure-of-');
  await writeFile(join(dir, 'groups.csv'), GROUPS);
});
afterAll(removeTempDirs);

async function checkWith(of: string) {
  const file = join(dir, `${of.replace(/\W+/gu, '-')}.yaml`);
  await writeFile(
    file,
    `${NOTICE_ONLY}measures:\n  - { id: so_lieu, label: Số liệu đã làm, of: ${of} }\n`,
  );
  const run = await checkVi(file, join(dir, 'groups.csv'));
  return { ...run, said: run.stderr.replace(/\s+/g, ' ') };
}

describe('a measure’s “of”', () => {
  // "cử tri", a people noun, is the list's "Số cử tri" now (h-left15a: test/load/people-noun-base.test.ts).
  it.each(['hộ nghèo'])(
    '“%s”, a column the list lacks, is refused with its columns',
    async (of) => {
      const run = await checkWith(of);
      expect(run.code, run.said).not.toBe(0);
      expect(run.said).toContain(`“${of}”`);
      // The list's own count column named in the hint.
      expect(run.said).toContain('Số cử tri');
    },
  );

  it.each(['kg', 'bao', 'mét khối'])('“%s”, a unit, is read as one', async (of) => {
    const run = await checkWith(of);
    expect(run.code, run.said).toBe(0);
  });
});

describe('a one-word “of” that is the name of a column of the list', () => {
  // A women's union drive counted against each tổ's women: "| nữ" is the list's column "Nữ"
  // (or "nữ"), not a unit of its own; the tracking sheet's rate is taken against its figure.
  it.each(['Nữ', 'nữ'])(
    '“nữ” is the column “%s”: the sheet’s rate is against it',
    async (header) => {
      const women = 210;
      const built = await buildCampaignText(
        stormCampaign({ after: 'measures:\n  - { id: nu, label: Số phụ nữ tham gia, of: nữ }\n' }),
        `STT,Tên tổ dân phố,Số hộ,${header}\n1,Tổ dân phố 1,120,${women}\n`,
        'tracker',
      );
      expect(built.code, built.stderr).toBe(0);
      const said = built.stderr.replace(/\s+/g, ' ');
      // The column read, so not said to be printed nowhere.
      expect(said).not.toContain(`“${header}”: cột này không phải cột phần mềm tự đọc`);
      expect(await built.text('to-dan-pho-1', 'tracker')).toContain(
        `Số phụ nữ tham gia: ……… nữ / ${women} nữ = ……… %`,
      );
    },
    120_000,
  );
});
