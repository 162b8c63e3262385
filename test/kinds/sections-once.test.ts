/**
 * A build fills a group's template once for both poster sizes (kinds/render.ts): the A3 poster
 * reads the sections the A4 one was filled with. Never another kind's, nor a template's text
 * from before the build read it again: each document still says what its own template says.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { flyer } from '../../src/kinds/flyer.js';
import { poster } from '../../src/kinds/poster.js';
import { renderSections, templateFile } from '../../src/kinds/render.js';
import type { Campaign } from '../../src/load/campaign.js';
import type { Group } from '../../src/load/types.js';
import { buildContext, type DocContext } from '../../src/model/context.js';
import { exampleInputs } from '../support/render.js';

let campaign: Campaign;
let group: Group;
const contextOf = (): DocContext => buildContext(campaign, group, 'to-1');

beforeAll(async () => {
  const inputs = await exampleInputs();
  campaign = inputs.campaign;
  const [first] = inputs.groups;
  if (!first) throw new Error('the example has no group');
  group = first;
});

const posterFile = () => templateFile(poster);
const flyerFile = () => templateFile(flyer);
const readAs = (posterText: string) =>
  new Map([
    [posterFile(), posterText],
    [flyerFile(), readFileSync(flyerFile(), 'utf8')],
  ]);

describe("a group's sections in a build", () => {
  it('are filled once for both poster sizes, and each kind gets its own', () => {
    const ctx = contextOf();
    const read = readAs(readFileSync(posterFile(), 'utf8'));
    const a4 = renderSections(poster, ctx, undefined, read);
    expect(renderSections(poster, ctx, undefined, read)).toBe(a4);
    const flyerSections = renderSections(flyer, ctx, undefined, read);
    expect(flyerSections.file).toBe(flyerFile());
    expect(flyerSections.keyExcept([])).toBe(
      renderSections(flyer, contextOf(), undefined, read).keyExcept([]),
    );
  });

  it("follow the template's text as this build read it, not an earlier build's", () => {
    const ctx = contextOf();
    const text = readFileSync(posterFile(), 'utf8');
    renderSections(poster, ctx, undefined, readAs(text));
    const edited = text.replace(/^@@ header\n.*$/m, '@@ header\nBẢN SỬA CỦA PHƯỜNG');
    expect(edited).not.toBe(text);
    const again = renderSections(poster, ctx, undefined, readAs(edited));
    expect(again.text('header')).toBe('BẢN SỬA CỦA PHƯỜNG');
  });
});
