/**
 * The bracketed remark at the end of a name or header, read once for the groups' names, the
 * headers, the measure units and the report's name column (load/remark.ts).
 */
import { describe, expect, it } from 'vitest';
import { finalRemark, remarkWords, withoutRemark, withoutRemarks } from '../../src/load/remark.js';

describe('a final bracketed remark', () => {
  it('is split from what it follows, as written', () => {
    expect(finalRemark('Khu phố Tân Định 2 (Đa Kao cũ)')).toEqual({
      before: 'Khu phố Tân Định 2',
      bracket: '(Đa Kao cũ)',
      inside: 'Đa Kao cũ',
    });
    expect(withoutRemark('Thôn Phương Chử Tây (gồm cụm dân cư Đồng Khốn) ')).toBe(
      'Thôn Phương Chử Tây',
    );
    expect(remarkWords('Khối lượng dự kiến ( kg )')).toBe('kg');
  });

  it('is only the last bracket, and only at the end', () => {
    expect(withoutRemark('Tổ 1 (Hàng Bạc cũ) - Khu 2')).toBe('Tổ 1 (Hàng Bạc cũ) - Khu 2');
    expect(finalRemark('Số hộ (hộ) (*)')?.before).toBe('Số hộ (hộ)');
    expect(withoutRemark('Số hộ')).toBe('Số hộ');
    expect(remarkWords('Chỉ tiêu ()')).toBeUndefined();
  });
});

describe('a name without any of its remarks', () => {
  it('leaves out every bracket, nested or in the middle, and an open one to the end', () => {
    const name = 'Thôn Phú Mỹ Thượng';
    const remark = '(gồm xóm Đình, xóm Chùa và khu tái định cư Đồng Bến)';
    expect(withoutRemarks(`${name} ${remark}`)).toBe(name);
    expect(withoutRemarks(`${name} (gồm xóm Đình (cũ), xóm Chùa)`)).toBe(name);
    expect(withoutRemarks('Tổ 3 (cũ) - Khu phố 2')).toBe('Tổ 3 - Khu phố 2');
    expect(withoutRemarks(`${name} (gồm xóm Đình, xóm`)).toBe(name);
    expect(withoutRemarks(name)).toBe(name);
  });
});
