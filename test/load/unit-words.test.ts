/**
 * Every unit word the README lists is known wherever a unit word is read: the groups file's
 * headers ("Tên phum", "Trưởng phum"), a group's name ("Phum Hòa Bình" is a phum, headed by a
 * "Trưởng phum") and, for a village, the word of another village typed before its name ("Trưởng
 * thôn {{group.name}}" for a phum is its "Trưởng phum"). One list holds them (load/unit-words.ts):
 * a word added to it is known in every place at once (qa36: "phum" had to be added to three).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notice } from '../../src/kinds/notice.js';
import { loadCampaign } from '../../src/load/campaign.js';
import { loadGroups } from '../../src/load/groups/index.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { ROOT } from '../support/package-copy.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderFor } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

/**
 * The README's unit words ("`<unit>` is any of …, and the abbreviations"), read from the README
 * itself so a word it gains is tested too; khu dân cư aside (no one is its head).
 */
async function readmeUnits(): Promise<string[]> {
  const readme = (await readFile(join(ROOT, 'README.md'), 'utf8')).replace(/\s+/g, ' ');
  const list = /`<unit>` is any of (.+?), and the abbreviations/u.exec(readme)?.[1];
  if (!list) throw new Error('README.md no longer lists the unit words as "`<unit>` is any of …"');
  return list.split(', ').filter((w) => w !== 'khu dân cư');
}
const UNITS = await readmeUnits();
/** Villages, each the whole of its community: another village's word gives way to theirs. */
const VILLAGES = ['thôn', 'ấp', 'bản', 'khóm', 'buôn', 'plei', 'bon', 'làng', 'sóc', 'phum'];

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** A tổ's head is its "tổ trưởng", any other unit's its "trưởng …". */
const headOf = (unit: string) => (unit.startsWith('tổ') ? `Tổ trưởng ${unit}` : `Trưởng ${unit}`);

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(removeTempDirs);

describe('a unit word of the README', () => {
  it('names the groups file’s columns: its code, name and head', async () => {
    for (const unit of UNITS) {
      const file = join(dir, 'groups.csv');
      const header = [`Mã ${unit}`, `Tên ${unit}`, headOf(unit)].map(upperFirst);
      await writeFile(file, `${header.join(';')}\n7;${upperFirst(unit)} Hòa Bình;Lê Văn Tám\n`);
      const [group] = await loadGroups(file);
      expect(group?.id, unit).toBe('7');
      expect(group?.name, unit).toBe(`${upperFirst(unit)} Hòa Bình`);
      expect(group?.leader, unit).toBe('Lê Văn Tám');
    }
  });

  it('is the unit of a name it begins, in the notice’s words (pdftotext)', async () => {
    const yaml = NOTICE_ONLY.replace(
      '  recipients: ["{{group.name}}"]',
      '  recipients: ["{{term.Leader}} {{group.name}}", "Trưởng thôn {{group.name}}"]',
    );
    expect(yaml).toContain('Trưởng thôn {{group.name}}');
    const file = join(dir, 'campaign.yaml');
    await writeFile(file, yaml);
    const { campaign } = await loadCampaign(file);
    for (const unit of UNITS) {
      const name = `${upperFirst(unit)} Hòa Bình`;
      const group = { id: '7', name, source: { file: 'groups.csv', row: 2 } };
      const text = collapseSpaces(await pdfText((await renderFor(notice, campaign, group)).bytes));
      // Its head by its own title, the name's word lower case before a proper name.
      expect(text, unit).toContain(`- ${headOf(unit)} Hòa Bình;`);
      // A village's name after another village's word: its own is said.
      const typed = VILLAGES.includes(unit)
        ? `Trưởng ${unit} Hòa Bình`
        : `Trưởng thôn ${unit} Hòa Bình`;
      expect(text, unit).toContain(`- ${typed}.`);
    }
  });
});
