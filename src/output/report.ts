/**
 * Output stage: the ward's report of results as files — report.pdf (the kind "report", Decree 30)
 * and report.xlsx (the same figures). In: the campaign, the groups, the current figures, the
 * report's number and date. Out: either file's bytes, or both. Used by `phuong-print report` and
 * by the office page's report buttons (in the server's worker threads), so both give the same
 * documents.
 */
import { report, reportContext } from '../kinds/report.js';
import { type FontSet, loadFonts } from '../layout/fonts.js';
import type { Campaign } from '../load/campaign.js';
import type { Group } from '../load/types.js';
import type { GroupTerm } from '../model/group-term.js';
import { renderOutput } from '../render/output.js';
import { type ReportOptions, reportData } from '../results/report-model.js';
import type { LatestFigures } from '../results/results-store.js';

export interface ReportInput {
  campaign: Campaign;
  groups: readonly Group[];
  latest: LatestFigures;
  options: ReportOptions;
  /** The ward's word as the build reads it (its groups file's headers too); else from the names. */
  term?: GroupTerm;
  templateDir?: string;
  /** An archival PDF (PDF/A-2b), tagged for screen readers (report --pdfa). */
  pdfa?: boolean;
}

export interface ReportFiles {
  pdf: Uint8Array;
  xlsx: Uint8Array;
  pages: number;
}

function prepare(input: ReportInput) {
  const data = reportData(input.campaign, input.groups, input.latest, input.options, input.term);
  return { data, ctx: reportContext(input.campaign, data) };
}

type Prepared = ReturnType<typeof prepare>;

function pdfOf(
  { data, ctx }: Prepared,
  fonts: FontSet,
  templateDir: string | undefined,
  pdfa = false,
) {
  return renderOutput(report, ctx, {
    fonts,
    created: new Date(`${data.date.iso}T00:00:00Z`),
    templateDir,
    pdfa,
  });
}

/**
 * The spreadsheet's code (exceljs) loads with the first report: every worker thread of a build
 * imports this module (worker.ts › document-tasks.ts), and exceljs cost each of them ~0.6 s of
 * CPU to load for a build that makes no report.
 */
async function xlsxOf({ data, ctx }: Prepared, campaign: Campaign) {
  const title = `Kết quả thực hiện ${ctx.report.cites} — ${campaign.issuer.ward}, ngày ${data.date.short}`;
  const { reportWorkbook } = await import('./report-xlsx.js');
  return reportWorkbook(data, title);
}

/** One of the two files: the office's buttons ask for one at a time. */
export async function renderReportFile(
  input: ReportInput,
  file: 'pdf' | 'xlsx',
): Promise<Uint8Array> {
  const prepared = prepare(input);
  if (file === 'xlsx') return xlsxOf(prepared, input.campaign);
  return (await pdfOf(prepared, loadFonts(), input.templateDir)).bytes;
}

export async function renderReport(input: ReportInput & { fonts: FontSet }): Promise<ReportFiles> {
  const prepared = prepare(input);
  const pdf = await pdfOf(prepared, input.fonts, input.templateDir, input.pdfa);
  return { pdf: pdf.bytes, xlsx: await xlsxOf(prepared, input.campaign), pages: pdf.pages };
}
