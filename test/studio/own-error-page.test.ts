/**
 * A campaign with its own templates/web/error.hbs, copied before the pages for a form too long
 * (413), a post that is no form (415) and the stopping page's figures were added (qa45): its
 * leaders got an empty page, or a "thử lại" page without the figures they typed. Now the
 * program's text is drawn where the campaign's own page says nothing, and the own page is kept
 * where it does (a wrong link's 404). Real studio on loopback; the leader's form as a phone sends it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPage, stoppingFormPage } from '../../src/serve/html.js';
import { loadWard } from '../../src/serve/ward.js';
import { removeTempDirs } from '../support/tmp.js';
import { GROUPS, JOINED, leaderLinks, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const OWN_MARK = 'Trang báo lỗi riêng của phường';

/** An office's own error page of an older version: a wrong link and a failure only. */
const OWN_ERROR = `{{#> layout title="Lỗi" assets=assets noindex=true script=false}}
<main>
<p>${OWN_MARK}</p>
{{#if notFound}}<h1 class="title">Đường dẫn không đúng</h1>{{/if}}
{{#if failed}}<h1 class="title">Có lỗi, xin thử lại sau</h1>{{/if}}
</main>
{{/layout}}
`;

describe('a campaign’s own error page that lacks the newer pages', () => {
  let s: TestStudio;
  let folder: string;
  let action: string;
  let link: string;
  beforeAll(async () => {
    let office: Client;
    ({ s, c: office, folder } = await studioWithExample({ groups: GROUPS }));
    await mkdir(join(folder, 'templates', 'web'), { recursive: true });
    await writeFile(join(folder, 'templates', 'web', 'error.hbs'), OWN_ERROR);
    link = (await leaderLinks(office, 'hai-phong')).get('Tổ dân phố số 2') ?? '';
    const form = (await new Client(s.url).get(link)).text;
    action = /<form class="figures" method="post" action="([^"#]+)/.exec(form)?.[1] ?? '';
    expect(action).not.toBe('');
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  const send = (body: string, type: string) =>
    fetch(`${s.url}${action}`, { method: 'POST', headers: { 'content-type': type }, body });

  it('keeps the campaign’s own page for a wrong link', async () => {
    const res = await fetch(`${s.url}${link.slice(0, -4)}`);
    expect(res.status).toBe(404);
    const said = visible(await res.text());
    expect(said).toContain(OWN_MARK);
    expect(said).toContain('Đường dẫn không đúng');
  });

  it('says a form too long was not saved (413)', async () => {
    const res = await send(
      new URLSearchParams({ form: 'x'.repeat(5000), base: '0' }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(413);
    expect(visible(await res.text())).toContain(
      'Biểu mẫu gửi lên quá dài nên số liệu chưa được lưu.',
    );
  });

  it('says a post that is no form was not saved (415)', async () => {
    const res = await send('{"so_tham_gia":"5"}', 'application/json');
    expect(res.status).toBe(415);
    expect(visible(await res.text())).toContain(
      'Dữ liệu gửi lên không phải biểu mẫu của trang này nên chưa được lưu.',
    );
  });

  it('lists the figures typed on the stopping and closed pages', async () => {
    // The ward as the studio loads the campaign's folder, its own templates/ found there.
    const ward = await loadWard({
      campaign: join(folder, 'campaign.yaml'),
      groups: join(folder, 'groups.csv'),
    });
    const figures = [{ label: JOINED, value: '41' }];
    const stopping = visible(stoppingFormPage(ward, figures));
    expect(stopping).toContain('Số liệu vừa ghi chưa được lưu');
    expect(stopping).toContain(`${JOINED}: 41`);
    const closed = visible(closedPage(ward, '08:00 ngày 6/12/2026', figures));
    expect(closed).toContain('Trang đã đóng');
    expect(closed).toContain(`${JOINED}: 41`);
  });
});

describe('a campaign’s own error page with a closed page but none for a removed campaign', () => {
  let s: TestStudio;
  let folder: string;
  beforeAll(async () => {
    ({ s, folder } = await studioWithExample());
    await mkdir(join(folder, 'templates', 'web'), { recursive: true });
    await writeFile(
      join(folder, 'templates', 'web', 'error.hbs'),
      OWN_ERROR.replace(
        '</main>',
        '{{#if closed}}<h1 class="title">Trang đã đóng, hẹn lần sau</h1>{{/if}}\n</main>',
      ),
    );
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('tells the leaders of a deleted campaign that it was removed, not closed', async () => {
    const ward = await loadWard({
      campaign: join(folder, 'campaign.yaml'),
      groups: join(folder, 'groups.csv'),
    });
    // Its own closed page is kept for a closed campaign…
    expect(visible(closedPage(ward, '08:00 ngày 6/12/2026', []))).toContain(
      'Trang đã đóng, hẹn lần sau',
    );
    // …but says nothing of a removed one: the program's page says it.
    const removed = visible(closedPage(ward, '08:00 ngày 6/12/2026', [], '/assets/', true));
    expect(removed).toContain('Chiến dịch đã được gỡ');
    expect(removed).not.toContain('Trang đã đóng');
  });
});
