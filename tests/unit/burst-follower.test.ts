import { beforeEach, describe, expect, it } from 'vitest';
import { BurstFollower, type FollowerTimers } from '@/lib/burst-follower';

const QUIET = 150;

/** A hand-driven clock: paints and timers run only when the test says so. */
let now: number;
let paints: (() => void)[];
let timers: { at: number; fn: () => void }[];
let handed: string[];

const fake: FollowerTimers = {
  now: () => now,
  afterPaint: (fn) => {
    paints.push(fn);
    return () => (paints = paints.filter((f) => f !== fn));
  },
  after: (ms, fn) => {
    const timer = { at: now + ms, fn };
    timers.push(timer);
    return () => (timers = timers.filter((t) => t !== timer));
  },
};

const paint = () => paints.splice(0).forEach((fn) => fn());
const advance = (ms: number) => {
  now += ms;
  const due = timers.filter((t) => t.at <= now);
  timers = timers.filter((t) => t.at > now);
  due.forEach((t) => t.fn());
};

let follower: BurstFollower<string>;
beforeEach(() => {
  now = 1000;
  paints = [];
  timers = [];
  handed = [];
  follower = new BurstFollower(QUIET, (v) => handed.push(v), fake);
});

describe('BurstFollower', () => {
  it('hands on the first change after a pause once its frame is painted', () => {
    follower.change('a');
    expect(handed).toEqual([]);
    paint();
    expect(handed).toEqual(['a']);
  });

  it('hands on keys typed in a burst once, when the burst is over', () => {
    follower.change('a');
    paint();
    for (const value of ['ab', 'abc', 'abcd']) {
      advance(30);
      follower.change(value);
      paint();
    }
    // Nothing between the keys of the burst: each key's frame is its own.
    expect(handed).toEqual(['a']);
    advance(QUIET - 1);
    expect(handed).toEqual(['a']);
    advance(1);
    expect(handed).toEqual(['a', 'abcd']);
    advance(QUIET * 3);
    expect(handed).toEqual(['a', 'abcd']);
  });

  it('follows every key of a slow typist right after its frame', () => {
    for (const value of ['a', 'ab', 'abc']) {
      follower.change(value);
      paint();
      advance(QUIET + 50);
    }
    expect(handed).toEqual(['a', 'ab', 'abc']);
  });

  it('hands on nothing after it is stopped', () => {
    follower.change('a');
    advance(30);
    follower.change('ab');
    follower.stop();
    paint();
    advance(QUIET * 2);
    expect(handed).toEqual([]);
  });
});
