import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_RESTARTS, RestartBudget } from '../restart';

describe('RestartBudget', () => {
  it('allows a few restarts, then stops', () => {
    let t = 0;
    const b = new RestartBudget(3, 60_000, () => t);
    assert.equal(b.crashed(), true);
    t += 1000;
    assert.equal(b.crashed(), true);
    t += 1000;
    assert.equal(b.crashed(), true);
    t += 1000;
    assert.equal(b.crashed(), false, 'the fourth crash in a minute is one too many');
    assert.equal(b.recent, 4);
  });
  it('forgets crashes older than the window', () => {
    let t = 0;
    const b = new RestartBudget(2, 60_000, () => t);
    assert.ok(b.crashed());
    assert.ok(b.crashed());
    t += 61_000;
    assert.ok(b.crashed(), 'old crashes no longer count');
    assert.equal(b.recent, 1);
  });
  it('starts afresh on reset', () => {
    const b = new RestartBudget(1, 60_000, () => 0);
    b.crashed();
    assert.equal(b.crashed(), false);
    b.reset();
    assert.equal(b.crashed(), true);
  });
  it('defaults to a few restarts', () => {
    assert.ok(MAX_RESTARTS >= 2 && MAX_RESTARTS <= 5);
  });
});
