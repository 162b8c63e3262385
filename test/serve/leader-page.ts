/**
 * Reading a leader's page (`/g/<token>/`) as the server sends it: the text of its HTML-escaped
 * parts (Handlebars escapes `=`, `/`, quotes and `&`) and the message the leader forwards to the
 * group's Zalo chat.
 */
import { visible } from '../support/page-text.js';

/** `html`'s text with the entities Handlebars writes turned back into their characters. */
export const fromHtml = (html: string): string =>
  html
    .replaceAll('&#x3D;', '=')
    .replaceAll('&#x2F;', '/')
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&#x60;', '`')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The page's text as read: its tags gone, its entities decoded, its spaces collapsed. */
export const pageText = (html: string): string => visible(html).trim();

/** The message in the page's "copy to Zalo" box, as the leader copies it. */
export const messageOf = (html: string): string =>
  fromHtml(/<textarea class="message-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? '');
