/**
 * The office's phone (issuer.phone) prints as the leaders' phones do: digits alone or dotted are
 * grouped ("0222.3861.234" → "0222 3861 234"), a number spaced by the office as typed, and a text
 * that is no number as typed (qa17: the office's number printed as typed beside grouped ones).
 * Read back from the checklist's "Liên hệ" line (pdftotext).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const withPhone = (phone: string) =>
  `${NOTICE_ONLY.replace('  office: Phòng Văn hóa - Xã hội\n', `  office: Phòng Văn hóa - Xã hội\n  phone: "${phone}"\n`)}actions:\n  - { step: Đổ nước đọng quanh nhà, column: Đã đổ nước }\n`;

const contactOf = async (phone: string) => {
  const yaml = withPhone(phone);
  expect(yaml).toContain(`phone: "${phone}"`);
  const pdf = await renderCampaignText(checklist, yaml, 'STT;Tên khu phố\n1;Khu phố 1\n');
  return collapseSpaces(await pdfText(pdf));
};

describe('the office’s phone on the printed papers', () => {
  it.each([
    ['0222.3861.234', '0222 3861 234'],
    ['02838221234', '028 3822 1234'],
    ['0912-345-678', '0912 345 678'],
  ])('prints "%s" as "%s"', async (typed, printed) => {
    expect(await contactOf(typed)).toContain(`, ${printed}`);
  });

  it('keeps a number the office spaced, and a text that is no number, as typed', async () => {
    expect(await contactOf('0225 3 857 123')).toContain(', 0225 3 857 123');
    expect(await contactOf('Zalo phường')).toContain(', Zalo phường');
  });
});
