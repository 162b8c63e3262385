/**
 * qa25 F5: "•" bullets pasted from Word into "Cần mang theo" printed doubled — "• • Thẻ cử tri"
 * on the flyer, a tick box then "• …" on the checklist, "- • …" in the leader's Zalo message. A
 * list mark typed before an item of a field written one item a line (what to bring, the numbers
 * to call, Kính gửi, Nơi nhận…) is dropped where the campaign comes in: the studio's form and a
 * campaign.yaml written by hand; an item that starts with a figure ("2 ảnh 3x4") is kept whole.
 * The values are the tester's (notes/qa25/inputs/c1-form.json, c2-bring-bullets.json).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { checklist } from '../../src/kinds/checklist.js';
import { flyer } from '../../src/kinds/flyer.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { zaloMessage } from '../../src/serve/zalo-message.js';
import { applyForm, formValues } from '../../src/studio/campaign-fields.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const group: Group = {
  id: '1',
  name: 'Tổ dân phố 1',
  households: 120,
  source: { file: 'groups.csv', row: 2 },
};

/** c2's "Cần mang theo" as pasted from Word (a bullet and a Tab), and c1's ("• "). */
const C2_BRING = ['•\tMũ bảo hiểm đạt chuẩn (có tem CR) của trẻ', '•\tBản cam kết đã ký'];
const C1_BRING = ['• Thẻ cử tri', '• Căn cước hoặc giấy tờ tùy thân có ảnh'];
const BRING = [
  'Mũ bảo hiểm đạt chuẩn (có tem CR) của trẻ',
  'Bản cam kết đã ký',
  'Thẻ cử tri',
  'Căn cước hoặc giấy tờ tùy thân có ảnh',
];
const HOTLINE = 'Công an phường Hòa Khánh: 0236 3842 113';

const WITH_STEPS = `${NOTICE_ONLY}title: Niêm yết danh sách cử tri
actions:
  - step: Kiểm tra tên của mình và người thân trong gia đình
`;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

/**
 * The bullets the flyer prints per copy of its "Cần mang theo" list (the sheet holds two copies of
 * the flyer, cut apart): one an item when no item brings its own.
 */
const bulletsPerList = (text: string) =>
  (text.match(/•/gu) ?? []).length / (text.match(/Cần mang theo/gu) ?? []).length;

/** The flyer's and the checklist's text, and the Zalo message, of the campaign in `file`. */
async function printed(file: string) {
  const { campaign } = await loadCampaign(file);
  const flyerText = collapseSpaces(await pdfText((await renderFor(flyer, campaign, group)).bytes));
  const checklistText = collapseSpaces(
    await pdfText((await renderFor(checklist, campaign, group)).bytes),
  );
  const zalo = zaloMessage(buildContext(campaign, group, 'to-dan-pho-1'), []);
  return { campaign, flyerText, checklistText, zalo };
}

describe('list marks typed before the items of a list field (qa25 F5)', () => {
  it('are dropped by the studio form: the flyer, the checklist and the Zalo message print each item once', async () => {
    const doc = parseDocument(WITH_STEPS);
    const form = formValues(doc.toJS());
    form.bring = [...C2_BRING, ...C1_BRING].join('\r\n');
    form.hotlines = `1.\u00a0${HOTLINE}`;
    applyForm(doc, form);
    expect(parse(doc.toString()).bring).toEqual(BRING);
    expect(parse(doc.toString()).hotlines).toEqual([HOTLINE]);
    const file = join(dir, 'studio.yaml');
    await writeFile(file, doc.toString());
    const { campaign, flyerText, checklistText, zalo } = await printed(file);
    expect(campaign.bring).toEqual(BRING);
    expect(bulletsPerList(flyerText)).toBe(BRING.length);
    for (const item of BRING) {
      expect(flyerText).toContain(item);
      expect(zalo).toContain(`\n- ${item}\n`);
    }
    expect(flyerText).toContain('Công an phường Hòa Khánh');
    expect(flyerText).not.toContain('1. Công an');
    expect(checklistText).not.toMatch(/•\s*(?:Mũ bảo hiểm|Thẻ cử tri|Bản cam kết)/u);
    expect(zalo).not.toMatch(/- •|•\t/u);
  });

  it('are dropped from a campaign.yaml written by hand; an item that starts with a figure is kept', async () => {
    const file = join(dir, 'hand.yaml');
    await writeFile(
      file,
      `${WITH_STEPS}bring:
  - "•\\tMũ bảo hiểm đạt chuẩn (có tem CR) của trẻ"
  - "-\\u00a0Bản cam kết đã ký"
  - "1.\\tThẻ cử tri"
  - "a) Căn cước hoặc giấy tờ tùy thân có ảnh"
  - "2 ảnh 3x4"
  - "1.250.000 đồng tiền đóng góp"
hotlines:
  - "– ${HOTLINE}"
`,
    );
    const { campaign, flyerText, zalo } = await printed(file);
    expect(campaign.bring).toEqual([...BRING, '2 ảnh 3x4', '1.250.000 đồng tiền đóng góp']);
    expect(campaign.hotlines).toEqual([HOTLINE]);
    expect(bulletsPerList(flyerText)).toBe(campaign.bring.length);
    expect(flyerText).toContain('2 ảnh 3x4');
    expect(flyerText).not.toMatch(/(?:^|\s)(?:-|1\.|a\)) (?:Bản cam kết|Thẻ cử tri|Căn cước)/u);
    expect(zalo).toContain('\n- 2 ảnh 3x4');
    expect(zalo).toContain('\n- Thẻ cử tri');
  });
});
