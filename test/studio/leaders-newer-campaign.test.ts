/**
 * qa58b M1: đợt 1's leader pages stay open when đợt 2's open. A leader on the link he kept from
 * đợt 1 is told plainly that a newer campaign is open for his tổ, with its link; and a figure that
 * would replace one already sent once đợt 1's report is due is not replaced silently: the form
 * asks, naming both figures and đợt 2, and stores it only when the leader confirms. Real studio on
 * loopback, the leader's own form; the names and figures expected from the files written here.
 */
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldNameByLabel } from '../support/browser-form.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

const OLD = 'hai-phong';
const NEW = 'dot-2';
const GROUP = 'Tổ dân phố số 2';

/** A day `days` from today on the ward's clock, YYYY-MM-DD. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
/** "07/12/2026": a YYYY-MM-DD day as the pages write it. */
const written = (day: string) => day.split('-').reverse().join('/');

/** The leader's form on `link` sent with `value` for JOINED, the confirmation box left alone. */
async function sendUnconfirmed(leader: Client, link: string, value: string) {
  const page = await leader.get(link);
  const action = /<form class="figures" method="post" action="([^"#]+)/.exec(page.text)?.[1];
  const hidden = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(page.text)?.[1] ?? '';
  return leader.postRaw(action ?? '', {
    form: hidden('form'),
    base: hidden('base'),
    [fieldNameByLabel(page.text, JOINED)]: value,
  });
}

describe('a leader on the old campaign’s link while a newer one is open for the tổ', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let oldLink: string;
  let newLink: string;
  let newName: string;
  let folder: string;
  const due = dayFromNow(-1);

  beforeAll(async () => {
    ({ s, c: office, folder } = await studioWithExample({}, OLD, undefined, { groups: 3 }));
    const original = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    const running = (yaml: string) =>
      yaml
        .replace(/^issued: \S+/m, `issued: ${dayFromNow(-12)}`)
        .replace(/^ {2}starts: \S+/m, `  starts: ${dayFromNow(-10)}`)
        .replace(/^ {2}ends: \S+/m, `  ends: ${dayFromNow(30)}`);
    const copy = join(s.dataDir, 'campaigns', NEW);
    await cp(folder, copy, { recursive: true });
    // Đợt 1 still running, its report due yesterday (the office moved it to close it).
    await writeFile(
      join(folder, 'campaign.yaml'),
      `${running(original)}\nreport:\n  deadline: ${due}\n`,
    );
    // Đợt 2 starts today, after đợt 1's report was due: it follows đợt 1.
    const yaml = running(original)
      .replace(/^ {2}starts: \S+/m, `  starts: ${dayFromNow(0)}`)
      .replace(/^ {2}number: 5\b/m, '  number: 6')
      .replace(/^ {2}name: Công dân số .+$/m, '  name: Công dân số Hải Phòng đợt 2');
    await writeFile(join(copy, 'campaign.yaml'), yaml);
    newName = (parse(yaml) as { contest: { name: string } }).contest.name;
    // Đợt 1's pages opened first, and its leader reported; then đợt 2's.
    oldLink = (await leaderLinks(office, OLD)).get(GROUP) ?? '';
    leader = new Client(s.url);
    await report(leader, oldLink, { [JOINED]: '575' });
    newLink = (await leaderLinks(office, NEW)).get(GROUP) ?? '';
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** The page's line naming the newer campaign ('' when none), and the links it holds. */
  const newer = (page: string) => {
    const p = /<p class="period elsewhere newer"[^>]*>([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';
    return { said: visible(p).trim(), hrefs: [...p.matchAll(/href="([^"]+)"/g)].map((m) => m[1]) };
  };

  it('the old page says a newer campaign is open, with the tổ’s page of it; the new one does not', async () => {
    expect(oldLink).not.toBe('');
    expect(newLink).not.toBe('');
    const page = await leader.get(oldLink);
    expect(page.status).toBe(200);
    const line = newer(page.text);
    expect(line.said).toContain(`Đã có chiến dịch mới cho ${GROUP}: ${newName}.`);
    expect(line.hrefs).toEqual([newLink]);
    const opened = await leader.get(newLink);
    expect(visible(opened.text)).toContain(newName);
    expect(newer(opened.text).said).toBe('');
  });

  // closing56: under the pointer to the new campaign, the old page's update note still said
  // "tải lại bản mới, in lại và gửi lại tin nhắn mới…", and its steps to send and print.
  it('the old page, changed since its links went out, asks for no reprint and no message', async () => {
    const file = join(folder, 'campaign.yaml');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('phone: "0225 3 857 123"', 'phone: "0225 3 857 999"'),
    );
    const page = await leader.get(oldLink);
    expect(page.status).toBe(200);
    const said = visible(page.text);
    expect(newer(page.text).said).toContain(`Đã có chiến dịch mới cho ${GROUP}: ${newName}.`);
    // The change is said, as on an ended campaign's page, without what to do with it.
    const update = visible(
      /<p class="period period-updated"[^>]*>([\s\S]*?)<\/p>/.exec(page.text)?.[1] ?? '',
    );
    expect(update).toContain('tài liệu đã được sửa');
    expect(update).not.toMatch(/in lại|gửi lại|tải lại/);
    // Its steps: only the figures, as after its last day.
    expect(said).not.toContain('Gửi tin nhắn');
    expect(said).not.toContain('Gửi lại tin nhắn');
    expect(said).toContain(`Báo cáo số liệu của ${GROUP.replace(/ .*/, '').toLowerCase()}`);
    // Its message and papers kept for the record, not to send or print.
    expect(said).toContain(
      'Tin nhắn của chiến dịch cũ, để lưu lại: xin đừng gửi lại vào nhóm Zalo.',
    );
    expect(said).toContain('Tài liệu để lưu');
    expect(said).not.toContain('Tài liệu để in');
    // The new campaign's page does not point back to the one it follows.
    expect(visible((await leader.get(newLink)).text)).not.toContain('còn có chiến dịch khác');
  });

  it('a figure replacing one sent before the report was due is asked about, nothing stored', async () => {
    const sent = await sendUnconfirmed(leader, oldLink, '25');
    expect(sent.status).toBe(422);
    const said = visible(sent.text);
    expect(said).toContain(`${JOINED}: số 25 sẽ thay số đã gửi 575 lúc`);
    expect(said).toContain(`Chiến dịch này đã qua hạn báo cáo ${written(due)}`);
    expect(said).toContain(`Nếu đây là số liệu của chiến dịch mới “${newName}”`);
    expect(sent.text).toContain('name="xac_nhan"');
    // Still 575: the old campaign's figure was not replaced.
    const again = visible((await leader.get(oldLink)).text);
    expect(again).toMatch(/Đã lưu: 575\b/);
    const results = visible((await office.get(`/c/${OLD}/results`)).text);
    expect(results).toContain('575');
  });

  it('confirmed by the leader, the correction is stored', async () => {
    await report(leader, oldLink, { [JOINED]: '580' }, true);
    expect(visible((await leader.get(oldLink)).text)).toMatch(/Đã lưu: 580\b/);
  });
});

/**
 * rev58a #4: a campaign the office opens for the tổ on purpose while this one runs (the ward's
 * rabies vaccination and its disaster fund the same month) is not "the new campaign", nor this
 * page "the old one": the page says plainly the tổ has another campaign open, with its link, and
 * a late correction's question does not send the figures there.
 */
describe('a leader’s page while another campaign runs alongside for the tổ', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let oldLink: string;
  let otherLink: string;
  let otherName: string;
  let oldName: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({}, OLD, undefined, { groups: 3 }));
    const original = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    oldName = (parse(original) as { contest: { name: string } }).contest.name;
    const running = (yaml: string, starts: number) =>
      yaml
        .replace(/^issued: \S+/m, `issued: ${dayFromNow(-12)}`)
        .replace(/^ {2}starts: \S+/m, `  starts: ${dayFromNow(starts)}`)
        .replace(/^ {2}ends: \S+/m, `  ends: ${dayFromNow(30)}`);
    const copy = join(s.dataDir, 'campaigns', NEW);
    await cp(folder, copy, { recursive: true });
    // This one's report due yesterday; the other started five days ago, before that day.
    await writeFile(
      join(folder, 'campaign.yaml'),
      `${running(original, -10)}\nreport:\n  deadline: ${dayFromNow(-1)}\n`,
    );
    const yaml = running(original, -5)
      .replace(/^ {2}number: 5\b/m, '  number: 6')
      .replace(/^ {2}name: Công dân số .+$/m, '  name: Tìm hiểu pháp luật phòng chống thiên tai');
    await writeFile(join(copy, 'campaign.yaml'), yaml);
    otherName = (parse(yaml) as { contest: { name: string } }).contest.name;
    oldLink = (await leaderLinks(office, OLD)).get(GROUP) ?? '';
    leader = new Client(s.url);
    await report(leader, oldLink, { [JOINED]: '575' });
    otherLink = (await leaderLinks(office, NEW)).get(GROUP) ?? '';
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  /** The page on `link` names the other campaign (`name`, its page `href`) as neither new nor old. */
  const namesPlainly = async (link: string, name: string, href: string) => {
    const page = await leader.get(link);
    expect(page.status).toBe(200);
    const said = visible(page.text);
    expect(said).toContain(`${GROUP} còn có chiến dịch khác đang mở: ${name}`);
    expect(page.text).toContain(`href="${href}"`);
    expect(said).not.toContain('chiến dịch mới');
    expect(said).not.toContain('chiến dịch cũ');
  };

  it('says the tổ has another campaign open, with its link, and calls neither new nor old', async () => {
    expect(otherLink).not.toBe('');
    await namesPlainly(oldLink, otherName, otherLink);
  });

  it('a late correction is asked about without naming the other campaign as the new one', async () => {
    const sent = await sendUnconfirmed(leader, oldLink, '25');
    expect(sent.status).toBe(422);
    const said = visible(sent.text);
    expect(said).toContain(`${JOINED}: số 25 sẽ thay số đã gửi 575 lúc`);
    expect(said).not.toContain('chiến dịch mới');
    expect(said).toContain('Nếu đúng là sửa số của chiến dịch này');
    expect(said).not.toContain('Nếu đây là số liệu của');
  });

  // closing56: the page of the campaign opened later said nothing of the one opened before it
  // and still running beside it.
  it('the page of the one opened later names the one opened before it, as plainly', async () => {
    await namesPlainly(otherLink, oldName, oldLink);
  });

  // closing56: each open campaign's folder is looked for on every page (no longer with a
  // blocking existsSync): one taken away is no longer named, and named again once back.
  it('follows a campaign taken away and put back', async () => {
    const there = join(s.dataDir, 'campaigns', NEW);
    const away = join(s.dataDir, `${NEW}-away`);
    const named = async () =>
      visible((await leader.get(oldLink)).text).includes(
        `còn có chiến dịch khác đang mở: ${otherName}`,
      );
    expect(await named()).toBe(true);
    await rename(there, away);
    try {
      expect(await named()).toBe(false);
    } finally {
      await rename(away, there);
    }
    expect(await named()).toBe(true);
  });
});

// review59a #2: the office opens đợt 2 before đợt 1 is over (February's fee opened on 15/01,
// January's still collected to 20/01). Until đợt 2 begins, đợt 1's page keeps its print steps.
describe('a leader’s page while the following campaign is opened early', () => {
  let s: TestStudio;
  let office: Client;
  let leader: Client;
  let oldLink: string;

  beforeAll(async () => {
    let folder: string;
    ({ s, c: office, folder } = await studioWithExample({}, OLD, undefined, { groups: 3 }));
    const original = await readFile(join(folder, 'campaign.yaml'), 'utf8');
    const running = (yaml: string, starts: number, ends: number) =>
      yaml
        .replace(/^issued: \S+/m, `issued: ${dayFromNow(-12)}`)
        .replace(/^ {2}starts: \S+/m, `  starts: ${dayFromNow(starts)}`)
        .replace(/^ {2}ends: \S+/m, `  ends: ${dayFromNow(ends)}`);
    const copy = join(s.dataDir, 'campaigns', NEW);
    await cp(folder, copy, { recursive: true });
    // Đợt 1 runs 10 days more; đợt 2, opened today, starts after it.
    await writeFile(join(folder, 'campaign.yaml'), running(original, -10, 10));
    await writeFile(
      join(copy, 'campaign.yaml'),
      running(original, 20, 40)
        .replace(/^ {2}number: 5\b/m, '  number: 6')
        .replace(/^ {2}name: Công dân số .+$/m, '  name: Công dân số Hải Phòng đợt 2'),
    );
    oldLink = (await leaderLinks(office, OLD)).get(GROUP) ?? '';
    await leaderLinks(office, NEW);
    leader = new Client(s.url);
  });
  afterAll(async () => {
    await s?.close();
    await removeTempDirs();
  });

  it('the running campaign’s page still asks to print and send, not yet "để lưu"', async () => {
    const page = await leader.get(oldLink);
    expect(page.status).toBe(200);
    const said = visible(page.text);
    expect(said).toContain('Tài liệu để in');
    expect(said).not.toContain('Tài liệu để lưu');
    expect(said).not.toContain('Tin nhắn của chiến dịch cũ');
  });
});
