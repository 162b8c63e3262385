/**
 * `phuong-print import-docx`: a ward's notice written as Word writes one (test/load/docx/
 * notice-docx.ts: header table, "Kính gửi" list, body with headings, lists, a table, a picture,
 * a footnote, a text box, a page header, the "Nơi nhận" / signer table) → campaign.yaml. The
 * real loader accepts it, each field holds what the document says, and every paragraph and
 * table cell of the document is either printed in the notice built from it (pdftotext) or
 * named in a warning.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../../src/load/campaign.js';
import { buildArgs, type CliResult, runCliInProcess } from '../../support/cli.js';
import { pdfText } from '../../support/pdf-text.js';
import { makeTempDir, removeTempDirs } from '../../support/tmp.js';
import { NOTICE, noticeDocx } from './notice-docx.js';

afterAll(removeTempDirs);

/** Every paragraph's text in the document's XML parts (body, tables, text boxes, notes, headers). */
function documentParagraphs(docx: Uint8Array): string[] {
  const parts = unzipSync(docx, { filter: (f) => /^word\/.*\.xml$/.test(f.name) });
  const texts = Object.entries(parts)
    .filter(([name]) => /^word\/(document|footnotes|header\d*|footer\d*)\.xml$/.test(name))
    .flatMap(([, xml]) =>
      [...strFromU8(xml).matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)].map((p) =>
        [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    )
    .map((t) => t.normalize('NFC').trim())
    .filter((t) => t !== '');
  return [...new Set(texts)];
}

const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

let dir: string;
let docx: Uint8Array;
let imported: CliResult;
let yamlFile: string;

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-docx-');
  docx = await noticeDocx();
  await writeFile(join(dir, 'cong-van.docx'), docx);
  imported = await runCliInProcess(['import-docx', 'cong-van.docx', '--out', 'ward'], { cwd: dir });
  yamlFile = join(dir, 'ward', 'campaign.yaml');
}, 60_000);

describe('import-docx', () => {
  it('writes a campaign the loader accepts, each field as the document states it', async () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const { campaign } = await loadCampaign(yamlFile);
    expect(campaign.issuer.parent).toBe(NOTICE.parent);
    expect(campaign.issuer.name).toEqual(NOTICE.issuer);
    expect(`Số: ${campaign.notice.number}/${campaign.notice.symbol}`).toBe(NOTICE.number);
    const [, day, month, year] = /ngày (\d+) tháng (\d+) năm (\d+)/.exec(NOTICE.placeDate) ?? [];
    expect(campaign.issued).toBe(`${year}-${month}-${day}`);
    expect(NOTICE.placeDate.startsWith(`${campaign.issuer.place}, ngày`)).toBe(true);
    expect(`V/v ${campaign.notice.subject}`).toBe(NOTICE.subject);
    expect(campaign.notice.recipients).toEqual(NOTICE.recipients);
    expect(campaign.notice.signer).toEqual({ lines: NOTICE.signer, name: NOTICE.signerName });
    expect(campaign.notice.cc).toEqual(NOTICE.cc);
  });

  it('turns headings, lists, emphasis and the table into the body’s Markdown', async () => {
    const { campaign } = await loadCampaign(yamlFile);
    const lines = campaign.notice.body.split('\n');
    expect(lines[0]).toBe(NOTICE.opening);
    expect(lines).toContain(`## ${NOTICE.heading1}`);
    expect(lines).toContain(`### ${NOTICE.heading2}`);
    for (const topic of NOTICE.topics) expect(lines).toContain(`- ${topic}`);
    expect(lines).toContain(NOTICE.typedDashTopic);
    expect(lines).toContain(NOTICE.dashItem);
    expect(lines).toContain(NOTICE.plusPoint);
    // Word numbers it as the third item of the list "numbers" (after NOTICE.numbered's two).
    expect(NOTICE.numbered).toHaveLength(2);
    expect(lines).toContain(`### 3. ${NOTICE.numberedHeading}`);
    expect(lines).toContain(`**\\${NOTICE.note.bold}**${NOTICE.note.rest}`);
    expect(lines).toContain(`*${NOTICE.italicPara}*`);
    const [head, ...rows] = NOTICE.table;
    expect(lines).toContain(`| ${head?.map((c) => `**${c}**`).join(' | ')} |`);
    for (const row of rows) expect(lines).toContain(`| ${row.join(' | ')} |`);
    for (const [i, t] of NOTICE.numbered.entries()) expect(lines).toContain(`${i + 1}. ${t}`);
    expect(lines.at(-1)).toBe(NOTICE.closing);
  });

  it('names the source paragraph of each guess, in the file and on the screen', async () => {
    const yaml = await readFile(yamlFile, 'utf8');
    expect(yaml).toContain(`# GUESS from paragraph 7 ("${NOTICE.number}")`);
    expect(yaml).toMatch(
      /# GUESS from paragraphs \d+, \d+, \d+ \("Thường trực Đảng ủy;"\)\n\s+#[^\n]*\n\s+recipients:/,
    );
    expect(imported.stdout).toContain(`notice.signer.name: ${NOTICE.signerName}`);
    // Vietnamese is written as it is, not escaped.
    expect(yaml).toContain(`- ${NOTICE.signer[0]}`);
  });

  it('lists what it could not read: picture, footnote, text box, page header, leftover text', () => {
    const out = imported.stdout;
    expect(out).toMatch(/warning: paragraph \d+: a picture \(picture-1\.png\) is not imported/);
    expect(out).toContain(`its footnote is not imported: "${NOTICE.footnote}"`);
    expect(out).toMatch(new RegExp(`"${NOTICE.textBox}"\\): this text is in a text box`));
    expect(out).toContain(`the document's header holds "${NOTICE.pageHeader}": not imported`);
    // Printed with Word's number: nothing to type in (qa33 m1).
    expect(out).not.toContain('Word numbers this heading itself');
    expect(out).toMatch(
      new RegExp(`"${NOTICE.annexCaption.replace(/[()]/g, '\\$&')}"\\): after the signature`),
    );
  });

  it('keeps the pictures beside the campaign', async () => {
    const png = await readFile(join(dir, 'ward', 'pictures', 'picture-1.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('recovers every paragraph and table cell: printed in the notice, or named in a warning', async () => {
    await writeFile(join(dir, 'groups.csv'), 'STT;Tên tổ dân phố\n1;Tổ dân phố số 1\n');
    const built = await runCliInProcess(
      buildArgs('ward/campaign.yaml', 'groups.csv', 'out', '--kind', 'notice'),
      {
        cwd: dir,
      },
    );
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const printed = squeeze(await pdfText(join(dir, 'out', 'to-dan-pho-so-1', 'notice.pdf')));
    const warned = squeeze(
      imported.stdout
        .split('\n')
        .filter((l) => l.includes('warning:'))
        .join(''),
    );
    const paragraphs = documentParagraphs(docx);
    expect(paragraphs.length).toBeGreaterThan(40);
    const lost = paragraphs.filter(
      (p) => !printed.includes(squeeze(p)) && !warned.includes(squeeze(p)),
    );
    expect(lost).toEqual([]);
    // The body's text is printed, not only warned about.
    for (const p of [NOTICE.opening, NOTICE.closing, ...NOTICE.table.flat()]) {
      expect(printed).toContain(squeeze(p));
    }
  }, 60_000);

  it('refuses to replace a campaign.yaml, and a file that is not a Word document', async () => {
    const again = await runCliInProcess(['import-docx', 'cong-van.docx', '--out', 'ward'], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^error: .*campaign\.yaml: the folder already has a campaign\.yaml\nhint: .*--force/,
    );
    await writeFile(join(dir, 'notes.docx'), 'plain text, not a zip');
    const bad = await runCliInProcess(['import-docx', 'notes.docx', '--out', 'other'], {
      cwd: dir,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /^error: notes\.docx: this is not a Word document \(\.docx\) that can be read\nhint: /,
    );
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
