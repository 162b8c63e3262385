/**
 * Serve stage: the web pages' templates (templates/web/*.hbs). In: a page name and its view.
 * Out: HTML. A Handlebars environment of its own: unlike the print templates, these escape HTML
 * (group names and campaign values are data, not markup), and stay `strict` so a misspelt
 * variable is an error rather than a blank on the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATE_DIR } from './ward.js';

export type PageName = 'leader' | 'pages' | 'admin' | 'blank' | 'error';

const hb = Handlebars.create();
hb.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
/** `{{tel issuer.phone}}`: "0225 3 857 123" → "02253857123" for a `tel:` link. */
hb.registerHelper('tel', (s: unknown) => String(s ?? '').replace(/[^\d+]/g, ''));

const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** A page's template from `dir`, or the default one when `dir` does not override it. */
function read(dir: string, name: string): string {
  const file = join(dir, 'web', name);
  const from = existsSync(file) ? file : join(TEMPLATE_DIR, 'web', name);
  return readFileSync(from, 'utf8').normalize('NFC');
}

export function renderPage(name: PageName, view: object, templateDir = TEMPLATE_DIR): string {
  const key = `${templateDir}\u0000${name}`;
  let page = compiled.get(key);
  if (!page) {
    hb.registerPartial('layout', read(templateDir, 'layout.hbs'));
    hb.registerPartial('in-app', read(templateDir, 'in-app.hbs'));
    page = hb.compile(read(templateDir, `${name}.hbs`), { strict: true });
    compiled.set(key, page);
  }
  return page(view);
}

const STATUS_VIEW: Record<number, string> = {
  401: 'unauthorized',
  404: 'notFound',
  429: 'tooMany',
  500: 'failed',
};

const errorPages = new Map<string, string>();

/** The page of an error status: fixed per status, so it tells nothing about the request. */
export function errorPage(status: number, templateDir = TEMPLATE_DIR): string {
  const cacheKey = `${templateDir}\u0000${status}`;
  let page = errorPages.get(cacheKey);
  if (page === undefined) {
    const flags = Object.fromEntries(Object.values(STATUS_VIEW).map((k) => [k, false]));
    const key = STATUS_VIEW[status] ?? (status < 500 ? 'notFound' : 'failed');
    page = renderPage('error', { assets: '/assets/', ...flags, [key]: true }, templateDir);
    errorPages.set(cacheKey, page);
  }
  return page;
}

/** Files served as they are under /assets/ (and copied into a static site's assets/). */
export const ASSETS: Record<string, string> = {
  'style.css': 'text/css; charset=utf-8',
  'share.js': 'text/javascript; charset=utf-8',
};

export function readAsset(name: string, templateDir = TEMPLATE_DIR): Buffer {
  const file = join(templateDir, 'web', name);
  return readFileSync(existsSync(file) ? file : join(TEMPLATE_DIR, 'web', name));
}
