/**
 * A campaign whose action asks for a signature on receipt ("Nhận quà và ký nhận", a Trung thu's
 * gifts the notice hands out "đúng đối tượng, có ký nhận"; qa55 p5). Its tracking sheet is the
 * receipt list the notice asks for: a row per person the first measure counts (a child of the
 * tổ's 38, not a household of its 95), and that action's column is where the person who takes
 * the gift signs ("Ký nhận"), not a cell for a count of the household's people.
 */
import { CHILD_NOUNS } from './measure-base.js';

/** "ký nhận", also spelt "kí nhận", as words of its own (not "ký nhận diện"). */
const SIGN_ON_RECEIPT = /(?:^|[^\p{L}])k[ýí] nhận(?![\p{L}\p{M}]|\s+(?:diện|thức|xét))/u;
/** "Đăng ký nhận tin qua Zalo" signs up for news: its "ký nhận" is no signature. */
const SIGN_UP = /đăng k[ýí]/gu;

const said = (text: string | undefined): boolean =>
  SIGN_ON_RECEIPT.test(
    (text ?? '')
      .normalize('NFC')
      .replace(/\s+/gu, ' ')
      .toLocaleLowerCase('vi')
      .replace(SIGN_UP, ''),
  );

/** The action asks whoever receives to sign: its step or its column title says "ký nhận". */
export const asksSignature = (action: { step: string; column?: string }): boolean =>
  said(action.step) || said(action.column);

/** Some action of the campaign asks for a signature on receipt. */
export const asksReceipt = (campaign: {
  actions?: readonly { step: string; column?: string }[];
}): boolean => (campaign.actions ?? []).some(asksSignature);

/**
 * The words a receipt list's rows are children by: the sign-up sheet's ("trẻ", "cháu") and a
 * gift campaign's "thiếu nhi" (its children's festival counts "Số thiếu nhi").
 */
export const RECEIPT_CHILD_NOUNS: readonly string[] = [...CHILD_NOUNS, 'thiếu nhi'];
