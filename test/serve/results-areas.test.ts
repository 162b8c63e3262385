/**
 * Election night (qa22 #8): with 1 of 7 tổ reported, the office's headline gave "340 / 2.672 cử
 * tri · 12,7%", read on a phone as the turnout while the tổ that reported was at 94,2 %. The
 * headline now leads with the rate over the tổ that reported and says the ward's counts the
 * others as 0; the campaign's `totals_by: Khu vực bỏ phiếu` adds the totals per polling area, on
 * /admin/ket-qua and in the report PDF. Expected figures are worked out from the list below.
 */
import { describe, expect, it } from 'vitest';
import { ALL, campaign, groupsCsv, pct, vi, voters } from '../support/election.js';
import { resultsOfficeForTests } from './results-office.js';

const office = resultsOfficeForTests(
  campaign('totals_by: Khu vực bỏ phiếu\n'),
  groupsCsv,
  'results-areas-',
);
/** Group `id`'s "Số cử tri đã đi bầu" as its leader sends it. */
const report = (id: string, value: number) => office.report(id, { di_bau: value });

describe('election night: 1 of 7 tổ reported', () => {
  it('leads with the rate of the tổ that reported; the ward’s rate counts the others as 0', async () => {
    await report('2', 340);
    const text = await office.pageText();
    const ward = voters(ALL);
    expect(text).toContain(
      `${pct(340, voters(['2']))} ở 1 tổ đã báo cáo (340 / ${voters(['2'])} cử tri); toàn phường: 340 / ${vi(ward)} cử tri · ${pct(340, ward)} (tính 6 tổ chưa báo cáo là 0)`,
    );
    expect(pct(340, voters(['2']))).toBe('94,2%');
    // Not the bare "… · 12,7% (1 tổ đã báo cáo)" of before.
    expect(text).not.toContain(`${pct(340, ward)} (1 tổ đã báo cáo)`);
  });

  it('totals each polling area: its tổ reported, its figure over its voters, its rate', async () => {
    const text = await office.pageText();
    const one = voters(['1', '2', '3']);
    expect(text).toContain('Theo khu vực bỏ phiếu');
    expect(text).toContain(
      `Số 1 (1/3 tổ đã báo cáo) Số cử tri đã đi bầu: ${pct(340, voters(['2']))} ở 1 tổ đã báo cáo (340 / ${voters(['2'])} cử tri); cả khu vực bỏ phiếu: 340 / ${vi(one)} cử tri · ${pct(340, one)} (tính 2 tổ chưa báo cáo là 0)`,
    );
    expect(text).toContain('Số 2 (0/2 tổ đã báo cáo) Số cử tri đã đi bầu: chưa có tổ nào báo cáo');
  });

  it('says the same in the report PDF', async () => {
    const text = await office.reportText();
    const ward = voters(ALL);
    const one = voters(['1', '2', '3']);
    expect(text).toContain(
      `Số cử tri đã đi bầu: tỷ lệ ${pct(340, voters(['2']))} ở 1 tổ đã báo cáo (340/${voters(['2'])} cử tri); toàn phường: 340/${vi(ward)} cử tri, chiếm tỷ lệ ${pct(340, ward)} (tính 6 tổ chưa báo cáo là 0).`,
    );
    expect(text).toContain('Số cử tri đã đi bầu theo khu vực bỏ phiếu:');
    expect(text).toContain(
      `Số 1 (1/3 tổ đã báo cáo): tỷ lệ ${pct(340, voters(['2']))} ở 1 tổ đã báo cáo (340/${voters(['2'])} cử tri); cả khu vực bỏ phiếu: 340/${vi(one)} cử tri, chiếm tỷ lệ ${pct(340, one)} (tính 2 tổ chưa báo cáo là 0).`,
    );
    expect(text).toContain('Số 3 (0/2 tổ đã báo cáo): chưa có tổ nào báo cáo.');
  });
});

describe('every tổ reported', () => {
  const voted: Record<string, number> = { 1: 371, 2: 340, 3: 430, 4: 300, 5: 455, 6: 251, 7: 360 };
  const sum = (ids: readonly string[]) => ids.reduce((a, id) => a + (voted[id] ?? 0), 0);

  it('gives the ward’s rate as before, and each area’s over all its voters', async () => {
    for (const id of ALL) await report(id, voted[id] ?? 0);
    const text = await office.pageText();
    const ward = voters(ALL);
    expect(text).toContain(
      `Số cử tri đã đi bầu ${vi(sum(ALL))} / ${vi(ward)} cử tri · ${pct(sum(ALL), ward)} (7 tổ đã báo cáo)`,
    );
    expect(text).not.toContain('chưa báo cáo là 0');
    const two = ['4', '5'];
    expect(text).toContain(
      `Số 2 (2/2 tổ đã báo cáo) Số cử tri đã đi bầu: ${sum(two)} / ${voters(two)} cử tri · ${pct(sum(two), voters(two))}`,
    );
    const pdfT = await office.reportText();
    expect(pdfT).toContain(
      `Số cử tri đã đi bầu: ${vi(sum(ALL))}/${vi(ward)} cử tri, chiếm tỷ lệ ${pct(sum(ALL), ward)}.`,
    );
    expect(pdfT).toContain(
      `Số 2 (2/2 tổ đã báo cáo): ${sum(two)}/${voters(two)} cử tri, chiếm tỷ lệ ${pct(sum(two), voters(two))}.`,
    );
  });
});
