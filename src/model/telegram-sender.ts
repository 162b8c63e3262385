/**
 * Model: who a công điện says "điện:" (Decree 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.6: "the name of
 * the agency, or the title of its head"). A committee's công điện signed on its behalf ("TM. ỦY BAN
 * NHÂN DÂN" / "CHỦ TỊCH") is sent by the committee; one the chairman signs in his own name
 * ("CHỦ TỊCH", or his deputy "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") is the chairman's, "CHỦ TỊCH ỦY BAN
 * NHÂN DÂN PHƯỜNG LÊ CHÂN điện:", as provinces' and wards' công điện are headed.
 */

/** Signing for someone else: "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), "Q."… */
const ON_BEHALF = /^(?:K\.?\/?T|T\.?\/?L|TUQ|Q)\.\s*/iu;

/** "TM." (thay mặt), also typed "TM.ỦY BAN", "T/M": signed for the collective body the header names. */
const FOR_THE_BODY = /^T\.?\/?M(?:\.\s*|\s+)/iu;

/** The sender line's words, in capitals, without " điện:". */
export function telegramSender(
  issuerName: readonly string[],
  signerLines: readonly string[],
): string {
  const agency = issuerName
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .toLocaleUpperCase('vi');
  const first = (signerLines[0] ?? '').trim();
  if (first === '' || FOR_THE_BODY.test(first)) return agency;
  const title = first.replace(ON_BEHALF, '').trim().toLocaleUpperCase('vi');
  if (title === '') return agency;
  // A title that already names its body ("CHỦ TỊCH UBND PHƯỜNG LÊ CHÂN") is printed as typed.
  if (/ỦY BAN|UỶ BAN|UBND/u.test(title)) return title;
  return `${title} ${agency}`;
}
