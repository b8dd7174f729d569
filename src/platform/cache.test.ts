import { describe, it, expect } from 'vitest';
import { TtlCache, directoryChanged } from './cache.ts';

describe('TtlCache', () => {
  it('keeps at most the entries and bytes it is given, dropping the oldest first', () => {
    const c = new TtlCache<Buffer>(60_000, 3, { maxBytes: 10, sizeOf: (b) => b.length });
    c.set('a', Buffer.alloc(4));
    c.set('b', Buffer.alloc(4));
    expect(c.usage).toEqual({ entries: 2, bytes: 8 });
    c.set('c', Buffer.alloc(4)); // 12 bytes would be over the budget: 'a' goes
    expect(c.get('a')).toBeUndefined();
    expect(c.get('b')?.length).toBe(4);
    expect(c.usage).toEqual({ entries: 2, bytes: 8 });
    c.set('b', Buffer.alloc(2)); // replacing counts the new size only
    expect(c.usage).toEqual({ entries: 2, bytes: 6 });
    c.set('huge', Buffer.alloc(11)); // larger than the whole budget: not kept, nothing dropped
    expect(c.get('huge')).toBeUndefined();
    expect(c.usage.entries).toBe(2);
    c.set('d', Buffer.alloc(1));
    c.set('e', Buffer.alloc(1)); // the fourth entry: over the count
    expect(c.usage.entries).toBe(3);
  });

  it('forgets entries after their time and when the directory changes', () => {
    const c = new TtlCache<string>(0, 10);
    c.set('x', 'y');
    expect(c.get('x')).toBeUndefined();
    const d = new TtlCache<string>(60_000, 10);
    d.set('x', 'y');
    expect(d.get('x')).toBe('y');
    directoryChanged();
    expect(d.get('x')).toBeUndefined();
  });

  it('computes a missing value once for all who ask at the same time, and keeps nothing computed across a change', async () => {
    const c = new TtlCache<string>(60_000, 10);
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const slow = async () => { runs++; await gate; return `result ${runs}`; };
    const asked = Promise.all(Array.from({ length: 16 }, () => c.through('kita', slow)));
    release();
    expect(new Set(await asked)).toEqual(new Set(['result 1']));
    expect(runs).toBe(1);
    expect(await c.through('kita', slow)).toBe('result 1');

    let releaseLate!: () => void;
    const late = new Promise<void>((resolve) => { releaseLate = resolve; });
    const during = c.through('beratung', async () => { await late; return 'old'; });
    directoryChanged();
    releaseLate();
    expect(await during).toBe('old');
    expect(c.get('beratung')).toBeUndefined();
    expect(await c.through('beratung', async () => 'new')).toBe('new');
  });
});
