/**
 * When the optimizer form has problems, then the page lists them and marks each beside its field (groups, the
 * conditional's count, a player's exposure), keeping what was typed; a valid group reaches the stored rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedSlate, type SeededSlate } from './seed-slate.js';

let h: WebHarness;
let seeded: SeededSlate;

beforeAll(async () => {
  h = await startWebHarness();
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
});
afterAll(async () => {
  await h?.stop();
});

describe('optimizer form problems by field', () => {
  it('when a group has a bound but no players and an exposure is not a percentage, then each shows beside its field', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    expect(page.text).toContain('name="group1Min"');
    expect(page.text).toContain(`name="grp_${seeded.players[0]!.sitePlayerId}"`);
    const id = seeded.players[1]!.sitePlayerId;
    const res = await agent.post(`/slates/${seeded.slateId}/optimize`).type('form')
      .send({ _csrf: csrfFrom(page.text), lineups: '3', group2Min: '1', [`pmax_${id}`]: '140', stack: 'QB WR' }).expect(400);
    expect(res.text).toContain('<li>group 2: pick its players in the G column</li>');
    expect(res.text).toMatch(/name="group2Min"[^>]*value="1"[^>]*aria-invalid="true" aria-describedby="err-group2Min"/);
    expect(res.text).toContain('<span class="field-error" id="err-group2Min">pick its players in the G column</span>');
    expect(res.text).toMatch(new RegExp(`name="pmax_${id}"[^>]*aria-invalid="true"`));
    expect(res.text).toMatch(/name="stack" value="QB WR"/);
    expect(await h.t.db.lineupSet.count()).toBe(0);
  });

  it('when players are grouped with a max, then the stored rules hold the group and the set\'s rules read it', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}/optimize`).expect(200);
    const [a, b] = seeded.players;
    const res = await agent.post(`/slates/${seeded.slateId}/optimize`).type('form')
      .send({ _csrf: csrfFrom(page.text), lineups: '2', [`grp_${a!.sitePlayerId}`]: '1', [`grp_${b!.sitePlayerId}`]: '1', group1Max: '1' }).expect(303);
    const setId = Number(/lineupSet=(\d+)/.exec(res.headers.location as string)![1]);
    const set = await h.t.db.lineupSet.findUniqueOrThrow({ where: { id: setId } });
    expect((set.rules as { groups: unknown }).groups).toEqual([{ name: 'group 1', players: [a!.sitePlayerId, b!.sitePlayerId], max: 1 }]);
    const shown = await agent.get(`/slates/${seeded.slateId}/optimize?lineupSet=${setId}`).expect(200);
    expect(shown.text).toContain(`Group 1: at most 1 of ${a!.name}, ${b!.name}`);
    expect(shown.text).toMatch(new RegExp(`name="grp_${a!.sitePlayerId}"[^>]*><option value="">·</option><option selected>1</option>`));
  });
});
