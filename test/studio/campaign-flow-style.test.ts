/**
 * A campaign.yaml with lists and maps written in flow style (`name: [ ỦY BAN NHÂN DÂN, PHƯỜNG
 * LÊ CHÂN ]`, `zalo: { url: …, label: … }`) saved from the edit form: the form wrote the links
 * anew on every save, so each `{ url, label }` came back a line a key, and a list the office
 * changed came back a line an item. Now what the form did not change is written as it was, byte
 * for byte, and a flow list or map it changed stays in flow style while it fits on a line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { beforeAll, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { openCampaignPage, saveCampaignPage } from './campaign-page.js';
import { exampleForTests } from './studio.js';

const ex = exampleForTests();
let written: string;

beforeAll(async () => {
  // The example in flow style where a hand would write it so, as a studio's save lays out the
  // rest (the library's own writing: the parts no form field touches stay as they are).
  const doc = parseDocument(await readFile(ex.file, 'utf8'));
  const name = doc.getIn(['issuer', 'name'], true);
  if (isSeq(name)) Object.assign(name, { flow: true, commentBefore: undefined });
  const links = doc.getIn(['links'], true);
  if (isMap(links)) for (const p of links.items) if (isMap(p.value)) p.value.flow = true;
  // A field left empty is taken out of the file (the loader's default).
  doc.deleteIn(['issuer', 'parent']);
  // The body as the form sends it back (no newline at its end).
  const body = doc.getIn(['notice', 'body'], true);
  if (isScalar(body)) body.value = String(body.value).trimEnd();
  written = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  await writeFile(ex.file, written);
});

it('writes the file again byte for byte but for the one field changed', async () => {
  expect(written).toContain('  name: [ ỦY BAN NHÂN DÂN, PHƯỜNG LÊ CHÂN ]\n');
  expect(written).toContain(
    '  zalo: { url: "https://zalo.me/g/motzcq639", label: Nhóm Zalo hỗ trợ }\n',
  );
  const res = await saveCampaignPage(ex.c, 'hai-phong', { 'notice.symbol': 'UBND-VP' });
  expect(res.status).toBe(303);
  // The campaign's id added on its first save (campaign-id.ts), above `issued`.
  const saved = (await readFile(ex.file, 'utf8')).replace(/^id: .*\n/m, '');
  expect(saved).toBe(written.replace('symbol: UBND-VHXH', 'symbol: UBND-VP'));
});

it('keeps a changed list or link in flow style while it fits on a line', async () => {
  const form = await openCampaignPage(ex.c, 'hai-phong');
  const res = await saveCampaignPage(ex.c, 'hai-phong', {
    'issuer.name': 'ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN MỚI',
    links: (form.links ?? '')
      .replace('https://zalo.me/g/motzcq639', 'https://zalo.me/g/moi')
      .replace(
        /https:\/\/drive\.google\.com\S+/,
        `https://drive.google.com/file/d/${'x'.repeat(90)}/view`,
      ),
  });
  expect(res.status).toBe(303);
  const saved = await readFile(ex.file, 'utf8');
  expect(saved).toContain('  name: [ ỦY BAN NHÂN DÂN, PHƯỜNG LÊ CHÂN MỚI ]\n');
  expect(saved).toContain('  zalo: { url: https://zalo.me/g/moi, label: Nhóm Zalo hỗ trợ }\n');
  // Past a line's worth, a changed map is written a line a key.
  expect(saved).toContain(
    `  video:\n    url: https://drive.google.com/file/d/${'x'.repeat(90)}/view\n    label: Video hướng dẫn\n`,
  );
});
