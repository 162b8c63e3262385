/**
 * A notice's symbol typed with its number ("12/QĐ-UBND", as a document's number line reads):
 * printed after the number field it read "Số: 27/12/QĐ-UBND" as a công văn (review 2026-12-02
 * #7). Refused at the symbol's line, with the number and the symbol to write apart.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/load/campaign.js';
import { NOTICE_ONLY, userError } from '../support/inputs.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

async function campaignWithSymbol(symbol: string): Promise<string> {
  const dir = await makeTempDir('phuong-print-symbol-');
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, NOTICE_ONLY.replace('symbol: UBND-VHXH', `symbol: ${symbol}`));
  return file;
}

describe('a symbol typed with the notice’s number', () => {
  it('is refused at its line, saying what to write in each field', async () => {
    const file = await campaignWithSymbol('12/QĐ-UBND');
    const e = await userError(() => loadCampaign(file));
    const said = `${e.say('vi')} ${e.hintIn('vi')}`;
    expect(said).toContain('“Số: 27/12/QĐ-UBND”');
    expect(said).toContain('(12)');
    expect(said).toContain(': QĐ-UBND.');
  });

  it('is not when the symbol is the symbol alone', async () => {
    const { campaign } = await loadCampaign(await campaignWithSymbol('QĐ-UBND'));
    expect(campaign.notice.symbol).toBe('QĐ-UBND');
  });
});
