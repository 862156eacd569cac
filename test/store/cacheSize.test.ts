import { describe, expect, it } from 'vitest';
import { openDatabase, useCacheSize, SYNC_CACHE_KIB } from '../../src/store/index.js';

describe('the page cache of a sync', () => {
  it('is smaller than the one queries read with, and is given back', () => {
    const db = openDatabase(':memory:');
    try {
      const usual = db.pragma('cache_size', { simple: true }) as number;
      expect(-usual).toBeGreaterThan(SYNC_CACHE_KIB);
      const restore = useCacheSize(db, SYNC_CACHE_KIB);
      expect(db.pragma('cache_size', { simple: true })).toBe(-SYNC_CACHE_KIB);
      restore();
      expect(db.pragma('cache_size', { simple: true })).toBe(usual);
    } finally {
      db.close();
    }
  });
});
