/**
 * Detection as the index sees a post: with the series its list's archive holds (issue 9, part 2).
 * The corpus holds a few posts of some series (five of the KVM call's minutes, 24 of rcpviewer's
 * progress reports). Grouped as src/index/seriesIndex.ts groups an archive's posts (by list and
 * subject template, seriesTemplate), a group of three or more is a series, and its first post of
 * each subject gets the hint the index would give it: its members' share of reports by their own
 * evidence (baseScore, without the series). An archive holds every post of a series and the
 * corpus a few, so this is the least a series adds; posts whose archive copy lost the subject
 * join none.
 */
import { seriesTemplate, THRESHOLD, type SeriesHint } from '../../src/status/index.js';
import type { RealPost } from './corpus.js';

/** Each post that leads a series of the set's own posts, with the hint the index would give it. */
export function archiveSeriesHints(posts: RealPost[], baseScore: (p: RealPost) => number, subject: (p: RealPost) => string): Map<RealPost, SeriesHint> {
  const groups = new Map<string, Array<{ post: RealPost; subject: string }>>();
  for (const post of posts) {
    if (post.subjectUnknown) continue;
    const s = subject(post);
    const t = seriesTemplate(s);
    if (!t) continue;
    const key = `${post.label.list ?? post.community}\u0000${t.key}`;
    const g = groups.get(key) ?? [];
    groups.set(key, g);
    g.push({ post, subject: s });
  }
  const out = new Map<RealPost, SeriesHint>();
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    const reports = members.filter((m) => baseScore(m.post) >= THRESHOLD).length;
    const hint: SeriesHint = { name: seriesTemplate(members[0].subject)?.name ?? '', count: members.length, reportShare: reports / members.length, pin: null };
    // (the index hints the first post of each subject, its lead: a repost of the same subject gets none)
    const seen = new Set<string>();
    for (const m of members) {
      if (seen.has(m.subject)) continue;
      seen.add(m.subject);
      out.set(m.post, hint);
    }
  }
  return out;
}
