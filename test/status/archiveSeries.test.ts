/**
 * The eval's archive view (scripts/eval/archiveSeries.ts): the series the corpus's own posts make
 * on one list get the hint the index would give them, and that hint is weighed.
 */
import { describe, expect, it } from 'vitest';
import { loadRealCorpus, type RealPost } from '../../scripts/eval/corpus.js';
import { archiveSeriesHints } from '../../scripts/eval/archiveSeries.js';
import { scorePost } from '../../scripts/eval/score.js';

const dir = new URL('../../fixtures/real-corpus', import.meta.url).pathname;
const subjectOf = (p: RealPost) => /^Subject:[ \t]*(.*)$/m.exec(p.raw.toString('latin1').split(/\r?\n\r?\n/)[0])?.[1]?.trim() ?? '';

describe('series in the eval\'s archive view', () => {
  // (the posts titled `KVM call minutes for <date>`; round 70 added a `Fortnightly KVM call minutes for ...` and a
  // `QEMU/KVM call minutes for ...`, whose subjects differ in more than their dates)
  const kvm = loadRealCorpus(dir).filter((p) => p.community === 'qemu' && /kvm-call-minutes/.test(p.name) && /^KVM call minutes for /.test(subjectOf(p)));

  it('makes a series of a list\'s posts whose subjects differ only in their dates (KVM call minutes, 2019-2023)', () => {
    expect(kvm.length).toBeGreaterThanOrEqual(3);
    const hints = archiveSeriesHints(kvm, () => 5, subjectOf);
    expect(hints.size).toBe(kvm.length);
    const h = [...hints.values()][0];
    expect(h.count).toBe(kvm.length);
    expect(h.reportShare).toBe(1);
    expect(h.name.toLowerCase()).toContain('kvm call minutes');
    // (members judged no reports by their own evidence make a series of no reports)
    expect([...archiveSeriesHints(kvm, () => 0, subjectOf).values()][0].reportShare).toBe(0);
  });

  it('makes none of fewer than three posts, of a repost of one subject, or of posts on other lists', () => {
    expect(archiveSeriesHints(kvm.slice(0, 2), () => 5, subjectOf).size).toBe(0);
    const repost = { ...kvm[0], name: `${kvm[0].name}-again` };
    const twice = [kvm[0], repost, kvm[1]];
    const hinted = archiveSeriesHints(twice, () => 5, subjectOf);
    expect(hinted.size).toBe(2);
    expect(hinted.has(repost)).toBe(false);
    const elsewhere = kvm.map((p, k) => ({ ...p, label: { ...p.label, list: `list${k}@example.org` } }));
    expect(archiveSeriesHints(elsewhere, () => 5, subjectOf).size).toBe(0);
  });

  it('weighs the hint in detection: a series of reports lifts a member, one of non-reports lowers it', () => {
    const p = kvm[0];
    const base = scorePost(p).withSubject.got.score;
    const up = scorePost(p, { name: 'KVM call minutes for <n>', count: 5, reportShare: 1, pin: null }).withSubject.got;
    const down = scorePost(p, { name: 'KVM call minutes for <n>', count: 5, reportShare: 0, pin: null }).withSubject.got;
    expect(up.score).toBeGreaterThan(base);
    expect(down.score).toBeLessThan(base);
    expect(up.reason).toContain('member of the series');
  });
});
