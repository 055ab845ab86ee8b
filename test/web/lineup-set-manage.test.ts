/**
 * When a user manages lineup sets on the optimizer page, then a set can be renamed, compared with another and
 * deleted once finished; another user can do none of it (404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedLineupSet, seedSlate, type SeededSlate } from './seed-slate.js';

let h: WebHarness;
let seeded: SeededSlate;
let first: number;
let second: number;

beforeAll(async () => {
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  first = await seedLineupSet(h.t.db, seeded, h.user.id);
  second = await seedLineupSet(h.t.db, seeded, h.user.id);
  // The second set swaps Josh Allen's lineup for Lamar Jackson's side of things: one lineup differs.
  const lamar = seeded.players.find((p) => p.name === 'Lamar Jackson')!;
  const allen = seeded.players.find((p) => p.name === 'Josh Allen')!;
  const lineup = await h.t.db.lineup.findFirstOrThrow({ where: { lineupSetId: second, index: 2 } });
  await h.t.db.lineupPlayer.updateMany({ where: { lineupId: lineup.id, slatePlayerId: allen.id }, data: { slatePlayerId: lamar.id } });
});
afterAll(async () => {
  await h?.stop();
});

describe('lineup set management', () => {
  it('when a set is renamed, then the list shows its name; another user gets 404', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize?lineupSet=${first}`).expect(200);
    const csrf = csrfFrom(page.text);
    await agent.post(`/slates/${seeded.slateId}/optimize/${first}/rename`).type('form').send({ _csrf: csrf, name: 'Chalk <fade>' }).expect(303);
    const after = await agent.get(`/slates/${seeded.slateId}/optimize?lineupSet=${first}`).expect(200);
    expect(after.text).toContain(`#${first} Chalk &lt;fade&gt;</a>`);
    const other = await signedIn(h.baseUrl, h.admin.email);
    const otherPage = await other.get('/uploads').expect(200);
    await other.post(`/slates/${seeded.slateId}/optimize/${first}/rename`).type('form').send({ _csrf: csrfFrom(otherPage.text), name: 'mine now' }).expect(404);
    expect((await h.t.db.lineupSet.findUniqueOrThrow({ where: { id: first } })).name).toBe('Chalk <fade>');
  });

  it('when two sets are compared, then averages and the players whose exposure differs most come first', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize/compare?a=${first}&b=${second}`).expect(200);
    const players = [...page.text.matchAll(/<tr><td>([^<]+)<\/td><td class="num">(\d+%)<\/td><td class="num">(\d+%)<\/td>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(players.slice(0, 2)).toEqual([['Josh Allen (BUF)', '50%', '0%'], ['Lamar Jackson (BAL)', '0%', '50%']]);
    expect(page.text).toContain('1 lineup of #');
  });

  it('when a finished set is deleted, then it and its lineups are gone; a running set is refused', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize?lineupSet=${second}`).expect(200);
    await h.t.db.lineupSet.update({ where: { id: second }, data: { status: 'running' } });
    await agent.post(`/slates/${seeded.slateId}/optimize/${second}/delete`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(409);
    await h.t.db.lineupSet.update({ where: { id: second }, data: { status: 'done' } });
    await agent.post(`/slates/${seeded.slateId}/optimize/${second}/delete`).type('form').send({ _csrf: csrfFrom(page.text) }).expect(303);
    expect(await h.t.db.lineupSet.findUnique({ where: { id: second } })).toBeNull();
    expect(await h.t.db.lineup.count({ where: { lineupSetId: second } })).toBe(0);
  });
});
