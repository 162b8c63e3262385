/**
 * The leader's figures route takes a form only (qa32 m7): the same fields sent as JSON or as
 * plain text are refused with 415 and nothing is saved, while the form's own POST saves. What is
 * saved is read where the leader reads it: the group's page.
 */
import { describe, expect, it } from 'vitest';
import { browserForm } from '../support/browser-form.js';
import { exampleResultsServer, postFigures, tokenOf } from './server.js';

const { s } = exampleResultsServer();

/** Group `id`'s page as text, its tags dropped. */
const pageText = async (id: string) =>
  (await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text()).replace(/<[^>]+>/g, '');

/** The fields group `id`'s form of figures sends as the browser sends them. */
const formFields = async (id: string) =>
  browserForm(
    await (await fetch(`${s.url}/g/${tokenOf(id)}/`)).text(),
    (f) => f.attribs.class === 'figures',
  ).fields;

describe("the leader's figures route", () => {
  it('refuses the form sent as JSON or as plain text, saving nothing', async () => {
    const fields = { ...(await formFields('1')), so_tham_gia: '11' };
    const bodies = {
      'application/json': JSON.stringify(fields),
      'text/plain': new URLSearchParams(fields).toString(),
    };
    for (const [type, body] of Object.entries(bodies)) {
      const res = await fetch(`${s.url}/g/${tokenOf('1')}/ket-qua`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': type },
        body,
      });
      expect(res.status, type).toBe(415);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
    expect(await pageText('1')).not.toMatch(/Đã lưu: 11\b/);
  });

  it('saves the same fields sent as the form', async () => {
    const fields = { ...(await formFields('1')), so_tham_gia: '11' };
    expect((await postFigures(s.url, '1', fields)).status).toBe(303);
    expect(await pageText('1')).toMatch(/Đã lưu: 11\b/);
  });
});
