/**
 * qa45 F6: a leader's figures form sent too long (413: a field of 5,000 characters) or not as a
 * form at all (415: JSON, plain text) answered "Không tìm thấy trang … bị thiếu một phần khi
 * chép", blaming the link. Now it says the figures were not saved and why, what to do, and whom
 * to call. Real studio on loopback; the phone expected from the example campaign's file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, leaderLinks, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

describe('a leader’s form the server cannot read', () => {
  let s: TestStudio;
  let action: string;
  let phone: string;
  beforeAll(async () => {
    let folder: string;
    let office: Client;
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    phone =
      /^ {2}phone: "([^"]+)"/m.exec(await readFile(join(folder, 'campaign.yaml'), 'utf8'))?.[1] ??
      '?';
    const url = (await leaderLinks(office, 'hai-phong')).get('Tổ dân phố số 2') ?? '';
    const form = (await new Client(s.url).get(url)).text;
    action = /<form class="figures" method="post" action="([^"#]+)/.exec(form)?.[1] ?? '';
    expect(action).not.toBe('');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const send = (body: string, type: string) =>
    fetch(`${s.url}${action}`, { method: 'POST', headers: { 'content-type': type }, body });

  it('too long: "Chưa lưu được … quá dài", with the phone, not "not found"', async () => {
    const res = await send(
      new URLSearchParams({ form: 'x'.repeat(5000), base: '0' }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(413);
    const said = visible(await res.text());
    expect(said).toContain('Chưa lưu được');
    expect(said).toContain('Biểu mẫu gửi lên quá dài nên số liệu chưa được lưu.');
    expect(said).toContain(phone);
    expect(said).not.toContain('Không tìm thấy trang');
  });

  it('not a form: "Chưa lưu được … không phải biểu mẫu", not "not found"', async () => {
    for (const [body, type] of [
      ['{"so_tham_gia":"5"}', 'application/json'],
      ['so_tham_gia=5', 'text/plain'],
    ]) {
      const res = await send(body ?? '', type ?? '');
      expect(res.status, type).toBe(415);
      const said = visible(await res.text());
      expect(said).toContain(
        'Dữ liệu gửi lên không phải biểu mẫu của trang này nên chưa được lưu.',
      );
      expect(said).not.toContain('Không tìm thấy trang');
    }
  });
});
