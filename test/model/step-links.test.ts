/**
 * The links a step asks for (model/step-links.ts): a contest's "quét mã QR" step means the
 * contest's page, not the one other link (review: a Zalo group's code under "Quét mã QR để vào
 * trang cuộc thi"); without a contest, that step takes the one link left.
 */
import { describe, expect, it } from 'vitest';
import { stepLinksOf } from '../../src/model/step-links.js';

const links = {
  contest: { url: 'https://thi.example.vn', label: 'Trang cuộc thi' },
  nhomzalo: { url: 'https://zalo.me/g/khupho1', label: 'Nhóm Zalo khu phố' },
};
const actions = [
  { step: 'Quét mã QR để vào trang cuộc thi', column: '' },
  { step: 'Trả lời các câu hỏi', column: '' },
];

describe('a step saying "quét mã QR"', () => {
  it("of a contest's campaign takes no other link", () => {
    const found = stepLinksOf({ actions, links, contest: { name: 'x' } } as never, null);
    expect(found).toEqual([]);
  });

  it('without a contest takes the one link left', () => {
    const found = stepLinksOf(
      { actions, links: { nhomzalo: links.nhomzalo }, contest: null } as never,
      null,
    );
    expect(found.map((l) => [l.step, l.key])).toEqual([[0, 'nhomzalo']]);
  });
});

describe("a link's name (its key under links, qa23 #5)", () => {
  const form = { url: 'https://forms.gle/abc', label: 'Đăng ký học (biểu mẫu)' };
  const zalo = { url: 'https://zalo.me/g/to5', label: 'Nhóm của tổ' };
  const steps = [
    { step: 'Đăng ký học qua biểu mẫu hoặc với tổ trưởng', column: '' },
    { step: 'Nhắn tin qua Zalo cho tổ trưởng khi cần', column: '' },
    { step: 'Xem lịch học trên web của phường', column: '' },
  ];

  it('of two words or more, said by a step, places the link at that step', () => {
    const found = stepLinksOf(
      { actions: steps, links: { 'Đăng ký học': form }, contest: null } as never,
      null,
    );
    expect(found.map((l) => [l.step, l.key])).toEqual([[0, 'Đăng ký học']]);
  });

  it('of one word ("zalo", "web") is an id: a step saying the word does not take the link', () => {
    const found = stepLinksOf(
      {
        actions: steps,
        links: { zalo, web: { url: 'https://tanmai.gov.vn', label: 'Cổng thông tin phường' } },
        contest: null,
      } as never,
      null,
    );
    expect(found).toEqual([]);
  });
});

describe('a step saying "nhóm Zalo" (qa53 m2)', () => {
  const form = { url: 'https://docs.google.com/forms/d/e/x/viewform', label: 'Đăng ký học' };
  const zalo = { url: 'https://zalo.me/g/knsngocha26', label: 'Nhóm Zalo Lớp KNS Ngọc Hà' };
  const steps = [
    { step: 'Đăng ký học qua biểu mẫu (quét mã QR) trước ngày 12/12/2026', column: '' },
    { step: 'Vào nhóm Zalo của lớp để nhận thông báo', column: '' },
    { step: 'Đi học đủ các buổi', column: '' },
  ];

  it("takes the one Zalo group's link no step names by its label", () => {
    const found = stepLinksOf(
      { actions: steps, links: { form, zalo }, contest: null } as never,
      null,
    );
    expect(found.map((l) => [l.step, l.key])).toEqual([
      [0, 'form'],
      [1, 'zalo'],
    ]);
  });

  it('takes none when two Zalo groups are left, or the link is no group', () => {
    const two = { zalo, other: { url: 'https://zalo.me/g/khac', label: 'Nhóm khác' } };
    const found = stepLinksOf(
      { actions: steps.slice(1), links: two, contest: null } as never,
      null,
    );
    expect(found).toEqual([]);
    const page = { zalo: { url: 'https://zalo.me/0912345678', label: 'Zalo phường' } };
    expect(
      stepLinksOf({ actions: steps.slice(1), links: page, contest: null } as never, null),
    ).toEqual([]);
  });
});
