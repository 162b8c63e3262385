/**
 * A web address as a browser sends it: the host in punycode ("xn--…"), the path and query
 * percent-encoded. A QR code holds bytes with no word on their encoding, and scanners guess:
 * zbar and ZXing-based Android apps read some UTF-8 addresses as Shift-JIS and open a wrong page
 * (qa11 Q21: "https://hiến-máu.vn/đăng-ký", a Google Form prefilled "Thôn+Đông"). An address in
 * ASCII reads the same whatever the guess; a PDF's link annotation must be ASCII too (its /URI is
 * a 7-bit string). Captions still print the readable form (layout/qr.ts `readableUrl`).
 */

const NON_ASCII = /[^ -~\t\n\r]/;
const WEB = /^https?:\/\//i;

/** `text` as sent, when it is an http(s) address with letters outside ASCII; else `text` as is. */
export function linkAsSent(text: string): string {
  if (!NON_ASCII.test(text) || !WEB.test(text)) return text;
  try {
    return new URL(text).href;
  } catch {
    // Not an address the URL parser takes: the campaign's checks name it; encode it as given.
    return text;
  }
}
