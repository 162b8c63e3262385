/**
 * The papers a household is handed say when and where for its own group (qa5 G4): a fire-safety
 * check's date and time, typed per group in the groups file, were printed in the notice only;
 * an action "Có người ở nhà ngày {{group.[Ngày kiểm tra]}}" printed its braces on every flyer.
 * Now the actions (and the poster's slogan) take a group's values like the notice's body, on the
 * flyer, the checklist and the tracking sheet's columns. What a reader sees: each group's PDF text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../src/kinds/kind.js';
import { findKind } from '../../src/kinds/registry.js';
import { buildCampaignText, type TextBuild } from '../support/campaign-build.js';
import { NOTICE_ONLY } from '../support/inputs.js';
import { pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

const GROUPS = [
  'STT,Tên tổ dân phố,Tổ trưởng,Ngày kiểm tra,Giờ kiểm tra',
  '1,Tổ dân phố số 1,Nguyễn Văn An,14/12/2026,7 giờ 30',
  '2,Tổ dân phố số 2,Trần Văn Bình,15/12/2026,14 giờ',
].join('\n');

const ACTIONS = `actions:
  - step: "Có người ở nhà ngày {{group.[Ngày kiểm tra]}}, lúc {{group.[Giờ kiểm tra]}} để đoàn kiểm tra"
    column: "Đã kiểm tra {{group.[Ngày kiểm tra]}}"
  - step: "Chuẩn bị bình chữa cháy *mini* và kiểm tra ổ điện"
`;

let built: TextBuild;

beforeAll(async () => {
  // The title is not filled in for each group: its {{…}} prints as typed, and is warned of.
  const campaign = `${NOTICE_ONLY}title: "Kiểm tra PCCC {{group.name}}"\n${ACTIONS}`;
  built = await buildCampaignText(campaign, `${GROUPS}\n`, 'flyer,checklist,tracker');
});
afterAll(removeTempDirs);

const textOf = (n: number, kind: string) => built.text(`to-dan-pho-so-${n}`, kind);

describe('actions that name a group’s own values', () => {
  it('builds every group', () => {
    expect(built.code, built.stderr).toBe(0);
  });

  it.each(['flyer', 'checklist'])(
    'prints each group’s date and time in its %s’s steps',
    async (kind) => {
      const first = await textOf(1, kind);
      expect(first).toContain('Có người ở nhà ngày 14/12/2026, lúc 7 giờ 30 để đoàn kiểm tra');
      const second = await textOf(2, kind);
      expect(second).toContain('Có người ở nhà ngày 15/12/2026, lúc 14 giờ để đoàn kiểm tra');
      for (const text of [first, second]) expect(text).not.toContain('{{group.[');
      // An action is still plain text: the office's "*" prints as typed.
      expect(first).toContain('bình chữa cháy *mini*');
    },
  );

  it('heads the tracking sheet’s column with the group’s own value', async () => {
    expect(await textOf(1, 'tracker')).toContain('Đã kiểm tra 14/12/2026');
    expect(await textOf(2, 'tracker')).toContain('Đã kiểm tra 15/12/2026');
  });

  it('warns only of the field no template fills (the title), not of the actions', () => {
    const asTyped = built.stderr.split('\n').filter((l) => l.includes('in nguyên văn như đã gõ'));
    expect(asTyped).toHaveLength(1);
    expect(asTyped[0]).toMatch(/title/);
  });
});

describe('a slogan that names a group’s own value', () => {
  it('prints each group’s value on its poster', async () => {
    const { campaign, groups } = await exampleInputs();
    const withSlogan = { ...campaign, slogan: 'Cùng {{group.name}} sống an toàn' };
    for (const group of groups.slice(0, 2)) {
      const { bytes } = await renderFor(findKind('poster') as DocumentKind, withSlogan, group);
      const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
      expect(text).toContain(`Cùng ${group.name} sống an toàn`);
    }
  });
});
