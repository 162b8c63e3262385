/**
 * The message a leader forwards to the group's Zalo chat is text: the flyer's "Quét mã QR bên
 * dưới…" sent residents looking for a code that is not in it (qa25c F4). In the message a step
 * says to tap the link below, and each link line is its label and address. The example (a
 * contest) and a campaign without one whose step scans a code. A real server on loopback.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SON_TRA_ISSUER } from '../support/inputs.js';
import { EXAMPLE_CAMPAIGN } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { messageOf } from './leader-page.js';
import { exampleWard, startServer, type TestServer, tokenOf, wardOf } from './server.js';

const FORM = 'https://forms.gle/hienmau2026';
/** A blood drive: no contest, a step that scans the sign-up form's code. */
const CAMPAIGN = `issued: 2026-03-01
${SON_TRA_ISSUER}
notice:
  number: 7
  symbol: TB-UBND
  subject: vận động hiến máu tình nguyện
  body: Đề nghị các tổ dân phố thông báo đến từng hộ.
  signer: { lines: [CHỦ TỊCH], name: Ngô Văn Hải }
  cc: [Như trên;]
title: Ngày hội hiến máu
actions:
  - step: Quét mã QR bên dưới để đăng ký hiến máu
  - step: Ăn nhẹ, không uống rượu bia trước khi đến
links:
  dang_ky: { url: "${FORM}", label: Phiếu đăng ký hiến máu }
`;
const GROUPS = 'STT;Tên tổ dân phố;Số hộ\n1;Tổ dân phố 1;120\n';

let example: TestServer;
let drive: TestServer;
beforeAll(async () => {
  example = await startServer({ ward: await exampleWard() });
  drive = await startServer({ ward: await wardOf(CAMPAIGN, GROUPS) });
}, 120_000);
afterAll(async () => {
  await example?.app.close();
  await drive?.app.close();
  await removeTempDirs();
});

const messageAt = async (s: TestServer, id: string) =>
  messageOf(await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text()).split('\n');

describe('the Zalo message says to tap its links, not to scan a code', () => {
  it('a contest: its first step taps the link, and the contest page is a labelled link', async () => {
    // Expected from the example's file as written, not from the loaded campaign.
    const campaign = parse(await readFile(EXAMPLE_CAMPAIGN, 'utf8'));
    const page = campaign.links.contest;
    const lines = await messageAt(example, '1');
    expect(lines.join('\n')).not.toMatch(/quét mã/i);
    expect(lines).toContain(
      `1. Bấm vào đường dẫn bên dưới để vào trang cuộc thi trên ${campaign.contest?.platform}, đăng ký với thông tin chính xác, đầy đủ.`,
    );
    expect(lines).toContain(`${page?.label}: ${page?.url}`);
  });

  it('a campaign without a contest: its step that scans a code taps the link', async () => {
    const lines = await messageAt(drive, '1');
    expect(lines.join('\n')).not.toMatch(/quét mã/i);
    expect(lines).toContain('1. Bấm vào đường dẫn bên dưới để đăng ký hiến máu');
    expect(lines).toContain(`Phiếu đăng ký hiến máu: ${FORM}`);
  });
});
