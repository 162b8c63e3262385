/**
 * `measures:` in campaign.yaml: the figures the groups report back. The example declares the
 * three the issue names; a mistake in one is said in plain words on its own line.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaign, parseCampaignReport } from '../../src/load/campaign.js';
import { lineOf, NOTICE_ONLY, userErrorSync } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';

describe('campaign measures', () => {
  it('the example declares the three figures of the issue, in its order', async () => {
    const c = parseCampaign(await readFile(EXAMPLE_CAMPAIGN, 'utf8'), EXAMPLE_CAMPAIGN);
    expect(c.measures.map((m) => [m.label, m.of])).toEqual([
      ['Số người dân tham gia cuộc thi', 'people'],
      ['Số người dân nhận giấy chứng nhận', 'people'],
      ['Số hộ gia đình cài đặt ứng dụng Smart Hải Phòng', 'households'],
    ]);
  });

  it('a campaign without measures has none', () => {
    expect(parseCampaign(NOTICE_ONLY, 'c.yaml').measures).toEqual([]);
  });

  it('a bad id, an unknown "of" and a missing label are each named on their line', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: Tham Gia, label: Số người tham gia, of: people }
  - { id: cai_app, label: Số hộ cài ứng dụng, of: families }
  - { id: chung_nhan, of: people }
`;
    const all = problemsOf(userErrorSync(() => parseCampaign(text, 'c.yaml')));
    const said = all.map((e) => [e.where.line, e.message]);
    expect(said).toEqual([
      [
        lineOf(text, 'Tham Gia'),
        '"id" must be a short name of lower-case letters, digits and "_", starting with a letter, but it is the text "Tham Gia"',
      ],
      [
        lineOf(text, 'families'),
        '"of" must be người, hộ, đồng, a unit (kg, bao, lượt…) or the header of a count column of the groups file, but it is the text "families"',
      ],
      [lineOf(text, 'chung_nhan'), 'the required field "label" is missing from "measures.2"'],
    ]);
    expect(all[1]?.hint).toContain('of: people');
  });

  it('a sum of money is a plain amount: "of" left out under a label in đồng, or "of: đồng" (qa40 M4)', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: so_ho_nop, label: Số hộ đã nộp phí, of: households }
  - { id: so_tien, label: Số tiền đã thu (đồng) }
  - { id: quy, label: Tiền ủng hộ quỹ, of: đồng }
`;
    const c = parseCampaign(text, 'c.yaml');
    expect(c.measures.map((m) => [m.id, m.of])).toEqual([
      ['so_ho_nop', 'households'],
      ['so_tien', 'amount'],
      ['quy', 'amount'],
    ]);
  });

  it('"of" left out under a label that is no sum of money is still asked for, on its line', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: tham_gia, label: Số người tham gia }
`;
    const e = userErrorSync(() => parseCampaign(text, 'c.yaml'));
    expect(e.where.line).toBe(lineOf(text, 'tham_gia'));
    expect(e.message).toContain('"of"');
    expect(e.hint).toContain('(đồng)');
  });

  it('"of" left out under a label whose bracket is a unit of its own is that unit, as "(kg)" is (qa54 p1)', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: rac_kg, label: Khối lượng rác thu gom (kg) }
  - { id: bao, label: Số bao rác thu gom (bao) }
  - { id: nguoi, label: Số người tham gia (người) }
`;
    // The bags as the kg; a count in people still needs its base, on its line.
    const e = userErrorSync(() => parseCampaign(text, 'c.yaml'));
    expect(e.where.line).toBe(lineOf(text, 'id: nguoi'));
    const c = parseCampaign(text.replace(/ {2}- \{ id: nguoi.*\n/, ''), 'c.yaml');
    expect(c.measures.map((m) => [m.id, m.of])).toEqual([
      ['rac_kg', 'kg'],
      ['bao', 'bao'],
    ]);
  });

  it('two measures with one id are refused, naming both', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: tham_gia, label: Số người tham gia, of: people }
  - { id: tham_gia, label: Số hộ tham gia, of: households }
`;
    const e = userErrorSync(() => parseCampaign(text, 'c.yaml'));
    expect(e.message).toBe('measure 2 has the same id as measure 1 ("tham_gia")');
    expect(e.where.line).toBe(lineOf(text, 'Số hộ tham gia'));
  });
});

describe('a measure whose label and base disagree (qa18)', () => {
  it('is warned of at its "of": households counted against people, people against households', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: ra_quan, label: Số hộ tham gia ra quân, of: people }
  - { id: tham_gia, label: Số người tham gia, of: households }
  - { id: cai_app, label: Số hộ cài ứng dụng, of: households }
`;
    const { warnings } = parseCampaignReport(text, 'c.yaml');
    const said = warnings.map((w) => [w.where.field, w.message]);
    expect(said).toContainEqual([
      'measures.0.of',
      '"Số hộ tham gia ra quân" counts households, but its rate is taken against the population',
    ]);
    expect(said).toContainEqual([
      'measures.1.of',
      '"Số người tham gia" counts people, but its rate is taken against the households',
    ]);
    expect(said.filter(([f]) => f === 'measures.2.of')).toEqual([]);
  });
});

describe('a measure in a unit of quantity taken against people or households (review)', () => {
  it('is warned of at its "of", in Vietnamese with the fix; one taken against a column in kg is not', () => {
    const text = `${NOTICE_ONLY}measures:
  - { id: rac, label: Khối lượng rác thu gom (kg), of: households }
  - { id: mau, label: Lượng máu hiến (lít), of: people }
  - { id: rac2, label: Khối lượng rác tái chế (kg), of: Khối lượng dự kiến (kg) }
`;
    const { warnings } = parseCampaignReport(text, 'c.yaml');
    const said = warnings.map((w) => [w.where.field, w.describe('vi')]);
    expect(said).toContainEqual([
      'measures.0.of',
      expect.stringContaining(
        '“Khối lượng rác thu gom (kg)” tính bằng kg, nhưng tỷ lệ lại tính trên số hộ',
      ),
    ]);
    expect(said).toContainEqual([
      'measures.1.of',
      expect.stringContaining(
        '“Lượng máu hiến (lít)” tính bằng lít, nhưng tỷ lệ lại tính trên số nhân khẩu',
      ),
    ]);
    expect(said.filter(([f]) => f === 'measures.2.of')).toEqual([]);
    expect(warnings.find((w) => w.where.field === 'measures.0.of')?.hintIn('vi')).toContain(
      'ví dụ “Khối lượng dự kiến (kg)”',
    );
  });
});
