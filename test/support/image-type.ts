/**
 * The type an image's bytes are, by their signature (PNG's "\x89PNG", JPEG's FF D8 FF), to check
 * a served picture's Content-Type against what it holds; 'unknown' for anything else.
 */
export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'unknown' {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return 'unknown';
}
