/**
 * Serve stage: a web template's `<meta http-equiv="refresh">` that sends the reader to another
 * site (qa32 m5). A campaign's own `templates/web/*.hbs` replaces the tool's pages, and may come
 * with a copied folder or a backup; no CSP stops a refresh (`navigate-to` was never shipped by a
 * browser), so such a tag is taken out of the template before it is compiled, and its line named.
 * A refresh to a page of the same site (a relative address) is left as written.
 */

/** One `<meta http-equiv="refresh">` to another site: its 1-based line and address. */
export interface OffSiteRefresh {
  line: number;
  url: string;
}

const META = /<meta\b[^>]*>/gi;

/** An attribute's value in a tag ("refresh", or the content), quoted or not; undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * The address a refresh's content goes to, as a browser reads it ("5;URL='…'", "0; url=…",
 * "5, …"); empty when it only reloads the same page.
 */
function refreshTarget(content: string): string {
  const rest = /^\s*[\d.]*\s*[;,]?\s*(.*)$/s.exec(content)?.[1] ?? '';
  const url = /^url\s*=\s*(.*)$/is.exec(rest)?.[1] ?? rest;
  return url
    .trim()
    .replace(/^(["'])(.*)\1$/s, '$2')
    .replace(/^["']/, '')
    .trim();
}

/** The address as a browser reads it: tabs, new lines and other control characters dropped. */
const withoutControls = (url: string) =>
  [...url].filter((ch) => (ch.codePointAt(0) ?? 0) > 0x20).join('');

/** An address that leaves the site: with a scheme (http:, javascript:…) or a host (//…, \\…). */
const offSite = (url: string) => /^([a-z][a-z\d+.-]*:|[/\\]{2})/i.test(withoutControls(url));

/** The template without its refreshes to another site (the rest as written), and those, in order. */
export function offSiteRefreshes(text: string): { text: string; refreshes: OffSiteRefresh[] } {
  const refreshes: OffSiteRefresh[] = [];
  const kept = text.replace(META, (tag: string, at: number) => {
    if (attribute(tag, 'http-equiv')?.trim().toLowerCase() !== 'refresh') return tag;
    const url = refreshTarget(attribute(tag, 'content') ?? '');
    if (!offSite(url)) return tag;
    refreshes.push({ line: text.slice(0, at).split('\n').length, url });
    return '';
  });
  return { text: kept, refreshes };
}
