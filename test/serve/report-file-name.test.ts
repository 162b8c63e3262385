/**
 * The report's files name their campaign: its short title, else its notice's number, so that two
 * campaigns' reports of one ward do not take each other's name in Downloads (qa18); a character
 * a Windows file name cannot hold becomes "-".
 */
import { expect, it } from 'vitest';
import { reportFileName } from '../../src/serve/results-admin.js';

const campaign = (title: string, number: number | null) => ({
  title,
  notice: { number, symbol: 'KH-UBND' } as never,
  issuer: { ward: 'phường An Phú' } as never,
});

it('names the campaign by its title, else its number, and the ward', () => {
  expect(reportFileName('pdf', campaign('Tháng cao điểm PCCC', 12))).toBe(
    'Báo cáo kết quả - Tháng cao điểm PCCC - phường An Phú.pdf',
  );
  expect(reportFileName('xlsx', campaign('', 7))).toBe(
    'Kết quả - số 07-KH-UBND - phường An Phú.xlsx',
  );
  expect(reportFileName('xlsx', campaign('', null))).toBe('Kết quả - phường An Phú.xlsx');
  expect(reportFileName('pdf', campaign('Tiêm chủng 1/2027: đợt "2"', 3))).toBe(
    'Báo cáo kết quả - Tiêm chủng 1-2027- đợt -2- - phường An Phú.pdf',
  );
});
