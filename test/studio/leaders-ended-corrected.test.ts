/**
 * qa43 minor 14: the office corrected the campaign's last day after its links went out, from
 * 08/12/2026 to 05/12/2026, a day already past. The leader's page said both "Chiến dịch đã kết
 * thúc ngày 05/12/2026 … để lưu lại" and "Cập nhật ngày …: hạn mới đến hết ngày 05/12/2026; tài
 * liệu đã được sửa — tải lại bản mới": a "new deadline" already gone, and papers to fetch again
 * that are only kept for the record. The page now says one thing: the campaign ended that day,
 * its last day corrected. The fee campaign of the QA round (test/fixtures/qa43), its list of 20
 * tổ (test/fixtures/qa40/groups20.csv).
 */
import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { FEE_SLUG, feeStudio } from './fee-campaigns.js';
import { Client, plainText, type TestStudio } from './studio.js';

const SLUG = FEE_SLUG;
const ENDED = 'Từ ngày 02/12/2026 đến hết ngày 05/12/2026';
const FIRST = 'Từ ngày 02/12/2026 đến hết ngày 08/12/2026';

let s: TestStudio;
let page: string;
beforeAll(async () => {
  let yaml = '';
  const started = await feeStudio((text) => {
    yaml = text;
    expect(yaml).toContain(`when: ${ENDED}`);
    return yaml.replace(`when: ${ENDED}`, `when: ${FIRST}`);
  });
  s = started.s;
  const office = started.c;
  const leaders = `/c/${SLUG}/leaders`;
  expect((await office.post(`${leaders}/open`, {}, leaders)).status).toBe(303);
  const link = /class="leader-url" value="([^"]+)"/.exec((await office.get(leaders)).text)?.[1];
  expect(link).toBeDefined();
  // The office corrects the last day: 05/12/2026, before today (the ward's clock: 06/12/2026 on).
  await writeFile(started.file, yaml);
  page = plainText((await new Client(s.url).get(new URL(link ?? '').pathname)).text);
});
afterAll(async () => {
  await s?.close();
  await removeTempDirs();
});

describe('a last day corrected to a day already past', () => {
  it('says the campaign ended that day, corrected: no “new deadline”, nothing to fetch again', () => {
    expect(page).toContain('Chiến dịch đã kết thúc ngày 05/12/2026');
    expect(page).toMatch(
      /đã kết thúc ngày 05\/12\/2026 \(ngày kết thúc đã được sửa ngày \d\d\/\d\d\/\d{4}\)/,
    );
    expect(page).not.toContain('hạn mới');
    expect(page).not.toContain('tải lại bản mới');
  });
});
