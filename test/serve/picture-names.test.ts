/**
 * The pictures a leader's page shows (each document's thumbnail, each page of its page-by-page
 * view, and each page alone, larger): the address's extension, the Content-Type and the name a
 * phone saves it under all say what the bytes are (qa36 F8: PNG bytes at `….preview.jpg` and
 * `….page-1.jpg`, saved as "….jpg" by a long press, which some Android galleries and Zalo refuse).
 * Here where the studio publishes them (/p/<campaign>/…); where `serve` does: pages.test.ts,
 * with the server that file already has (its documents drawn once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, studioWithExample, type TestStudio } from '../studio/studio.js';
import { removeTempDirs } from '../support/tmp.js';
import { expectPicturesNamedForWhatTheyAre, pictureAddresses } from './picture-checks.js';

describe('studio: the pictures of a leader’s page it publishes', () => {
  let s: TestStudio;
  let office: Client;
  beforeAll(async () => {
    ({ s, c: office } = await studioWithExample({}, 'hai-phong', undefined, { groups: 2 }));
  });
  afterAll(async () => {
    await s.close();
    await removeTempDirs();
  });

  it('are named for the format their bytes are, in address, type and download name', async () => {
    expect(
      (await office.post('/c/hai-phong/leaders/open', {}, '/c/hai-phong/leaders')).status,
    ).toBe(303);
    const tab = await office.get('/c/hai-phong/leaders');
    const link = /\/p\/hai-phong\/g\/[A-Za-z0-9_-]{22}\//.exec(tab.text)?.[0] ?? '';
    expect(link).not.toBe('');
    await expectPicturesNamedForWhatTheyAre(s.url, await pictureAddresses(s.url, link));
  });
});
