/**
 * qa56 M2: a call-up for a health check (khám nghĩa vụ quân sự) counts "Số công dân đã khám"
 * against the list's "Số công dân gọi khám" (9 in Tổ 1 of 210 households, 12 in Tổ 3). It
 * printed an 11-page household sheet, "Họ và tên chủ hộ", 221 rows, and the leader page said
 * "mỗi hộ một dòng". The people a column says are called (or due: "cần", "phải") are listed by
 * name: a row each and three spare. A column of who the tổ simply has keeps household rows.
 * QA's own inputs (test/fixtures/qa56-nvqs, from notes/qa56/inputs).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closedAfterAll, startServer, tokenOf, wardOf } from '../serve/server.js';
import { buildCampaignText } from '../support/campaign-build.js';
import { visible } from '../support/page-text.js';

const fixture = (name: string) =>
  readFile(fileURLToPath(new URL(`../fixtures/qa56-nvqs/${name}`, import.meta.url)), 'utf8');

describe('the tracking sheet of people called for a check (qa56 M2)', () => {
  it('lists the tổ’s called citizens by name, a row each and three spare', async () => {
    const b = await buildCampaignText(
      await fixture('campaign.yaml'),
      await fixture('groups.csv'),
      'tracker',
    );
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-so-1', 'tracker');
    expect(sheet).toContain('DANH SÁCH CÔNG DÂN GỌI KHÁM');
    expect(sheet).toContain(
      'Mỗi dòng ghi một công dân gọi khám (họ và tên, địa chỉ); đánh dấu “x” vào ô khi người đó đã làm xong việc đó.',
    );
    expect(sheet).toContain('STT Họ và tên Địa chỉ Đã nhận giấy Đã khám');
    expect(sheet).not.toContain('chủ hộ');
    expect(sheet).toContain('Trang 1/1');
    // Tổ 1's 9 and three spare: rows 1 to 12.
    expect(sheet).toMatch(/ 11 12 Tổng cộng/);
    expect(sheet).toContain('……… công dân / 9 công dân gọi khám');
    // The plain count of absentees beside it: an "x" on an absentee's row, said from its label (review57a #11c).
    expect(sheet).toContain(
      'Cột “Số công dân vắng mặt (người)”: đánh dấu “x” ở dòng của mỗi công dân vắng mặt.',
    );
    // Tổ 3's 12 and three spare run onto a second page, not 11 pages of 260 households.
    const third = await b.text('to-dan-pho-so-3', 'tracker');
    expect(third).toContain('Trang 1/2');
    expect(third).toContain('……… công dân / 12 công dân gọi khám');
  });

  it('keeps household rows for a column of who the tổ has, not called', async () => {
    const yaml = (await fixture('campaign.yaml')).replace(
      'of: Số công dân gọi khám',
      'of: Số công dân trong độ tuổi',
    );
    const groups = (await fixture('groups.csv')).replace(
      'Số công dân gọi khám',
      'Số công dân trong độ tuổi',
    );
    const b = await buildCampaignText(yaml, groups, 'tracker');
    expect(b.code, b.stderr).toBe(0);
    const sheet = await b.text('to-dan-pho-so-1', 'tracker');
    expect(sheet).toContain('Họ và tên chủ hộ');
    expect(sheet).not.toContain('DANH SÁCH CÔNG DÂN');
  });

  const { servers } = closedAfterAll();
  it('asks the leader for a list of the people, one a row', async () => {
    const s = await startServer({
      ward: await wardOf(await fixture('campaign.yaml'), await fixture('groups.csv')),
    });
    servers.push(s);
    const text = visible(await (await fetch(`${s.url}/g/${tokenOf('1')}/`)).text());
    expect(text).toContain(
      'In bảng theo dõi: mỗi người một dòng, đánh dấu “x” khi người đó đã làm xong từng việc.',
    );
    expect(text).not.toContain('mỗi hộ một dòng');
    expect(text).toContain('Bảng theo dõi của tổ Mỗi người một dòng, đánh dấu “x” khi đã làm xong');
    // Their checklists: one each of the 9 (the flyer still goes to each of the 210 households).
    expect(text).toContain('In 9 bản (mỗi công dân gọi khám một bản)');
  });
});
