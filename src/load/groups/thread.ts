/**
 * Load stage: the worker thread that reads one groups file for the studio (studio/groups-read.ts
 * starts it for a large list, one thread a reading, ended once it has answered). It loads the
 * groups reader only — not the renderer the preview's threads load (~1 s of CPU and a 128 MB
 * heap a 100,000-row workbook did not fit in: review34 F2, F6).
 * In: workerData `{ file }`. Out: one message, `{ pieces }` (report-pieces.ts) or `{ userError }`
 * (what is wrong with the list, said as the build says it); any other failure ends the thread
 * with an error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError, userErrorData } from '../../errors.js';
import { groupsReportPieces } from './report-pieces.js';

const { file } = workerData as { file: string };
try {
  parentPort?.postMessage({ pieces: await groupsReportPieces(file) });
} catch (e) {
  if (!isUserError(e)) throw e;
  parentPort?.postMessage({ userError: userErrorData(e) });
}
