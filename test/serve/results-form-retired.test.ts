/**
 * A leader's page opened before the office changed the campaign's measures (qa43 CRITICAL 1):
 * "Số người … | người" replaced by a count of households (a new measure), the leader then types
 * a figure in the old box and presses Lưu lại. The figure was dropped while the page said "Đã lưu
 * số liệu"; now nothing is stored, the answer (409) names the figure not saved and why, shows the
 * form of now with the new box, and the log says it. A box sent back as the page showed it is no
 * figure typed: the rest of the form saves. Real HTTP on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignKey } from '../../src/results/campaign-key.js';
import type { Measure } from '../../src/results/figures.js';
import { readHistory, readLatest, recordSubmission } from '../../src/results/results-store.js';
import type { ResultsService } from '../../src/serve/results-form.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { browserForm } from '../support/browser-form.js';
import { visible } from '../support/page-text.js';
import { makeTempDir, removeTempDirs } from '../support/tmp.js';
import { exampleWard, postFigures, startServer, type TestServer, tokenOf } from './server.js';

let store: Store;
let service: ResultsService & { measures: Measure[] };
const s = {} as TestServer;
const OLD_LABEL = 'Số người dân tham gia cuộc thi';
const NEW_LABEL = 'Số hộ tham gia cuộc thi';

beforeAll(async () => {
  const ward = await exampleWard();
  store = await openStore({ dataDir: await makeTempDir() });
  service = {
    db: store.db,
    campaign: campaignKey(ward.campaign),
    measures: [...ward.campaign.measures],
  };
  Object.assign(s, await startServer({ ward, results: service }));
  const group = ward.group('3');
  if (!group) throw new Error('the example has no group 3');
  await recordSubmission(
    store.db,
    { campaign: service.campaign, measures: service.measures },
    { group, values: { tham_gia: 300, chung_nhan: 100 }, source: 'leader' },
  );
});
afterAll(async () => {
  await s.app?.close();
  await store?.close();
  await removeTempDirs();
});

const pageOf = () => fetch(`${s.url}/g/${tokenOf('3')}/`).then((r) => r.text());

/** The office replaces the people line by a households one (a new measure), as "Vẫn lưu" does. */
function retirePeople() {
  service.measures = [
    ...service.measures.filter((m) => m.id !== 'tham_gia'),
    { id: 'ho_tham_gia', label: NEW_LABEL, of: 'households' } as Measure,
  ];
  service.retired = async () => new Map([['tham_gia', `${OLD_LABEL} | người`]]);
}

describe('a form made before the office changed the measures', () => {
  it('a figure typed in a box the campaign no longer has is not "Đã lưu": 409, named, logged, nothing stored', async () => {
    const seen = browserForm(await pageOf(), (f) => f.attribs.class === 'figures').fields;
    expect(seen.so_tham_gia).toBe('300');
    retirePeople();
    const sent = await postFigures(s.url, '3', { ...seen, so_tham_gia: '333' });
    const text = visible(sent.html);
    expect(sent.status).toBe(409);
    expect(text).not.toContain('Đã lưu số liệu');
    // Nothing saved, said first: a leader told of one figure read the rest as saved.
    expect(text).toContain(
      `Chưa lưu số nào. Văn phòng đã đổi các chỉ tiêu sau khi anh/chị mở trang này, nên số 333 ghi ở “${OLD_LABEL}” không còn chỉ tiêu để lưu. Biểu mẫu mới ở dưới vẫn giữ các số anh/chị vừa ghi: ghi lại theo các chỉ tiêu mới rồi bấm Lưu lại`,
    );
    // The form of now: the new box, not the old one.
    expect(sent.html).toContain(NEW_LABEL);
    expect(sent.html).not.toMatch(/name="so_tham_gia"/);
    // Nothing stored: the group's figure of the old measure is still 300, one submission.
    const history = await readHistory(store.db, service.campaign, '3');
    expect(history).toHaveLength(1);
    expect((await readLatest(store.db, service.campaign)).get('3')?.get('tham_gia')?.value).toBe(
      300,
    );
    expect(s.errors.some((l) => l.includes('tham_gia') && l.includes('333'))).toBe(true);
  });

  it('the old box sent back as shown adds nothing: the figure edited in another box is saved', async () => {
    const seen = browserForm(await pageOf(), (f) => f.attribs.class === 'figures').fields;
    // The old page's fields, as a page opened before the change sends them.
    const sent = await postFigures(s.url, '3', {
      ...seen,
      so_tham_gia: '300',
      so_chung_nhan: '120',
    });
    expect(sent.status).toBe(303);
    expect((await readLatest(store.db, service.campaign)).get('3')?.get('chung_nhan')?.value).toBe(
      120,
    );
  });

  it('the history names a figure of the measure taken out, not an empty entry', async () => {
    const text = visible(await pageOf());
    expect(text).toContain(`${OLD_LABEL} (chỉ tiêu đã bỏ) 300`);
  });
});
