/**
 * Preview pictures are drawn in parallel where the machine allows (issue 18): inPool runs its
 * jobs at most N at a time, all of them, in order, and one failure does not stop the rest.
 */
import { describe, expect, it } from 'vitest';
import { inPool, PICTURE_JOBS } from '../../src/share/share-files.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inPool', () => {
  it('runs every item, at most `jobs` at a time, and more than one at once when allowed', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await inPool([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await tick(5);
      running -= 1;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('goes on after a failed item, leaving the error to the route that awaits it', async () => {
    const done: number[] = [];
    await inPool([1, 2, 3], 1, async (item) => {
      if (item === 2) throw new Error('bad picture');
      done.push(item);
    });
    expect(done).toEqual([1, 3]);
  });

  it('uses at least one and at most four jobs', () => {
    expect(PICTURE_JOBS).toBeGreaterThanOrEqual(1);
    expect(PICTURE_JOBS).toBeLessThanOrEqual(4);
  });
});
