/**
 * The issuing unit's word, read as an office writes its name: the printed lines of
 * `issuer.name` ("ỦY BAN NHÂN DÂN" / "XÃ AN BÌNH", any case, NFC or not), else `issuer.ward`.
 */
import { describe, expect, it } from 'vitest';
import { unitTermOf } from '../../src/model/unit-term.js';

describe('unitTermOf', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'PHƯỜNG LÊ CHÂN'], 'phường Lê Chân', 'phường'],
    [['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], 'xã An Bình', 'xã'],
    [['UBND THỊ TRẤN CẦU GIÁT'], 'thị trấn Cầu Giát', 'thị trấn'],
    [['ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO'], 'đặc khu Côn Đảo', 'đặc khu'],
    // Decomposed (NFD) letters, as some editors save them.
    [['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'.normalize('NFD')], '', 'xã'],
    // The printed name says nothing: the running-text name does.
    [['ỦY BAN NHÂN DÂN'], 'xã Tân Lập', 'xã'],
  ])('%j / %s → %s', (name, ward, word) => {
    expect(unitTermOf(name, ward)).toBe(word);
  });

  it('reads "xã" only as a word: "XÃM" in a name is none', () => {
    expect(unitTermOf(['ỦY BAN NHÂN DÂN', 'XÃM LÊ'])).toBe('phường');
  });

  it('reads no "xã" in "xã hội": a phường\'s Phòng Văn hóa - Xã hội is a phường\'s', () => {
    expect(unitTermOf(['PHÒNG VĂN HÓA - XÃ HỘI'], 'phường Tân Định')).toBe('phường');
    expect(unitTermOf(['VĂN PHÒNG HĐND VÀ UBND XÃ TÂN HÒA'])).toBe('xã');
  });

  it('says "phường" when nothing names the unit', () => {
    expect(unitTermOf(['ỦY BAN NHÂN DÂN'], 'Lê Chân')).toBe('phường');
    expect(unitTermOf([], undefined)).toBe('phường');
  });
});
