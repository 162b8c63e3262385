/**
 * The studio and text typed with an old Vietnamese font or written in VIQR (qa37 C1, M3): the
 * campaign form refuses to save a field so typed, with the sentence and the Unikey hint beside
 * that field and the file unchanged; a groups list written in VIQR is refused at upload. The
 * texts are qa37's (studio-post.js: the ward, the body and the signer typed so).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveCampaignPage } from './campaign-page.js';
import { exampleForTests, plainText, signedInStudio } from './studio.js';

/** The text of the element with `id`, as the page reads. */
const textOf = (page: string, id: string) => {
  const inner = new RegExp(`id="${id}"[^>]*>(.*?)</p>`, 's').exec(page)?.[1];
  return inner === undefined ? undefined : plainText(inner).trim();
};

const HINT = 'Chuyển mã sang Unicode dựng sẵn bằng Unikey';

describe('the campaign form and legacy-font text', () => {
  const ex = exampleForTests();

  it('refuses a ward typed in TCVN3, a body in VNI and a signer in VIQR, each beside its field', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await saveCampaignPage(ex.c, 'hai-phong', {
      'issuer.ward': 'ph\u00ADêng Lª Ch©n',
      'notice.body':
        'Ủy ban nhân dân phường đề nghị:\n\nÑeà nghò caùc toå tröôûng tuyeân truyeàn, vaän ñoäng nhaân daân tham gia cuoäc thi.',
      'notice.signer.name': 'Nguye^~n Va(n Hu`ng',
    });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    const ward = textOf(res.text, 'f-issuer-ward-error') ?? '';
    expect(ward).toContain(
      'Chữ được gõ bằng phông TCVN3 (ABC), không phải Unicode: “ph\u00ADêng Lª Ch©n” có lẽ là “phường Lê Chân”',
    );
    expect(ward).toContain(HINT);
    const body = textOf(res.text, 'f-notice-body-error') ?? '';
    // The body's third line: said as the form says a line of the body, not as the file's line.
    expect(body).toMatch(/^Dòng 3: chữ được gõ bằng phông VNI, không phải Unicode/);
    expect(body).toContain('có lẽ là “Đề nghị các tổ trưởng tuyên truyền, vận động nhân dân');
    expect(body).toContain('Nguồn “VNI Windows”');
    const signer = textOf(res.text, 'f-notice-signer-name-error') ?? '';
    expect(signer).toContain('Chữ được viết kiểu VIQR');
    expect(signer).toContain('có lẽ là “Nguyễn Văn Hùng”');
    expect(signer).toContain('Nguồn “VIQR”');
    expect(plainText(res.text)).toContain('Chưa lưu');
  });

  it('refuses a ward typed in TCVN3 alone, which a file would have converted', async () => {
    const before = await readFile(ex.file, 'utf8');
    const res = await saveCampaignPage(ex.c, 'hai-phong', { 'issuer.ward': 'ph\u00ADêng Lª Ch©n' });
    expect(res.status).toBe(422);
    expect(await readFile(ex.file, 'utf8')).toBe(before);
    expect(textOf(res.text, 'f-issuer-ward-error')).toContain('có lẽ là “phường Lê Chân”');
  });

  it('refuses a ward typed in TCVN3 beside a field the schema refused, in the same round', async () => {
    const res = await saveCampaignPage(ex.c, 'hai-phong', {
      'issuer.ward': 'ph\u00ADêng Lª Ch©n',
      'notice.number': 'năm',
    });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'f-notice-number-error')).toBeTruthy();
    expect(textOf(res.text, 'f-issuer-ward-error')).toContain('có lẽ là “phường Lê Chân”');
  });

  it("saves ordinary apostrophes and questions (H'Mông, A' Lăng, “chưa?”)", async () => {
    const res = await saveCampaignPage(ex.c, 'hai-phong', {
      'notice.signer.name': "A' Lăng",
      'notice.body': "Đồng bào H'Mông hỏi: Bạn đã cài chưa? Ong A' Lang va A' Son da cai.",
    });
    expect(res.status).toBe(303);
    expect(await readFile(ex.file, 'utf8')).toContain("A' Lăng");
  });

  it('refuses a groups list written in VIQR at upload, naming row and column', async () => {
    const csv = `STT;Tên tổ dân phố;Tổ trưởng;Số điện thoại;Số hộ;Số nhân khẩu
1;To^? da^n pho^' so^' 1;Nguye^~n Va(n Hu\`ng;0912 345 678;248;861
`;
    const page = '/c/hai-phong/groups';
    const res = await ex.c.upload(page, 'file', 'to.csv', Buffer.from(csv), {}, page);
    expect(res.status).toBe(422);
    const text = plainText(res.text);
    expect(text).toContain('chữ được viết kiểu VIQR');
    expect(text).toContain("“To^? da^n pho^' so^' 1” có lẽ là “Tổ dân phố số 1”");
    expect(text).toMatch(/[Dd]òng 2, cột “Tên tổ dân phố”/);
    expect(text).toContain('Nguồn “VIQR”');
  });
});

describe('a new campaign and legacy-font text', () => {
  it('refuses a title or a name typed in TCVN3 at creation, as the campaign form does, and creates nothing', async () => {
    const { s, c } = await signedInStudio();
    try {
      const campaigns = join(s.dataDir, 'campaigns');
      const before = await readdir(campaigns).catch(() => []);
      // qa37's title, typed with .VnTime in "Tạo chiến dịch mới".
      const title = await c.upload('/new', 'docx', '', new Uint8Array(), {
        name: 'Cuộc thi Công dân số',
        title: 'Ph¸t ®éng cuéc thi C«ng d©n sè H¶i Phßng',
        from: '',
      });
      expect(title.status).toBe(422);
      const said = plainText(title.text);
      expect(said).toContain('Tiêu đề in trên giấy');
      expect(said).toContain(
        'chữ được gõ bằng phông TCVN3 (ABC), không phải Unicode: “Ph¸t ®éng cuéc thi C«ng d©n sè H¶i Phßng” có lẽ là “Phát động cuộc thi Công dân số Hải Phòng”',
      );
      expect(said).toContain(HINT);
      const name = await c.upload('/new', 'docx', '', new Uint8Array(), {
        name: 'Cuéc thi C«ng d©n sè',
        from: '',
      });
      expect(name.status).toBe(422);
      expect(plainText(name.text)).toContain('có lẽ là “Cuộc thi Công dân số”');
      expect(await readdir(campaigns).catch(() => [])).toEqual(before);
    } finally {
      await s.close();
    }
  });
});
