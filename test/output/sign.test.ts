/**
 * Signed notices, end to end: `build --sign` with a certificate made here (a test CA and a signer
 * it issued, node-forge), checked the way a recipient's software checks them — poppler's
 * `pdfsig` says every notice's signature is valid, covers the whole file and names the signer;
 * one byte changed in the signed range and it says otherwise. Signing changes neither the text
 * (pdftotext) nor the QR codes (zbarimg); the manifest records the signed bytes; a re-run reuses
 * them unless the signing changed. Certificates that cannot sign stop the build before it writes
 * anything. A refusal for want of a password (no terminal to ask at) runs the real program
 * and a check of a valid certificate run the real program (bin/phuong-print.js → the bundle); the
 * builds and the other checks run the command's code in this process (runCliInProcess: the same
 * exit code, output and files, without a Node start-up each).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadSigner } from '../../src/load/certificate.js';
import { groupToken } from '../../src/serve/tokens.js';
import { exampleWithSignatureImages, makeSignerP12, SEAL_SVG } from '../support/certificates.js';
import { buildArgs, CLI_PATH, runCli, runCliInProcess } from '../support/cli.js';
import { execTool } from '../support/exec.js';
import { readManifest } from '../support/manifest.js';
import { collapseSpaces, pdfText, pdfWords, wordLines } from '../support/pdf-text.js';
import { objectsOf } from '../support/qpdf.js';
import { decodeQrCodesEach } from '../support/qr.js';
import { rasterize } from '../support/raster.js';
import { EXAMPLE_CAMPAIGN, EXAMPLE_GROUPS } from '../support/render.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';

afterAll(removeTempDirs);

const SIGNER = 'Nguyễn Đức Anh';
const SITE_SECRET = 'a-secret-for-the-signed-site-0123';
/** The campaign's issue date, 2025-10-09 00:00 in Viet Nam: the signing time of its builds. */
const ISSUED = new Date('2025-10-08T17:00:00Z');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let dir: string;
let campaign: string;
let cert: { file: string; password: string };
/** The example's first four groups (what is signed does not depend on the ward's size). */
let fourGroups: string;

/** `build --kind notice --sign …` of four groups of the example (with signature images). */
function signedBuild(out: string, more: string[] = [], env: Record<string, string> = {}) {
  return runCliInProcess(
    buildArgs(campaign, fourGroups, out, '--kind', 'notice', '--quiet', ...more),
    { env: { PHUONG_PRINT_SIGN_PASSWORD: cert.password, ...env } },
  );
}

/** A groups file of the example's first `n` groups, in `dir`. */
async function firstGroups(n: number): Promise<string> {
  const csv = (await readFile(EXAMPLE_GROUPS, 'utf8')).split(/\r?\n/);
  const file = join(dir, `groups-${n}.csv`);
  await writeFile(file, `${csv.slice(0, n + 1).join('\r\n')}\r\n`);
  return file;
}

/**
 * A certificate that expired on 30/06/2025 at 07:00 in Viet Nam (00:00 UTC), before the
 * campaign's issue date and now: made once, for the build that refuses it and the check that
 * reports it (a certificate costs ~0.1 s of CPU to make).
 */
let expiredCert: Promise<{ file: string; password: string }> | undefined;
function expired() {
  expiredCert ??= makeSignerP12(dir, {
    notBefore: new Date('2023-01-01T00:00:00Z'),
    notAfter: new Date('2025-06-30T00:00:00Z'),
  });
  return expiredCert;
}

/** `build --kind notice --group 1 --sign <certificate> [extra]`: the path of group 1's signed notice. */
async function signedGroupOne(
  campaignFile: string,
  groups: string,
  out: string,
  signer: { file: string; password: string },
  /** More options, e.g. `--signed-at … --pdfa`. */
  extra: string[] = [],
): Promise<string> {
  const r = await runCliInProcess(
    buildArgs(
      campaignFile,
      groups,
      out,
      '--kind',
      'notice',
      '--group',
      '1',
      '--quiet',
      '--sign',
      signer.file,
      ...extra,
    ),
    { env: { PHUONG_PRINT_SIGN_PASSWORD: signer.password } },
  );
  expect(r.code, r.stderr).toBe(0);
  return join(out, (await readManifest(out)).files[0]?.path ?? '');
}

async function pdfsig(file: string) {
  return execTool('pdfsig', [file]);
}

beforeAll(async () => {
  dir = await makeTempDir('phuong-print-sign-');
  campaign = await exampleWithSignatureImages(EXAMPLE_CAMPAIGN, await mkdirIn(dir, 'campaign'));
  cert = await makeSignerP12(dir, { name: SIGNER });
  fourGroups = await firstGroups(4);
});

async function mkdirIn(parent: string, name: string): Promise<string> {
  const path = join(parent, name);
  await mkdir(path, { recursive: true });
  return path;
}

/**
 * The unsigned build, made once for the cases that compare with it. Only group 1's notice, the
 * warning and group 1's download page (build --sign --site) are needed: a ward of group 1 alone
 * (its notice reads as in the four's; a site draws every group's previews and pages, whatever
 * --group says, of the kinds --kind asks).
 */
let plainBuild: Promise<{ out: string; stderr: string }> | undefined;
function unsignedBuild() {
  plainBuild ??= (async () => {
    const out = join(dir, 'plain');
    const r = await runCliInProcess(
      buildArgs(
        campaign,
        await firstGroups(1),
        out,
        '--kind',
        'notice',
        '--quiet',
        '--site',
        '--no-site-views',
      ),
      { env: { PHUONG_PRINT_SECRET: SITE_SECRET } },
    );
    expect(r.code, r.stderr).toBe(0);
    return { out, stderr: r.stderr };
  })();
  return plainBuild;
}

/*
 * The describes below run side by side (describe.concurrent), each one's cases in turn
 * (it.sequential): each builds into folders of its own, and while one waits for pdfsig, qpdf,
 * pdftoppm or a CLI process, another's build runs in this process (runCliInProcess runs one
 * command at a time). Their waits overlap instead of adding up in the file's time.
 */
describe.concurrent('build --sign', () => {
  let out: string;
  let plainOut: string;
  let signedStderr: string;
  let plainStderr: string;
  let builtFrom: number;
  let builtTo: number;

  beforeAll(async () => {
    out = join(dir, 'signed');
    builtFrom = Date.now();
    const [signed, plain] = await Promise.all([
      signedBuild(out, ['--sign', cert.file]),
      unsignedBuild(),
    ]);
    expect(signed.code, signed.stderr).toBe(0);
    builtTo = Date.now();
    signedStderr = signed.stderr;
    plainOut = plain.out;
    plainStderr = plain.stderr;
  });

  it.sequential('every notice verifies with pdfsig: valid, whole document signed, the signer named', async () => {
    const manifest = await readManifest(out);
    const notices = manifest.files.filter((f) => f.kind === 'notice');
    expect(notices.map((f) => f.group)).toEqual(['1', '2', '3', '4']);
    for (const f of notices) {
      const r = await pdfsig(join(out, f.path));
      expect(r.stdout, f.path).toContain('Signature Validation: Signature is Valid.');
      expect(r.stdout, f.path).toContain('Total document signed');
      expect(r.stdout, f.path).toContain(`Signer Certificate Common Name: ${SIGNER}`);
      // The signing time is when the build signed, not midnight of the issue date (a verifier
      // flags a time after its own clock; the office's register keeps the real time).
      const time = /Signing Time: (\w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2})/.exec(r.stdout)?.[1];
      const at = Date.parse(`${time} UTC`);
      expect(at, f.path).toBeGreaterThanOrEqual(Math.floor(builtFrom / 1000) * 1000);
      expect(at, f.path).toBeLessThanOrEqual(builtTo);
      expect(signedStderr).not.toContain('--signed-at');
      expect(r.stdout, f.path).toMatch(/Signature Type: (ETSI\.CAdES|adbe\.pkcs7)\.detached/);
      // The manifest records the signed bytes.
      expect(sha256(await readFile(join(out, f.path))), f.path).toBe(f.sha256);
    }
  });

  it.sequential('without --sign, the signature and seal images are not dropped silently: a warning names them', () => {
    expect(plainStderr).toMatch(
      /^warning: .*campaign\.yaml, field "assets\.signature": the signature and seal images are not printed/m,
    );
    expect(plainStderr).toMatch(/^hint: Add --sign /m);
    expect(signedStderr).not.toMatch(/^warning: /m);
  });

  it.sequential('the print file stays unsigned and whole (it is for the printer)', async () => {
    const [print] = (await readManifest(out)).print.filter((p) => p.kind === 'notice');
    const file = join(out, print?.path ?? '');
    expect((await pdfsig(file)).stdout).toContain('does not contain any signatures');
    expect((await execTool('qpdf', ['--check', file])).code).toBe(0);
  });

  it.sequential('the signature dictionary has the reason "Phê duyệt <số hiệu>" and the signer', async () => {
    const [first] = (await readManifest(out)).files.filter((f) => f.kind === 'notice');
    const objects = Object.values(await objectsOf(join(out, first?.path ?? '')));
    const sig = objects.find((o) => o.value?.['/Type'] === '/Sig')?.value ?? {};
    // The example's notice, "Số: 05/UBND-VHXH" (examples/hai-phong/campaign.yaml).
    expect(sig['/Reason']).toBe('u:Phê duyệt 05/UBND-VHXH');
    expect(sig['/Name']).toBe(`u:${SIGNER}`);
  });

  it.sequential('one byte changed inside the signed range: pdfsig reports it', async () => {
    const [first] = (await readManifest(out)).files.filter((f) => f.kind === 'notice');
    const bytes = Buffer.from(await readFile(join(out, first?.path ?? '')));
    const range = /\/ByteRange \[0 (\d+) (\d+) (\d+)/.exec(bytes.toString('latin1'));
    expect(range).not.toBeNull();
    // A byte of the second signed range (after the signature): the page objects, the xref.
    const at = Number(range?.[2]) + Math.floor(Number(range?.[3]) / 2);
    bytes[at] = (bytes[at] as number) ^ 0x01;
    const tampered = join(dir, 'tampered.pdf');
    await writeFile(tampered, bytes);
    const r = await pdfsig(tampered);
    expect(r.stdout).not.toContain('Signature is Valid.');
    expect(`${r.stdout}${r.stderr}`).toMatch(/Digest Mismatch|Invalid|not valid|Failure/i);
  });

  it.sequential('signing adds only the information lines to the text, and leaves the QR codes', async () => {
    const manifest = await readManifest(out);
    const [first] = manifest.files.filter((f) => f.kind === 'notice');
    expect(first?.group).toBe('1');
    const signed = join(out, first?.path ?? '');
    const plain = join(plainOut, first?.path ?? '');
    // The visible signature's lines are the notice's only new text (Decree 30: the agency's name
    // and the signing time, as real text a reader copies).
    const info = ` ${AGENCY} `;
    const signedText = collapseSpaces(await pdfText(signed));
    const time = /^ (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00) /.exec(
      signedText.slice(signedText.indexOf(info) + info.length - 1),
    )?.[1];
    expect(time).toBeDefined();
    expect(signedText.replace(`${info}${time} `, ' ')).toBe(collapseSpaces(await pdfText(plain)));
    // 72 dpi: the example notice's codes decode there held in the hand (qr-scan.test.ts). Both
    // files' pages read by one zbarimg.
    const [signedPages, plainPages] = await Promise.all(
      [signed, plain].map((file) => rasterize(file, { dpi: 72 })),
    );
    const decoded = await decodeQrCodesEach([...(signedPages ?? []), ...(plainPages ?? [])]);
    const signedCodes = decoded.slice(0, signedPages?.length).flat().sort();
    expect(signedCodes.length).toBeGreaterThan(0);
    expect(signedCodes).toEqual(decoded.slice(signedPages?.length).flat().sort());
  });

  it.sequential('a re-run reuses the signed notices; another signing time signs them again', async () => {
    // Here, as the build it re-runs (the incremental key holds the code's hash: src/ here, the
    // bundle in the program).
    const again = await signedBuild(out, ['--sign', cert.file, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.built).toBe(0);
    const later = await signedBuild(out, [
      '--sign',
      cert.file,
      '--signed-at',
      '2025-10-10T08:30',
      '--group',
      '1',
      '--json',
    ]);
    expect(later.code, later.stderr).toBe(0);
    expect(JSON.parse(later.stdout).built).toBe(1);
    const f = (await readManifest(out)).files.find((x) => x.kind === 'notice' && x.group === '1');
    const r = await pdfsig(join(out, f?.path ?? ''));
    expect(r.stdout).toContain('Signature is Valid.');
    // 08:30 in Viet Nam is 01:30 UTC.
    expect(r.stdout).toContain('Signing Time: Oct 10 2025 01:30:00');
  });
});

describe.concurrent('build --sign --site', () => {
  it.sequential("the group's download page offers the signed notice and says so", async () => {
    const secret = SITE_SECRET;
    const out = join(dir, 'site');
    // One group: a site draws every group's previews, whatever --group says, and the page
    // looked at is group 1's; the notice and the flyer alone (--kind), what the case reads.
    const groups = await firstGroups(1);
    const r = await runCliInProcess(
      buildArgs(
        campaign,
        groups,
        out,
        '--kind',
        'notice,flyer',
        '--quiet',
        '--sign',
        cert.file,
        '--site',
        '--no-site-views',
      ),
      { env: { PHUONG_PRINT_SIGN_PASSWORD: cert.password, PHUONG_PRINT_SECRET: secret } },
    );
    expect(r.code, r.stderr).toBe(0);
    const pageDir = join(out, 'site', 'g', groupToken(secret, '1'));
    const html = await readFile(join(pageDir, 'index.html'), 'utf8');
    // One document says it is signed: the notice, not the flyer.
    expect(html.split('Bản có chữ ký số').length - 1).toBe(1);
    const items = html.split('<li class="doc">').slice(1);
    const signed = items.filter((li) => li.includes('Bản có chữ ký số'));
    expect(signed.length).toBe(1);
    expect(signed[0]).toContain('href="notice.pdf"');
    expect(items.some((li) => li.includes('href="flyer.pdf"'))).toBe(true);
    const served = await pdfsig(join(pageDir, 'notice.pdf'));
    expect(served.stdout).toContain('Signature is Valid.');
    // Without --sign (the unsigned build of "build --sign" above), no page says so.
    const plainHtml = await readFile(
      join((await unsignedBuild()).out, 'site', 'g', groupToken(secret, '1'), 'index.html'),
      'utf8',
    );
    expect(plainHtml).toContain('href="notice.pdf"');
    expect(plainHtml).not.toContain('chữ ký số');
  });
});

describe.concurrent('build --sign --pdfa --sign-print', () => {
  // One build for both options: signed PDF/A notices, and their print file signed too (a
  // ward of two: --group would leave the print files out).
  const out = () => join(dir, 'pdfa-sign-print');
  let groups: string;
  const args = (...more: string[]) =>
    buildArgs(campaign, groups, out(), '--kind', 'notice', '--quiet', '--sign', cert.file)
      .concat('--pdfa')
      .concat(more);
  const env = () => ({ PHUONG_PRINT_SIGN_PASSWORD: cert.password });
  beforeAll(async () => {
    groups = await firstGroups(2);
    const r = await runCliInProcess(args('--sign-print'), { env: env() });
    expect(r.code, r.stderr).toBe(0);
  });

  it.sequential('signed PDF/A-2b notices: valid signatures over PDF/A files with every font embedded', async () => {
    const files = (await readManifest(out())).files.filter((f) => f.kind === 'notice');
    expect(files.map((f) => f.group)).toEqual(['1', '2']);
    for (const f of files) {
      const file = join(out(), f.path);
      expect((await pdfsig(file)).stdout).toContain('Signature is Valid.');
      const check = await execTool('qpdf', ['--check', file]);
      expect(check.code, check.stdout).toBe(0);
      const qdf = join(dir, 'pdfa-qdf.pdf');
      await execTool('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
      const objects = (await readFile(qdf)).toString('latin1');
      expect(objects).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(objects).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      expect(objects).toContain('/OutputIntents');
      const fonts = (await execTool('pdffonts', [file])).stdout.split('\n').slice(2);
      const rows = fonts.filter((l) => l.trim());
      expect(rows.length).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID; "emb" is yes for every font.
      for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });

  it.sequential("the notices' print file is signed too (invisibly), and unsigned again without it", async () => {
    const [print] = (await readManifest(out())).print;
    const file = join(out(), print?.path ?? '');
    const sig = await pdfsig(file);
    expect(sig.stdout).toContain('Signature is Valid.');
    expect(sig.stdout).toContain('Total document signed');
    expect(sig.stdout).toContain(`Signer Certificate Common Name: ${SIGNER}`);
    expect(sha256(await readFile(file))).toBe(print?.sha256);
    const again = await runCliInProcess(args(), { env: env() });
    expect(again.code, again.stderr).toBe(0);
    expect((await pdfsig(file)).stdout).toContain('does not contain any signatures');
  });
});

/**
 * The visible signature's appearance: its content stream, its width, and the widget's place on
 * its page (points, from the top left: pdftotext -bbox's).
 */
async function signatureAppearance(file: string) {
  const doc = await PDFDocument.load(await readFile(file), { ignoreEncryption: true });
  for (const [index, page] of doc.getPages().entries()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const widget = doc.context.lookup(ref, PDFDict);
      if (widget.get(PDFName.of('FT'))?.toString() !== '/Sig') continue;
      const ap = widget.lookupMaybe(PDFName.of('AP'), PDFDict);
      const stream = ap?.lookup(PDFName.of('N'));
      if (!(stream instanceof PDFRawStream)) continue;
      const bbox = stream.dict.lookup(PDFName.of('BBox'), PDFArray).asArray().map(Number);
      const ops = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = widget
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map(Number);
      const h = page.getHeight();
      return {
        ops,
        width: (bbox[2] ?? 0) - (bbox[0] ?? 0),
        page: index + 1,
        rect: { xMin: x0, xMax: x1, yMin: h - y1, yMax: h - y0 },
      };
    }
  }
  throw new Error(`no visible signature in ${file}`);
}

/** `build … --sign … --signed-at 2025-10-10T08:30 --pdfa` of `campaignFile`: group 1's notice. */
const signedAtHalfPastEight = (campaignFile: string, out: string) =>
  signedGroupOne(campaignFile, fourGroups, out, cert, [
    '--signed-at',
    '2025-10-10T08:30',
    '--pdfa',
  ]);

/** The example's issuer in a sentence, as the visible signature names the agency (CHANGELOG). */
const AGENCY = 'Ủy ban nhân dân phường Lê Chân';

/** `<dir>/<name>/campaign.yaml`: the campaign with images, its seal given a `diameter`. */
async function withSealDiameter(name: string, diameter: string): Promise<string> {
  const folder = await mkdirIn(dir, name);
  const yaml = (await readFile(campaign, 'utf8')).replace(
    'seal: con-dau.svg',
    `seal: { file: con-dau.svg, diameter: ${diameter} }`,
  );
  await writeFile(join(folder, 'campaign.yaml'), yaml);
  await writeFile(join(folder, 'chu-ky.svg'), await readFile(join(dir, 'campaign', 'chu-ky.svg')));
  await writeFile(join(folder, 'con-dau.svg'), SEAL_SVG);
  return folder;
}

describe.concurrent("the visible signature's information (Decree 30/2020, Phụ lục I)", () => {
  /** 08:30 on 10/10/2025 in Viet Nam, as ISO 8601 writes it with seconds and the zone. */
  const ISO = '2025-10-10T08:30:00+07:00';

  /** The words pdftotext reads inside the visible signature, line by line. */
  async function infoLines(file: string): Promise<string[]> {
    const { page, rect } = await signatureAppearance(file);
    const inside = (await pdfWords(file)).filter(
      (w) =>
        w.page === page &&
        w.yMin >= rect.yMin - 0.5 &&
        w.yMax <= rect.yMax + 0.5 &&
        w.xMin >= rect.xMin - 0.5 &&
        w.xMax <= rect.xMax + 0.5,
    );
    // The last two lines: with images, the seal stamped over the title reaches above them.
    return wordLines(inside)
      .map((l) => l.map((w) => w.text).join(' '))
      .slice(-2);
  }

  /** Each text line's fill colour and font size as the appearance sets them. */
  const textStyles = (ops: string) =>
    [...ops.matchAll(/([\d.]+ [\d.]+ [\d.]+) rg BT [^\n]*? Tf/g)].map((m) => ({
      rgb: m[1],
      size: Number(/\/\S+ ([\d.]+) Tf/.exec(m[0])?.[1]),
    }));

  it.sequential('without images: the agency and the ISO 8601 time, 10 pt, blue, as text; pdfsig valid', async () => {
    const file = await signedAtHalfPastEight(EXAMPLE_CAMPAIGN, join(dir, 'info-plain'));
    expect(await infoLines(file)).toEqual([AGENCY, ISO]);
    const { ops } = await signatureAppearance(file);
    expect(textStyles(ops)).toEqual([
      { rgb: '0 0 1', size: 10 },
      { rgb: '0 0 1', size: 10 },
    ]);
    expect((await pdfsig(file)).stdout).toContain('Signature is Valid.');
  });

  it.sequential('with the signature and seal images: the same lines, and the seal at the diameter set', async () => {
    const folder = await withSealDiameter('info-images', '36mm');
    const file = await signedAtHalfPastEight(join(folder, 'campaign.yaml'), join(folder, 'out'));
    expect(await infoLines(file)).toEqual([AGENCY, ISO]);
    const { ops } = await signatureAppearance(file);
    expect(textStyles(ops).map((t) => t.size)).toEqual([10, 10]);
    // The seal drawn as a square of 36 mm (its image's unit square scaled).
    const seal = /q ([\d.]+) 0 0 ([\d.]+) \S+ \S+ cm \/Seal Do Q/.exec(ops);
    expect(Number(seal?.[1]) * (25.4 / 72)).toBeCloseTo(36, 2);
    expect(Number(seal?.[2]) * (25.4 / 72)).toBeCloseTo(36, 2);
    expect((await pdfsig(file)).stdout).toContain('Signature is Valid.');
    // An agency's signature added afterwards (the văn thư's software, an incremental update):
    // nothing in ours locks the document (no /DocMDP), both signatures verify.
    const both = join(folder, 'countersigned.pdf');
    await writeFile(both, await countersign(await readFile(file)));
    const r = (await pdfsig(both)).stdout;
    expect(r).not.toContain('DocMDP');
    expect(r.split('Signature is Valid.').length - 1).toBe(2);
  });

  it.sequential('a long agency name is shrunk to fit inside the visible signature, none of it cut', async () => {
    const folder = await mkdirIn(dir, 'info-long');
    // A body of the ward named in full (no unit word): "<its name> <the ward>" in a sentence.
    const yaml = (await readFile(EXAMPLE_CAMPAIGN, 'utf8'))
      .replace(
        '    - ỦY BAN NHÂN DÂN\n    - PHƯỜNG LÊ CHÂN\n',
        '    - VĂN PHÒNG HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN\n',
      )
      .replace(/\n {2}ward: [^#\n]+/, '\n  ward: phường Bình Hưng Hòa, thành phố Hồ Chí Minh ');
    const file0 = join(folder, 'campaign.yaml');
    await writeFile(file0, yaml);
    const file = await signedAtHalfPastEight(file0, join(folder, 'out'));
    // Every word of the line is read inside the widget's box.
    expect(await infoLines(file)).toEqual([
      'Văn phòng hội đồng nhân dân và ủy ban nhân dân phường Bình Hưng Hòa, thành phố Hồ Chí Minh',
      ISO,
    ]);
    const { ops } = await signatureAppearance(file);
    const [agency] = textStyles(ops);
    expect(agency?.size).toBeLessThan(10);
  });

  it.sequential('a seal diameter no seal has is refused, naming the field', async () => {
    const folder = await withSealDiameter('seal-80', '80mm');
    const r = await runCliInProcess(
      buildArgs(join(folder, 'campaign.yaml'), fourGroups, join(folder, 'out'), '--kind', 'notice'),
      { env: { PHUONG_PRINT_SIGN_PASSWORD: cert.password } },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^error: .*field "assets\.seal\.diameter"/m);
    expect(r.stderr).toMatch(/^hint: .*20 to 50 mm/m);
  });
});

/**
 * `pdf` with a second, invisible signature appended as an incremental update (as the văn thư's
 * software adds the agency's): pdf-lib writes the update, @signpdf fills it (sign-bytes.ts).
 */
async function countersign(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { forIncrementalUpdate: true });
  const snapshot = doc.takeSnapshot();
  const ctx = doc.context;
  const page = doc.getPage(0);
  const sig = ctx.register(
    ctx.obj({
      Type: 'Sig',
      Filter: 'Adobe.PPKLite',
      SubFilter: 'ETSI.CAdES.detached',
      ByteRange: [0, PDFName.of('**********'), PDFName.of('**********'), PDFName.of('**********')],
      Contents: PDFHexString.of('0'.repeat(24_000)),
      M: PDFString.fromDate(new Date('2025-10-10T02:00:00Z')),
    }),
  );
  const widget = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      F: 4,
      Rect: [0, 0, 0, 0],
      V: sig,
      T: PDFString.of('VanThu'),
      P: page.ref,
    }),
  );
  const annots = page.node.lookup(PDFName.of('Annots'), PDFArray);
  annots.push(widget);
  snapshot.markRefForSave(page.ref);
  const form = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  form.lookup(PDFName.of('Fields'), PDFArray).push(widget);
  const formRef = doc.catalog.get(PDFName.of('AcroForm'));
  snapshot.markRefForSave(
    formRef instanceof PDFRef ? formRef : (doc.context.trailerInfo.Root as PDFRef),
  );
  const update = await doc.saveIncremental(snapshot, { useObjectStreams: false } as never);
  const whole = Buffer.concat([Buffer.from(pdf), Buffer.from(update)]);
  const { signBytes } = await import('../../src/render/pdf/sign-bytes.js');
  const { identity } = await loadSigner(cert.file, cert.password, new Date('2025-10-10T02:00:00Z'));
  return signBytes(whole, identity, new Date('2025-10-10T02:00:00Z'));
}

describe.concurrent('build --sign with a scanned signature (a JPEG, its paper white)', () => {
  /** The pixels of every page that show the seal's red, at 50 dpi. */
  async function redPixels(pdf: string): Promise<number> {
    let red = 0;
    for (const png of await rasterize(pdf, { dpi: 50 })) {
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      for (let i = 0; i < data.length; i += info.channels) {
        const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
        if (r > 150 && g < 110 && b < 110) red++;
      }
    }
    return red;
  }

  /** Group 1's notice signed with the campaign's seal and `signature` as its signature image. */
  async function signedWith(name: string, signature: Buffer): Promise<string> {
    const folder = await mkdirIn(dir, `scan-${name}`);
    const yaml = (await readFile(campaign, 'utf8')).replace('chu-ky.svg', `chu-ky.${name}`);
    await writeFile(join(folder, 'campaign.yaml'), yaml);
    await writeFile(join(folder, 'con-dau.svg'), SEAL_SVG);
    await writeFile(join(folder, `chu-ky.${name}`), signature);
    const out = join(folder, 'out');
    return signedGroupOne(join(folder, 'campaign.yaml'), fourGroups, out, cert);
  }

  it.sequential('the seal is stamped over it: the white paper hides none of the seal', async () => {
    // The same dark stroke on white paper (JPEG) and on nothing (a PNG with transparency).
    const stroke = (background: string | { r: number; g: number; b: number; alpha: number }) =>
      sharp({ create: { width: 600, height: 240, channels: 4, background } }).composite([
        {
          input: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="240"><path d="M40 170 L560 100" stroke="#1a3a9c" stroke-width="12"/></svg>',
          ),
        },
      ]);
    const scanned = await stroke('#ffffff').flatten({ background: '#ffffff' }).jpeg().toBuffer();
    const clear = await stroke({ r: 0, g: 0, b: 0, alpha: 0 }).png().toBuffer();
    const onPaper = await redPixels(await signedWith('jpg', scanned));
    const alone = await redPixels(await signedWith('png', clear));
    expect(alone).toBeGreaterThan(100);
    expect(onPaper).toBeGreaterThan(alone * 0.9);
  });
});

describe.concurrent('certificates that cannot sign', () => {
  const failsCleanly = async (more: string[], env: Record<string, string>, message: RegExp) => {
    const out = join(dir, `fail-${Math.random().toString(36).slice(2)}`);
    const r = await signedBuild(out, more, env);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Nothing written: not even the output folder.
    await expect(readFile(join(out, 'manifest.json'))).rejects.toThrow();
    return r;
  };

  it.sequential('expired at the signing time', async () => {
    await failsCleanly(['--sign', (await expired()).file], {}, /expired at 30\/06\/2025 07:00/);
  });

  // The other refusals, one process each, cost 0.6 s of CPU apiece for the same path out of the
  // CLI (the expired one above): the build's check of the certificate (loadSigner), in process,
  // at the build's signing time.
  const refused = async (file: string, password: string, message: RegExp) => {
    const e = await loadSigner(file, password, ISSUED).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toMatch(message);
    expect((e as UserError).where).toEqual({ file, field: '--sign' });
    expect((e as UserError).hint).toBeTruthy();
  };

  it.sequential('not yet valid at the signing time', async () => {
    const future = await makeSignerP12(dir, { notBefore: new Date('2026-01-01T00:00:00Z') });
    await refused(
      future.file,
      future.password,
      /valid only from 01\/01\/2026 07:00, .*\(Viet Nam time, UTC\+7\)/,
    );
  });

  it.sequential('a certificate whose key is not for signatures', async () => {
    const encipher = await makeSignerP12(dir, { keyUsage: { keyEncipherment: true } });
    await refused(encipher.file, encipher.password, /key usage/);
  });

  it.sequential('a wrong password', async () => {
    await refused(cert.file, 'sai mật khẩu', /wrong password/);
  });

  it.sequential('an unreadable file', async () => {
    const junk = join(dir, 'junk.p12');
    await writeFile(junk, 'not a certificate');
    await refused(junk, cert.password, /not a PKCS#12 file/);
    await refused(join(dir, 'missing.p12'), cert.password, /does not exist/);
  });

  // The real program: its standard input is no terminal (this process's may be one).
  it.sequential('no password and no terminal to ask at', async () => {
    const out = join(dir, 'no-password');
    // Its environment exactly (runCli adds this process's, which holds the password while a
    // signed build of a case beside this one runs here): no password, and English.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LANG: 'C.UTF-8',
      LC_ALL: '',
      PHUONG_PRINT_LANG: '',
    };
    delete env.PHUONG_PRINT_SIGN_PASSWORD;
    const r = await execTool(
      process.execPath,
      [
        CLI_PATH,
        ...buildArgs(campaign, EXAMPLE_GROUPS, out, '--kind', 'notice', '--sign', cert.file),
      ],
      { env },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .*no password for the signing certificate/);
    expect(r.stderr).toMatch(/\nhint: Set PHUONG_PRINT_SIGN_PASSWORD/);
  });
});

describe.concurrent('check --sign', () => {
  // The notice, the kind that is signed (and that the images are for), is enough to check. The
  // first case runs the real program (the bundle's path reading a valid key), the others the
  // command here.
  const check = (more: string[], run = runCliInProcess) =>
    run(
      ['check', '--campaign', campaign, '--groups', EXAMPLE_GROUPS, '--kind', 'notice'].concat(
        more,
      ),
      {
        env: { PHUONG_PRINT_SIGN_PASSWORD: cert.password },
      },
    );

  it.sequential('reports the certificate valid for signing, with its name, at the time of signing in Viet Nam time', async () => {
    const before = Date.now();
    const r = await check(['--sign', cert.file], runCli);
    expect(r.code, r.stderr).toBe(0);
    // The time as the office reads a clock in Viet Nam (UTC+7), the zone said; never UTC's "…T…Z".
    const said = new RegExp(
      `ok: certificate of "${SIGNER}" can sign at (\\d\\d)/(\\d\\d)/(\\d{4}) (\\d\\d):(\\d\\d) \\(valid .+ to .+, Viet Nam time, UTC\\+7\\)`,
    ).exec(r.stdout);
    expect(said, r.stdout).not.toBeNull();
    const [d, mo, y, h, mi] = (said ?? []).slice(1).map(Number);
    const at = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi) - 7 * 3600_000;
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 60_000) * 60_000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(r.stdout).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it.sequential('warns, in Vietnamese, that a --signed-at in the future would date the notices after they were signed', async () => {
    const r = await check(['--sign', cert.file, '--signed-at', '2034-12-03', '--lang', 'vi']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^cảnh báo: .*--signed-at 03\/12\/2034 00:00 là thời điểm chưa tới: mỗi thông báo sẽ ghi đã ký vào lúc đó/m,
    );
    expect(r.stderr).toMatch(/gợi ý: Bỏ --signed-at để ký theo giờ tạo tài liệu/);
  });

  it.sequential('without --sign, warns that the signature and seal images would not be printed', async () => {
    const r = await check([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: .*campaign\.yaml, field "assets\.signature": the signature and seal images are not printed/m,
    );
  });

  it.sequential('reports an expired certificate as an error', async () => {
    const { file } = await expired();
    const r = await check(['--sign', file]);
    expect(r.code).toBe(1);
    // 2025-06-30T00:00Z is 07:00 that morning in Viet Nam.
    expect(r.stderr).toMatch(
      /^error: .*expired at 30\/06\/2025 07:00, before the signing time \d\d\/\d\d\/\d{4} \d\d:\d\d \(Viet Nam time, UTC\+7\)/m,
    );
    const vi = await check(['--sign', file, '--lang', 'vi']);
    expect(vi.stderr).toMatch(
      /^lỗi: .*chứng thư số đã hết hạn lúc 30\/06\/2025 07:00, trước thời điểm ký .* \(giờ Việt Nam, UTC\+7\)/m,
    );
  });
});
