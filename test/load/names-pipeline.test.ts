/**
 * Names as phones, Word and Excel deliver them — decomposed (NFD), with zero-width characters,
 * non-breaking spaces, tabs and runs of spaces — go through load → template → layout and come out
 * of the PDF as the clean NFC name. And a ward of 10,000 groups loads fast and whole.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { tracker } from '../../src/kinds/tracker.js';
import { loadGroupsReport, parseGroupsCsv } from '../../src/load/groups/index.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('dirty names through the whole pipeline', () => {
  it.each([
    ['decomposed (NFD)', 'Tổ dân phố Đồng Quốc Bình'.normalize('NFD')],
    ['zero-width characters', '\u200BTổ dân\u200C phố\u200D Đồng\uFEFF Quốc Bình'],
    ['non-breaking spaces', 'Tổ\u00A0dân\u00A0phố Đồng\u00A0Quốc Bình'],
    ['tabs and repeated spaces', '  Tổ\tdân   phố \t Đồng Quốc    Bình '],
  ])('%s: the PDF shows the clean NFC name', async (_, dirty) => {
    const { campaign } = await exampleInputs();
    const leader = 'Nguyễn\u00A0\u00A0Thị\u200B Thu Hằng'.normalize('NFD');
    const [group] = parseGroupsCsv(
      utf8(`STT;Tên tổ dân phố;Tổ trưởng\n1;${dirty};${leader}\n`),
      'dirty.csv',
    );
    expect(group?.name).toBe('Tổ dân phố Đồng Quốc Bình');
    const doc = await renderFor(notice, campaign, group as NonNullable<typeof group>);
    const text = collapseSpaces(await pdfText(doc.bytes));
    expect(text).toContain('Bản gửi: Tổ dân phố Đồng Quốc Bình, phường Lê Chân');
    expect(text).not.toMatch(/[\u200B-\u200D\uFEFF\u00A0]/);
    // The notice names no leader (its "Kính gửi" is the campaign's list): the tracking sheet does.
    const sheet = await renderFor(tracker, campaign, group as NonNullable<typeof group>);
    const sheetText = collapseSpaces(await pdfText(sheet.bytes));
    expect(sheetText).toContain(
      'Tổ dân phố Đồng Quốc Bình – phường Lê Chân · Tổ trưởng: Nguyễn Thị Thu Hằng',
    );
    expect(sheetText).not.toMatch(/[\u200B-\u200D\uFEFF\u00A0]/);
  });
});

describe('10,000 groups', () => {
  it('loads a 10,000-row CSV in under 2 s, every row in order', async () => {
    const lines = [
      'STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Địa chỉ nhà văn hóa;Số hộ;Số nhân khẩu',
    ];
    for (let i = 1; i <= 10_000; i++) {
      lines.push(
        `${i};Tổ dân phố số ${i};Nguyễn Văn Hùng ${i};0912 ${String(i).padStart(6, '0')};` +
          `Nhà văn hóa số ${i}, phố Lê Chân;${100 + (i % 300)};${400 + (i % 1200)}`,
      );
    }
    const file = join(await makeTempDir('phuong-print-10k-'), 'groups.csv');
    await writeFile(file, `\uFEFF${lines.join('\r\n')}\r\n`);
    const started = performance.now();
    const report = await loadGroupsReport(file);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(2);
    expect(report.failures).toEqual([]);
    expect(report.groups).toHaveLength(10_000);
    expect(new Set(report.groups.map((g) => g.id)).size).toBe(10_000);
    expect(report.groups[9_999]).toMatchObject({
      id: '10000',
      name: 'Tổ dân phố số 10000',
      phone: '0912 010000',
      households: 100 + (10_000 % 300),
      source: { row: 10_001 },
    });
  });
});
