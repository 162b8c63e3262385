import sharp from 'sharp';
import fs from 'node:fs';
sharp.cache(false);
const conc = process.env.CONC; if (conc) sharp.concurrency(+conc);
const files = fs.readdirSync('/tmp/svgs').map(f => '/tmp/svgs/' + f);
const variant = process.argv[2];
const t0 = process.cpuUsage(); const w0 = Date.now(); let bytes = 0;
const stage = {};
for (const f of files) {
  const m = /-([\d.]+)x([\d.]+)-(\d+)\.svg$/.exec(f); const size = [+m[1], +m[2]]; const width = +m[3];
  const svg = fs.readFileSync(f);
  const height = Math.round(size[1] * width / size[0]);
  let p = sharp(svg, { density: 72 * width / size[0] }).resize(width, height, { fit: 'fill' }).flatten({ background: '#ffffff' });
  const pal = width !== size[0];
  if (variant === 'raw') { const b = await p.raw().toBuffer(); bytes += b.length; continue; }
  const opts = variant === 'c6' ? { compressionLevel: 6, ...(pal ? { palette: true } : {}) }
    : variant === 'nopal' ? { compressionLevel: 9 }
    : variant === 'effort1' ? { compressionLevel: 9, ...(pal ? { palette: true, effort: 1 } : {}) }
    : { compressionLevel: 9, ...(pal ? { palette: true } : {}) };
  const b = await p.png(opts).toBuffer(); bytes += b.length;
}
const c = process.cpuUsage(t0);
console.log(variant, 'conc', conc ?? 'default', 'n', files.length, 'cpu ms', ((c.user + c.system) / 1000).toFixed(0), 'wall', Date.now() - w0, 'KB', (bytes / 1024).toFixed(0), 'rss MB', (process.memoryUsage().rss / 1e6).toFixed(0));
