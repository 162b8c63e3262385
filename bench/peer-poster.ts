/**
 * Bench: the peers' poster (../shared/design/TECH-NOTES.md) — an A4 page with a header, a title,
 * a justified paragraph and two vector QR codes of at least 80 mm with captions, Liberation
 * Serif. In: the group number (every poster differs, as in a real build). Out: the content and the
 * QR codes as merged runs of dark modules, the same for the pdfkit and the Typst peer.
 */
import QRCode from 'qrcode';

export const MM = 72 / 25.4;
export const A4: [number, number] = [210 * MM, 297 * MM];
export const QR_MM = 85;
export const QUIET = 4;
export const URLS = [
  'https://apps.apple.com/vn/search?term=Smart%20H%E1%BA%A3i%20Ph%C3%B2ng',
  'https://play.google.com/store/search?q=Smart%20H%E1%BA%A3i%20Ph%C3%B2ng&c=apps',
];
export const CAPTIONS = ['iPhone (iOS)', 'Android'];
export const TITLE = 'CÀI ĐẶT ỨNG DỤNG SMART HẢI PHÒNG';
export const PARAGRAPH =
  'Các Tổ dân phố triển khai tuyên truyền, vận động Nhân dân cài đặt và sử dụng ứng dụng Smart ' +
  'Hải Phòng, niêm yết mã QR tải ứng dụng tại nhà văn hóa, điểm sinh hoạt cộng đồng; huy động ' +
  'tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng. Mở camera hoặc Zalo trên ' +
  'điện thoại, hướng vào mã QR đúng loại máy, bấm vào đường dẫn hiện ra để mở kho ứng dụng, ' +
  'rồi bấm Nhận (iPhone) hoặc Cài đặt (Android). Mọi thắc mắc xin liên hệ Phòng Văn hoá - Xã ' +
  'hội, phường Lê Chân, điện thoại 0225 3 857 123.';

export const header = (i: number) => `TỔ DÂN PHỐ SỐ ${i} — PHƯỜNG LÊ CHÂN`;

/** [column, row, length] of each horizontal run of dark modules, and the matrix size. */
export interface QrRuns {
  size: number;
  runs: [number, number, number][];
}

/** QR encoding per poster, as a peer script without caches would do it. */
export function qrRuns(url: string): QrRuns {
  const m = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const runs: [number, number, number][] = [];
  for (let r = 0; r < m.size; r++) {
    let c = 0;
    while (c < m.size) {
      if (!m.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && m.get(r, c)) c++;
      runs.push([start, r, c - start]);
    }
  }
  return { size: m.size, runs };
}
