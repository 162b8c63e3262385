/**
 * A commune whose list mixes thôn and tổ dân phố (common since the 2025 mergers), its campaign
 * giving no group_term: the studio's leaders tab and Kết quả tab call each group's head by the
 * group's own word — "Trưởng thôn" for a thôn, "Tổ trưởng" for a tổ dân phố — as its papers do,
 * not the ward's one word for every group (h-q10 item 4). Real sockets on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIXED_GROUPS } from '../support/group-term.js';
import { removeTempDirs } from '../support/tmp.js';
import { JOINED, leaderLinks, report, visible } from './results-figures.js';
import { Client, studioWithExample, type TestStudio } from './studio.js';

describe('a commune of thôn and tổ dân phố in the studio', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({ groups: MIXED_GROUPS }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it("names each group's head by its own word on the leaders and results tabs", async () => {
    const links = await leaderLinks(office, 'hai-phong');
    const leaders = visible((await office.get('/c/hai-phong/leaders')).text);
    expect(leaders).toContain('Thôn Đông Trưởng thôn: Nguyễn Văn An');
    expect(leaders).toContain('Thôn Tây Trưởng thôn: Trần Văn Bình');
    expect(leaders).toContain('Tổ dân phố Chợ Tổ trưởng: Lê Thị Cúc');
    expect(leaders).not.toMatch(/Tổ trưởng: (Nguyễn Văn An|Trần Văn Bình)/);

    await report(new Client(s.url), links.get('Thôn Đông') ?? '', { [JOINED]: '100' });
    const results = visible((await office.get('/c/hai-phong/results')).text);
    expect(results).toContain('Thôn Đông Trưởng thôn: Nguyễn Văn An');
    expect(results).toContain('Tổ dân phố Chợ Tổ trưởng: Lê Thị Cúc');
    expect(results).not.toMatch(/Tổ trưởng: (Nguyễn Văn An|Trần Văn Bình)/);
  });
});
