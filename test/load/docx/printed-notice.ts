/**
 * Test helper for the Word import's tests: a ward's header and signature as the qa33 notices
 * have them, and what a notice imported from Word prints (its PDF's text), once the office the
 * import cannot know is filled in.
 */
import { notice } from '../../../src/kinds/notice.js';
import type { Campaign } from '../../../src/load/campaign.js';
import { parseCampaignReport } from '../../../src/load/campaign.js';
import type { Group } from '../../../src/load/types.js';
import { collapseSpaces, pdfText } from '../../support/pdf-text.js';
import { renderFor } from '../../support/render.js';
import type { NoticeParts } from './notice-docx.js';

/** Phường Lê Chân's header and signature; a test sets its own number, subject or signer. */
export const LE_CHAN: NoticeParts = {
  parent: '',
  issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÊ CHÂN'],
  number: 'Số: 140/UBND-VHXH',
  placeDate: 'Lê Chân, ngày 22 tháng 12 năm 2026',
  subject: '',
  cc: ['Như trên;', 'Lưu: VT.'],
  signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  signerName: 'Phạm Thị Thu',
};

const GROUP = { id: '1', name: 'Tổ dân phố số 1', source: { file: 'groups.csv', row: 2 } };

/** The imported campaign.yaml loaded, its office placeholder replaced by `office`. */
export function importedCampaign(yaml: string, office = 'Văn phòng UBND'): Campaign {
  return parseCampaignReport(
    yaml.replace(/office: "?\(phòng phụ trách\)"?/, `office: ${office}`),
    'campaign.yaml',
  ).campaign;
}

/** The text of the notice printed for one group, spaces collapsed. */
export async function printedText(campaign: Campaign): Promise<string> {
  return collapseSpaces(await pdfText((await renderFor(notice, campaign, GROUP as Group)).bytes));
}
