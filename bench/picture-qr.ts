/**
 * What reading QR codes in a Word file's pictures costs the studio (review40 §4a; `tsx
 * bench/picture-qr.ts`, not a test): each qa33 .docx with pictures, and a report with 10
 * ordinary photos (sharp-made: 4:3 camera photos, smooth colour under sensor-like noise), is
 * imported 3 times; prints the median import time, the summed time of pictureQr (picture
 * process + jsQR) and the longest stall of the event loop (monitorEventLoopDelay's max: what
 * freezes every studio tab), first (cold) run apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import sharp from 'sharp';
import { importDocx } from '../src/load/docx/import-docx.js';
import { pictureQr } from '../src/load/docx/picture-qr.js';
import { readDocx } from '../src/load/docx/read-docx.js';
import { p, wardNoticeDocx } from '../test/load/docx/notice-docx.js';
import { LE_CHAN } from '../test/load/docx/printed-notice.js';
import { fmt, median } from './stats.js';

const QA33 = '/work/notes/qa33';

/** A camera-like photo: a smooth colour field (a scene) with per-pixel noise over it. */
async function photo(width: number, height: number, seed: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  let s = seed * 2654435761;
  const rand = () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 16) & 0xff;
  };
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const n = rand() / 4 - 32;
      data[i] = Math.max(0, Math.min(255, 120 + 100 * Math.sin((x + seed * 40) / 90) + n));
      data[i + 1] = Math.max(0, Math.min(255, 140 + 80 * Math.cos((y + seed * 25) / 70) + n));
      data[i + 2] = Math.max(0, Math.min(255, 90 + ((x * y) % 97) + n));
    }
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function photoReport(): Promise<Uint8Array> {
  const body: Paragraph[] = [p('Hình ảnh ra quân tổng vệ sinh môi trường các Tổ dân phố:')];
  for (let k = 0; k < 10; k++) {
    const [w, h] = k % 2 === 0 ? [1600, 1200] : [1200, 1600];
    body.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'jpg',
            data: await photo(w, h, k + 1),
            transformation: { width: w / 8, height: h / 8 },
          }),
        ],
      }),
      p(`Ảnh ${k + 1}: Tổ dân phố số ${k + 1} ra quân.`),
    );
  }
  return wardNoticeDocx({ ...LE_CHAN, subject: 'V/v báo cáo kết quả tổng vệ sinh' }, body);
}

async function timed(bytes: Uint8Array) {
  const docx = await readDocx(bytes, 'bench.docx');
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let qr = 0;
  for (const picture of docx.pictures) {
    const t = performance.now();
    await pictureQr(picture.bytes);
    qr += performance.now() - t;
  }
  const t = performance.now();
  delay.enable();
  await importDocx(bytes, { source: 'bench.docx', today: '2026-12-06' });
  delay.disable();
  return {
    pictures: docx.pictures.length,
    qr,
    total: performance.now() - t,
    stall: delay.max / 1e6,
  };
}

const files: [string, () => Promise<Uint8Array>][] = [
  [
    'qa33 5-header-logo-qr-comments.docx',
    async () => readFileSync(join(QA33, '5-header-logo-qr-comments.docx')),
  ],
  [
    'qa33 1-cong-van-soi.docx (no pictures)',
    async () => readFileSync(join(QA33, '1-cong-van-soi.docx')),
  ],
  ['report with 10 photos (1600×1200, 4:3)', photoReport],
];
console.log(
  '| file | pictures | run | pictureQr, all pictures (ms) | import (ms) | longest event-loop stall (ms) |',
);
console.log('|---|---|---|---|---|---|');
for (const [name, make] of files) {
  const bytes = await make();
  const runs = [];
  for (let i = 0; i < 4; i++) runs.push(await timed(bytes));
  const [cold, ...warm] = runs;
  if (!cold) continue;
  console.log(
    `| ${name} | ${cold.pictures} | cold | ${fmt(cold.qr, 0)} | ${fmt(cold.total, 0)} | ${fmt(cold.stall, 0)} |`,
  );
  console.log(
    `| | | warm, median of 3 | ${fmt(median(warm.map((r) => r.qr)), 0)} | ${fmt(median(warm.map((r) => r.total)), 0)} | ${fmt(median(warm.map((r) => r.stall)), 0)} |`,
  );
}
process.exit(0);
