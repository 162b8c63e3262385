/**
 * Studio: the preview pages. `/c/<slug>/preview` (a whole page: pick a group and a document, see
 * its pages; works without JavaScript), `/preview/panel` (the same as a fragment, which the edit
 * page's script reloads after each save), and the images and file themselves. Images carry the
 * document's content key in their address, so a browser shows the new page after an edit and
 * keeps the old one while nothing changed.
 */

import { basename, isAbsolute, relative, sep } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isUserError, problemsOf } from '../errors.js';
import { labelsFor } from '../kinds/labels.js';
import { outputFileName } from '../kinds/render.js';
import type { Group } from '../load/types.js';
import { groupThousands } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import {
  folded,
  matchesWords,
  type SearchedText,
  searchedText,
  searchOf,
} from '../model/search.js';
import { toldApart } from '../results/told-apart.js';
import { contentDisposition } from '../serve/disposition.js';
import type { Ward } from '../serve/ward.js';
import { type StudioContext, sendPage, sessionOf } from './app.js';
import { fieldId, fieldOf } from './campaign-fields.js';
import { campaignForm, readCampaignText } from './campaign-file.js';
import type { CampaignPaths } from './campaign-folders.js';
import { campaignTerm } from './group-term.js';
import { headOnly, isHead } from './head-only.js';
import { type Html, html, raw } from './html.js';
import { campaignHeader, notice, page } from './layout.js';
import { hintInForm, inVietnamese } from './messages.js';
import { PREVIEW_PICTURE } from './preview.js';
import { campaignName, campaignOf } from './routes-campaigns.js';

interface PreviewQuery {
  /** The group's id (the list's choice, the page pictures' links). */
  group?: string;
  /** What the office typed in the group's search box (a ward of GROUP_SEARCH_FROM groups or more). */
  find?: string;
  kind?: string;
  page?: string;
}

const DEFAULT_KIND = 'notice.pdf';

/** The file a problem is in, as the campaign's folder names it (`templates/notice.hbs`). */
function fileOf(c: CampaignPaths, file: string | undefined, line: number | undefined): string {
  if (!file) return '';
  const inFolder = relative(c.folder, file);
  const name = inFolder.startsWith('..') || isAbsolute(inFolder) ? basename(file) : inFolder;
  return ` (tệp ${name.split(sep).join('/')}${line !== undefined ? `, dòng ${line}` : ''})`;
}

/**
 * The problem in words, with where to fix it. One in the campaign's fields (a body the file
 * was given outside the studio) is said at its field on the edit page: named here, and linked.
 */
function problem(c: CampaignPaths, e: unknown, term: GroupTerm): Html {
  if (!isUserError(e)) throw e;
  const all = problemsOf(e);
  const first = all[0] ?? e;
  const fields = [
    ...new Set(
      all
        .flatMap((p) => (p.where.file === c.file ? [fieldOf(p.where.field)] : []))
        .filter((d) => !!d),
    ),
  ];
  const [field] = fields;
  if (field) {
    return notice(
      'error',
      html`Chưa xem trước được: có ${all.length} chỗ cần sửa ở ${fields.map((d, i) => html`${i ? ', ' : ''}mục “${d.label}”`)} (đánh dấu đỏ dưới mục đó).
<br><a href="/c/${c.slug}#${fieldId(field)}">Sửa ở mục “${field.label}”</a>`,
    );
  }
  // A problem of the groups file (a row, or the file itself) is fixed on the groups page; the
  // English `e.message` is never read to decide.
  const inGroups = first.where.row !== undefined || (!!c.groups && first.where.file === c.groups);
  const where = inGroups ? 'groups' : '';
  const atForm = !inGroups && (first.where.file === undefined || first.where.file === c.file);
  const formField = atForm ? fieldOf(first.where.field) : undefined;
  const named = first.where.field ? (formField?.label ?? first.where.field) : '';
  const hint = hintInForm(first, term);
  const more = all.length > 1 ? ` (và ${all.length - 1} chỗ khác)` : '';
  // A problem at a form's field (a flyer's list too long for its page) is fixed there: the
  // field is named and linked, never a line of campaign.yaml, a file the office never sees.
  if (formField) {
    return notice(
      'error',
      html`Chưa xem trước được: ${inVietnamese(first, term)}${more}${hint ? html`<br>${hint}` : ''}
<br><a href="/c/${c.slug}#${fieldId(formField)}">Sửa ở mục “${formField.label}” (thẻ Nội dung)</a>`,
    );
  }
  return notice(
    'error',
    html`Chưa xem trước được: ${inVietnamese(first, term)}${more}${named ? html` (mục “${named}”)` : ''}${fileOf(c, first.where.file, first.where.line)}${hint ? html`<br>${hint}` : ''}
<br><a href="/c/${c.slug}${where ? `/${where}` : ''}">Sửa ở trang ${where ? `Danh sách ${term.short}` : 'Nội dung'}</a>`,
  );
}

/**
 * Past this many groups the group is chosen by typing (a search box with the names as
 * suggestions): a list of a city's 5,000 names cannot be scrolled to the one wanted.
 */
export const GROUP_SEARCH_FROM = 100;

/**
 * A group as the picker and the search box's suggestions name it: its name, with its id when
 * names repeat (results/told-apart.ts, as the results name it).
 */
function choiceNames(ward: Ward): Map<string, string> {
  let names = choices.get(ward);
  if (!names) {
    const told = toldApart(ward.groups);
    names = new Map(ward.groups.map((g) => [g.id, told(g)]));
    choices.set(ward, names);
  }
  return names;
}

/**
 * Each loaded ward's choice names, and its groups' names and ids folded (`folded`) and ready to
 * search, made once: a preview page made them again at each request, the names three times
 * (a city's 5,000 groups: about half a second of the studio's CPU a search). The previewer keeps
 * a ward until its files change.
 */
const choices = new WeakMap<Ward, Map<string, string>>();
const foldedGroups = new WeakMap<Ward, { name: string; id: string; words: SearchedText }[]>();

function foldedOf(ward: Ward): { name: string; id: string; words: SearchedText }[] {
  let keys = foldedGroups.get(ward);
  if (!keys) {
    keys = ward.groups.map((g) => ({
      name: folded(g.name),
      id: folded(g.id),
      words: searchedText(`${g.name} ${g.id}`),
    }));
    foldedGroups.set(ward, keys);
  }
  return keys;
}

/**
 * The groups the office typed: the one its name as the suggestions give it names; else those whose
 * whole name or id it is, with marks and case aside ("khu pho 2" is Khu phố 2, never Khu phố 12
 * listed before it); else, in ward order, those whose name or id holds every word typed ("so
 * 4321" finds "Tổ dân phố số 4321"). More than one is offered to choose from (qa44 m7: "to 10"
 * is four old wards' "Tổ dân phố số 10").
 */
function groupsFound(ward: Ward, typed: string | undefined): Group[] {
  const text = (typed ?? '').trim().normalize('NFC');
  if (!text) return [];
  const names = choiceNames(ward);
  const named = ward.groups.find((g) => names.get(g.id) === text);
  if (named) return [named];
  const key = folded(text);
  const keys = foldedOf(ward);
  const whole = ward.groups.filter((_, i) => keys[i]?.name === key || keys[i]?.id === key);
  if (whole.length) return whole;
  const search = searchOf(text);
  return ward.groups.filter((_, i) => matchesWords(search, keys[i]?.words ?? []));
}

/** At most this many groups found are listed to choose from; more are counted. */
const CHOICES_SHOWN = 30;

/**
 * The groups a search found besides the one shown, each a link to its preview: the office
 * chooses rather than being shown the first silently.
 */
function otherChoices(
  ward: Ward,
  slug: string,
  typed: string,
  found: readonly Group[],
  shown: Group,
  kind: string,
): Html {
  const names = choiceNames(ward);
  const listed = found.slice(0, CHOICES_SHOWN);
  const more = found.length - listed.length;
  const term = ward.term.short;
  // A list cannot stand in a notice's paragraph: the same box, as a block.
  return html`<div class="notice info" role="status"><p>Có ${groupThousands(found.length)} ${term} khớp với “${typed}”: đang xem ${names.get(shown.id) ?? shown.name}. Chọn ${term} khác:</p>
<ul class="preview-choices">${listed.map(
    (g) =>
      html`<li>${
        g.id === shown.id
          ? html`<strong>${names.get(g.id) ?? g.name}</strong> (đang xem)`
          : html`<a href="/c/${slug}/preview?${new URLSearchParams({ group: g.id, kind }).toString()}">${names.get(g.id) ?? g.name}</a>`
      }</li>`,
  )}</ul>${more > 0 ? html`<p>Và ${groupThousands(more)} ${term} khác: gõ thêm chữ để thu hẹp.</p>` : ''}</div>`;
}

/**
 * The group and output asked for, or the first group's notice; an output whose kind cannot be
 * drawn is offered too, with its problem.
 */
function pick(ward: Ward, q: PreviewQuery) {
  const group = ward.group(q.group ?? '') ?? groupsFound(ward, q.find)[0] ?? ward.groups[0];
  const named = (name: string) => ward.listed.find((l) => outputFileName(l.output) === name);
  const listed = named(q.kind ?? '') ?? named(DEFAULT_KIND) ?? ward.listed[0];
  return group && listed ? { group, output: listed.output, problem: listed.problem } : undefined;
}

/** What a preview's file is sent as: the share picture a PNG, every other document a PDF. */
const fileType = (o: { kind: { ext?: string } }) =>
  o.kind.ext === 'png' ? 'image/png' : 'application/pdf';

/** What a preview's page picture is sent as: the share picture itself, else a page's picture. */
const pictureType = (o: { kind: { ext?: string } }) =>
  o.kind.ext === 'png' ? 'image/png' : PREVIEW_PICTURE.type;
export function registerPreviewRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const { previewer } = ctx;

  /** `form`: the campaign's fields, for its word for its groups until its inputs load. */
  const panel = async (
    c: CampaignPaths,
    q: PreviewQuery,
    form: Record<string, string>,
  ): Promise<Html> => {
    if (!c.groups) {
      const term = await campaignTerm(form, undefined);
      return notice(
        'info',
        html`Chưa có danh sách ${term.group}. <a href="/c/${c.slug}/groups">Tải lên danh sách ${term.short}</a> để xem trước.`,
      );
    }
    let ward: Ward;
    try {
      ward = await previewer.previewWard(c);
    } catch (e) {
      return problem(c, e, await campaignTerm(form, c.groups));
    }
    const chosen = pick(ward, q);
    if (!chosen)
      return notice(
        'info',
        `Danh sách ${ward.term.short} chưa có ${ward.term.short} nào đọc được.`,
      );
    const { group, output } = chosen;
    const labels = labelsFor(ward.contextOf(group.id), ward.templateDir);
    const kind = outputFileName(output);
    let pages: Html;
    // A kind that cannot be drawn says so in its place; the others still preview.
    if (chosen.problem) pages = problem(c, chosen.problem, ward.term);
    else
      try {
        const query = new URLSearchParams({
          group: group.id,
          kind,
          v: ward.keyOf(group.id, output).slice(0, 16),
        });
        const file = await previewer.file(ward, group.id, output);
        const count = await previewer.pageCount(ward, group.id, output);
        pages = html`<p><a class="button secondary" href="/c/${c.slug}/preview/file?${query.toString()}" target="_blank" rel="noopener">Mở tệp ${output.kind.ext === 'png' ? 'ảnh' : 'PDF'} (${file.pages} trang)</a></p>
<div class="pages">${Array.from({ length: count }, (_, i) => {
          const src = `/c/${c.slug}/preview/${PREVIEW_PICTURE.file}?${query.toString()}&page=${i + 1}`;
          return html`<img src="${src}" alt="${labels.title(output)} — ${group.name}, trang ${i + 1}/${count}" width="900"${i > 0 ? raw(' loading="lazy"') : ''}>`;
        })}</div>`;
      } catch (e) {
        pages = problem(c, e, ward.term);
      }
    // A link to a group the list no longer has (a code changed, a stale bookmark) says so
    // rather than showing another group as if it were the one asked for.
    const asked = q.group?.trim();
    const typed = q.find?.trim();
    const found = typed && !asked ? groupsFound(ward, typed) : [];
    const gone =
      asked && !ward.group(asked)
        ? notice(
            'info',
            html`Danh sách không có ${ward.term.short} mã “${asked}”: đang xem ${group.name}.`,
          )
        : typed && !asked
          ? found.length === 0
            ? notice(
                'info',
                html`Không tìm thấy ${ward.term.short} nào có tên hoặc mã “${typed}”: đang xem ${group.name}.`,
              )
            : found.length > 1
              ? otherChoices(ward, c.slug, typed, found, group, kind)
              : ''
          : '';
    const names = choiceNames(ward);
    const groupField =
      ward.groups.length < GROUP_SEARCH_FROM
        ? html`<select id="p-group" name="group">${ward.groups.map(
            (g) =>
              html`<option value="${g.id}"${g.id === group.id ? ' selected' : ''}>${names.get(g.id) ?? g.name}</option>`,
          )}</select>`
        : html`<input id="p-group" name="find" type="search" list="p-groups" value="${names.get(group.id) ?? group.name}" autocomplete="off" aria-describedby="p-group-help">
<datalist id="p-groups">${ward.groups.map((g) => html`<option value="${names.get(g.id) ?? g.name}"></option>`)}</datalist>
<p class="help" id="p-group-help">Gõ vài chữ của tên hoặc mã ${ward.term.short} (cả thảy ${groupThousands(ward.groups.length)} ${ward.term.short}), rồi chọn trong danh sách hiện ra.</p>`;
    return html`${gone}<form method="get" action="/c/${c.slug}/preview" class="card preview-pick">
<div class="grid two">
<div><label for="p-group">${ward.term.Group}</label>
${groupField}</div>
<div><label for="p-kind">Văn bản</label>
<select id="p-kind" name="kind">${ward.listed.map(({ output: o }) => {
      const name = outputFileName(o);
      return html`<option value="${name}"${name === kind ? ' selected' : ''}>${labels.title(o)}</option>`;
    })}</select></div>
</div>
<div class="actions"><button type="submit">Xem</button></div>
</form>
<h2>${labels.title(output)} — ${group.name}</h2>
${pages}`;
  };

  /** The file or page asked for, once the campaign and its inputs load. */
  const document = async (req: FastifyRequest) => {
    const c = campaignOf(ctx, req);
    if (!c?.groups) return undefined;
    const ward = await previewer.previewWard(c).catch(() => undefined);
    const q = req.query as PreviewQuery;
    const group = ward?.group(q.group ?? '');
    const output = ward?.output(q.kind ?? '');
    return ward && group && output ? { ward, group, output } : undefined;
  };

  app.get('/c/:slug/preview', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    previewer.warmUp();
    const form = campaignForm(await readCampaignText(c.file));
    const name = campaignName(form, c);
    // The loaded inputs' word (kept by the previewer, which the panel loads anyway).
    const ward = c.groups ? await previewer.previewWard(c).catch(() => undefined) : undefined;
    const term = ward?.term ?? (await campaignTerm(form, c.groups));
    return sendPage(
      reply,
      page({
        title: `Xem trước: ${name}`,
        session: sessionOf(req),
        script: true,
        body: html`${campaignHeader(c.slug, name, 'preview', term, c.name)}
<section id="preview-panel" data-src="/c/${c.slug}/preview/panel" aria-live="polite">${await panel(c, req.query as PreviewQuery, form)}</section>`,
      }),
    );
  });

  app.get('/c/:slug/preview/panel', async (req, reply) => {
    const c = campaignOf(ctx, req);
    if (!c) return reply.callNotFound();
    const form = campaignForm(await readCampaignText(c.file));
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send((await panel(c, req.query as PreviewQuery, form)).text);
  });

  app.get(`/c/:slug/preview/${PREVIEW_PICTURE.file}`, async (req, reply) => {
    const d = await document(req);
    if (!d) return reply.callNotFound();
    const n = Number((req.query as PreviewQuery).page ?? '1');
    // A page that cannot be is not found for a HEAD either: a picture kind is its own one page.
    if (!Number.isInteger(n) || n < 1 || (d.output.kind.ext === 'png' && n !== 1))
      return reply.callNotFound();
    // Whether a PDF has that page is known only by drawing it: a HEAD is not told.
    if (isHead(req)) return headOnly(reply, pictureType(d.output));
    const picture = await previewer.page(d.ward, d.group.id, d.output, n);
    if (!picture) return reply.callNotFound();
    return reply
      .type(pictureType(d.output))
      .header('Cache-Control', 'private, max-age=3600')
      .send(Buffer.from(picture));
  });

  app.get('/c/:slug/preview/file', async (req, reply) => {
    const d = await document(req);
    if (!d) return reply.callNotFound();
    const name = labelsFor(d.ward.contextOf(d.group.id), d.ward.templateDir).fileName(d.output);
    if (isHead(req)) return headOnly(reply, fileType(d.output), name, 'inline');
    const file = await previewer.file(d.ward, d.group.id, d.output);
    return reply
      .type(file.mediaType)
      .header('Content-Disposition', contentDisposition(name, 'inline'))
      .send(Buffer.from(file.bytes));
  });
}
