/**
 * Output stage: the ward's report of results as files — report.pdf (the kind "report", Decree 30)
 * and report.xlsx (the same figures). In: the campaign, the groups, the current figures, the
 * report's number and date. Out: both files' bytes. Used by `phuong-print report` and by the
 * office page's report buttons, so both give the same documents.
 */
import { report, reportContext } from '../kinds/report.js';
import type { FontSet } from '../layout/fonts.js';
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import { renderOutput } from '../render/output.js';
import { type ReportOptions, reportData } from '../results/report-model.js';
import type { LatestFigures } from '../results/results-store.js';
import { reportWorkbook } from './report-xlsx.js';

export interface ReportFiles {
  pdf: Uint8Array;
  xlsx: Uint8Array;
  pages: number;
}

export async function renderReport(input: {
  campaign: Campaign;
  groups: readonly Group[];
  latest: LatestFigures;
  options: ReportOptions;
  fonts: FontSet;
  templateDir?: string;
}): Promise<ReportFiles> {
  const data = reportData(input.campaign, input.groups, input.latest, input.options);
  const ctx = reportContext(input.campaign, data);
  const pdf = await renderOutput(report, ctx, {
    fonts: input.fonts,
    created: new Date(`${data.date.iso}T00:00:00Z`),
    templateDir: input.templateDir,
  });
  const title = `Kết quả thực hiện Công văn số ${ctx.noticeNumber} — ${input.campaign.issuer.ward}, ngày ${data.date.short}`;
  return { pdf: pdf.bytes, xlsx: await reportWorkbook(data, title), pages: pdf.pages };
}
