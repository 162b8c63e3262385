/**
 * The text of an HTML page as a reader sees it, the one helper the page tests read it with: tags
 * dropped (each as a space), the entities the pages write read as what they stand for (`&nbsp;`,
 * quotes and apostrophes, `&#x3D;`, `&#x2F;`, `&lt;`, `&gt;`, `&amp;` last), spaces folded, and no
 * space before a stop or a closing bracket (a tag's edge is no space a reader sees).
 */
export const visible = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#x22;/g, '"')
    .replace(/&#x3D;/g, '=')
    .replace(/&#x2F;/g, '/')
    .replace(/&#x60;/g, '`')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1');
