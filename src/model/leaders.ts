/**
 * Model: a group with more than one leader, as a groups file writes them: "Trịnh Thị Ngọc, Lương
 * Văn Khải" in the leader's cell and "0912 111 222 - 0987 333 444" in the phone's (qa40 m3). Each
 * name is a person's (every word capitalised), so "Nguyễn Văn An, Bí thư chi bộ" is one leader.
 */

/** Between two phones of a cell as load/groups/values.ts prints them: " - ", " / ", ", ", "; ". */
const BETWEEN_PHONES = /\s+[-–—/]\s+|\s*[;,]\s*/;

const personName = (s: string) => /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,6}$/u.test(s);

/** The leaders named in the cell, two or more; undefined for one (or a cell that is no list). */
export function leaderNames(leader: string | undefined): string[] | undefined {
  const names = (leader ?? '').split(/\s*[,;]\s*|\s+và\s+/u).map((n) => n.trim());
  return names.length >= 2 && names.every(personName) ? names : undefined;
}

/** The phones of the cell, each as printed. */
export const phonesOf = (phone: string | undefined): string[] =>
  (phone ?? '')
    .split(BETWEEN_PHONES)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Each leader with their phone, in the cells' order, when the cells name as many leaders as
 * phones (two or more); undefined otherwise.
 */
export function leaderContacts(
  leader: string | undefined,
  phone: string | undefined,
): { name: string; phone: string }[] | undefined {
  const names = leaderNames(leader);
  const phones = phonesOf(phone);
  if (!names || phones.length !== names.length) return undefined;
  return names.map((name, i) => ({ name, phone: phones[i] as string }));
}
