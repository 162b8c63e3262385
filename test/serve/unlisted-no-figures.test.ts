/**
 * qa49 m7: the link of a tổ the new list no longer has, in a campaign that takes no figures (a
 * fire drill, a storm's notice). Its page said "trang này không nhận số liệu … Để hỏi nay báo
 * cáo cho tổ nào", though the page never took figures: the leader needed the notice. Now it says
 * the page no longer opens the tổ's papers and whom to call for them; a campaign with measures
 * keeps its words about figures. The page as the server renders it, from the campaign's folder.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unlistedPage } from '../../src/serve/html.js';
import { loadWard } from '../../src/serve/ward.js';
import { visible } from '../support/page-text.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';

const DRILL = fileURLToPath(new URL('../fixtures/qa40/d-pccc.yaml', import.meta.url));
const DRILL_GROUPS = fileURLToPath(new URL('../fixtures/qa40/groups.csv', import.meta.url));

describe("a former tổ's link", () => {
  it('in a campaign without figures: where to get the papers, no word of figures or reports', async () => {
    const yaml = parse(await readFile(DRILL, 'utf8'));
    expect(yaml.measures ?? []).toEqual([]);
    const ward = await loadWard({ campaign: DRILL, groups: DRILL_GROUPS });
    const said = visible(unlistedPage(ward, 'Tổ dân phố Lạch Tray', undefined, []))
      .replace(/\s+/g, ' ')
      .trim();
    expect(said).toContain('Tổ dân phố Lạch Tray không còn trong danh sách');
    expect(said).toContain(
      'nên trang này không còn cung cấp tài liệu của Tổ dân phố Lạch Tray nữa.',
    );
    expect(said).toContain(
      `Để biết nay nhận tài liệu “${yaml.title}” ở tổ nào, xin gọi cho ${yaml.issuer.office}`,
    );
    expect(said).not.toMatch(/số liệu|báo cáo/);
  });

  it('in a campaign with figures: the page no longer takes them, whom to report to now', async () => {
    const ward = await loadWard({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS });
    expect(ward.campaign.measures.length).toBeGreaterThan(0);
    const said = visible(unlistedPage(ward, 'Tổ dân phố số 40', undefined, [])).replace(
      /\s+/g,
      ' ',
    );
    expect(said).toContain('nên trang này không nhận số liệu của Tổ dân phố số 40 nữa.');
    expect(said).toContain('Để hỏi nay báo cáo cho tổ nào');
  });
});
