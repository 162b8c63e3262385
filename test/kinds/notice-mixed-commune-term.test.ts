/**
 * qa23 #1: a commune of thôn and tổ dân phố (common since the 2025 mergers), its notice addressed
 * "Kính gửi: {{term.Group}} {{group.name}}" and its body saying "{{term.Leader}} vận động…". The
 * thôn "Thôn Phú Mỹ Thượng (gồm xóm Đình, xóm Chùa, …)" was called a xóm on the chairman's notice
 * ("Kính gửi: Xóm thôn Phú Mỹ Thượng …", "Trưởng xóm"), and `group_term: thôn` made each tổ dân
 * phố a "Thôn tổ dân phố …" headed by a "Trưởng thôn". A name is the unit it begins with; a
 * bracket's words name its parts. A name with no unit word ("Câu Hạ") takes the ward's word.
 * Read from the notices the CLI builds (pdftotext).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCampaignText } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const PHU_MY =
  'Thôn Phú Mỹ Thượng (gồm xóm Đình, xóm Chùa, xóm Giếng và khu tái định cư Đồng Bến mới sáp nhập năm 2025)';
const DHT = 'Tổ dân phố Đông Hưng Thuận 1 (khu đô thị mới Đông Hưng Thuận - phân khu A1, A2, A3)';

/** Each group's notice text, by its name, for a ward (or xã) of these groups. */
async function notices(
  names: readonly string[],
  {
    groupTerm,
    ward = 'xã Đông Hưng Thuận',
    header = 'Tên thôn, tổ dân phố',
  }: { groupTerm?: string; ward?: string; header?: string } = {},
): Promise<Map<string, string>> {
  const yaml = NOTICE_ONLY.replace(
    'name: [ỦY BAN NHÂN DÂN, PHƯỜNG TÂN ĐỊNH]',
    `name: [ỦY BAN NHÂN DÂN, ${ward.toLocaleUpperCase('vi')}]`,
  )
    .replace('ward: phường Tân Định', `ward: ${ward}`)
    .replace(
      '  office: Phòng Văn hóa - Xã hội\n',
      `  office: Phòng Văn hóa - Xã hội\n${groupTerm ? `  group_term: ${groupTerm}\n` : ''}`,
    )
    .replace('recipients: ["{{group.name}}"]', 'recipients: ["{{term.Group}} {{group.name}}"]')
    .replace(
      'body: Đề nghị các khu phố triển khai.',
      'body: "{{term.Leader}} vận động 100% hộ gia đình tham gia."',
    );
  expect(yaml).toContain('{{term.Leader}} vận động');
  const csv = `STT,"${header}",Trưởng thôn/Tổ trưởng\n${names.map((n, i) => `${i + 1},"${n}",Nguyễn Văn ${i + 1}`).join('\n')}\n`;
  const built = await buildCampaignText(yaml, csv, 'notice');
  expect(built.code, built.stderr).toBe(0);
  // Each group's folder as the build's manifest lists it: group i + 1 is names[i].
  const manifest = JSON.parse(await readFile(join(built.dir, 'out', 'manifest.json'), 'utf8')) as {
    files: { group: string; kind: string; path: string }[];
  };
  const out = new Map<string, string>();
  for (const f of manifest.files.filter((f) => f.kind === 'notice')) {
    const name = names[Number(f.group) - 1] ?? f.group;
    out.set(name, await built.text(f.path.split('/')[0] ?? '', 'notice'));
  }
  expect([...out.keys()].sort()).toEqual([...names].sort());
  return out;
}

describe('a commune of thôn and tổ dân phố', () => {
  it('addresses each group by the unit its name begins with, never a xóm of its bracket', async () => {
    const texts = await notices([
      PHU_MY,
      'Thôn Phú Mỹ Hạ',
      DHT,
      'Tổ dân phố Đông Hưng Thuận 2',
      'Thôn Đông - Xóm 1',
    ]);
    const thon = texts.get(PHU_MY) ?? '';
    expect(thon).toContain(`Kính gửi: ${PHU_MY}`);
    expect(thon).toContain('Trưởng thôn vận động 100% hộ gia đình tham gia.');
    expect(thon).not.toMatch(/Xóm thôn|Trưởng xóm/i);
    const to = texts.get(DHT) ?? '';
    expect(to).toContain(`Kính gửi: ${DHT}`);
    expect(to).toContain('Tổ trưởng vận động 100% hộ gia đình tham gia.');
    // A xóm of a thôn is the xóm, addressed by its name as written, not "Xóm thôn Đông".
    expect(texts.get('Thôn Đông - Xóm 1')).toContain(
      'Kính gửi: Thôn Đông - Xóm 1 Trưởng xóm vận động',
    );
  });

  it('with a group_term, gives its word to the names without one and to no other unit', async () => {
    const names = [PHU_MY, 'Câu Hạ', DHT, 'Tổ dân phố Đông Hưng Thuận 2'];
    const texts = await notices(names, { groupTerm: 'thôn' });
    const to = texts.get(DHT) ?? '';
    expect(to).toContain(`Kính gửi: ${DHT}`);
    expect(to).not.toMatch(/Thôn tổ dân phố|Trưởng thôn/i);
    expect(to).toContain('Tổ trưởng vận động');
    expect(texts.get(PHU_MY)).toContain(`Kính gửi: ${PHU_MY} Trưởng thôn vận động`);
    expect(texts.get('Câu Hạ')).toContain('Kính gửi: Thôn Câu Hạ Trưởng thôn vận động');
  });
});

describe('a name with no unit word beside names that have one', () => {
  it('takes the xã’s word in a commune of thôn, the phường’s in a ward of tổ dân phố', async () => {
    const xa = await notices(['Thôn Phú Mỹ Hạ', 'Thôn Đoài', 'Câu Hạ'], { header: 'Tên thôn' });
    expect(xa.get('Câu Hạ')).toContain('Kính gửi: Thôn Câu Hạ Trưởng thôn vận động');
    expect(xa.get('Thôn Đoài')).toContain('Kính gửi: Thôn Đoài Trưởng thôn vận động');
    const phuong = await notices(['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Câu Hạ'], {
      ward: 'phường Tân Định',
      header: 'Tên tổ dân phố',
    });
    expect(phuong.get('Câu Hạ')).toContain('Kính gửi: Tổ dân phố Câu Hạ Tổ trưởng vận động');
    expect(phuong.get('Tổ dân phố số 1')).toContain('Kính gửi: Tổ dân phố số 1 Tổ trưởng vận động');
  });
});
