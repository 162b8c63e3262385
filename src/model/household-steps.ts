/**
 * Model: whether the campaign's steps are a household's, not each person's: "Cử ít nhất 01 người
 * của hộ tham gia", "Mỗi hộ đóng bao rác" (qa54 M4: a clean-up day counted the people who came, and
 * the leader's page printed its checklist once per resident, 780 copies for 210 households). Such
 * a checklist goes to each household whatever the first measure counts. Read from the steps'
 * words: the household said with what makes it one ("của hộ", "mỗi hộ", "hộ gia đình", "chủ
 * hộ"), never "hộ" alone, which is in "ủng hộ", "hộ chiếu", "bảo hộ".
 */
import type { Campaign } from '../load/campaign.js';

const HOUSEHOLD_SAID =
  /(?<![\p{L}\p{M}])(?:(?:của|mỗi|từng|các|cả|trong) hộ(?! (?:chiếu|khẩu|tịch|lý|vệ))|hộ gia đình|hộ dân|chủ hộ)(?![\p{L}\p{M}])/iu;

const said = new WeakMap<object, boolean>();

/** Whether any of the campaign's steps names the household as the one who does it. */
export function householdSteps(campaign: Pick<Campaign, 'actions'>): boolean {
  let is = said.get(campaign);
  if (is === undefined) {
    is = (campaign.actions ?? []).some((a) =>
      HOUSEHOLD_SAID.test(a.step.normalize('NFC').replace(/\s+/gu, ' ')),
    );
    said.set(campaign, is);
  }
  return is;
}
