/**
 * The headers a ward office writes over its groups' meeting places (qa Q7): "Địa điểm nhà văn
 * hóa", "Nhà văn hóa", "Địa điểm sinh hoạt", "Địa chỉ nhà văn hóa" and the like are the group's
 * venue, printed where the campaign asks for it — `where: "{{group.venue}}"`, at the poster's
 * foot, "Địa điểm: …" (read with pdftotext; an empty `where` prints no place, qa12 Q7) — and
 * draw no "unknown column" warning. A column the tool does not know ("Địa điểm niêm yết")
 * is still a warning naming it, and prints nothing by itself.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poster } from '../../src/kinds/poster.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { EXAMPLE_CAMPAIGN, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('phuong-print-venue-headers-');
});
afterAll(removeTempDirs);

const VENUE = 'Nhà văn hóa tổ dân phố số 7, ngõ 12 Lạch Tray';

/** The example campaign with a one-group file whose third column is headed `header`. */
async function withHeader(header: string) {
  const groups = join(dir, `g${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(groups, `STT;Tên tổ dân phố;${header}\n7;Tổ dân phố số 7;${VENUE}\n`);
  const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups }, [poster]);
  const [group] = inputs.groups;
  if (!group) throw new Error('the file has no group');
  const { campaign } = await loadCampaign(EXAMPLE_CAMPAIGN);
  const asked = { ...campaign, where: '{{group.venue}}' };
  const text = collapseSpaces(await pdfText((await renderFor(poster, asked, group)).bytes));
  const warned = inputs.warnings.filter(
    (w) => w.where.field === header || w.message.includes(header),
  );
  return { text, warned };
}

describe("a group's venue under the headers wards write", () => {
  it.each([
    'Địa điểm nhà văn hóa',
    'Địa điểm nhà văn hoá',
    'ĐỊA ĐIỂM NHÀ VĂN HÓA',
    'Địa điểm nhà văn hóa tổ dân phố',
    'Địa chỉ nhà văn hóa',
    'Địa chỉ NVH',
    'Nhà văn hóa',
    'Địa điểm sinh hoạt',
  ])('"%s" prints at the poster\'s foot, with no warning', async (header) => {
    const { text, warned } = await withHeader(header);
    expect(text).toContain(`Địa điểm: ${VENUE}`);
    expect(warned.map((w) => w.message)).toEqual([]);
  });

  it('a column it does not know is a warning naming it, and prints nothing', async () => {
    const header = 'Địa điểm niêm yết';
    const { text, warned } = await withHeader(header);
    expect(text).not.toContain(VENUE);
    expect(warned).toHaveLength(1);
    expect(warned[0]?.say('vi')).toContain(`“${header}”`);
  });
});
