/**
 * The day the tests take for today: vitest.config.ts pins PHUONG_PRINT_TODAY (YYYY-MM-DD), and
 * the program's entry points run in a test's process are handed it as their clock (the CLI's
 * `main` in runCliInProcess, an in-process studio's `StudioOptions.today`), so that a fixture's
 * deadline ("12/12/2026") is not warned of as over on the day after it. The program itself reads
 * no such variable: a CLI or studio started as a child process keeps the real clock.
 */
import { wardDay } from '../../src/ward-time.js';

/** Read at each call: a test may set another day for one run (runCliInProcess's `env`). */
export const testToday = (): string => process.env.PHUONG_PRINT_TODAY || wardDay();
