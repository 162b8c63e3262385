/**
 * The first group's drawing of a kind — what the checks, `nothingToPrint`, the unprinted-fields
 * warning and the room notes judge (output/inputs.ts `sectionsOf`) — comes from the templates as
 * the inputs read them (`inputs.templates`, which the documents are drawn from), not from the
 * disk's file as it is now (review44 #5). A kind the run did not ask for is drawn when first
 * asked; its text is put in `inputs.templates` here, standing for a text read that the disk no
 * longer holds (without vi.mock: vitest.config.ts isolate: false). The example campaign.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import { templateFile, templateText } from '../../src/kinds/render.js';
import { loadBuildInputs } from '../../src/output/inputs.js';
import { plainText } from '../../src/template/blocks.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';

const kindNamed = (name: string) => {
  const kind = KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`no ${name} kind`);
  return kind;
};

describe('the first group’s drawing', () => {
  it('is drawn from the templates as read, not from the disk', async () => {
    const flyer = kindNamed('flyer');
    const inputs = await loadBuildInputs({ campaign: EXAMPLE_CAMPAIGN, groups: EXAMPLE_GROUPS }, [
      kindNamed('checklist'),
    ]);
    const file = templateFile(flyer, inputs.spec.templateDir);
    const onDisk = templateText(file);
    expect(onDisk).toContain('@@ kicker\n');
    inputs.templates.set(file, onDisk.replace('@@ kicker\n', '@@ kicker\nNHƯ ĐÃ ĐỌC '));
    const kicker = inputs.firstDrawn(flyer)?.lines('kicker').map(plainText).join(' ') ?? '';
    expect(kicker).toContain('NHƯ ĐÃ ĐỌC');
  });
});
