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
});
