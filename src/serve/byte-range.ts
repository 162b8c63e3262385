/**
 * Serve stage: resumable downloads (qa34 m2). A phone's download manager asks for the rest of a
 * file cut by a dropped connection (`Range: bytes=123456-`, with `If-Range: <ETag>`); the rest is
 * sent (206) instead of the whole file again. One range only (RFC 9110 §14.2: a server may ignore
 * the header, and no downloader asks for several); an If-Range that is not the file's ETag (a
 * newer version, or a date: no Last-Modified is sent) gets the whole file.
 */

/** The bytes a request asks for: the whole file, a range of it, or none it has (416). */
export type ByteRange = { start: number; end: number } | 'whole' | 'unsatisfiable';

export function byteRange(
  range: string | undefined,
  ifRange: string | undefined,
  size: number,
  etag: string,
): ByteRange {
  if (range === undefined) return 'whole';
  // If-Range compares strongly: a weak tag or a date never matches.
  if (ifRange !== undefined && ifRange.trim() !== etag) return 'whole';
  const m = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/.exec(range);
  if (!m || (m[1] === '' && m[2] === '')) return 'whole';
  if (m[1] === '') {
    // The last n bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return 'whole';
  return { start, end };
}
