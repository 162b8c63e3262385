/**
 * Studio: "build all" for a campaign — the CLI's own build (output/build.ts) into the campaign's
 * out/ folder, run in the background (its worker pool), one at a time per campaign, with its
 * progress kept for the page to show.
 */
import { isUserError } from '../errors.js';
import { build } from '../output/build.js';
import type { CampaignPaths } from './campaign-folders.js';
import { inVietnamese } from './messages.js';

export interface BuildStatus {
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  /** Groups that could not be built, each with its problem in Vietnamese. */
  failures: { group?: string; name?: string; row?: number; message: string }[];
  /** Why the whole build stopped (state "failed"), in Vietnamese. */
  error?: string;
  seconds?: number;
}

export class Builds {
  private readonly runs = new Map<string, BuildStatus>();

  constructor(private readonly logError: (line: string) => void) {}

  status(slug: string): BuildStatus | undefined {
    return this.runs.get(slug);
  }

  /** Starts a build unless one is running; false when one was. */
  start(c: CampaignPaths): boolean {
    if (this.runs.get(c.slug)?.state === 'running') return false;
    const status: BuildStatus = { state: 'running', done: 0, total: 0, failures: [] };
    this.runs.set(c.slug, status);
    if (!c.groups) {
      Object.assign(status, { state: 'failed', error: 'Chưa có danh sách tổ dân phố.' });
      return true;
    }
    build({
      campaign: c.file,
      groups: c.groups,
      out: c.out,
      onProgress: (p) => {
        status.done = p.done;
        status.total = p.total;
      },
    }).then(
      (result) => {
        status.state = 'done';
        status.seconds = result.seconds;
        status.failures = result.failed.map((f) => ({
          group: f.group,
          name: f.name,
          row: f.row,
          message: f.text ? inVietnamese(f.text) : f.message,
        }));
      },
      (e: unknown) => {
        status.state = 'failed';
        if (isUserError(e)) status.error = inVietnamese(e);
        else {
          status.error =
            'Phần mềm gặp lỗi khi in. Hãy thử lại; nếu vẫn lỗi, báo cho người quản trị.';
          this.logError(`build of ${c.slug} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
      },
    );
    return true;
  }
}
