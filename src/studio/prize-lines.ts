/**
 * Studio: the individual prizes (campaign.yaml `contest.prizes.individual.items`) as the office
 * writes them, one line a prize: "số lượng | hạng giải | số tiền" ("2 | giải nhì | 3.000.000").
 * The amount is shown with the dots Vietnamese puts between thousands, and read with dots,
 * commas or spaces between them and "đồng", "đ" or "VNĐ" after it.
 */
import { groupThousands } from '../model/format.js';

export interface PrizeItem {
  count: number;
  rank: string;
  amount: number;
}

/** The form's line of a prize of the file. */
export function prizeLine(item: { count?: unknown; rank?: unknown; amount?: unknown }): string {
  const amount =
    typeof item.amount === 'number' ? groupThousands(item.amount) : String(item.amount ?? '');
  return `${item.count ?? ''} | ${item.rank ?? ''} | ${amount}`;
}

/** What a line says, or what is wrong with it, in the office's words. */
export type PrizeRead = { item: PrizeItem } | { problem: string };

export const PRIZE_EXAMPLE = '1 | giải nhất | 5.000.000';

const COUNT = /^\d{1,4}$/;
const AMOUNT = /^(\d{1,3}(?:[., ]\d{3})+|\d+)\s*(?:đồng|đ|vnđ|vnd)?\.?$/iu;

export function readPrizeLine(line: string): PrizeRead {
  const parts = line.split('|').map((p) => p.trim());
  const hint = `Mỗi dòng một giải: số lượng | hạng giải | số tiền, ví dụ: ${PRIZE_EXAMPLE}.`;
  if (parts.length !== 3) {
    return {
      problem:
        parts.length < 3
          ? `cần hai dấu “|” ngăn số lượng, hạng giải và số tiền. ${hint}`
          : `có nhiều hơn hai dấu “|”. ${hint}`,
    };
  }
  const [count = '', rank = '', amount = ''] = parts;
  if (!COUNT.test(count) || Number(count) === 0)
    return {
      problem: `số lượng giải (trước dấu “|” đầu) phải là một số, ví dụ 1 hoặc 02; đang là “${count}”. ${hint}`,
    };
  if (rank === '')
    return { problem: `thiếu hạng giải giữa hai dấu “|”, ví dụ: giải nhất. ${hint}` };
  const money = AMOUNT.exec(amount);
  if (!money)
    return {
      problem: `số tiền (sau dấu “|” cuối) phải là một số, ví dụ 5.000.000; đang là “${amount}”. ${hint}`,
    };
  return {
    item: { count: Number(count), rank, amount: Number((money[1] ?? '').replace(/[., ]/g, '')) },
  };
}
