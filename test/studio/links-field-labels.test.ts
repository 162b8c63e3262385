/**
 * qa41 m4: the studio's "Đường dẫn (in thành mã QR)" showed each link by its key in the file
 * ("zalo | https://… | Nhóm Zalo hỗ trợ", "guide", "video"): English words the office never
 * chose. The field shows each link by the words printed under its code, then its address; saved,
 * every link keeps its key (the body's {{links.zalo.url}} names it) — found by its address, or by
 * its caption when the address changed — and a new line gets a key of its own. A line written
 * the old way, "tên | địa chỉ | chú thích", still names its key. The links are the Hải Phòng
 * example's (examples/hai-phong/campaign.yaml).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { applyForm, formValues } from '../../src/studio/campaign-fields.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/hai-phong/campaign.yaml', import.meta.url));

type Links = Record<string, { url: string; label: string }>;

async function example() {
  const text = await readFile(EXAMPLE, 'utf8');
  const links = parse(text).links as Links;
  const { contest: _page, ...others } = links;
  return { text, links, others };
}

/** The file's links once `form` (the example's own, with `links` as given) is saved. */
function saved(text: string, links: string): Links {
  const doc = parseDocument(text);
  const form = { ...formValues(parse(text)), links };
  applyForm(doc, form);
  return doc.toJSON().links;
}

describe('the links field', () => {
  it('shows each link by its caption and address, never by its key in the file', async () => {
    const { text, others } = await example();
    const lines = formValues(parse(text)).links?.split('\n') ?? [];
    expect(lines).toEqual(Object.values(others).map((l) => `${l.label} | ${l.url}`));
    for (const key of Object.keys(others))
      expect(lines.join('\n')).not.toMatch(new RegExp(`\\b${key}\\b \\|`));
  });

  it('keeps every key when saved as shown', async () => {
    const { text, links } = await example();
    expect(saved(text, formValues(parse(text)).links ?? '')).toEqual(links);
  });

  it('keeps a key by the address when the caption changes, by the caption when the address does, and gives a new line its own', async () => {
    const { text, links, others } = await example();
    const [zalo, guide, video] = Object.entries(others);
    expect([zalo?.[0], guide?.[0], video?.[0]]).toEqual(['zalo', 'guide', 'video']);
    const typed = [
      `Nhóm Zalo của tổ dân phố | ${zalo?.[1].url}`,
      `${guide?.[1].label} | https://example.vn/huong-dan-moi`,
      `${video?.[1].label} | ${video?.[1].url}`,
      'Đăng ký tiêm | https://example.vn/dang-ky',
    ].join('\n');
    expect(saved(text, typed)).toEqual({
      contest: links.contest,
      zalo: { url: zalo?.[1].url, label: 'Nhóm Zalo của tổ dân phố' },
      guide: { url: 'https://example.vn/huong-dan-moi', label: guide?.[1].label },
      video: video?.[1],
      dang_ky_tiem: { url: 'https://example.vn/dang-ky', label: 'Đăng ký tiêm' },
    });
  });

  it('keeps an old link’s key when a new line above it has a caption that would make the same key', async () => {
    const { text, links, others } = await example();
    const zalo = others.zalo;
    // review44 #1: "Zalo" slugifies to "zalo", the key of the line below it.
    const typed = [
      'Zalo | https://zalo.me/g/nhom-moi',
      ...Object.values(others).map((l) => `${l.label} | ${l.url}`),
    ].join('\n');
    const after = saved(text, typed);
    expect(after.zalo).toEqual(zalo);
    expect(after).toEqual({
      ...links,
      zalo_2: { url: 'https://zalo.me/g/nhom-moi', label: 'Zalo' },
    });
  });

  it('gives two new lines with the same caption two keys, and never a removed link’s key', async () => {
    const { text, links } = await example();
    const typed = [
      `Video | https://example.vn/a`,
      `Video | https://example.vn/b`,
      `Guide | https://example.vn/c`,
    ].join('\n');
    // The old "video" and "guide" are taken out: the body may still name them, so a new line
    // does not silently take their keys.
    expect(saved(text, typed)).toEqual({
      contest: links.contest,
      video_2: { url: 'https://example.vn/a', label: 'Video' },
      video_3: { url: 'https://example.vn/b', label: 'Video' },
      guide_2: { url: 'https://example.vn/c', label: 'Guide' },
    });
  });

  it('keeps an address with “|” in it whole, and a caption with “|” in it through a save', async () => {
    const { text, links } = await example();
    const address = 'https://a.vn/x?a=1|2';
    expect(saved(text, `Đăng ký | ${address}`)).toEqual({
      contest: links.contest,
      dang_ky: { url: address, label: 'Đăng ký' },
    });
    // A caption with "|" is shown as it is, then read back the same on the next save.
    const once = saved(text, `Zalo | Nhóm hỗ trợ | ${links.zalo?.url}`);
    expect(once).toEqual({
      contest: links.contest,
      zalo: { url: links.zalo?.url, label: 'Zalo | Nhóm hỗ trợ' },
    });
    // A one-word caption before its "|" is no key either, once an address follows.
    expect(saved(text, `Zalo | Nhóm | ${links.zalo?.url}`)).toEqual({
      contest: links.contest,
      zalo: { url: links.zalo?.url, label: 'Zalo | Nhóm' },
    });
    const file = parseDocument(text);
    file.setIn(['links'], file.createNode(once));
    const again = String(file);
    expect(saved(again, formValues(parse(again)).links ?? '')).toEqual(once);
  });

  it('still reads a line written the old way, its key first', async () => {
    const { text, links } = await example();
    expect(saved(text, 'hotro | https://example.vn/ho-tro | Hỗ trợ kỹ thuật')).toEqual({
      contest: links.contest,
      hotro: { url: 'https://example.vn/ho-tro', label: 'Hỗ trợ kỹ thuật' },
    });
  });
});
