/**
 * The checklist sets the app's store codes under the step that asks to install the app, not the
 * first step that names it: a VNeID campaign whose first step was "Đến Công an xã đăng ký tài
 * khoản định danh điện tử VNeID mức 2" had the codes above that step, two steps before "Tải và
 * cài đặt ứng dụng VNeID". Read from the printed page, top to bottom (pdftotext).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checklist } from '../../src/kinds/checklist.js';
import { vneidCampaign } from '../fixtures/vneid-campaign.js';
import { collapseSpaces, pdfText } from '../support/pdf-text.js';
import { renderCampaignText } from '../support/render.js';
import { removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const campaignWith = (steps: string[]) => vneidCampaign(steps);

/** The page's text, and where in it each of `parts` is (−1: not there). */
async function printed(steps: string[]) {
  const pdf = await renderCampaignText(checklist, campaignWith(steps), 'STT;Tên thôn\n1;Thôn 1\n');
  const text = collapseSpaces(await pdfText(pdf));
  return (part: string) => text.indexOf(part);
}

const CODES = 'Quét mã để tải VNeID cho iPhone';

describe('the app’s store codes on the checklist', () => {
  // Right under the step, which they belong to: above it they read as the step before's (qa13).
  it('stand under the step that installs the app, after an earlier step that only names it', async () => {
    const steps = [
      'Đến Công an xã đăng ký tài khoản định danh điện tử VNeID mức 2',
      'Tải và cài đặt ứng dụng VNeID trên điện thoại',
      'Đăng nhập VNeID và kiểm tra thông tin cá nhân',
    ];
    const at = await printed(steps);
    expect(at(CODES)).toBeGreaterThan(at(steps[1] as string));
    expect(at(CODES)).toBeLessThan(at(steps[2] as string));
    expect(at(steps[0] as string)).toBeGreaterThan(-1);
  });

  it('stand under the first step naming the app when none says to install it', async () => {
    const steps = [
      'Chuẩn bị thẻ căn cước gắn chip',
      'Mở VNeID trên điện thoại của con cháu trong nhà',
      'Đăng nhập VNeID và kiểm tra thông tin cá nhân',
    ];
    const at = await printed(steps);
    expect(at(CODES)).toBeGreaterThan(at(steps[1] as string));
    expect(at(CODES)).toBeLessThan(at(steps[2] as string));
  });
});

describe('a checklist of a campaign with no contest and no title (qa11 Q1)', () => {
  it('heads its page with the subject as a sentence, and calls its items "việc"', async () => {
    const yaml = vneidCampaign(['Tải và cài đặt ứng dụng VNeID']).replace(/^title: .*\n/m, '');
    const pdf = await renderCampaignText(checklist, yaml, 'STT;Tên thôn\n1;Thôn 1\n');
    const text = collapseSpaces(await pdfText(pdf));
    // campaign.yaml's subject, "vận động người dân kích hoạt…", begins a line of its own.
    expect(text).toContain('Vận động người dân kích hoạt tài khoản định danh điện tử mức 2');
    expect(text).toContain('Làm xong việc nào, đánh dấu vào ô bên cạnh việc đó.');
    expect(text).not.toContain('bước nào');
  });
});
