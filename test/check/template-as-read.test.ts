/**
 * `check` draws its trial documents from the templates its inputs read, as a build draws them
 * (read42b-src #3): a template saved while `check` runs is judged by the next check, not half by
 * this one. The file is broken on disk just after the inputs are read (the loader wrapped here);
 * the check still judges the text it read, and says the inputs are good.
 * Input: the example campaign and groups, the tool's own poster template copied to a folder.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkVi } from '../support/cli.js';
import { TOOL_TEMPLATES } from '../support/own-templates.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

/** Run once the inputs are read, before anything is drawn. */
const afterLoad: { run?: () => Promise<void> } = {};

vi.mock('../../src/output/inputs.js', async (original) => {
  const actual = await original<typeof import('../../src/output/inputs.js')>();
  return {
    ...actual,
    loadBuildInputs: async (...args: Parameters<typeof actual.loadBuildInputs>) => {
      const inputs = await actual.loadBuildInputs(...args);
      await afterLoad.run?.();
      return inputs;
    },
  };
});

describe('check draws the templates as it read them', () => {
  it('a poster template broken on disk after the read is not what the trial draws', async () => {
    const dir = await makeTempDir('phuong-print-template-read-');
    const file = join(dir, 'poster.hbs');
    await copyFile(join(TOOL_TEMPLATES, 'poster.hbs'), file);
    // An `if` never closed: the template cannot be read at all.
    afterLoad.run = () => writeFile(file, '@@ title\n{{#if campaign.title}}\n');
    try {
      const r = await checkVi(EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS, {}, [
        '--templates',
        dir,
        '--kind',
        'poster',
      ]);
      expect(r.stderr).not.toContain('poster.hbs');
      expect(r.code).toBe(0);
    } finally {
      afterLoad.run = undefined;
    }
  });
});
