// Determinism for the demo: name-based UUIDs and seeded random streams. The demo must come out
// byte-identical on every run (the importer skips records whose content hash did not change), so
// nothing here may depend on the clock, Math.random or iteration order of unordered collections.
import { createHash } from 'node:crypto';

/** RFC 4122 URL namespace; the demo's names live below https://zugang.example/demo/. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** A UUID version 5 (SHA-1, name-based) for a stable key, e.g. "service/jugendamt/asd". */
export function demoId(key: string): string {
  const ns = Buffer.from(URL_NAMESPACE.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(`https://zugang.example/demo/${key}`).digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50; // version 5
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** Approximately normally distributed (mean 0, standard deviation 1). */
  gauss(): number;
  /** k distinct elements of the list, in list order. */
  sample<T>(list: readonly T[], k: number): T[];
};

/**
 * A random stream seeded from a key (mulberry32). Every entity gets its own stream, so adding an
 * organisation does not reshuffle the opening hours of all the others.
 */
export function seeded(key: string): Random {
  let a = createHash('sha1').update(key).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    gauss: () => {
      let s = 0;
      for (let i = 0; i < 6; i++) s += next();
      return (s - 3) / Math.sqrt(0.5);
    },
    sample: (list, k) => {
      const idx = list.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx.slice(0, k).sort((x, y) => x - y).map((i) => list[i]);
    },
  };
  return r;
}
