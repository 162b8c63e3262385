/**
 * A group whose name holds a dash of its own ("Tổ 2 - Khu 1", as a merged ward names its groups)
 * is joined to its ward by a comma in every paper's header: "Tổ 2 - Khu 1 – phường Lê Chân" set a
 * hyphen and an en dash side by side (qa19). A name without one keeps the en dash.
 */
import { describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { flyer } from '../../src/kinds/flyer.js';
import { poster } from '../../src/kinds/poster.js';
import { tracker } from '../../src/kinds/tracker.js';
import type { Group } from '../../src/load/types.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { exampleInputs, renderFor } from '../support/render.js';

describe('the header joining a group to its ward', () => {
  it('uses a comma after a name with its own dash, and the en dash otherwise', async () => {
    const { campaign, groups } = await exampleInputs();
    const group5 = groups.find((g) => g.id === '5') as Group;
    const dashed: Group = { ...group5, name: 'Tổ 2 - Khu 1' };
    const ward = campaign.issuer.ward;
    for (const kind of [checklist, flyer, tracker]) {
      const text = collapseSpaces(await pdfText((await renderFor(kind, campaign, dashed)).bytes));
      expect(text, kind.name).toContain(`Tổ 2 - Khu 1, ${ward}`);
      expect(text, kind.name).not.toContain(`Khu 1 – ${ward}`);
      const plain = collapseSpaces(await pdfText((await renderFor(kind, campaign, group5)).bytes));
      expect(plain, kind.name).toContain(`${group5.name} – ${ward}`);
    }
    const upper = (s: string) => s.toLocaleUpperCase('vi');
    const sheet = collapseSpaces(
      await pdfText((await renderFor(poster, campaign, dashed, 'a4')).bytes),
    );
    expect(sheet).toContain(`TỔ 2 - KHU 1, ${upper(ward)}`);
  });
});
