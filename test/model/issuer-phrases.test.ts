/**
 * A group's context names the issuer as a sentence does and its office as a contact line does
 * (`issuerInText`, `officeInText`): the same for every group of a campaign, so a build makes them
 * once per issuer (model/context.ts, h-b3k). Another campaign in the same process (the studio's,
 * serve's reloads), or one whose issuer was changed in place, gets its own.
 */
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext } from '../../src/model/context.js';
import { exampleInputs } from '../support/render.js';

describe('the issuer’s phrases in a group’s context', () => {
  it('follow the campaign at hand, one after another and changed in place', async () => {
    const { campaign, groups } = await exampleInputs();
    const group = groups[0] as Group;
    const said = (c: Campaign) => {
      const ctx = buildContext(c, group, 'to-1');
      return [ctx.issuerInText, ctx.officeInText];
    };
    // examples/hai-phong: ỦY BAN NHÂN DÂN / PHƯỜNG LÊ CHÂN, phường Lê Chân, Phòng Văn hoá - Xã hội.
    expect(said(campaign)).toEqual([
      'Ủy ban nhân dân phường Lê Chân',
      'Phòng Văn hoá - Xã hội, phường Lê Chân',
    ]);
    const other: Campaign = {
      ...campaign,
      issuer: {
        ...campaign.issuer,
        name: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TÂN ĐỊNH'],
        ward: 'phường Tân Định',
        office: 'Công an phường',
      },
    };
    expect(said(other)).toEqual(['Ủy ban nhân dân phường Tân Định', 'Công an phường Tân Định']);
    // The same object, its office retyped (as an edit in place would), asked for right after.
    other.issuer.office = 'Trạm Y tế phường';
    expect(said(other)).toEqual(['Ủy ban nhân dân phường Tân Định', 'Trạm Y tế phường Tân Định']);
    expect(said(campaign)[0]).toBe('Ủy ban nhân dân phường Lê Chân');
  });
});
