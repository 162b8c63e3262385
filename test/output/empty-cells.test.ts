/**
 * A cell the campaign's own text prints, empty for some groups (qa5 G7): "Lớp học tổ chức tại
 * **{{group.venue}}**" printed "tại ****" on those groups' official notices, with no word before
 * printing. Now the marks round nothing print nothing, and `build`/`check` name the column and
 * its empty rows. What a reader sees: the notice's text (pdftotext) and the command's warnings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

const BODY =
  'Lớp học tổ chức tại **{{group.venue}}**, ngày **{{group.[Ngày học]}}**.\\n\\n' +
  'Cán bộ phụ trách: *{{group.[Cán bộ phụ trách]}}*.\\n\\n' +
  'Nơi học: ***{{group.venue}}*** (*{{group.venue}}*), __{{group.venue}} {{group.[Cán bộ phụ trách]}}__.\\n\\n' +
  'Những ô có dấu ** là bắt buộc.\\n\\n' +
  '{{#if group.leader}}Liên hệ {{group.leader}}.{{/if}}\\n\\n' +
  '{{#with group}}Điểm hẹn: {{[Điểm hẹn]}}.{{/with}}\\n\\n' +
  '{{#if group.[Cán bộ phụ trách]}}Có cán bộ phụ trách.{{/if}}';

// Row 2 has every cell; rows 3 and 4 leave the venue (and row 4 the officer) empty, row 3 the
// meeting point.
const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Nhà văn hóa,Ngày học,Cán bộ phụ trách,Điểm hẹn',
  '1,Tổ dân phố số 1,Nguyễn Văn An,Nhà văn hóa tổ 1,06/01/2027,Lê Thị Hoa,Cổng chợ',
  '2,Tổ dân phố số 2,,,07/01/2027,Trần Văn Bình,',
  '3,Tổ dân phố số 3,Phạm Thị Cúc,,08/01/2027,,Sân đình',
].join('\n');

let built: TextBuild;
let stderr: string;

beforeAll(async () => {
  const campaign = NOTICE_ONLY.replace('body: Đề nghị các khu phố triển khai.', `body: "${BODY}"`);
  // An action takes a group's values too (qa5 G4): no warning that it prints as typed.
  const withAction = `${campaign}actions:\n  - step: "Có người ở nhà ngày {{group.[Ngày học]}}"\n`;
  built = await buildCampaignText(withAction, `${GROUPS}\n`, 'notice');
  stderr = built.stderr;
});
afterAll(removeTempDirs);

const noticeOf = (n: number) => built.text(`to-dan-pho-so-${n}`, 'notice');

describe('a printed cell that is empty for some groups', () => {
  it('builds every group', () => {
    expect(built.code, stderr).toBe(0);
  });

  it('prints no stray bold or italic marks on the notice', async () => {
    const full = await noticeOf(1);
    expect(full).toContain('Lớp học tổ chức tại Nhà văn hóa tổ 1, ngày 06/01/2027.');
    expect(full).toContain(
      'Nơi học: Nhà văn hóa tổ 1 (Nhà văn hóa tổ 1), Nhà văn hóa tổ 1 Lê Thị Hoa.',
    );
    for (const n of [2, 3]) {
      const text = await noticeOf(n);
      // The only asterisks are those the office typed as text.
      expect(text.replace('Những ô có dấu ** là bắt buộc.', '')).not.toContain('*');
      expect(text).toContain('Lớp học tổ chức tại , ngày');
    }
    expect(await noticeOf(2)).toContain('Nơi học: (), Trần Văn Bình.');
    expect(await noticeOf(3)).toContain('Cán bộ phụ trách: .');
    expect(await noticeOf(3)).toContain('Nơi học: (), .');
  });

  it('prints asterisks the office typed as text, for every group', async () => {
    for (const n of [1, 2, 3])
      expect(await noticeOf(n)).toContain('Những ô có dấu ** là bắt buộc.');
  });

  it('names each column and the rows where it is empty, with their groups, once per column', () => {
    const lines = stderr.split('\n');
    const venue = lines.filter((l) => l.includes('“Nhà văn hóa”') && l.includes('để trống'));
    expect(venue).toHaveLength(1);
    expect(venue[0]).toContain('2 dòng (3: Tổ dân phố số 2; 4: Tổ dân phố số 3)');
    expect(venue[0]).toContain('{{group.venue}}');
    // Printed bare in one sentence, tested in another: the bare one still leaves a gap.
    const officer = lines.filter((l) => l.includes('“Cán bộ phụ trách”') && l.includes('để trống'));
    expect(officer).toHaveLength(1);
    expect(officer[0]).toContain('1 dòng (4: Tổ dân phố số 3)');
    expect(officer[0]).toContain('{{group.[Cán bộ phụ trách]}}');
  });

  it('names a column printed inside {{#with group}} as the text writes it', async () => {
    const meeting = stderr.split('\n').filter((l) => l.includes('“Điểm hẹn”'));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toContain('để trống ở 1 dòng (3: Tổ dân phố số 2)');
    expect(meeting[0]).toContain('{{[Điểm hẹn]}}');
    expect(await noticeOf(1)).toContain('Điểm hẹn: Cổng chợ.');
    expect(await noticeOf(2)).toContain('Điểm hẹn: .');
  });

  it('says nothing of a cell the text prints only when it has a value ({{#if}})', () => {
    expect(stderr).not.toMatch(/“Tổ trưởng”[^\n]*để trống/);
  });

  it('does not warn that an action with {{…}} prints as typed: it is filled in for each group', () => {
    expect(stderr).not.toContain('in nguyên văn như đã gõ');
  });
});
