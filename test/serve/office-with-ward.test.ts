/**
 * The web pages name the office as the printed papers do (qa7 A5): an office named with the
 * unit's word at its end ("Công an xã") takes the ward's name ("Công an xã Đông Hưng"), not
 * "Công an xã, xã Đông Hưng" nor "Công an xã · xã Đông Hưng". What a reader sees: the page's text.
 */
import { describe, expect, it } from 'vitest';
import { errorPage } from '../../src/serve/html.js';
import { dengueCampaign } from '../fixtures/dengue-campaign.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, basic, startResultsServer, wardOf } from './server.js';

const textOf = (html: string) => visible(html).trim();

describe('a wrong link’s page names whom to ask', () => {
  it('says "Công an xã Đông Hưng" for a xã’s police', () => {
    const text = textOf(
      errorPage(404, undefined, {
        unit: 'xã',
        office: 'Công an xã',
        ward: 'xã Đông Hưng',
        phone: '0227 3 851 113',
      }),
    );
    expect(text).toContain('gọi cho Công an xã Đông Hưng: 0227 3 851 113');
    expect(text).not.toContain('xã, xã');
  });

  it('keeps the comma for an office that does not end in the unit’s word', () => {
    const text = textOf(
      errorPage(404, undefined, {
        unit: 'phường',
        office: 'Phòng Văn hóa - Xã hội',
        ward: 'phường Lê Chân',
        phone: '',
      }),
    );
    expect(text).toContain('hỏi Phòng Văn hóa - Xã hội, phường Lê Chân.');
  });
});

describe('the office’s figures page names the office as the others do (qa19)', () => {
  it('says "Bộ phận Nông nghiệp xã An Khánh", not "… xã · xã An Khánh"', async () => {
    const campaign = dengueCampaign({
      name: 'XÃ AN KHÁNH',
      ward: 'xã An Khánh',
      place: 'An Khánh',
    }).replace('office: Phòng Văn hóa - Xã hội', 'office: Bộ phận Nông nghiệp xã');
    const ward = await wardOf(campaign, 'STT;Tên ấp;Số hộ\n1;Ấp Phú Hòa;120\n');
    const s = await startResultsServer(ward, await makeTempDir('phuong-print-office-page-'));
    try {
      const res = await fetch(`${s.url}/admin/ket-qua`, {
        headers: { authorization: basic('admin', ADMIN_PASSWORD) },
      });
      const text = textOf(await res.text());
      expect(text).toContain('Bộ phận Nông nghiệp xã An Khánh');
      expect(text).not.toContain('xã · xã');
    } finally {
      await s.app.close();
      await s.store.close();
      await removeTempDirs();
    }
  });
});
