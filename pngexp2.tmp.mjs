import sharp from 'sharp';
import fs from 'node:fs';
sharp.cache(false);
const all = fs.readdirSync('/tmp/svgs').map(f => '/tmp/svgs/' + f);
for (const type of ['share', 'flyer']) {
  const files = all.filter(f => (type === 'share') === /-1080x1350-/.test(f)).slice(0, 16);
  // rasterise once, then encode variants from raw
  const raws = [];
  for (const f of files) {
    const m = /-([\d.]+)x([\d.]+)-(\d+)\.svg$/.exec(f); const size = [+m[1], +m[2]]; const width = +m[3];
    const height = Math.round(size[1] * width / size[0]);
    const { data, info } = await sharp(fs.readFileSync(f), { density: 72 * width / size[0] }).resize(width, height, { fit: 'fill' }).flatten({ background: '#ffffff' }).raw().toBuffer({ resolveWithObject: true });
    raws.push({ data, info });
  }
  const pal = type === 'flyer';
  for (const opts of [
    { compressionLevel: 9 }, { compressionLevel: 8 }, { compressionLevel: 7 }, { compressionLevel: 6 },
    { compressionLevel: 9, adaptiveFiltering: true }, { compressionLevel: 6, adaptiveFiltering: true },
    { compressionLevel: 6, palette: true, effort: 1 }, { compressionLevel: 6, palette: true, effort: 1, dither: 0 }, { compressionLevel: 6, palette: true, effort: 1, colours: 64 }, { compressionLevel: 7, palette: true, effort: 1 },
  ]) {
    if (!pal && !opts.palette) continue; if (type==='share' && opts.palette) continue;
    const t0 = process.cpuUsage(); let bytes = 0;
    for (const r of raws) { const b = await sharp(r.data, { raw: r.info }).png(opts).toBuffer(); bytes += b.length; }
    const c = process.cpuUsage(t0);
    console.log(type, JSON.stringify(opts), 'cpu ms/img', ((c.user + c.system) / 1000 / raws.length).toFixed(1), 'KB/img', (bytes / 1024 / raws.length).toFixed(1));
  }
}
