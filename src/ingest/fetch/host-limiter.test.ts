import { describe, expect, it } from 'vitest';
import { createHostLimiter } from './host-limiter.js';

/** A clock that moves only when the limiter sleeps, so spacing is checked without real time. */
function fakeTime() {
  let time = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => {
      time += ms;
    },
  };
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('createHostLimiter', () => {
  it('runs the first request to a host at once', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    expect(await limiter.run('a.example', async () => 'done')).toBe('done');
    expect(time.sleeps).toEqual([]);
  });

  it('waits the interval between two requests to one host', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    await limiter.run('a.example', async () => time.advance(300));
    await limiter.run('a.example', async () => {});
    expect(time.sleeps).toEqual([1000]);
  });

  it('waits only what is left of the interval', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    await limiter.run('a.example', async () => {});
    time.advance(400);
    await limiter.run('a.example', async () => {});
    expect(time.sleeps).toEqual([600]);
  });

  it('starts a request to a host only after the one before it has ended', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    const events: string[] = [];
    const first = deferred();
    const one = limiter.run('a.example', async () => {
      events.push('first starts');
      await first.promise;
      events.push('first ends');
    });
    const two = limiter.run('a.example', async () => {
      events.push('second starts');
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['first starts']);
    first.resolve();
    await Promise.all([one, two]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('runs requests to different hosts side by side', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    const blocker = deferred();
    const started: string[] = [];
    const one = limiter.run('a.example', async () => {
      started.push('a');
      await blocker.promise;
    });
    const two = limiter.run('b.example', async () => {
      started.push('b');
    });
    await two;
    expect(started).toEqual(['a', 'b']);
    blocker.resolve();
    await one;
    expect(time.sleeps).toEqual([]);
  });

  it('keeps the queue going after a request fails', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ intervalMs: () => 1000, ...time });
    await expect(
      limiter.run('a.example', async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await limiter.run('a.example', async () => 'next')).toBe('next');
    expect(time.sleeps).toEqual([1000]);
  });

  it('reads the interval when the pause starts, so a crawl delay learned in between applies', async () => {
    const time = fakeTime();
    let intervalMs = 1000;
    const limiter = createHostLimiter({ intervalMs: () => intervalMs, ...time });
    await limiter.run('a.example', async () => {
      intervalMs = 5000;
    });
    await limiter.run('a.example', async () => {});
    expect(time.sleeps).toEqual([5000]);
  });
});
