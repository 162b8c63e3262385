/**
 * The results report's "Kính gửi" when the office leaves it empty (qa51 M2): a ward's committee
 * whose "Cơ quan chủ quản" is "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" was addressed to itself ("Kính
 * gửi: Ủy ban nhân dân phường Ngọc Hà"). It reports to the committee its parent names, in running
 * text; an office under a ward's committee still reports to that committee; no parent, or one
 * whose level is not said, leaves the dotted blank the studio's help promises.
 */
import { describe, expect, it } from 'vitest';
import { reportAddressOf } from '../../src/results/report-model.js';

const notice = { cc: ['Lưu: VT.'], symbol: 'TB-UBND' } as never;

/** The report's Kính gửi for an issuer of these printed lines, under this parent. */
const addressed = (parent: string, name: string[], ward: string) =>
  reportAddressOf({ issuer: { parent, name, ward } as never, notice }).recipients;

const PHUONG = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGỌC HÀ'];

describe('the report’s Kính gửi by the parent body (qa51 M2)', () => {
  it('names the city’s committee a ward’s committee reports to, not the ward’s own', () => {
    expect(addressed('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', PHUONG, 'phường Ngọc Hà')).toEqual([
      'Ủy ban nhân dân thành phố Hà Nội',
    ]);
    // Typed as its two printed lines, or short.
    expect(
      addressed(
        'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
        ['ỦY BAN NHÂN DÂN', 'PHƯỜNG SÀI GÒN'],
        'phường Sài Gòn',
      ),
    ).toEqual(['Ủy ban nhân dân thành phố Hồ Chí Minh']);
    expect(
      addressed('UBND TP. HẢI PHÒNG', ['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÊ CHÂN'], 'phường Lê Chân'),
    ).toEqual(['Ủy ban nhân dân thành phố Hải Phòng']);
    // The short forms offices type for Ho Chi Minh City (review52 #5: "thành phố .hcm").
    for (const typed of ['UBND TP.HCM', 'UBND TP HCM', 'UBND TP. HCM'])
      expect(addressed(typed, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG SÀI GÒN'], 'phường Sài Gòn')).toEqual([
        'Ủy ban nhân dân thành phố Hồ Chí Minh',
      ]);
    // Another abbreviation stays as typed.
    expect(addressed('UBND TP.HN', PHUONG, 'phường Ngọc Hà')).toEqual([
      'Ủy ban nhân dân thành phố HN',
    ]);
  });

  it('names a xã’s province, a thị xã, a quận or a huyện as written', () => {
    const XA = ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'];
    expect(addressed('ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU', XA, 'xã An Bình')).toEqual([
      'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
    ]);
    expect(addressed('ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY', XA, 'xã An Bình')).toEqual([
      'Ủy ban nhân dân thị xã Sơn Tây',
    ]);
    expect(addressed('ỦY BAN NHÂN DÂN QUẬN 3', PHUONG, 'phường Ngọc Hà')).toEqual([
      'Ủy ban nhân dân quận 3',
    ]);
    expect(addressed('Ủy ban nhân dân huyện Đông Anh', XA, 'xã An Bình')).toEqual([
      'Ủy ban nhân dân huyện Đông Anh',
    ]);
  });

  it('sends an office’s report to its ward’s committee, and never a committee’s to itself', () => {
    expect(
      addressed('ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ', ['CÔNG AN PHƯỜNG NGỌC HÀ'], 'phường Ngọc Hà'),
    ).toEqual(['Ủy ban nhân dân phường Ngọc Hà']);
    expect(addressed('ỦY BAN NHÂN DÂN PHƯỜNG NGỌC HÀ', PHUONG, 'phường Ngọc Hà')).toEqual([
      'Ủy ban nhân dân thành phố ……',
    ]);
    expect(addressed('', ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], 'xã An Bình')).toEqual([
      'Ủy ban nhân dân tỉnh ……',
    ]);
    expect(addressed('ỦY BAN NHÂN DÂN', PHUONG, 'phường Ngọc Hà')).toEqual([
      'Ủy ban nhân dân thành phố ……',
    ]);
  });
});
