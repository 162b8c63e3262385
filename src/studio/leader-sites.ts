/**
 * Studio: the leaders' pages of the campaigns the office has opened, served by the studio's own
 * process at `/p/<campaign>/g/<token>/`. Each open campaign is `serve`'s own server
 * (serve/app.ts `createServer`, its routes, headers, rate limits and tokens unchanged), handed the
 * requests under its prefix before the studio's app sees them, so no studio hook (the session,
 * the studio's body parsers) touches them and no leader needs a studio account. Its documents
 * are drawn in the preview's worker threads; figures go to the studio's store.
 *
 * The served inputs are a copy of the campaign's saved files (served-copy.ts), made when they
 * load: a save of the campaign or its groups is served from the next request on; a save that
 * does not load leaves the last good copy served — after a restart too — and the office's page
 * says why. Everything else under the prefix (a closed or unknown campaign, a campaign with no
 * version to serve) gets serve's own error pages, in the ward's words when it is known.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { LRUCache } from 'lru-cache';
import { isUserError } from '../errors.js';
import { leaderKey, renamedSince } from '../load/groups/same-names.js';
import type { Group } from '../load/types.js';
import { upperFirst } from '../model/format.js';
import type { GroupTerm } from '../model/group-term.js';
import { baseOf } from '../model/measure-base.js';
import { campaignKey } from '../results/campaign-key.js';
import { BARE_SECURITY_HEADERS, createServer, officeQrSheet, replaceInputs } from '../serve/app.js';
import { memoryCache } from '../serve/cache.js';
import { ASSETS, errorPage, readAsset, wardErrorPage } from '../serve/html.js';
import { groupLinks } from '../serve/links.js';
import type { OpenElsewhere } from '../serve/open-elsewhere.js';
import { rendererOver } from '../serve/renderer.js';
import { groupToken, NO_RENEWALS, type RenewedLinks } from '../serve/tokens.js';
import type { LeaderUpdate, ListThen } from '../serve/update-note.js';
import type { GroupLink } from '../serve/views.js';
import { groupDays, papersSaid } from '../serve/views.js';
import type { Ward } from '../serve/ward.js';
import type { Store } from '../store/open-store.js';
import { wardDay, wardTime } from '../ward-time.js';
import {
  type CampaignPaths,
  campaignExists,
  campaignPaths,
  campaignStillThere,
  isSlug,
} from './campaign-folders.js';
import { changedFieldKeys, changedFieldWords, fieldDigests } from './changed-fields.js';
import { answerClosed, answerStoppingForm, groupOfPath } from './closed-pages.js';
import { deletedPaths, deletedSecret, isDeletedSlug, listDeleted } from './deleted-campaigns.js';
import { leaderChanged, leaderMark } from './leader-marks.js';
import { recordLinksHanded } from './lost-links.js';
import { linkInside, refuseLinks } from './no-links.js';
import { KEPT_WARDS, type Previewer } from './preview.js';
import { unprintedOnly } from './prints-old.js';
import {
  changePublication,
  closePublication,
  openPublication,
  type Publication,
  publishedCacheDir,
  readPublication,
  type Sent,
  sentFollowing,
} from './publications.js';
import { retiredLines } from './retired-measures.js';
import { copySaved, lastCopy, pruneCopies, type ServedCopy } from './served-copy.js';
import { unfilledFields } from './unfilled.js';

/** The groups a publication gave a new link, as serve's tokens take them. */
const renewalsOf = (p: Publication): RenewedLinks =>
  new Map(Object.entries(p.renewed ?? {}).map(([id, r]) => [id, r.n]));

/** A campaign as its leaders' pages name it (views.ts `campaignName`). */
const nameOf = (c: Ward['campaign']): string =>
  c.title || c.contest?.name || upperFirst(c.notice.subject);

/** The prefix of a published campaign's pages. */
export const PUBLISHED_PREFIX = '/p/';
export const publishedRoot = (slug: string) => `${PUBLISHED_PREFIX}${slug}`;

export interface LeaderSitesOptions {
  dataDir: string;
  campaignsDir: string;
  store: Store;
  previewer: Previewer;
  /** The studio's public address: the pages' HSTS and the links the office hands out. */
  baseUrl?: string;
  trustProxy?: boolean;
  logError: (line: string) => void;
}

interface Site {
  app: FastifyInstance;
  /** The version served: a copy of the saved files that loaded. */
  served: ServedCopy;
  /** The saved files' ward (the preview's) the served copy was made from, if any. */
  source: Ward | undefined;
  /** A copy of newer saved files under way. */
  refreshing?: Promise<void>;
  /** The secret its tokens derive from: the publication file's when the site was made. */
  secret: string;
  /** The served copy's campaign text, as its digest (publications.ts `Sent.digest`). */
  digest: string;
  /** What changed since the papers first went out, for the leaders' pages; undefined: nothing. */
  update?: LeaderUpdate;
}

/** SHA-256 (base64url) of a campaign text. */
const digestOf = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/** The served copy's campaign.yaml (served-copy.ts). */
const copiedCampaign = (dir: string) => join(dir, 'campaign', 'campaign.yaml');

/** Each group's bases (measure id → its target, households…), by id: `Sent.bases`. */
const basesOf = (ward: Ward): Record<string, Record<string, number>> =>
  Object.fromEntries(
    ward.groups.map((g) => [
      g.id,
      Object.fromEntries(
        ward.campaign.measures.flatMap((m) => {
          const b = baseOf(g, m);
          return b === undefined ? [] : [[m.id, b]];
        }),
      ),
    ]),
  );

/** What the leaders are handed now: the record of publications.ts `Sent`. */
async function sentOf(
  ward: Ward,
  campaignText: string | Buffer,
  at: Date,
  secret: string,
): Promise<Sent> {
  const first = ward.groups[0];
  const papers = first ? papersSaid(ward, first.id) : { ends: null, notice: '' };
  // A `when` that prints the group's own columns ("{{group.[Ngày]}}") ends on each group's day:
  // kept per group, else every group whose day is not the first's would read "hạn mới".
  const ownDays = /\{\{/.test(ward.campaign.when);
  return {
    at: at.toISOString(),
    digest: digestOf(campaignText),
    ...papers,
    ...(ownDays && {
      endsBy: Object.fromEntries(ward.groups.map((g) => [g.id, papersSaid(ward, g.id).ends])),
    }),
    leaders: Object.fromEntries(ward.groups.map((g) => [g.id, leaderMark(secret, leaderKey(g))])),
    names: Object.fromEntries(ward.groups.map((g) => [g.id, g.name])),
    bases: basesOf(ward),
    fields: fieldDigests(String(campaignText)),
  };
}

/** What the leaders of an open campaign are served now. */
export interface Serving {
  ward: Ward;
  /** When the served version was copied from the office's saved files. */
  copiedAt: Date;
}

/**
 * A saved version with a value still to fill in ("(phòng phụ trách)") would head every leader's
 * page: it is not served, as opening the pages refuses it (qa7 E2); the last copy stays and the
 * office's tab says why (routes-leaders.ts).
 */
export const holdsUnfilled = (ward: Ward): boolean => unfilledFields(ward.warnings).length > 0;

/** Requests per minute and client on the leaders' pages: serve's default. */
const LEADER_RATE_LIMIT = 300;
/**
 * The documents' memory cache of all open campaigns together (the disk cache holds the rest): one
 * bound however many campaigns are open — 16 MB each made 24 open campaigns up to 384 MB.
 */
export const LEADER_CACHE_BYTES = 24 * 1024 * 1024;

export class LeaderSites {
  /** Open campaigns' publications, by slug (read from disk once, then kept in step). */
  private readonly open = new Map<string, Publication>();
  private readonly sites = new Map<string, Promise<Site>>();
  /**
   * The last ward served per campaign, kept when it closes: its error pages name the office. The
   * last few only (KEPT_WARDS): a closed or removed campaign's pages load theirs again.
   */
  private readonly lastWards = new LRUCache<string, Ward>({ max: KEPT_WARDS });
  /** Campaigns whose pages the office closed, with when and their links' secret (qa12 Q19). */
  private readonly closed = new Map<string, Publication>();
  /** Per open campaign, the groups given a new link (a new map on each change: serve's tokens follow). */
  private readonly renewals = new Map<string, RenewedLinks>();
  /** The open campaigns' documents in memory, shared (`LEADER_CACHE_BYTES`). */
  private readonly memory = memoryCache(LEADER_CACHE_BYTES);

  constructor(private readonly o: LeaderSitesOptions) {}

  /** The publication of `slug` (open or closed), if it was ever opened. */
  publication(slug: string): Promise<Publication | undefined> {
    return readPublication(this.o.dataDir, slug);
  }

  isOpen(slug: string): boolean {
    return this.open.has(slug);
  }

  /** When the office closed the campaign's pages (ISO), if they were opened and are closed now. */
  closedSince(slug: string): string | undefined {
    return this.open.has(slug) ? undefined : this.closed.get(slug)?.since || undefined;
  }

  /** Reads which campaigns are open: called once when the studio starts. */
  async start(): Promise<void> {
    const names = await readdir(this.o.campaignsDir).catch(() => [] as string[]);
    for (const slug of names) {
      if (!isSlug(slug)) continue;
      const p = await readPublication(this.o.dataDir, slug).catch(() => undefined);
      if (p?.open) this.open.set(slug, p);
      else if (p) this.closed.set(slug, p);
    }
  }

  /**
   * Opens the campaign's pages. Its inputs must load (the caller shows the problem otherwise):
   * the first leader must not be the one who finds the error.
   */
  async publish(c: CampaignPaths): Promise<Publication> {
    const ward = await this.o.previewer.ward(c);
    const now = new Date();
    let p = await openPublication(this.o.dataDir, c.slug, now);
    if (!p.sent) {
      // The links first handed out now: what the leaders get is recorded (publications.ts Sent).
      const sent = await sentOf(ward, await readFile(c.file), now, p.secret);
      p = (await changePublication(this.o.dataDir, c.slug, (q) => ({ ...q, sent }))) ?? p;
    }
    // The store remembers the links were handed out: a data folder moved without published/
    // says they are lost (lost-links.ts).
    await recordLinksHanded(
      this.o.store.db,
      campaignKey(ward.campaign),
      c.slug,
      p.sent?.at ?? p.since,
    );
    this.open.set(c.slug, p);
    this.closed.delete(c.slug);
    // The office's links are made from the file's secret: a site serving another one is stale.
    const running = await this.sites.get(c.slug)?.catch(() => undefined);
    if (running && running.secret !== p.secret) await this.closeSite(c.slug);
    // Made now, from the version just checked: a save that breaks the campaign before the first
    // leader comes leaves this one served.
    await this.current(c.slug);
    return p;
  }

  async stop(slug: string): Promise<void> {
    await closePublication(this.o.dataDir, slug);
    // Known closed before it is no longer open, in one step (qa45 F1): a leader's request never
    // finds the campaign neither, which answered "Không tìm thấy trang" (404) for the link.
    const p = await readPublication(this.o.dataDir, slug);
    if (p) this.closed.set(slug, p);
    this.open.delete(slug);
    await this.closeSite(slug);
    // Opening again needs saved files that load: no older copy is ever served after this.
    await pruneCopies(this.o.dataDir, slug);
    // Its documents' disk cache (~1 MB a group: qa27 F7) is drawn again when the pages reopen.
    // A document a leader's visit was still drawing may be written into it meanwhile (ENOTEMPTY:
    // the closing answered 500 in CI): tried again, and what is left only logged — the pages are
    // closed, a cache left behind costs disk, not correctness.
    await rm(publishedCacheDir(this.o.dataDir, slug), {
      recursive: true,
      force: true,
      maxRetries: 3,
    }).catch((e) =>
      this.o.logError(`cache of ${slug} not removed on closing: ${(e as Error)?.message ?? e}`),
    );
  }

  /**
   * The campaign is being deleted (moved to the deleted area, deleted-campaigns.ts): its pages
   * close, its copies and cache go; its publication moves with it (`record`, which moves the
   * folder and records who deleted it), and its last ward is kept, so that its links say the
   * campaign was removed, naming the office. Recorded first, then forgotten (qa45 F1): a
   * leader's request meanwhile is served as before, or told the campaign was removed (410),
   * never "Không tìm thấy trang" (404) for the slow steps after (the cache's removal).
   */
  async remove(slug: string, record: () => Promise<void>): Promise<void> {
    if (this.open.has(slug)) await closePublication(this.o.dataDir, slug);
    await record();
    this.open.delete(slug);
    this.closed.delete(slug);
    await this.closeSite(slug);
    await pruneCopies(this.o.dataDir, slug);
    await rm(publishedCacheDir(this.o.dataDir, slug), { recursive: true, force: true });
  }

  /** A deleted campaign was restored (its pages closed) or removed for good. */
  async restored(slug: string): Promise<void> {
    this.lastWards.delete(slug);
    const p = await readPublication(this.o.dataDir, slug).catch(() => undefined);
    if (p) this.closed.set(slug, p);
  }

  /**
   * The campaign's residents list was deleted or replaced: the copies served before hold the
   * list read then (personal data), and the documents cache its tracking sheets. An open
   * campaign's pages are served from the saved files now (when they load) and every other copy
   * goes, at once rather than with the next copy; the cache goes (its documents are drawn again).
   */
  async rostersChanged(slug: string): Promise<void> {
    if (this.open.has(slug)) {
      const site = await this.current(slug).catch(() => undefined);
      await pruneCopies(this.o.dataDir, slug, site ? [site.served.dir] : []);
    } else {
      await pruneCopies(this.o.dataDir, slug);
    }
    await rm(publishedCacheDir(this.o.dataDir, slug), { recursive: true, force: true });
  }

  /**
   * The campaign's groups list was replaced: the served copy holding the list before (its
   * leaders' names and phones) and the documents drawn from it go as for a residents list
   * (`rostersChanged`), and the record of what the leaders were handed follows the list now
   * (`sentFollowing`): a removed group forgotten, a leader kept as a mark only. Nothing to do
   * for a campaign whose pages were never opened (no record, no copy): the whole ward is not
   * loaded inside every upload. Run after the new list is in place, so a failure here is logged,
   * not answered as an upload that failed.
   */
  async groupsChanged(c: CampaignPaths): Promise<void> {
    try {
      const p = await readPublication(this.o.dataDir, c.slug);
      if (!p) return;
      await this.rostersChanged(c.slug);
      if (!p.sent) return;
      const ward = await this.o.previewer.ward(c).catch(() => undefined);
      if (ward) await this.sentFollows(c.slug, ward);
    } catch (e) {
      this.o.logError(
        `groups list of ${c.slug}: leaders' copy not followed: ${(e as Error)?.stack ?? e}`,
      );
    }
  }

  /** The record of what was handed out kept to `ward`'s groups (undefined: not changed). */
  private sentFollows(slug: string, ward: Ward): Promise<Publication | undefined> {
    let changed = false;
    return changePublication(this.o.dataDir, slug, (q) => {
      const sent = q.sent && sentFollowing(q.sent, ward.groups, q.secret);
      changed = sent !== undefined;
      return sent && { ...q, sent };
    }).then((p) => (changed ? p : undefined));
  }

  /**
   * The word for its groups of the ward the open campaign's leaders were last served, if it was
   * served since the studio started: known without loading or copying anything (a HEAD's name).
   */
  servedTerm(slug: string): GroupTerm | undefined {
    return this.open.has(slug) ? this.lastWards.get(slug)?.term : undefined;
  }

  /**
   * What the open campaign's leaders get now (the saved files when they load, else the last
   * copy that did), or undefined when they get an error page: closed, or no version loads.
   */
  async serving(slug: string): Promise<Serving | undefined> {
    if (!this.open.has(slug)) return undefined;
    const site = await this.current(slug).catch(() => undefined);
    return site && { ward: site.served.ward, copiedAt: site.served.copiedAt };
  }

  /** The office's sheet of codes of `links`, from the served version (drawn once, then kept). */
  async qrSheet(slug: string, links: readonly GroupLink[]): Promise<Uint8Array> {
    return officeQrSheet((await this.current(slug)).app, links);
  }

  /** Each group's link, in the ward's order, under `base` (the studio's address). */
  links(slug: string, ward: Ward, p: Publication, base: string): GroupLink[] {
    return groupLinks(
      ward.groups,
      p.secret,
      `${base.replace(/\/+$/, '')}${publishedRoot(slug)}`,
      renewalsOf(p),
    );
  }

  /**
   * What changed in the campaign the leaders are served since the links were first handed out
   * (undefined: nothing), and the served text's digest, for the leaders tab.
   */
  async changes(slug: string): Promise<{ update?: LeaderUpdate; digest: string } | undefined> {
    if (!this.open.has(slug)) return undefined;
    const site = await this.current(slug).catch(() => undefined);
    return site && { digest: site.digest, ...(site.update ? { update: site.update } : {}) };
  }

  /**
   * Gives each of `groups` a new link at once (its leader changed, qa26 F6; or the groups of one
   * person, whose pages link to each other, review46 #4): their older links answer that they
   * were replaced; their figures stay (they are kept by the group's id). Each group's leader now
   * is recorded as the one the link is for.
   */
  async renewLink(slug: string, groups: readonly { id: string; leader: string }[]): Promise<void> {
    const p = await changePublication(this.o.dataDir, slug, (q) => {
      const at = new Date().toISOString();
      const renewed = { ...q.renewed };
      const leaders = { ...q.sent?.leaders };
      for (const { id, leader } of groups) {
        renewed[id] = { n: (q.renewed?.[id]?.n ?? 0) + 1, at };
        leaders[id] = leaderMark(q.secret, leader);
      }
      return { ...q, renewed, ...(q.sent ? { sent: { ...q.sent, leaders } } : {}) };
    });
    if (p) this.renewals.set(slug, renewalsOf(p));
  }

  /** The office sent group `id`'s link to its new leader: the leader now is the one it has. */
  async leaderTold(slug: string, id: string, leader: string): Promise<void> {
    await changePublication(this.o.dataDir, slug, (q) =>
      q.sent
        ? {
            ...q,
            sent: { ...q.sent, leaders: { ...q.sent.leaders, [id]: leaderMark(q.secret, leader) } },
          }
        : undefined,
    );
  }

  /** The office told the leaders of the change to the campaign served as `digest`. */
  async leadersTold(slug: string, digest: string): Promise<void> {
    await changePublication(this.o.dataDir, slug, (q) => ({
      ...q,
      told: { at: new Date().toISOString(), digest },
    }));
  }

  /**
   * Answers every request under PUBLISHED_PREFIX and returns true (an open campaign's by its
   * server; the rest with serve's error pages); anything else is the studio's: false.
   */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '';
    if (!url.startsWith(PUBLISHED_PREFIX)) return false;
    const rest = url.slice(PUBLISHED_PREFIX.length);
    const slug = /^[^/?]*/.exec(rest)?.[0] ?? '';
    const path = rest.slice(slug.length);
    if (!this.open.has(slug) || !campaignExists(this.o.campaignsDir, slug)) {
      const closed = campaignExists(this.o.campaignsDir, slug) && this.closed.get(slug);
      if (closed) this.answerClosed(slug, closed, req, path, res);
      else if (isDeletedSlug(this.o.dataDir, slug)) this.answerRemoved(slug, req, path, res);
      else this.answerWithout(slug, path, 404, res);
      return true;
    }
    req.url = path.startsWith('/') ? path : `/${path}`;
    this.current(slug).then(
      (site) => site.app.routing(req, res),
      (e: unknown) => {
        // The office's tab says why (routes-leaders.ts): one line here, not a stack a request.
        this.o.logError(
          isUserError(e)
            ? `leader pages of ${slug} not served: no saved version loads (${e.message})`
            : `error on ${PUBLISHED_PREFIX}:campaign: ${(e as Error)?.stack ?? e}`,
        );
        this.answerWithout(slug, path, 500, res);
      },
    );
    return true;
  }

  /**
   * The other campaigns open for group `id` whose last day has not passed (qa47 m2), with the
   * group's page of each: a leader whose campaign is over, or whose pages the office closed, is
   * pointed to the one running — the links are per campaign, and the leader may have kept only
   * the old one. Matched by the group's id, the ward's own code for it, and only to the same
   * person: never when the open campaign's link of the group was renewed (the office cut a link
   * off there: the old link would hand its holder the new one), nor when the open campaign's
   * list names another leader or phone for that id (read49 #1). `from`: the group as the old
   * campaign lists it. `running`: this campaign's page is still in use; then those whose pages
   * first opened after this one's, each saying whether it `follows` this one (qa58b M1: đợt 1's
   * page, still running, took đợt 2's figures) or runs alongside it (rev58a #4), and those
   * opened before it that run alongside it (closing56: the later page said nothing of them) —
   * not one this campaign follows, which is over for the leader (its own page points here).
   * Each folder is looked for without blocking: a campaign deleted is gone from the next page.
   */
  async openElsewhere(
    slug: string,
    id: string,
    from?: Group,
    running = false,
  ): Promise<OpenElsewhere[]> {
    const today = wardDay();
    const found: OpenElsewhere[] = [];
    const mine = this.open.get(slug);
    const cutoff = running ? await this.lastDayOf(slug, id) : undefined;
    const myStart = running ? await this.firstDayOf(slug, id) : undefined;
    for (const [other, p] of this.open) {
      if (other === slug || !(await campaignStillThere(this.o.campaignsDir, other))) continue;
      const later = mine !== undefined && firstOpened(p) > firstOpened(mine);
      if (running && !mine) continue;
      const ward = (await this.serving(other).catch(() => undefined))?.ward;
      const group = ward?.group(id);
      if (!ward || !group) continue;
      const ends = papersSaid(ward, id).ends;
      if (ends !== null && ends < today) continue;
      const starts = groupDays(ward, id)?.starts;
      const n = (this.renewals.get(other) ?? renewalsOf(p)).get(id) ?? 0;
      if (n > 0 || !samePerson(from, group)) continue;
      if (running && !later) {
        // Opened before this one: said only when this one does not follow it.
        const before = await this.lastDayOf(other, id);
        if (myStart !== undefined && before !== undefined && myStart > before) continue;
      }
      found.push({
        title: nameOf(ward.campaign),
        groupName: group.name,
        href: `${publishedRoot(other)}/g/${groupToken(p.secret, id, n)}/`,
        follows: later && cutoff !== undefined && starts !== undefined && starts > cutoff,
        begun: starts !== undefined && starts <= today,
      });
    }
    return found;
  }

  /** Group `id`'s first day in campaign `slug` (YYYY-MM-DD); undefined when not known. */
  private async firstDayOf(slug: string, id: string): Promise<string | undefined> {
    const ward = (await this.serving(slug).catch(() => undefined))?.ward;
    return ward?.group(id) ? groupDays(ward, id)?.starts : undefined;
  }

  /**
   * Group `id`'s last day in campaign `slug` or the campaign's report deadline, the earlier
   * (YYYY-MM-DD); undefined when neither is known. A campaign starting after it follows this one.
   */
  private async lastDayOf(slug: string, id: string): Promise<string | undefined> {
    const ward = (await this.serving(slug).catch(() => undefined))?.ward;
    if (!ward?.group(id)) return undefined;
    const days = [groupDays(ward, id)?.ends, ward.campaign.report?.deadline].filter(
      (d): d is string => typeof d === 'string',
    );
    return days.sort()[0];
  }

  /**
   * A request under PUBLISHED_PREFIX while the studio stops: the ward's "try again" page (503),
   * nothing of it done; true. Anything else is the studio's to answer: false.
   */
  answerStopping(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '';
    if (!url.startsWith(PUBLISHED_PREFIX)) return false;
    const rest = url.slice(PUBLISHED_PREFIX.length);
    const slug = /^[^/?]*/.exec(rest)?.[0] ?? '';
    const path = rest.slice(slug.length);
    const ward = this.lastWards.get(slug);
    // A figures form (a group's page): its figures listed on the page, not lost (qa45).
    if (req.method === 'POST' && ward && /^\/g\/[^/?#]+/.test(path)) {
      answerStoppingForm(req, res, ward, `${publishedRoot(slug)}/assets/`).catch((e: unknown) => {
        this.o.logError(`stopping page of ${slug}: ${(e as Error)?.stack ?? e}`);
        this.answerWithout(slug, path, 503, res);
      });
      return true;
    }
    this.answerWithout(slug, path, 503, res);
    return true;
  }

  /**
   * A leader's page of a campaign the office closed: "closed at …, call …" (410), with the
   * figures of a form posted to it (closed-pages.ts). Its ward is the last served, or after a
   * restart the saved files'; a path that is no group's page, or a ward that does not load, gets
   * the 404 as before.
   */
  private answerClosed(
    slug: string,
    p: Publication,
    req: IncomingMessage,
    path: string,
    res: ServerResponse,
  ): void {
    const known = this.lastWards.get(slug);
    const ward = known
      ? Promise.resolve(known)
      : this.o.previewer.ward(campaignPaths(this.o.campaignsDir, slug)).catch(() => undefined);
    ward.then(
      async (w) => {
        const id = w && groupOfPath(path, w, p.secret, renewalsOf(p));
        if (!w || id === undefined) {
          this.answerWithout(slug, path, 404, res, w);
          return;
        }
        this.lastWards.set(slug, w);
        const elsewhere = await this.openElsewhere(slug, id, w.group(id));
        const assets = `${publishedRoot(slug)}/assets/`;
        await answerClosed(req, res, w, new Date(p.since), assets, false, elsewhere);
      },
      (e: unknown) => {
        this.o.logError(`closed page of ${slug}: ${(e as Error)?.stack ?? e}`);
        this.answerWithout(slug, path, 500, res);
      },
    );
  }

  /**
   * A leader's page of a campaign the office deleted (kept for restoring, deleted-campaigns.ts):
   * "removed by the office at …, call …" (410), with the figures of a form posted to it. Its
   * ward is the last served, or the deleted folder's; a path that is no group's page of its
   * links gets the 404.
   */
  private answerRemoved(
    slug: string,
    req: IncomingMessage,
    path: string,
    res: ServerResponse,
  ): void {
    const d = this.o.dataDir;
    const known = this.lastWards.get(slug);
    const found = Promise.all([
      known ??
        // A deleted folder holding a link is not read (no-links.ts): the plain 404.
        (linkInside(deletedPaths(d, slug).folder)
          ? undefined
          : this.o.previewer.previewWard(deletedPaths(d, slug)).catch(() => undefined)),
      deletedSecret(d, slug),
      listDeleted(d).then((all) => all.find((x) => x.slug === slug)),
    ]);
    found.then(
      async ([w, secret, entry]) => {
        const id = w && secret && groupOfPath(path, w, secret);
        if (!w || !entry || !id) {
          this.answerWithout(slug, path, 404, res, w);
          return;
        }
        this.lastWards.set(slug, w);
        const elsewhere = await this.openElsewhere(slug, id, w.group(id));
        const assets = `${publishedRoot(slug)}/assets/`;
        await answerClosed(req, res, w, entry.deletedAt, assets, true, elsewhere);
      },
      (e: unknown) => {
        this.o.logError(`removed page of ${slug}: ${(e as Error)?.stack ?? e}`);
        this.answerWithout(slug, path, 500, res);
      },
    );
  }

  /**
   * A leader's request no campaign server answers: serve's error page of `status`, naming the
   * campaign's office when the studio has served it, with its style sheet (answered here too).
   */
  private answerWithout(
    slug: string,
    path: string,
    status: number,
    res: ServerResponse,
    ward = this.lastWards.get(slug),
  ): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const asset = /^\/assets\/([^/?]+)(?:\?.*)?$/.exec(path)?.[1];
    // Own keys only: "constructor" is a key of every object, and reading that file threw.
    const type = asset && Object.hasOwn(ASSETS, asset) ? ASSETS[asset] : undefined;
    if (asset && type && isSlug(slug)) {
      res.writeHead(200, {
        ...BARE_SECURITY_HEADERS,
        'Content-Type': type,
        'Cache-Control': 'public, max-age=3600',
      });
      res.end(readAsset(asset, ward?.templateDir));
      return;
    }
    const assets = `${isSlug(slug) ? publishedRoot(slug) : ''}/assets/`;
    res.writeHead(status, { ...BARE_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(
      ward ? wardErrorPage(status, ward, assets) : errorPage(status, undefined, undefined, assets),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.sites.keys()].map((slug) => this.closeSite(slug)));
  }

  private async closeSite(slug: string): Promise<void> {
    const site = this.sites.get(slug);
    this.sites.delete(slug);
    await (await site?.catch(() => undefined))?.app.close();
  }

  /** The saved files' ward, as the preview loads it, or what is wrong with them. */
  private async saved(c: CampaignPaths): Promise<{ ward: Ward } | { problem: unknown }> {
    try {
      return { ward: await this.o.previewer.ward(c) };
    } catch (problem) {
      return { problem };
    }
  }

  /** The campaign's server, with the saved files' version when they load. */
  private async current(slug: string): Promise<Site> {
    refuseLinks(join(this.o.campaignsDir, slug), `campaigns/${slug}`);
    const c = campaignPaths(this.o.campaignsDir, slug);
    let site = this.sites.get(slug);
    if (!site) {
      site = this.createSite(c);
      site.catch(() => this.sites.delete(slug));
      this.sites.set(slug, site);
      return site;
    }
    const s = await site;
    // Saved files that do not load, or hold a value to fill in, leave the last good copy served
    // (the office's tab says so).
    const saved = await this.saved(c);
    if ('ward' in saved && saved.ward !== s.source && !holdsUnfilled(saved.ward)) {
      s.refreshing ??= this.refresh(s, c, saved.ward).finally(() => {
        s.refreshing = undefined;
      });
      await s.refreshing;
    }
    return s;
  }

  /** Serves a copy of the saved files (`source` loaded from them), if the copy loads too. */
  private async refresh(s: Site, c: CampaignPaths, source: Ward): Promise<void> {
    try {
      const copy = await copySaved(this.o.dataDir, c);
      const before = s.served;
      s.served = copy;
      this.lastWards.set(c.slug, copy.ward);
      await this.noteChanges(s, c, copy);
      replaceInputs(s.app, copy.ward, rendererOver(copy.ward, this.o.previewer.documentPool()));
      // The copy replaced may still be read by requests under way: it goes with the next one.
      await pruneCopies(this.o.dataDir, c.slug, [copy.dir, before.dir]);
    } catch (e) {
      // Saved again, not loading, between the preview's load and the copy: the last one stays.
      if (!isUserError(e)) this.o.logError(`copy of ${c.slug}: ${(e as Error)?.stack ?? e}`);
    } finally {
      s.source = source;
    }
  }

  private async createSite(c: CampaignPaths): Promise<Site> {
    // The secret the office's links are made from (routes-leaders reads the same file).
    const p = await readPublication(this.o.dataDir, c.slug);
    if (!p?.open) throw new Error('campaign not open');
    // The saved files when they load (copied), else the last copy that did (a restart after a
    // save that does not load), else no version: the saved files' problem.
    const saved = await this.saved(c);
    const usable = 'ward' in saved && !holdsUnfilled(saved.ward);
    const fresh = usable ? await copySaved(this.o.dataDir, c).catch(() => undefined) : undefined;
    const served = fresh ?? (await lastCopy(this.o.dataDir, c.slug));
    if (!served) {
      if ('problem' in saved) throw saved.problem;
      throw new Error(
        usable ? 'the copy does not load' : 'the saved campaign holds a value to fill in',
      );
    }
    const ward = served.ward;
    this.lastWards.set(c.slug, ward);
    this.renewals.set(c.slug, renewalsOf(p));
    const site: Omit<Site, 'app'> = { served, source: undefined, secret: p.secret, digest: '' };
    await this.noteChanges(site, c, served);
    const app = await createServer({
      ward,
      secret: p.secret,
      renewed: () => this.renewals.get(c.slug) ?? NO_RENEWALS,
      update: () => site.update,
      elsewhere: (id, newer) => this.openElsewhere(c.slug, id, ward.group(id), newer),
      renderer: rendererOver(ward, this.o.previewer.documentPool()),
      cacheDir: publishedCacheDir(this.o.dataDir, c.slug),
      memoryCache: this.memory,
      baseUrl: this.o.baseUrl,
      rateLimit: LEADER_RATE_LIMIT,
      trustProxy: this.o.trustProxy,
      results: {
        db: this.o.store.db,
        campaign: campaignKey(ward.campaign),
        measures: ward.campaign.measures,
        retired: () => retiredLines(c.folder),
      },
      basePath: publishedRoot(c.slug),
      logError: this.o.logError,
    });
    await app.ready();
    await pruneCopies(this.o.dataDir, c.slug, [served.dir]);
    site.source = fresh && usable ? saved.ward : undefined;
    return Object.assign(site, { app });
  }

  /**
   * The served copy's digest, and what changed since the links were first handed out (qa26 F4):
   * a campaign text other than the one recorded then, on the day the office last saved it (as
   * the build tab's "Tệp in cũ" is dated). Pages opened by an older studio record it now.
   */
  private async noteChanges(
    s: Omit<Site, 'app'>,
    c: CampaignPaths,
    copy: ServedCopy,
  ): Promise<void> {
    const text = await readFile(copiedCampaign(copy.dir));
    s.digest = digestOf(text);
    let p = await readPublication(this.o.dataDir, c.slug);
    if (p && !p.sent) {
      const sent = await sentOf(copy.ward, text, new Date(), p.secret);
      p = await changePublication(this.o.dataDir, c.slug, (q) =>
        q.sent ? undefined : { ...q, sent },
      );
    }
    // The record follows the list served: its removed groups and any leader's name go.
    p = (await this.sentFollows(c.slug, copy.ward)) ?? p;
    const sent = p?.sent;
    const list = sent && p && (await listThenOf(sent, copy.ward, c, p.secret));
    // Only "Hạn báo cáo" changed: no paper nor message did, and the page's form says the new
    // day; the leader is not told to print and send again (qa58b M4).
    const changed = sent?.fields ? changedFieldKeys(sent.fields, text.toString()) : [];
    const campaign = sent !== undefined && sent.digest !== s.digest && !unprintedOnly(changed);
    if (!sent || (!campaign && !list)) {
      s.update = undefined;
      return;
    }
    const savedAt = campaign
      ? await stat(c.file).then(
          (st) => st.mtimeMs,
          () => copy.copiedAt.getTime(),
        )
      : undefined;
    s.update = {
      on: savedAt === undefined ? (list?.on ?? wardDay(copy.copiedAt.getTime())) : wardDay(savedAt),
      // The time of day too (qa49 M3): two corrections of one evening read apart, and papers
      // printed an hour before the second are old by its sentence.
      ...(savedAt !== undefined && { at: wardTime(new Date(savedAt)).slice(11) }),
      ...(campaign && sent.fields && { what: changedFieldWords(sent.fields, text.toString()) }),
      first: {
        ends: sent.ends,
        notice: sent.notice,
        ...(sent.endsBy && { endsBy: sent.endsBy }),
      },
      campaign,
      ...(list && { list }),
    };
  }
}

/**
 * What the groups list said then of the groups it changed since the links were first handed out
 * (a name, a leader, a target: qa26), with the day the list was saved; undefined when it changed
 * none of them (or the record is an older studio's, without them).
 */
async function listThenOf(
  sent: Sent,
  ward: Ward,
  c: CampaignPaths,
  secret: string,
): Promise<ListThen | undefined> {
  // Each tổ's leader compared once (an HMAC each: ~3,000 for a big ward), not per use.
  const leaderNew = new Set(
    ward.groups.filter((g) => leaderChanged(secret, sent.leaders[g.id], g)).map((g) => g.id),
  );
  const changedLeader = (g: Ward['groups'][number]) => leaderNew.has(g.id);
  const bases = sent.bases ? basesOf(ward) : undefined;
  const same = (a: Record<string, number> | undefined, b: Record<string, number> | undefined) =>
    JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
  const changed = ward.groups.some(
    (g) =>
      renamedSince(sent, g) ||
      changedLeader(g) ||
      (sent.bases?.[g.id] !== undefined && !same(sent.bases[g.id], bases?.[g.id])),
  );
  if (!changed) return undefined;
  const savedAt = c.groups
    ? await stat(c.groups).then(
        (st) => st.mtimeMs,
        () => Date.now(),
      )
    : Date.now();
  return {
    on: wardDay(savedAt),
    ...(sent.names && { names: sent.names }),
    // As the leader page compares them (newLeaderSince): a group's leader now when unchanged,
    // else the mark, which is no one's name (and no page names the leader before).
    leaders: Object.fromEntries(
      ward.groups.flatMap((g) => {
        const kept = sent.leaders[g.id];
        if (kept === undefined) return [];
        return [[g.id, changedLeader(g) ? kept : leaderKey(g)]];
      }),
    ),
    ...(sent.bases && { bases: sent.bases }),
  };
}

/**
 * The same leader in two lists of a group: a name or phone either list gives must match the
 * other's (spaces, case and the phone's punctuation aside); a list giving neither matches.
 */
function samePerson(a: Group | undefined, b: Group): boolean {
  const name = (s?: string) =>
    s?.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
  const phone = (s?: string) => s?.replace(/\D/g, '');
  const differs = (x?: string, y?: string) => Boolean(x && y && x !== y);
  return !differs(name(a?.leader), name(b.leader)) && !differs(phone(a?.phone), phone(b.phone));
}

/** When a campaign's pages first opened (its `sent` record), else last opened: ISO, comparable. */
const firstOpened = (p: Publication): string => p.sent?.at ?? p.since;
