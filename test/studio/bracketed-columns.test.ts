/**
 * qa51 m3: "[Giờ tập trung]" typed in “Thời gian” (the column's name as the chip's title shows
 * it, without {{group.…}}) was saved with no word and would print as written on every paper.
 * Now the save is refused at the field, naming what to write.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/messages/message.js';
import { checkCampaignText } from '../../src/studio/campaign-file.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/qa51/${name}`, import.meta.url));
const CAMPAIGN = fixture('campaign.yaml');

const refusals = async (text: string) =>
  (await checkCampaignText(text, CAMPAIGN, fixture('groups.csv'))).errors.map((e) => ({
    field: e.where.field,
    said: `${say(e.text, 'vi')} ${e.hintText ? say(e.hintText, 'vi') : ''}`,
  }));

describe('a list column typed in brackets in a field', () => {
  it('is refused at its field with the {{group.[…]}} to write', async () => {
    const text = (await readFile(CAMPAIGN, 'utf8')).replace(
      /^when: .*$/m,
      'when: "[Giờ tập trung], Chủ nhật 13/12/2026"',
    );
    expect(await refusals(text)).toEqual([
      {
        field: 'when',
        said: expect.stringMatching(
          /^“\[Giờ tập trung\]” sẽ in nguyên như vậy.*Ghi \{\{group\.\[Giờ tập trung\]\}\}/,
        ),
      },
    ]);
  });

  it('leaves {{group.[Giờ tập trung]}} and brackets naming no column alone', async () => {
    const text = (await readFile(CAMPAIGN, 'utf8')).replace(
      /^slogan: .*$/m,
      'slogan: "Không có lăng quăng [bọ gậy], không có sốt xuất huyết"',
    );
    expect(text).toContain('when: "{{group.[Giờ tập trung]}}');
    expect(await refusals(text)).toEqual([]);
  });
});
