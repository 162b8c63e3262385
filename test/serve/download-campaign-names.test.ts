/**
 * `serve`, downloads of two campaigns of one ward (qa58b M5): đợt 1's and đợt 2's flyer, notice
 * and ZIP for one group saved on one phone, and the office's links sheet, each name its campaign
 * (as the results files do), so the second is not "… (1).pdf" beside the first. Over real HTTP:
 * the Content-Disposition a browser saves by, and the page's own `download` names.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';
import { ADMIN_PASSWORD, startServer, type TestServer, tokenOf, wardOf } from './server.js';

const TITLES = ['Phòng, chống sốt xuất huyết đợt 1', 'Phòng, chống sốt xuất huyết đợt 2'];
const servers: TestServer[] = [];

beforeAll(async () => {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const groups = await readFile(EXAMPLE_GROUPS, 'utf8');
  for (const title of TITLES) {
    const ward = await wardOf(`title: "${title}"\n${yaml}`, groups);
    servers.push(await startServer({ ward }));
  }
});
afterAll(async () => {
  for (const s of servers) await s.app.close();
  await removeTempDirs();
});

/** The exact name a browser saves the answer under (RFC 5987's filename*). */
const savedAs = (res: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );

describe('two campaigns’ downloads', () => {
  it("name the campaign: a leader's flyer, notice and ZIP, and the office's links sheet", async () => {
    const names: string[][] = [];
    for (const [i, s] of servers.entries()) {
      const title = TITLES[i] ?? '';
      const saved: string[] = [];
      for (const file of ['poster-a4.pdf', 'notice.pdf', 'all.zip']) {
        const res = await fetch(`${s.url}/g/${tokenOf('5')}/${file}`);
        expect(res.status, file).toBe(200);
        await res.arrayBuffer();
        saved.push(savedAs(res));
      }
      const auth = `Basic ${Buffer.from(`admin:${ADMIN_PASSWORD}`).toString('base64')}`;
      const sheet = await fetch(`${s.url}/admin/links.csv`, { headers: { authorization: auth } });
      expect(sheet.status).toBe(200);
      await sheet.arrayBuffer();
      saved.push(savedAs(sheet));
      for (const n of saved) expect(n).toContain(title);
      expect(saved[0]).toBe(`Tổ dân phố số 5 - Áp phích A4 - ${title}.pdf`);
      // The page's own links say the same names.
      const page = await (await fetch(`${s.url}/g/${tokenOf('5')}/`)).text();
      expect(page).toContain(`download="Tổ dân phố số 5 - Áp phích A4 - ${title}.pdf"`);
      names.push(saved);
    }
    // No name of đợt 1 is a name of đợt 2.
    expect(names[0]?.filter((n) => names[1]?.includes(n))).toEqual([]);
  });
});

/** A server of the example campaign under `title`, closed with the others. */
async function serverTitled(title: string): Promise<TestServer> {
  const yaml = await readFile(EXAMPLE_CAMPAIGN, 'utf8');
  const ward = await wardOf(`title: "${title}"\n${yaml}`, await readFile(EXAMPLE_GROUPS, 'utf8'));
  const s = await startServer({ ward });
  servers.push(s);
  return s;
}

describe('a long campaign title in a download’s name', () => {
  // A consultation's title (qa58), 63 characters: more than a name's part may hold.
  const LONG = 'Lấy ý kiến Nhân dân về dự thảo Nghị quyết hỗ trợ người cao tuổi';
  let s: TestServer;
  beforeAll(async () => {
    s = await serverTitled(LONG);
  });

  it('is cut between words, its first words kept', async () => {
    const res = await fetch(`${s.url}/g/${tokenOf('5')}/poster-a4.pdf`);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const name = savedAs(res);
    const said = /^Tổ dân phố số 5 - Áp phích A4 - (.+)\.pdf$/.exec(name)?.[1] ?? '';
    expect(said.length, name).toBeGreaterThan(30);
    expect(said.length, name).toBeLessThan(LONG.length);
    expect(LONG.startsWith(said), name).toBe(true);
    // It ends on a whole word of the title.
    expect(LONG.split(' ')).toContain(said.split(' ').at(-1));
  });
});

describe('a long title cut before a joining word', () => {
  // qa59b's title, 101 characters: cut between words within 60 characters it ends "… cống rãnh và".
  const LONG =
    'Ra quân tổng vệ sinh môi trường, khơi thông cống rãnh và diệt lăng quăng, bọ gậy phòng sốt xuất huyết';
  let s: TestServer;
  beforeAll(async () => {
    s = await serverTitled(LONG);
  });

  it('ends the leader page’s download name and the saved file’s name on a word of meaning', async () => {
    // Its first 61 characters end "… và diệt": cut between words, "… và".
    expect(LONG.slice(0, 61)).toMatch(/ và diệt$/);
    const page = await (await fetch(`${s.url}/g/${tokenOf('5')}`)).text();
    const names = [...page.matchAll(/download="([^"]+)"/g)].map((m) => m[1] ?? '');
    const res = await fetch(`${s.url}/g/${tokenOf('5')}/poster-a4.pdf`);
    await res.arrayBuffer();
    names.push(savedAs(res));
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      const said = / - ([^-]+)\.(pdf|png|zip)$/.exec(name)?.[1] ?? '';
      expect(LONG.startsWith(said), name).toBe(true);
      expect(said, name).toMatch(/cống rãnh$/);
    }
  });
});
