/**
 * Load stage, groups: an id without its leading zeros ("007" → "7"; "0" and "A01" as they are).
 * Excel drops them when it saves a workbook as CSV, so a list, a roster's file name and the
 * store's figures can spell one group's id two ways: the loaders and the figures' warnings
 * compare ids this way to say so (qa10 Q1, Q13), never to match them silently.
 */
export const withoutLeadingZeros = (id: string): string => id.replace(/^0+(?=\d)/, '');
