/**
 * Inline projection edits: through the API (PUT /api/v1/projection-sets/:id/projections/:slatePlayerId) and the
 * pool's form (POST /slates/:id/projections). The first edit copies the set on screen into a user edit set; later
 * edits change that set in place; the source set never changes; the optimizer and a simulation accept the set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfFrom, signedIn, startWebHarness, type WebHarness } from './web-harness.js';
import { seedSlate, type SeededSlate } from './seed-slate.js';

let h: WebHarness;
let seeded: SeededSlate;
let allen: { id: number; name: string };

beforeAll(async () => {
  // backend-api: the API's PUT answers beside the dashboard (one session, one CSRF token for both).
  h = await startWebHarness(['backend-api']);
  seeded = await seedSlate(h.t.db, { userId: h.user.id });
  allen = seeded.players.find((p) => p.name === 'Josh Allen')!;
});
afterAll(async () => {
  await h?.stop();
});

const projectionOf = (setId: number, slatePlayerId: number) =>
  h.t.db.projection.findUniqueOrThrow({ where: { projectionSetId_slatePlayerId: { projectionSetId: setId, slatePlayerId } } });

describe('projection edits through the API', () => {
  it('when a user edits a shared set, then a new edit set of theirs holds the change with its shape kept, and the source is untouched', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const csrf = csrfFrom((await agent.get('/uploads').expect(200)).text);
    const url = `/api/v1/projection-sets/${seeded.projectionSetId}/projections/${allen.id}`;
    await agent.put(url).send({ mean: 30 }).expect(403);
    const before = await projectionOf(seeded.projectionSetId, allen.id);
    const res = await agent.put(url).set('X-CSRF-Token', csrf).send({ mean: 30 }).expect(201);
    expect(res.body).toMatchObject({ created: true, slatePlayerIds: [allen.id], mean: 30 });
    const editId = res.body.projectionSetId as number;
    const set = await h.t.db.projectionSet.findUniqueOrThrow({ where: { id: editId } });
    expect(set).toMatchObject({ userId: h.user.id, source: 'edit', name: 'Sim 10k · edited', slateId: seeded.slateId });
    expect(await h.t.db.projection.count({ where: { projectionSetId: editId } })).toBe(seeded.players.length);
    const edited = await projectionOf(editId, allen.id);
    const ratio = 30 / before.mean;
    expect(edited.mean).toBe(30);
    expect(edited.sd).toBeCloseTo(before.sd! * ratio, 6);
    expect(edited.p90).toBeCloseTo(before.p90! * ratio, 6);
    expect(edited.boomProb).toBeNull();
    expect(await projectionOf(seeded.projectionSetId, allen.id)).toEqual(before);
    const other = seeded.players.find((p) => p.name === 'Lamar Jackson')!;
    expect((await projectionOf(editId, other.id)).mean).toBe((await projectionOf(seeded.projectionSetId, other.id)).mean);

    // Editing the edit set changes it in place: mean and sd move and stretch the distribution.
    const again = await agent.put(`/api/v1/projection-sets/${editId}/projections/${allen.id}`).set('X-CSRF-Token', csrf).send({ mean: 28, sd: 5 }).expect(200);
    expect(again.body).toMatchObject({ projectionSetId: editId, created: false, sd: 5 });
    const moved = await projectionOf(editId, allen.id);
    expect(moved.p90).toBeCloseTo(28 + (edited.p90! - 30) * (5 / edited.sd!), 6);
  });

  it('when the body or the ids are wrong, or the set is another user\'s, then 400 naming the field or 404', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const csrf = csrfFrom((await agent.get('/uploads').expect(200)).text);
    const bad = await agent.put(`/api/v1/projection-sets/${seeded.projectionSetId}/projections/${allen.id}`).set('X-CSRF-Token', csrf).send({ mean: -3 }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('mean');
    await agent.put(`/api/v1/projection-sets/${seeded.projectionSetId}/projections/999999`).set('X-CSRF-Token', csrf).send({ mean: 3 }).expect(404);
    const mine = await h.t.db.projectionSet.findFirstOrThrow({ where: { userId: h.user.id, source: 'edit' } });
    const admin = await signedIn(h.baseUrl, h.admin.email);
    const adminCsrf = csrfFrom((await admin.get('/uploads').expect(200)).text);
    await admin.put(`/api/v1/projection-sets/${mine.id}/projections/${allen.id}`).set('X-CSRF-Token', adminCsrf).send({ mean: 3 }).expect(404);
  });

  it('when the set stores draws, then the copy\'s draws of the edited row are rescaled (boom/bust recounted) and the others copied', async () => {
    const rows = await h.t.db.slatePlayer.findMany({ where: { slateId: seeded.slateId }, orderBy: { id: 'asc' } });
    const drawCount = 100;
    // Row i draws 0, 1, ..., 99 (+ i): Allen's row mean is 49.5 + its index.
    const values = new Float32Array(rows.length * drawCount).map((_, k) => (k % drawCount) + Math.floor(k / drawCount));
    const sim = await h.t.db.projectionSet.create({
      data: { slateId: seeded.slateId, name: 'Sim with draws', source: 'simulation', drawCount, drawBlocks: { create: [{ rowStart: 0, rowCount: rows.length, payload: new Uint8Array(values.buffer) }] } },
    });
    const index = rows.findIndex((r) => r.id === allen.id);
    await h.t.db.projection.createMany({ data: rows.map((r, i) => ({ projectionSetId: sim.id, slatePlayerId: r.id, mean: 49.5 + i, sd: 29 })) });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const csrf = csrfFrom((await agent.get('/uploads').expect(200)).text);
    const res = await agent.put(`/api/v1/projection-sets/${sim.id}/projections/${allen.id}`).set('X-CSRF-Token', csrf).send({ mean: (49.5 + index) * 2 }).expect(201);
    const blocks = await h.t.db.projectionDrawBlock.findMany({ where: { projectionSetId: res.body.projectionSetId } });
    expect(blocks).toHaveLength(1);
    const copy = new Float32Array(new Uint8Array(blocks[0]!.payload).buffer);
    for (let i = 0; i < rows.length; i++) {
      const first = copy[i * drawCount]!;
      const last = copy[i * drawCount + drawCount - 1]!;
      if (i === index) expect([first, last]).toEqual([index * 2, (99 + index) * 2]);
      else expect([first, last]).toEqual([i, 99 + i]);
    }
    // Allen's salary is 8,200: boom is 41+ points, bust under 16.4.
    const edited = await projectionOf(res.body.projectionSetId, allen.id);
    const scaled = Array.from({ length: drawCount }, (_, d) => (d + index) * 2);
    expect(edited.boomProb).toBeCloseTo(scaled.filter((x) => x >= 41).length / drawCount, 6);
    expect(edited.bustProb).toBeCloseTo(scaled.filter((x) => x < 16.4).length / drawCount, 6);
    expect((await h.t.db.projectionSet.findUniqueOrThrow({ where: { id: res.body.projectionSetId } })).drawCount).toBe(drawCount);
  });
});

describe('projection edits from the player pool', () => {
  it('when a user edits a projection cell, then the pool shows their edited set with the new number, and the optimizer and a simulation take it', async () => {
    const agent = await signedIn(h.baseUrl, h.user.email);
    const pool = await agent.get(`/slates/${seeded.slateId}?set=${seeded.projectionSetId}&pos=QB`).expect(200);
    expect(pool.text).toContain(`aria-label="edit projection of Josh Allen"`);
    const form = await agent.get(`/slates/${seeded.slateId}/players/${allen.id}/edit?set=${seeded.projectionSetId}&back=pos%3DQB`).set('HX-Request', 'true').expect(200);
    expect(form.text).toMatch(/^<form class="proj-edit"/);
    expect(form.text).toContain('value="25.3"');
    const csrf = csrfFrom(form.text);
    await agent.post(`/slates/${seeded.slateId}/projections`).type('form').send({ set: String(seeded.projectionSetId), row: String(allen.id), mean: '31.5' }).expect(403);

    const wrong = await agent.post(`/slates/${seeded.slateId}/projections`).set('HX-Request', 'true').type('form')
      .send({ _csrf: csrf, set: String(seeded.projectionSetId), row: String(allen.id), mean: 'ten', sd: '-1' }).expect(400);
    expect(wrong.text).toContain('mean: must be a number');
    expect(wrong.text).toContain('sd: sd cannot be negative');
    expect(wrong.text).toMatch(/^<form class="proj-edit"/);

    const saved = await agent.post(`/slates/${seeded.slateId}/projections`).type('form')
      .send({ _csrf: csrf, set: String(seeded.projectionSetId), row: String(allen.id), mean: '31.5', back: 'pos=QB' }).expect(303);
    const editId = Number(/set=(\d+)/.exec(saved.headers.location as string)![1]);
    expect(saved.headers.location).toBe(`/slates/${seeded.slateId}?pos=QB&set=${editId}`);
    expect(editId).not.toBe(seeded.projectionSetId);
    const after = await agent.get(saved.headers.location as string).expect(200);
    expect(after.text).toContain('· edited');
    expect(after.text).toMatch(/aria-label="edit projection of Josh Allen">31\.5</);

    // htmx gets HX-Redirect; a second edit lands in the same set.
    const htmx = await agent.post(`/slates/${seeded.slateId}/projections`).set('HX-Request', 'true').type('form')
      .send({ _csrf: csrf, set: String(editId), row: String(allen.id), mean: '32' }).expect(204);
    expect(htmx.headers['hx-redirect']).toBe(`/slates/${seeded.slateId}?set=${editId}`);
    expect((await projectionOf(editId, allen.id)).mean).toBe(32);

    const optimize = await agent.get(`/slates/${seeded.slateId}/optimize?set=${editId}`).expect(200);
    await agent.post(`/slates/${seeded.slateId}/optimize`).type('form').send({ _csrf: csrfFrom(optimize.text), set: String(editId), lineups: '2' }).expect(303);
    expect((await h.t.db.lineupSet.findFirstOrThrow({ orderBy: { id: 'desc' } })).projectionSetId).toBe(editId);
    const sims = await agent.get(`/slates/${seeded.slateId}/simulations`).expect(200);
    expect(sims.text).toContain(`<option value="${editId}"`);
    await agent.post(`/slates/${seeded.slateId}/simulations`).type('form').send({ _csrf: csrfFrom(sims.text), sims: '1000', baselineSetId: String(editId) }).expect(303);
  });

  it('when the set is not on the slate of the URL, then 404 and nothing is created', async () => {
    const other = await seedSlate(h.t.db, { userId: h.user.id, name: 'Other' });
    const agent = await signedIn(h.baseUrl, h.user.email);
    const page = await agent.get(`/slates/${seeded.slateId}`).expect(200);
    const before = await h.t.db.projectionSet.count();
    await agent.post(`/slates/${seeded.slateId}/projections`).type('form')
      .send({ _csrf: csrfFrom(page.text), set: String(other.projectionSetId), row: String(other.players[0]!.id), mean: '3' }).expect(404);
    expect(await h.t.db.projectionSet.count()).toBe(before);
  });
});
