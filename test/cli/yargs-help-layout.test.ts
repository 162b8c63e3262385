/**
 * The contract yargs-internals.ts's skipHelpLayout has with yargs' internals: a command's run lays out the
 * command's help (every option measured) only for yargs' own failure report, which the CLI never
 * prints. If a yargs release moves the method, the skip silently stops paying (~40 ms of CPU a
 * run); this test says so by name.
 */

import { describe, expect, it } from 'vitest';
import yargs, { type Argv } from 'yargs';
import { skipHelpLayout } from '../../src/cli/yargs-internals.js';

/** Runs a one-command CLI and counts how often yargs lays out a help text. */
async function helpLayouts(skip: boolean): Promise<{ layouts: number; ran: boolean }> {
  let layouts = 0;
  let ran = false;
  await yargs(['go', '--name', 'Tổ 1'])
    .command(
      'go',
      'a command',
      (y: Argv) => y.option('name', { type: 'string', describe: 'Tên tổ dân phố' }),
      () => {
        ran = true;
      },
    )
    .middleware((_args, instance?: unknown) => {
      const usage = (
        instance as { getInternalMethods(): { getUsageInstance(): { help(): string } } }
      )
        .getInternalMethods()
        .getUsageInstance();
      const help = usage.help.bind(usage);
      usage.help = () => {
        layouts++;
        return help();
      };
      if (skip) skipHelpLayout(instance as Parameters<typeof skipHelpLayout>[0]);
    }, true)
    .strict()
    .parseAsync();
  return { layouts, ran };
}

describe("yargs' help layout on every command run", () => {
  it('is made by yargs as a command starts', async () => {
    expect(await helpLayouts(false)).toEqual({ layouts: 1, ran: true });
  });

  it('is skipped by skipHelpLayout, and the command still runs', async () => {
    expect(await helpLayouts(true)).toEqual({ layouts: 0, ran: true });
  });
});
