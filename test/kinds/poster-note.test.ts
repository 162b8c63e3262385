/**
 * The leader page's line under "Áp phích A4" (templates/web/labels.hbs) says what this poster
 * holds: a poster of links alone promised a time, a place and actions it does not print
 * (review52 #11). The campaigns are the QA round's fire drill (time, place, actions, no link)
 * and the same drill reduced to a link, each with the example's first group.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/kinds/labels.js';
import { poster } from '../../src/kinds/poster.js';
import type { Campaign } from '../../src/load/campaign.js';
import { parseCampaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { exampleFirstGroup } from '../support/render.js';

const DRILL = fileURLToPath(new URL('../fixtures/qa40/d-pccc.yaml', import.meta.url));

let drill: Campaign;
let group: Group;
beforeAll(async () => {
  ({ group } = await exampleFirstGroup('hai-phong'));
  drill = parseCampaign(await readFile(DRILL, 'utf8'), DRILL);
});

const noteOf = (campaign: Campaign) =>
  labelsFor(buildContext(campaign, group, 'to-1')).note({ kind: poster, variant: 'a4' });

describe('the A4 poster’s note on the leader page (review52 #11)', () => {
  it('a poster of links alone: its title and its code, no time, place or actions', () => {
    const links = {
      zalo: { url: 'https://zalo.me/g/abcdef', label: 'Nhóm Zalo tổ dân phố' },
    } as Campaign['links'];
    const note = noteOf({ ...drill, when: '', where: '', actions: [], links });
    expect(note).toContain('mã QR');
    for (const word of ['thời gian', 'địa điểm', 'việc cần làm']) expect(note).not.toContain(word);
  });

  it('the fire drill’s: time, place and actions, and no code (it has no link)', () => {
    const note = noteOf(drill);
    for (const word of ['thời gian', 'địa điểm', 'việc cần làm']) expect(note).toContain(word);
    expect(note).not.toContain('mã QR');
  });

  it('names what to bring when the campaign lists it (qa53 p11: the poster prints it now)', () => {
    expect(noteOf(drill)).not.toContain('cần mang theo');
    const note = noteOf({ ...drill, bring: ['Giấy tờ tùy thân', 'Đèn pin'] } as Campaign);
    expect(note).toContain('việc cần làm, cần mang theo');
  });
});
