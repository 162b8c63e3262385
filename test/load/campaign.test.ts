/**
 * campaign.yaml as the loader reads it: only what a notice needs is required, and every schema
 * problem of the file comes back at once, each on its key's line, in plain words.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../src/errors.js';
import { parseCampaign } from '../../src/load/campaign.js';
import { lineOf, NOTICE_ONLY, userErrorSync } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';

describe('campaign.yaml', () => {
  it('an alias bomb is the file’s problem, said in one line, not an internal error', () => {
    const levels = Array.from({ length: 8 }, (_, i) =>
      i === 0
        ? 'x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'
        : `x${i}: &a${i} [${Array(9)
            .fill(`*a${i - 1}`)
            .join(', ')}]`,
    );
    const e = userErrorSync(() => parseCampaign(`${NOTICE_ONLY}${levels.join('\n')}\n`, 'c.yaml'));
    expect(e.describe()).toBe(
      'c.yaml: the file repeats its aliases (*name) too many times to be read',
    );
    expect(e.hint).toMatch(/aliases/);
  });

  it("refuses a list as the ward's word for its groups, on its line, and takes one word", () => {
    const withTerm = (term: string) =>
      NOTICE_ONLY.replace(
        '  office: Phòng Văn hóa - Xã hội\n',
        `  office: Phòng Văn hóa - Xã hội\n  group_term: ${term}\n`,
      );
    for (const list of ['"thôn, buôn"', 'thôn/buôn', 'thôn và buôn']) {
      const source = withTerm(list);
      const e = userErrorSync(() => parseCampaign(source, 'c.yaml'));
      expect(e.where).toMatchObject({
        field: 'issuer.group_term',
        line: lineOf(source, 'group_term:'),
      });
      expect(e.hintIn('vi')).toContain('Để trống ô này');
    }
    expect(parseCampaign(withTerm('buôn'), 'c.yaml').issuer.group_term).toBe('buôn');
    expect(parseCampaign(withTerm('tổ dân phố'), 'c.yaml').issuer.group_term).toBe('tổ dân phố');
  });

  it('needs only what a notice needs: no contest, app or links', () => {
    const c = parseCampaign(NOTICE_ONLY, 'c.yaml');
    expect(c.contest).toBeNull();
    expect(c.app).toBeNull();
    expect(c.links).toEqual({});
    expect(c.actions).toEqual([]);
    expect(c.notice.signer.lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('reports every problem at once, each on its line, in plain words', async () => {
    const seed = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
    const bad = seed
      .replace('    - Như trên;', '    - ""')
      .replace('  platform: nền tảng', '  platfrom: nền tảng')
      .replace('  starts: 2025-10-11', '  starts: 10/2025')
      .replace('  ends: 2025-11-11', '  ends: 2025-02-30');
    const problems = problemsOf(userErrorSync(() => parseCampaign(bad, 'c.yaml')));
    expect(problems.map((p) => [p.where.line, p.where.field, p.message])).toEqual([
      [lineOf(bad, '    - ""'), 'notice.cc.0', 'entry 1 of "cc" is empty'],
      [
        lineOf(bad, 'platfrom:'),
        'contest.platfrom',
        '"platfrom" is not a field of "contest", so it would not be printed',
      ],
      [
        lineOf(bad, 'starts: 10/2025'),
        'contest.starts',
        '"starts" must be a date written DD/MM/YYYY or YYYY-MM-DD, but it is the text "10/2025"',
      ],
      [
        lineOf(bad, 'ends: 2025-02-30'),
        'contest.ends',
        '"ends" is not a real date (the text "2025-02-30")',
      ],
    ]);
    expect(problems[1]?.hint).toContain('Did you mean "platform"?');
    expect(problems[2]?.hint).toContain('e.g. starts: 2025-10-11');
  });

  it('quotes a long value cut after a whole word, with "…"', () => {
    // What a clerk typed where the file wants the prize's fields (qa4 F4).
    const typed = '01 giải tập thể cho khu phố có tỉ lệ tham gia cao nhất';
    const bad = NOTICE_ONLY.replace(
      'issuer:\n',
      `contest: { name: Hội thi, platform: Zalo, starts: 2026-12-10, ends: 2026-12-20, prizes: { community: "${typed}" } }\nissuer:\n`,
    );
    const problems = problemsOf(userErrorSync(() => parseCampaign(bad, 'c.yaml')));
    expect(problems.map((p) => p.message)).toEqual([
      '"community" must be a group of fields, but it is the text "01 giải tập thể cho khu phố có tỉ lệ…"',
      // The checks of the fields the schema took, in the same run (partial-campaign.ts).
      "the contest has no page: the flyer and checklist print the QR code of links.contest, the contest's web page",
    ]);
  });

  it('reports every YAML syntax error, one per place', () => {
    // Two keys indented under a value, far apart in the file.
    const bad = NOTICE_ONLY.replace('issuer:\n', 'issuer: x\n').replace(
      '  symbol: UBND-VHXH\n',
      '  symbol: UBND-VHXH\n    extra: 1\n',
    );
    const problems = problemsOf(userErrorSync(() => parseCampaign(bad, 'c.yaml')));
    // "issuer: x" (line 2) and "symbol:" (line 9) each have a deeper line under their value;
    // the lines of issuer's section that follow are not mistakes of their own.
    expect(problems.map((p) => [p.where.line, p.say('vi')])).toEqual([
      [2, 'dòng tiếp theo thụt lề sâu hơn dòng này nên bị đọc lẫn vào giá trị của dòng này'],
      [9, 'dòng tiếp theo thụt lề sâu hơn dòng này nên bị đọc lẫn vào giá trị của dòng này'],
    ]);
  });
});

describe('a list of lines typed as one text (qa19)', () => {
  it('is a list of its lines: one recipient, a block of "Nơi nhận"', () => {
    const source = NOTICE_ONLY.replace(
      '  recipients: ["{{group.name}}"]',
      '  recipients: Trưởng các khu phố',
    ).replace('  cc: [Như trên;]', '  cc: |\n    Như trên;\n    Lưu: VT, VHXH.');
    const c = parseCampaign(source, 'c.yaml');
    expect(c.notice.recipients).toEqual(['Trưởng các khu phố']);
    expect(c.notice.cc).toEqual(['Như trên;', 'Lưu: VT, VHXH.']);
  });

  it('still refuses an empty "Nơi nhận"', () => {
    const e = userErrorSync(() =>
      parseCampaign(NOTICE_ONLY.replace('  cc: [Như trên;]', '  cc: ""'), 'c.yaml'),
    );
    expect(e.where).toMatchObject({ field: 'notice.cc' });
  });
});

describe('a date typed as Excel’s day number (qa19)', () => {
  it('is said as the day it stands for, on its line, with the date to write', () => {
    // 46358 is Excel's number of 02/12/2026 (days from 30/12/1899).
    const source = NOTICE_ONLY.replace('issued: 2026-03-02', 'issued: 46358');
    const e = userErrorSync(() => parseCampaign(source, 'c.yaml'));
    expect(e.where).toMatchObject({ field: 'issued', line: lineOf(source, 'issued:') });
    expect(e.say('vi')).toBe('“issued” đang là số 46358: đó là cách Excel lưu ngày 02/12/2026');
    expect(e.hintIn('vi')).toBe('Hãy ghi chính ngày đó, ví dụ issued: 02/12/2026.');
    // Quoted, as a form writes it: the same.
    const quoted = NOTICE_ONLY.replace('issued: 2026-03-02', 'issued: "46358"');
    expect(userErrorSync(() => parseCampaign(quoted, 'c.yaml')).say('vi')).toBe(
      '“issued” đang là số 46358: đó là cách Excel lưu ngày 02/12/2026',
    );
  });
});
