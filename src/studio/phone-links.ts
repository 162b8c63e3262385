/**
 * Studio: a leader's phone cell as the office calls it, each number its own `tel:` link
 * ("0912 005 484; 0983 100 004" is two numbers, not one of 20 digits: qa57 M5). The cell is
 * split as the flyer prints it (load/leaders.ts cellPhoneLinks); serve's page reads the same.
 */
import { cellPhoneLinks } from '../load/leaders.js';
import { type Html, html } from './html.js';

export const phoneLinks = (phone: string, linkClass = ''): Html[] =>
  cellPhoneLinks(phone).map(
    (p) =>
      html`${p.before}${
        p.dial
          ? html`<a${linkClass ? html` class="${linkClass}"` : ''} href="tel:${p.dial}">${p.shown}</a>`
          : p.shown
      }${p.after}`,
  );
