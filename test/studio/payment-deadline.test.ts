/**
 * A fee campaign made in the studio (qa40 M4, m4 left-overs): the edit form has the bank
 * details (`payment`: bank, account, holder, note) and the deadline (`deadline`), labelled in
 * Vietnamese; saved, they are the campaign.yaml the CLI reads, shown again as typed, and the
 * preview's flyer prints them. An account left out while the bank is given is refused beside its
 * field, as the loader refuses it, and nothing is saved; all four left empty, no `payment`.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCampaign } from '../../src/load/campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { fieldLabel, openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { exampleForTests, plainText } from './studio.js';

/** The ward's fee campaign's bank details, as test/fixtures/qa40-fee/campaign.yaml gives them. */
const PAYMENT = {
  bank: 'Ngân hàng TMCP Công thương Việt Nam (VietinBank) - Chi nhánh Lê Chân',
  account: '1234 5678 9012 3456',
  holder: 'Ủy ban nhân dân phường Lê Chân',
  note: 'VSMT 2026 - Tên tổ - Tên chủ hộ',
};
const DEADLINE = '17h00 ngày 31/12/2099';
const typed = {
  'payment.bank': PAYMENT.bank,
  'payment.account': PAYMENT.account,
  'payment.holder': PAYMENT.holder,
  'payment.note': PAYMENT.note,
  deadline: DEADLINE,
};

describe('bank details and a deadline in the studio form', () => {
  const ex = exampleForTests('thu-phi');

  it('are fields of the edit page, labelled in Vietnamese', async () => {
    const page = await ex.c.get('/c/thu-phi');
    expect(page.status).toBe(200);
    const label = (id: string) => fieldLabel(page.text, id);
    expect(label('f-payment-bank')).toBe('Ngân hàng');
    expect(label('f-payment-account')).toBe('Số tài khoản');
    expect(label('f-payment-holder')).toBe('Chủ tài khoản');
    expect(label('f-payment-note')).toBe('Nội dung chuyển khoản');
    expect(label('f-deadline')).toBe('Thời hạn');
    expect(plainText(page.text)).toContain('Chuyển khoản (nếu có)');
  });

  it('refuses a bank without its account beside the field, and saves nothing', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await saveCampaignPage(ex.c, 'thu-phi', { 'payment.bank': PAYMENT.bank });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const under = plainText(
      /id="f-payment-account-error"[^>]*>([\s\S]*?)<\/p>/.exec(res.text)?.[1] ?? '',
    );
    expect(under).toContain('Cần điền vì đã ghi “Ngân hàng”');
  });

  it('are saved as campaign.yaml’s payment and deadline, read by the CLI’s loader, shown again', async () => {
    const res = await saveCampaignPage(ex.c, 'thu-phi', typed);
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const saved = parse(await readFile(ex.file, 'utf8'));
    expect(saved.payment).toEqual(PAYMENT);
    expect(saved.deadline).toBe(DEADLINE);
    const { campaign } = await loadCampaign(ex.file);
    expect(campaign.payment).toEqual(PAYMENT);
    expect(campaign.deadline).toBe(DEADLINE);
    const again = await openCampaignPage(ex.c, 'thu-phi');
    for (const [name, value] of Object.entries(typed)) expect(again[name], name).toBe(value);
  });

  it('are printed on the preview’s flyer', async () => {
    const res = await ex.c.get('/c/thu-phi/preview/file?group=5&kind=flyer.pdf');
    expect(res.status).toBe(200);
    const text = collapseSpaces(await pdfText(res.bytes));
    expect(text).toContain(`Thời hạn: ${DEADLINE}`);
    expect(text).toContain('Thông tin chuyển khoản');
    expect(text).toContain(`Số tài khoản: ${PAYMENT.account}`);
    expect(text).toContain(PAYMENT.holder);
    expect(text).toContain(PAYMENT.note);
  });

  it('all left empty leave no payment in campaign.yaml', async () => {
    const res = await saveCampaignPage(ex.c, 'thu-phi', {
      'payment.bank': '',
      'payment.account': '',
      'payment.holder': '',
      'payment.note': '',
      deadline: '',
    });
    expect(res.status, res.text.slice(0, 2000)).toBeLessThan(400);
    const saved = parse(await readFile(ex.file, 'utf8'));
    expect(saved.payment ?? null).toBeNull();
    expect(saved.deadline ?? '').toBe('');
    expect((await loadCampaign(ex.file)).campaign.payment).toBeNull();
  });
});
