/**
 * A group's word is not said twice: a notice addressed "Trưởng khu phố {{group.name}}" to a
 * group named "Khu phố 7" printed "Kính gửi: Trưởng khu phố Khu phố 7". The word before the name
 * goes when the name begins with it (any unit word, capitals and accents aside), typed or printed
 * by {{term.…}}; any other word before a name stays. Read from the notice's text (pdftotext).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { cleanupTempDir, makeTempDir } from '../support/tmp.js';

const RECIPIENTS = [
  'Trưởng khu phố {{group.name}}',
  '{{term.Leader}} {{group.name}}',
  'Ban Công tác Mặt trận thôn {{group.name}}',
  'Chi bộ tổ dân pho {{group.name}}',
  'Tổ trưởng {{group.name}}',
];

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => cleanupTempDir(dir));

/** The notice's "Kính gửi" list and body for a group of this name, as printed. */
async function addressed(
  name: string,
  body = 'Đề nghị {{term.group}} {{group.name}} triển khai.',
  recipients = RECIPIENTS,
  unnamed = false,
) {
  const yaml = NOTICE_ONLY.replace(
    '  recipients: ["{{group.name}}"]',
    `  recipients:\n${recipients.map((r) => `    - "${r}"`).join('\n')}`,
  )
    .replace('  body: Đề nghị các khu phố triển khai.', `  body: "${body}"`)
    // A name with no unit word is said with the ward's word: a commune of thôn here.
    .replace(
      '  office: Phòng Văn hóa - Xã hội\n',
      `  office: Phòng Văn hóa - Xã hội\n${unnamed ? '  group_term: thôn\n' : ''}`,
    );
  expect(yaml).toContain(recipients[0]);
  const file = join(dir, 'campaign.yaml');
  await writeFile(file, yaml);
  const { campaign } = await loadCampaign(file);
  const group: Group = { id: '7', name, source: { file: 'groups.csv', row: 2 } };
  return collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
}

describe('a unit word before a name that begins with it', () => {
  it('is said once, whether typed or printed by {{term.…}}', async () => {
    const text = await addressed('Khu phố 7');
    expect(text).toContain('- Trưởng Khu phố 7; - Trưởng Khu phố 7;');
    expect(text).not.toMatch(/khu phố Khu phố/i);
    // Another word stays: the thôn's front, the tổ dân phố's party cell, a "tổ trưởng".
    expect(text).toContain('- Ban Công tác Mặt trận thôn Khu phố 7;');
    expect(text).toContain('- Tổ trưởng Khu phố 7.');
    expect(text).toContain('Đề nghị Khu phố 7 triển khai.');
  });

  it('is said once for any unit word, capitals and accents aside', async () => {
    const thon = await addressed('Thôn 1');
    expect(thon).toContain('- Ban Công tác Mặt trận Thôn 1;');
    expect(thon).toContain('Đề nghị Thôn 1 triển khai.');
    const tdp = await addressed('Tổ dân phố số 5');
    expect(tdp).toContain('- Chi bộ Tổ dân phố số 5;');
    expect(tdp).toContain('- Tổ trưởng Tổ dân phố số 5.');
    const plain = await addressed('khu pho 3');
    expect(plain).toContain('- Trưởng khu pho 3;');
  });

  it('stays before a name that does not begin with it', async () => {
    const text = await addressed('Bến Thành');
    expect(text).toContain('- Trưởng khu phố Bến Thành;');
    expect(text).toContain('- Ban Công tác Mặt trận thôn Bến Thành;');
    expect(text).toContain('Đề nghị tổ dân phố Bến Thành triển khai.');
    // A word that only starts like a unit word is no repetition ("Tổng kho", "Khu phố" no "khu").
    const kho = await addressed('Tổng kho 2', 'Đề nghị tổ {{group.name}} và khu {{group.name}}.');
    expect(kho).toContain('Đề nghị tổ Tổng kho 2 và khu Tổng kho 2.');
  });
});

/**
 * Decree 30 writes a unit's common noun lower case before a proper name ("thôn Đoàn Kết", as
 * "phường Tân Định" beside it), capital only when the name is a number ("Khu phố 7"): the notice
 * said "Kính gửi: Trưởng Thôn Đoàn Kết" and "Bản gửi: Thôn Đoàn Kết, xã Hòa Phú" (qa8 K3).
 */
describe("a group's unit word inside a sentence", () => {
  it('is lower case before a proper name, where the word is said once', async () => {
    const text = await addressed('Thôn Đoàn Kết');
    expect(text).toContain('- Trưởng thôn Đoàn Kết;');
    expect(text).toContain('- Ban Công tác Mặt trận thôn Đoàn Kết;');
    expect(text).not.toMatch(/(Trưởng|trận) Thôn/);
  });

  it('is lower case in the copy\'s "Bản gửi" line before a proper name', async () => {
    expect(await addressed('Thôn Đoàn Kết')).toContain('Bản gửi: thôn Đoàn Kết, phường Tân Định');
    expect(await addressed('Buôn Ea Kmăt')).toContain('Bản gửi: buôn Ea Kmăt, phường Tân Định');
    expect(await addressed('Ấp Long Hòa')).toContain('Bản gửi: ấp Long Hòa, phường Tân Định');
  });

  it('keeps its capital before a number', async () => {
    for (const name of ['Khu phố 7', 'Tổ dân phố số 5', 'Ấp II'])
      expect(await addressed(name)).toContain(`Bản gửi: ${name}, phường Tân Định`);
    expect(await addressed('Khu phố 7')).toContain('- Trưởng Khu phố 7;');
    expect(await addressed('Thôn 3')).toContain('- Ban Công tác Mặt trận Thôn 3;');
  });
});

/**
 * The name typed after another word of the sentence, with no unit word before it: the studio's
 * and the tan-dinh example's "Trưởng {{group.name}}" printed "Kính gửi: Trưởng Ấp Rạch Bà" while
 * the copy's foot said "Bản gửi: ấp Rạch Bà" (qa10 Q7).
 */
describe("a group's name after another word of the sentence", () => {
  const recipients = ['{{group.name}}', 'Trưởng {{group.name}}', 'Tổ dân phòng {{group.name}}'];
  const body = 'Nhiệm vụ của {{group.name}}: vệ sinh kênh rạch.';

  it("has its unit word lower case before a proper name, and at a line's start its capital", async () => {
    const text = await addressed('Ấp Rạch Bà', body, recipients);
    expect(text).toContain('- Ấp Rạch Bà; - Trưởng ấp Rạch Bà; - Tổ dân phòng ấp Rạch Bà.');
    expect(text).toContain('Nhiệm vụ của ấp Rạch Bà: vệ sinh kênh rạch.');
    expect(text).toContain('Bản gửi: ấp Rạch Bà, phường Tân Định');
  });

  it('keeps a numbered name as written', async () => {
    const text = await addressed('Khu phố 7', body, recipients);
    expect(text).toContain('- Khu phố 7; - Trưởng Khu phố 7; - Tổ dân phòng Khu phố 7.');
    expect(text).toContain('Nhiệm vụ của Khu phố 7: vệ sinh kênh rạch.');
  });
});

/**
 * The word typed at a line's start, before a name that begins with it: the blank campaign's
 * "Kính gửi" is "{{term.Group}} {{group.name}}", "Thôn Hòa Bình" for a thôn named "Hòa Bình",
 * and for "Buôn Ea Knốp" printed "buôn Ea Knốp" at the line's start (qa17).
 */
describe("a unit word at a line's start, before a name that begins with it", () => {
  it('is said once, with its capital', async () => {
    const recipients = ['{{term.Group}} {{group.name}}', 'Thôn {{group.name}}'];
    const text = await addressed('Thôn Đoàn Kết', 'Đề nghị triển khai.', recipients);
    expect(text).toContain('Kính gửi: - Thôn Đoàn Kết; - Thôn Đoàn Kết.');
    expect(await addressed('Buôn Ea Knốp', 'Đề nghị triển khai.', recipients)).toContain(
      'Kính gửi: - Buôn Ea Knốp;',
    );
  });
});

/**
 * A ward-wide word that does not fit the group: "Trưởng thôn {{group.name}}" in a commune of thôn
 * and buôn printed "Trưởng thôn buôn Ea Knốp" for the buôn (qa17). A village is never inside
 * another, so the name's own word is the one said; a committee ("Trưởng ban") is no bản.
 */
describe("another village's word before a village's name", () => {
  it('gives way to the name’s own word', async () => {
    const recipients = ['Trưởng thôn {{group.name}}', 'Trưởng ban {{group.name}}'];
    const buon = await addressed(
      'Buôn Ea Knốp',
      'Đề nghị thôn {{group.name}} triển khai.',
      recipients,
    );
    expect(buon).toContain('- Trưởng buôn Ea Knốp;');
    expect(buon).toContain('Đề nghị buôn Ea Knốp triển khai.');
    expect(buon).not.toMatch(/thôn buôn/i);
    expect(buon).toContain('- Trưởng ban buôn Ea Knốp.');
  });

  it('stays before a unit that may lie inside it', async () => {
    const text = await addressed('Xóm 2', 'Đề nghị thôn {{group.name}} triển khai.');
    expect(text).toContain('Đề nghị thôn Xóm 2 triển khai.');
  });
});

/**
 * A name with no unit word inside a sentence ("tại {{group.name}}", "Trưởng {{group.name}}") is
 * said with the ward's word, as the "Bản gửi" line says it: "tại Đoàn Kết" and "Trưởng Đoàn Kết"
 * read as a place and a person (qa18).
 */
describe('a name with no unit word inside a sentence', () => {
  it('is said with the ward’s word, and alone on a line as written', async () => {
    const recipients = ['{{group.name}}', 'Trưởng {{group.name}}', 'Trưởng thôn {{group.name}}'];
    const text = await addressed(
      'Đoàn Kết',
      'Ra quân vệ sinh môi trường tại {{group.name}} vào sáng Chủ nhật.',
      recipients,
      true,
    );
    expect(text).toContain('Kính gửi: - Đoàn Kết; - Trưởng thôn Đoàn Kết; - Trưởng thôn Đoàn Kết.');
    expect(text).toContain('Ra quân vệ sinh môi trường tại thôn Đoàn Kết vào sáng Chủ nhật.');
  });
});

/**
 * A village word that is not the group's unit (qa36 F1): "già làng" is a title (the village
 * elder), whichever unit the group is, and "thôn, bản" an enumeration of the ward's units. Only a
 * unit word standing for the group itself gives way to the name's own; these stay as typed,
 * unless the name begins with the title's word or one of the enumeration's: then it is not said
 * twice ("Già làng làng Mới", "thôn, bản bản Sà Phìn", qa36 left-overs).
 */
describe('a village word that is part of a title or an enumeration', () => {
  const recipients = [
    'Già làng {{group.name}}',
    'Hội đồng già làng {{group.name}}',
    'Chi hội Phụ nữ thôn, bản {{group.name}}',
  ];

  it('stays as typed before a buôn’s name', async () => {
    const text = await addressed(
      'Buôn Ale A',
      'Đề nghị già làng {{group.name}} vận động.',
      recipients,
    );
    expect(text).toContain('- Già làng buôn Ale A;');
    expect(text).toContain('- Hội đồng già làng buôn Ale A;');
    expect(text).toContain('- Chi hội Phụ nữ thôn, bản buôn Ale A.');
    expect(text).toContain('Đề nghị già làng buôn Ale A vận động.');
  });

  it('stays as typed before a name of another unit', async () => {
    const thon = await addressed('Thôn 10', 'Đề nghị thôn {{group.name}} triển khai.', recipients);
    expect(thon).toContain('- Già làng Thôn 10;');
    expect(thon).toContain('- Hội đồng già làng Thôn 10;');
    const ban = await addressed(
      'Bản Sà Phìn',
      'Đề nghị thôn {{group.name}} triển khai.',
      recipients,
    );
    expect(ban).toContain('- Già làng bản Sà Phìn;');
    expect(ban).toContain('- Hội đồng già làng bản Sà Phìn;');
    // The ward's word for the group still gives way to the name's own.
    expect(ban).toContain('Đề nghị bản Sà Phìn triển khai.');
    // A làng is neither a thôn nor a bản: the enumeration and the name's word both stay.
    const lang = await addressed('Làng Mới', 'Đề nghị triển khai.', recipients);
    expect(lang).toContain('- Chi hội Phụ nữ thôn, bản làng Mới.');
  });

  /** A name, the body typed, and lines its notice says (pdftotext). */
  const saidOnce: [string, string, string[]][] = [
    // Typed with a capital ("Già Làng"): the same word.
    [
      'Làng Mới',
      'Đề nghị Già Làng {{group.name}} vận động.',
      ['- Già làng Mới;', '- Hội đồng già làng Mới;', 'Đề nghị Già làng Mới vận động.'],
    ],
    [
      'Bản Sà Phìn',
      'Đề nghị thôn và bản {{group.name}} triển khai.',
      ['- Chi hội Phụ nữ bản Sà Phìn.', 'Đề nghị bản Sà Phìn triển khai.'],
    ],
    [
      'Thôn 10',
      'Đề nghị thôn và bản {{group.name}} triển khai.',
      ['- Chi hội Phụ nữ Thôn 10.', 'Đề nghị Thôn 10 triển khai.'],
    ],
  ];

  it('is not said twice when the name begins with the title’s word or one of the enumeration’s', async () => {
    for (const [name, body, lines] of saidOnce) {
      const text = await addressed(name, body, recipients);
      for (const line of lines) expect(text, name).toContain(line);
      expect(text, name).not.toMatch(/(làng|thôn|bản) \1 /i);
    }
  });
});

/**
 * A word spelt like a unit word without its marks is that unit typed in a hurry ("thon",
 * "tổ dân pho"), but "ban" is a word of its own (a committee's): "Trưởng ban {{group.name}}" for
 * "Bản Pải" is the committee's head, not the bản's.
 */
describe('a word that folds to the name’s unit word', () => {
  it('is the unit typed without marks, unless it is another word', async () => {
    const recipients = ['Trưởng ban {{group.name}}', 'Phó ban {{group.name}}'];
    const text = await addressed('Bản Pải', 'Đề nghị ban {{group.name}} triển khai.', recipients);
    expect(text).toContain('- Trưởng ban bản Pải; - Phó ban bản Pải.');
    expect(text).toContain('Đề nghị ban bản Pải triển khai.');
    const typo = await addressed('Bản Pải', 'Đề nghị bán hàng tại {{group.name}}.', [
      'Trưởng bàn {{group.name}}',
      'Trưởng bản {{group.name}}',
    ]);
    expect(typo).toContain('- Trưởng bàn bản Pải; - Trưởng bản Pải.');
  });
});
