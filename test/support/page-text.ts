/**
 * The text of an HTML page as a reader sees it: tags dropped, `&nbsp;` and the apostrophe's
 * escapes (`&#39;`, `&#x27;`) read as what they stand for, spaces folded, no space before a stop.
 */
export const visible = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1');
