/**
 * The real-post corpus (fixtures/real-corpus: real posts from 25 communities, labelled by reading
 * them before the parser ran on them; a third round includes a random sample of ordinary list
 * traffic) through the whole parse path the index uses. Floors, not
 * timings: the figures `npm run eval` prints must not fall below what they were when this test
 * was written. The tuning set and the blind third are guarded apart.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadRealCorpus } from '../../scripts/eval/corpus.js';
import { scorePost, emptyScores, add, metrics } from '../../scripts/eval/score.js';
import { FIXTURES } from '../support/cli.js';

const corpus = loadRealCorpus(join(FIXTURES, 'real-corpus'));

function measure(blind: boolean, round = 1) {
  const s = emptyScores();
  for (const p of corpus.filter((x) => x.round === round && (round !== 1 || x.blind === blind))) add(s, scorePost(p).withSubject);
  return { s, m: metrics(s) };
}

/** The figures must not fall below these floors (and the set must hold at least `posts` posts). */
function expectFloors({ s, m }: ReturnType<typeof measure>, posts: number, floors: Partial<Record<keyof ReturnType<typeof metrics>, number>>): void {
  expect(s.posts).toBeGreaterThanOrEqual(posts);
  for (const [k, floor] of Object.entries(floors)) expect(m[k as keyof typeof m], k).toBeGreaterThanOrEqual(floor as number);
}

/**
 * Each blind round's figures as scored once, blind, then tuned on since (its posts at least, and a
 * floor under each figure): they must not fall. (When it was scored and what was tuned on it since.)
 */
const ROUND_FLOORS: Array<[round: number, posts: number, scored: string, floors: Partial<Record<keyof ReturnType<typeof metrics>, number>>]> = [
  [2, 60, 'scored once, blind; tuned on since', { precision: 0.95, recall: 0.9, bodyPrecision: 0.9, bodyRecall: 0.58, titleRecall: 0.58, refRecall: 0.8, projectAccuracy: 0.57 }],
  [3, 160, 'scored once, blind, on 2026-11-29; project names tuned on since', { precision: 0.95, recall: 0.91, bodyPrecision: 0.91, bodyRecall: 0.75, titleRecall: 0.61, refRecall: 0.85, projectAccuracy: 0.39 }],
  [4, 110, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.92, recall: 0.78, bodyPrecision: 0.88, bodyRecall: 0.65, titleRecall: 0.46, refRecall: 0.87, projectAccuracy: 0.24 }],
  [5, 90, 'scored once, blind, on 2026-11-30', { precision: 0.74, recall: 0.77, bodyPrecision: 0.66, bodyRecall: 0.6, titleRecall: 0.49, refRecall: 0.99, projectAccuracy: 0.15 }],
  [6, 100, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.89, recall: 0.79, bodyPrecision: 0.91, bodyRecall: 0.74, titleRecall: 0.56, refRecall: 0.77, projectAccuracy: 0.31 }],
  [7, 110, 'scored once, blind, on 2026-11-30', { precision: 0.81, recall: 0.48, bodyPrecision: 0.71, bodyRecall: 0.4, titleRecall: 0.56, refRecall: 0.31, projectAccuracy: 0.05 }],
  // (body-alone precision 0.96 -> 0.94 with parser 82: a `Participants:` roll call at the top marks minutes, which takes
  // three reports more from the body alone over rounds 1-68 and one look-alike of round 8, the notes of a Xen Summit
  // design session that record a discussion, not progress)
  [8, 90, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.96, recall: 0.82, bodyPrecision: 0.94, bodyRecall: 0.82, titleRecall: 0.74, refRecall: 0.86, projectAccuracy: 0.37 }],
  // (body-alone precision 0.88 -> 0.87 with parser 55: title lines with nothing under them but the next title, +52 titles,
  // give PyPy's sync-meeting agenda (no subject shown) one more section)
  [9, 85, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.95, recall: 0.74, bodyPrecision: 0.87, bodyRecall: 0.68, titleRecall: 0.39, refRecall: 1, projectAccuracy: 0.38 }],
  [10, 100, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.95, recall: 0.72, bodyPrecision: 0.92, bodyRecall: 0.72, titleRecall: 0.53, refRecall: 0.5, projectAccuracy: 0.34 }],
  // (round 11's body-alone precision 0.76 -> 0.75 and round 23's body-alone recall 0.86 -> 0.83 at parser 54: numbered
  // topics read as headings, +69 titles and +2 verdicts over the corpus, took a borderline look-alike, the 9th XMPP
  // Council's first minutes, and left OpenCSA's inaugural minutes without the items its score needed)
  [11, 90, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.82, recall: 0.79, bodyPrecision: 0.75, bodyRecall: 0.78, titleRecall: 0.76, refRecall: 0.58, projectAccuracy: 0.58 }],
  [12, 115, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.78, recall: 0.72, bodyPrecision: 0.7, bodyRecall: 0.6, titleRecall: 0.6, refRecall: 0.86, projectAccuracy: 0.36 }],
  [13, 69, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.84, recall: 0.84, bodyPrecision: 0.7, bodyRecall: 0.56, titleRecall: 0.56, refRecall: 0.5, projectAccuracy: 0.48 }],
  [14, 89, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.82, recall: 0.89, bodyPrecision: 0.92, bodyRecall: 0.69, titleRecall: 0.63, refRecall: 0.5, projectAccuracy: 0.61 }],
  [15, 77, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.74, recall: 0.63, bodyPrecision: 0.75, bodyRecall: 0.4, titleRecall: 0.17, projectAccuracy: 0.18 }],
  [16, 92, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.82, recall: 0.55, bodyPrecision: 0.73, bodyRecall: 0.46, titleRecall: 0.35, refRecall: 0.28, projectAccuracy: 0.27 }],
  [17, 114, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.9, recall: 0.88, bodyPrecision: 0.8, bodyRecall: 0.65, titleRecall: 0.87, refRecall: 0.87, projectAccuracy: 0.47 }],
  [18, 65, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.59, recall: 0.35, bodyPrecision: 0.66, bodyRecall: 0.58, titleRecall: 0.53, refRecall: 0.87, projectAccuracy: 0.11 }],
  // (precision 0.91 -> 0.84 with parser 36: `The state of winefish and spellchecking`, a proposal, is taken
  // with six `The state of gpsd`-style reports elsewhere)
  // (93 since 2026-12-05: two posts taken from a second list's mirror, cross-posted copies of posts already in rounds 6 and 8, removed)
  [19, 93, 'scored once, blind, on 2026-11-30; tuned on since', { precision: 0.84, recall: 0.33, bodyPrecision: 0.66, bodyRecall: 0.3, titleRecall: 0.48, refRecall: 0.4, projectAccuracy: 0.18 }],
  [20, 165, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.84, recall: 0.74, bodyPrecision: 0.89, bodyRecall: 0.7, titleRecall: 0.74, refRecall: 0.92, projectAccuracy: 0.4 }],
  [21, 174, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.87, recall: 0.77, bodyPrecision: 0.73, bodyRecall: 0.42, titleRecall: 0.41, refRecall: 0.72, projectAccuracy: 0.37 }],
  // (precision 0.8 until parser 96: its `Keeper of the minutes:` roll call takes TDF's board minutes of 2020-09-25, whose
  // copy is cut after the roll call and whose label calls it a look-alike with low confidence; five more TDF minutes and
  // RIPE's MAT minutes are found by it)
  // (precision 0.78 and body precision 0.69 since parser 118: a board or council that `met today` opens a meeting's account, which takes the
  // Fedora Council's statement on a proven-packager decision, labelled a look-alike, with three reports elsewhere)
  [22, 175, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.78, recall: 0.82, bodyPrecision: 0.69, bodyRecall: 0.72, titleRecall: 0.78, refRecall: 0.6, projectAccuracy: 0.29 }],
  // (body precision 0.88 and body recall 0.79 since parser 123: a call's hour and zone read as a meeting's time leaves
  // out, from its body alone, the OpenOffice XML Format TC's minutes of 15 March 2004, whose first line gives the call's
  // hour; with its subject they are still taken)
  [23, 103, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.93, recall: 0.96, bodyPrecision: 0.88, bodyRecall: 0.79, titleRecall: 0.51, refRecall: 0.99, projectAccuracy: 0.1 }],
  // (body-alone precision 0.86 -> 0.85 with parser 55: short title lines with no blank line around them, +16 titles,
  // read MuseScore's roadmap page (`3.6.x`, `3.7`, `From nightly to release`) as sections)
  // (precision 0.92 -> 0.91 with parser 98: a subject naming plans weighs -2, not -5, which takes 20 more reports over all
  // posts and two look-alikes, one of them this round's `Ubuntu Audio Dev: PulseAudio migration plan 11.10`)
  [24, 151, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.91, recall: 0.76, bodyPrecision: 0.85, bodyRecall: 0.76, titleRecall: 0.62, refRecall: 0.85, projectAccuracy: 0.43 }],
  [25, 163, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.83, recall: 0.91, bodyPrecision: 0.76, bodyRecall: 0.89, titleRecall: 0.7, refRecall: 0.9, projectAccuracy: 0.36 }],
  [26, 141, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.91, recall: 0.88, bodyPrecision: 0.81, bodyRecall: 0.76, titleRecall: 0.5, refRecall: 0.73, projectAccuracy: 0.28 }],
  // (precision 0.86 since parser 121: `we had a ... meeting` opens a meeting's account, which takes Tor Browser's vision
  // meeting recap of 2019, labelled a discussion for the questions it asks, with seven reports elsewhere)
  [27, 152, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.86, recall: 0.77, bodyPrecision: 0.79, bodyRecall: 0.66, titleRecall: 0.78, refRecall: 0.57, projectAccuracy: 0.22 }],
  [28, 170, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.89, recall: 0.75, bodyPrecision: 0.84, bodyRecall: 0.69, titleRecall: 0.66, refRecall: 0.91, projectAccuracy: 0.44 }],
  [29, 140, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.84, recall: 0.65, bodyPrecision: 0.75, bodyRecall: 0.55, titleRecall: 0.41, refRecall: 0.6, projectAccuracy: 0.2 }],
  [30, 119, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.92, recall: 0.72, bodyPrecision: 0.85, bodyRecall: 0.66, titleRecall: 0.62, refRecall: 0.35, projectAccuracy: 0.16 }],
  [31, 101, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.85, recall: 0.69, bodyPrecision: 0.7, bodyRecall: 0.53, titleRecall: 0.64, refRecall: 0.73, projectAccuracy: 0.38 }],
  // (precision 0.86 -> 0.83 with parser 36: `The state of GTK#`, a discussion, is taken; see round 19)
  [32, 161, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.83, recall: 0.56, bodyPrecision: 0.62, bodyRecall: 0.47, titleRecall: 0.38, refRecall: 0.9, projectAccuracy: 0.23 }],
  // (parser 77 lowered rounds 33's and 34's body-alone precision floors by 0.01, 0.72 and 0.69 before: `For the past few
  // weeks, we have been working on` in a ParaView announcement and `in the last few weeks` in a gPodder question are read as
  // the period a report covers, the price of 6 reports more found from the body alone on rounds 1-63, 4 look-alikes more)
  [33, 171, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.79, recall: 0.84, bodyPrecision: 0.71, bodyRecall: 0.67, titleRecall: 0.49, refRecall: 0.92, projectAccuracy: 0.34 }],
  [34, 178, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.75, recall: 0.54, bodyPrecision: 0.68, bodyRecall: 0.52, titleRecall: 0.59, refRecall: 0.9, projectAccuracy: 0.3 }],
  [35, 148, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.88, recall: 0.77, bodyPrecision: 0.75, bodyRecall: 0.62, titleRecall: 0.56, refRecall: 0.54, projectAccuracy: 0.3 }],
  [36, 141, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.9, recall: 0.79, bodyPrecision: 0.8, bodyRecall: 0.67, titleRecall: 0.44, refRecall: 0.4, projectAccuracy: 0.11 }],
  [37, 155, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.8, recall: 0.64, bodyPrecision: 0.78, bodyRecall: 0.56, titleRecall: 0.29, refRecall: 0.7, projectAccuracy: 0.26 }],
  [38, 105, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.87, recall: 0.84, bodyPrecision: 0.79, bodyRecall: 0.69, titleRecall: 0.49, refRecall: 1, projectAccuracy: 0.3 }],
  [39, 162, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.88, recall: 0.72, bodyPrecision: 0.81, bodyRecall: 0.53, titleRecall: 0.37, refRecall: 1, projectAccuracy: 0.3 }],
  [40, 114, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.69, recall: 0.6, bodyPrecision: 0.63, bodyRecall: 0.46, titleRecall: 0.5, refRecall: 1, projectAccuracy: 0.06 }],
  [41, 140, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.73, recall: 0.59, bodyPrecision: 0.6, bodyRecall: 0.57, titleRecall: 0.51, refRecall: 0.4, projectAccuracy: 0.09 }],
  [42, 102, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.82, recall: 0.7, bodyPrecision: 0.73, bodyRecall: 0.7, titleRecall: 0.5, refRecall: 0.3, projectAccuracy: 0.15 }],
  // (body-alone precision 0.5 -> 0.46 with parser 55: paragraphs opening with `Name: text` read as topics, +27 titles,
  // +7 verdicts and +11 from the body alone over the corpus, give Racket's `new release policy` (`Slowdown:`, `Stability:`) three sections)
  [43, 97, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.87, recall: 0.41, bodyPrecision: 0.46, bodyRecall: 0.35, titleRecall: 0.22, projectAccuracy: 0.17 }],
  [44, 62, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.8, recall: 0.66, bodyPrecision: 0.54, bodyRecall: 0.5, titleRecall: 0.43, refRecall: 1, projectAccuracy: 0.16 }],
  [45, 93, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.94, recall: 0.74, bodyPrecision: 0.83, bodyRecall: 0.74, titleRecall: 0.47, refRecall: 1, projectAccuracy: 0.2 }],
  [46, 78, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.77, recall: 0.43, bodyPrecision: 0.5, bodyRecall: 0.25, titleRecall: 0.2, projectAccuracy: 0.12 }],
  [47, 72, 'scored once, blind, on 2026-12-01; tuned on since', { precision: 0.83, recall: 0.22, bodyPrecision: 0.8, bodyRecall: 0.18, titleRecall: 0.15 }],
  [48, 83, 'scored once, blind, on 2026-12-02; tuned on since', { precision: 0.5, recall: 0.27, bodyPrecision: 0.5, bodyRecall: 0.36, titleRecall: 0.66, refRecall: 0.5 }],
  // (four reports only: the pages the search tools reach hold few reports the corpus lacks)
  [49, 87, 'scored once, blind, on 2026-12-02; tuned on since', { precision: 0.25, recall: 0.5, bodyPrecision: 0.27, bodyRecall: 0.75, titleRecall: 1, projectAccuracy: 0.5 }],
  // (41 of its 42 reports are further issues of two series the corpus holds: linux-next's tree mails, Clang-Built Linux notes)
  [50, 98, 'scored once, blind, on 2026-12-02 (parser 62); tuned on since', { precision: 0.95, recall: 0.97, bodyPrecision: 0.97, bodyRecall: 0.97, titleRecall: 0.98, refRecall: 0.99, projectAccuracy: 0.95 }],
  // (its reports are two formats: netdev's development stats and students' weekly GSoC/Outreachy mails to the git list)
  [51, 82, 'scored once, blind, on 2026-12-03 (parser 64); tuned on since (parser 67)', { precision: 1, recall: 0.76, bodyPrecision: 0.96, bodyRecall: 0.8, titleRecall: 0.87, refRecall: 0.91, projectAccuracy: 0.36 }],
  // (one report; its figures are those of look-alikes and ordinary list traffic: the linux-spi mirror's every 1500th commit)
  [52, 31, 'scored once, blind, on 2026-12-04 (parser 66)', { precision: 0.5, recall: 1, projectAccuracy: 1 }],
  // (its reports: further issues of series the corpus holds and two new ones, blktests failure reports and Rust in QEMU;
  // blind at parser 67: 0.95 / 0.73, body 0.9 / 0.96, titles 0.58, refs 0.62, names 0.6; the blktests reports' subjects
  // say `failures`, read as a problem's word until parser 68)
  [53, 81, 'scored once, blind, on 2026-12-04 (parser 67); tuned on since (parser 68)', { precision: 0.96, recall: 0.93, bodyPrecision: 0.9, bodyRecall: 0.96, titleRecall: 0.93, refRecall: 0.7, projectAccuracy: 0.8 }],
  // (its reports: further issues of series the corpus holds, OpenBMC Security WG results, Xen updates and Xen 4.15's release
  // manager, Linux regressions reports, `[STATUS 2.5]`; blind at parser 69's first rules: 0.71 / 0.81, body 0.74 / 0.81,
  // titles 0.97, refs 0.43, names 0.76, title precision 0.71)
  [54, 85, 'scored once, blind, on 2026-12-04 (parser 69); tuned on since (parser 69)', { precision: 0.83, recall: 0.95, bodyPrecision: 0.73, bodyRecall: 0.8, titleRecall: 1, refRecall: 0.98, projectAccuracy: 0.9, titlePrecision: 0.79 }],
  // (mostly web pages of 17 communities new to the corpus, emulators' and operating systems' blog progress reports read
  // without a list; blind at parser 69's last rules: 0.69 / 0.81, body 0.67 / 0.74, titles 0.54, refs 0 of 2, names 0.08)
  [55, 89, 'scored once, blind, on 2026-12-04 (parser 69); tuned on since (parser 69)', { precision: 0.68, recall: 0.81, bodyPrecision: 0.66, bodyRecall: 0.74, titleRecall: 0.53, projectAccuracy: 0.15, titlePrecision: 0.45 }],
  // (whole messages of kernel, OpenBMC and Clang-Built Linux lists; blind at parser 70's first rules: 0.68 / 0.65, body
  // 0.7 / 0.7, titles 0.61, refs 1, names 0.4, title precision 0.74)
  [56, 85, 'scored once, blind, on 2026-12-04 (parser 70); tuned on since (parser 70)', { precision: 0.71, recall: 0.75, bodyPrecision: 0.7, bodyRecall: 0.7, titleRecall: 0.81, refRecall: 1, projectAccuracy: 0.4, titlePrecision: 0.79 }],
  // (whole messages of kernel, OpenBMC, SELinux and Samba lists, mostly further issues of series the corpus holds; blind at
  // parser 70: 0.75 / 1, body 0.78 / 0.93, titles 0.97, refs 0.9, names 0.73, title precision 0.74)
  [57, 80, 'scored once, blind, on 2026-12-04 (parser 70); tuned on since (parser 71)', { precision: 0.78, recall: 1, bodyPrecision: 0.81, bodyRecall: 0.93, titleRecall: 0.96, refRecall: 1, projectAccuracy: 0.86, titlePrecision: 0.74 }],
  // (whole messages of kernel lists, mostly further issues of held series and hard look-alikes; blind at parser 71:
  // 0.8 / 0.91, body 0.68 / 0.86, titles 0.83, refs 1, names 0.86, title precision 0.71)
  // (floor lowered after round 171: an announcement of kTLS 1.4.0 is taken from its body alone: its `Improvements`
  // heading reads as a status heading since parser 151 (0.70, from 0.73))
  [58, 130, 'scored once, blind, on 2026-12-04 (parser 71); tuned on since (parser 72)', { precision: 0.9, recall: 0.9, bodyPrecision: 0.7, bodyRecall: 0.86, titleRecall: 0.83, refRecall: 1, projectAccuracy: 0.86, titlePrecision: 0.71 }],
  // (no report: 9 look-alikes chosen by their subjects' words and 25 nvdimm posts by a fixed rule; its figures are the
  // look-alikes taken, checked below: at parser 72, blind, 1 with the subject, 1 from the body alone)
  [59, 34, 'scored once, blind, on 2026-12-04 (parser 72); not tuned on', {}],
  // (hackerspaces, LUGs and forums new to the corpus, Debian and GNOME series, and an overlayfs sample; many copied
  // from web-page excerpts without subject or list; blind at parser 73's first rules: 0.69 / 0.6, body 0.65 / 0.6,
  // titles 0.7, refs 0.93, names 0.1, title precision 0.86)
  [60, 126, 'scored once, blind, on 2026-12-04 (parser 73, first rules); tuned on since', { precision: 0.75, recall: 0.62, bodyPrecision: 0.64, bodyRecall: 0.6, titleRecall: 0.73, refRecall: 0.93, projectAccuracy: 0.2, titlePrecision: 0.85 }],
  // (hackerspaces', radio clubs' and societies' minutes from web pages, look-alikes from fetched mirrors, a kasan-dev
  // sample; blind at parser 73: 0.73 / 0.89, body 0.69 / 0.93, titles 0.67, no refs, names 0.04, title precision 0.57)
  // (body precision lowered 0.7 -> 0.69 at parser 162: `Action Points` became generic, so the XFS summit proposal's
  // `Discussion points:` now reads as a status label and linux-kernel/2020-05-xfs-summit-deprecating-v4-on-disk-format is
  // taken from its body alone; the same rule found the Ubuntu Server team's 2008-02 minutes)
  [61, 94, 'scored once, blind, on 2026-12-04 (parser 73); tuned on since (parser 74)', { precision: 0.74, recall: 0.88, bodyPrecision: 0.69, bodyRecall: 0.92, titleRecall: 0.66, projectAccuracy: 0.07, titlePrecision: 0.56 }],
  // (hackerspaces', foundations' and OSMF working groups' minutes from wiki and web pages, look-alikes from fetched
  // mirrors, a linux-stm32 sample; blind at parser 74: 0.8 / 0.97, body 0.8 / 0.97, titles 0.72, refs 0 of 1, names
  // 0.03, title precision 0.69)
  [62, 83, 'scored once, blind, on 2026-12-04 (parser 74 with parser 75\'s first name rules); tuned on since (parser 75)', { precision: 0.8, recall: 0.96, bodyPrecision: 0.8, bodyRecall: 0.96, titleRecall: 0.71, projectAccuracy: 0.03, titlePrecision: 0.68 }],
  [63, 227, 'scored once, blind, on 2026-12-04 (parser 75 with parser 76\'s first name rule); tuned on since (parser 76)', { precision: 0.81, recall: 0.75, bodyPrecision: 0.76, bodyRecall: 0.82, titleRecall: 0.56, refRecall: 0.82, projectAccuracy: 0.08, titlePrecision: 0.67 }],
  [64, 216, 'scored once, blind, on 2026-12-04 (parser 76 with parser 77\'s first detection rule); tuned on since (parser 77)', { precision: 0.85, recall: 0.69, bodyPrecision: 0.78, bodyRecall: 0.65, titleRecall: 0.56, refRecall: 0.92, projectAccuracy: 0.18, titlePrecision: 0.68 }],
  // (whole messages from pipermail archives kept in git: BerliOS lists, Twisted, python-committers, ImageJ; prose progress
  // mails and replies under report subjects; a linux-s390 sample; blind at parser 77 with parser 78's first rule:
  // 0.57 / 0.57, body 0.69 / 0.48, titles 0.46, refs 1, names 0.26, title precision 1)
  [65, 101, 'scored once, blind, on 2026-12-05 (parser 77 with parser 78\'s first detection rule); tuned on since (parser 78)', { precision: 0.58, recall: 0.6, bodyPrecision: 0.68, bodyRecall: 0.47, titleRecall: 0.46, refRecall: 1, projectAccuracy: 0.3, titlePrecision: 1 }],
  // (the round-65 helpers' posts scored after it: BerliOS pipermail lists, non-English minutes of local groups and
  // associations, MediaWiki; blind at parser 78: 0.9 / 0.54, body 0.86 / 0.58, titles 0.43, refs 0.96, names 0.19, title
  // precision 0.63)
  [66, 88, 'scored once, blind, on 2026-12-05 (parser 78); tuned on since (parser 79)', { precision: 0.94, recall: 0.65, bodyPrecision: 0.85, bodyRecall: 0.59, titleRecall: 0.51, refRecall: 0.96, projectAccuracy: 0.21, titlePrecision: 0.61 }],
  // (posts gathered by helpers last session: an xdp-newbies sample, util-linux release plans, Ceph QE, BerliOS lists, associations'
  // and research projects' reports from web pages; blind at parser 79: 0.83 / 0.54, body 0.79 / 0.68, titles 0.45, refs
  // 1, names 0.04, title precision 0.88)
  [67, 78, 'scored once, blind, on 2026-12-05 (parser 79); tuned on since (parser 80)', { precision: 0.84, recall: 0.57, bodyPrecision: 0.79, bodyRecall: 0.67, titleRecall: 0.46, refRecall: 1, projectAccuracy: 0.17, titlePrecision: 0.88 }],
  // (kernel-world mirrors with a linux-nvdimm sample, BerliOS pipermail lists, archive pages of standards bodies, LUGs and
  // Qi Hardware's weekly updates; blind at parser 80: 0.89 / 0.41, body 0.74 / 0.44, titles 0.26, refs 0 of 1, names 0.13,
  // title precision 0.67)
  // (title precision 0.66 -> 0.63 with parser 98: two more of its reports taken, `rough OpenOCD plan` and `Completed my.gpodder.org
  // university project`, give titles its labels hold only in part)
  [68, 142, 'scored once, blind, on 2026-12-05 (parser 80); tuned on since (parser 81)', { precision: 0.88, recall: 0.41, bodyPrecision: 0.73, bodyRecall: 0.43, titleRecall: 0.25, projectAccuracy: 0.15, titlePrecision: 0.63 }],
  // (a linux-snps-arc sample, BerliOS pipermail lists with kiwi's weekly reports, archive pages of Debian, GNOME, Fedora,
  // W3C and six communities new to the corpus; many labels UNSURE; blind at parser 82: 0.76 / 0.54, body 0.8 / 0.67,
  // titles 0.77, refs 0.9, names 0.46, title precision 0.97)
  [69, 104, 'scored once, blind, on 2026-12-05 (parser 82); tuned on since (parser 83)', { precision: 0.81, recall: 0.54, bodyPrecision: 0.8, bodyRecall: 0.66, titleRecall: 0.77, refRecall: 0.9, projectAccuracy: 0.45, titlePrecision: 0.97 }],
  // (gathered in-session by three helpers: linux-next trees and OpenBMC Security WG results, GNOME board minutes, FESCo
  // summaries, Thunderbird council minutes, the OCaml Weekly News, and 20 small communities of the 1990s and 2000s new to
  // the corpus; blind at parser 85: 0.86 / 0.84, body 0.85 / 0.78, titles 0.51, refs 1 (50 of 50), names 0.53, title
  // precision 0.77)
  [70, 131, 'scored once, blind, on 2026-12-05 (parser 85); tuned on since (parser 86)', { precision: 0.85, recall: 0.84, bodyPrecision: 0.85, bodyRecall: 0.8, titleRecall: 0.57, refRecall: 1, projectAccuracy: 0.54, titlePrecision: 0.79 }],
  // (gathered by three helpers at the end of the session before: gpsd and python-committers release plans and countdowns,
  // python-dev's language summit notes, SPI committees, OSGeo, Haskell', LUGs, hackerspaces and Freifunk, 14 communities
  // new to the corpus; many prose reports whose subjects call them nothing, 44 of 119 labels UNSURE; blind at parser 86: 0.73 /
  // 0.44, body 0.65 / 0.42, titles 0.59, refs 0.33 (2 of 6), names 0.17, title precision 0.85)
  // (title precision 0.86 -> 0.83 with parser 92: Larry Hastings' `Reminder: 3.6.0a3 shapshot 2016-07-11` is taken now, a
  // report its label says, and its `To recap` line, which its label does not list, is one title more given)
  [71, 119, 'scored once, blind, on 2026-12-05 (parser 86); tuned on since (parser 87)', { precision: 0.72, recall: 0.44, bodyPrecision: 0.65, bodyRecall: 0.41, titleRecall: 0.7, refRecall: 0.33, projectAccuracy: 0.16, titlePrecision: 0.83 }],
  // (gathered in-session by three helpers: whole lists' archives kept on GitHub (Twisted's pipermail, Squid's, JACK's,
  // Axiom's, R's), public-inbox mirrors (LTP, SELinux, Ceph, ksummit) and the last unused archive pages; six communities
  // new; 32 of 136 labels UNSURE; blind at parser 87: 0.75 / 0.4, body 0.71 / 0.42, titles 0.22, refs 0.28 (18 of 64),
  // names 0.13, title precision 0.42)
  [72, 136, 'scored once, blind, on 2026-12-05 (parser 87); tuned on since (parser 88)', { precision: 0.77, recall: 0.45, bodyPrecision: 0.71, bodyRecall: 0.41, titleRecall: 0.46, refRecall: 0.9, projectAccuracy: 0.31, titlePrecision: 0.6 }],
  // (gathered in-session by three helpers: BerliOS lists' pipermail archives kept on GitHub (mapnik's GSoC weeklies,
  // OpenOCD's SWD work, kiwi's weekly changes, at76c503a), public-inbox mirrors (OpenBMC Security WG results, git's What's
  // cooking of 2008-2012, Xen 4.15's release manager, linux-next) and Open MPI's list pages kept in its website's
  // repository; two communities new; 31 of 134 labels UNSURE; blind at parser 89: 0.87 / 0.58, body 0.74 / 0.6, titles
  // 0.81, refs 0.83 (20 of 24), names 0.39, title precision 0.84)
  [73, 134, 'scored once, blind, on 2026-12-05 (parser 89); tuned on since (parser 90)', { precision: 0.87, recall: 0.63, bodyPrecision: 0.73, bodyRecall: 0.59, titleRecall: 0.86, refRecall: 0.95, projectAccuracy: 0.43, titlePrecision: 0.84 }],
  // (round 74 was scored blind at parser 91: detection 83% / 73%, body alone 78% / 54%, titles 80%, refs 83%, names 42%)
  // (title precision 0.68 since parser 146: KernelCI's `switch to new testing architecture - plan`, a report the
  // bot rule had held back, is taken, and its `Current status:` label, a heading over its list, is one the label does not
  // list: 124 of 180, from 124 of 179)
  [74, 133, 'scored once, blind, on 2026-12-06 (parser 91); tuned on since (parser 92)', { precision: 0.85, recall: 0.83, bodyPrecision: 0.79, bodyRecall: 0.59, titleRecall: 0.86, refRecall: 0.84, projectAccuracy: 0.64, titlePrecision: 0.68 }],
  // (round 75 was scored blind at parser 92: detection 95% / 64%, body alone 83% / 59%, titles 84%, refs 88%, names 42%;
  // a third of it python-committers, the list parser 92 was tuned on)
  [75, 132, 'scored once, blind, on 2026-12-06 (parser 92); tuned on since (parser 93)', { precision: 0.97, recall: 0.75, bodyPrecision: 0.82, bodyRecall: 0.6, titleRecall: 0.86, refRecall: 0.88, projectAccuracy: 0.5, titlePrecision: 0.81 }],
  // (round 76 was scored blind at parser 93: detection 86% / 52%, body alone 77% / 57%, titles 29%, refs 100% (10 of 10),
  // names 16%; small BerliOS lists' prose progress notes and linux-xfs tree status it had never seen)
  [76, 129, 'scored once, blind, on 2026-12-06 (parser 93); tuned on since (parser 94)', { precision: 0.85, recall: 0.51, bodyPrecision: 0.76, bodyRecall: 0.56, titleRecall: 0.28, refRecall: 1, projectAccuracy: 0.25, titlePrecision: 0.8 }],
  // (round 77 was scored blind at parser 95: detection 80% / 57%, body alone 75% / 64%, titles 69%, no refs labelled,
  // names 36%; linux-xfs `for-next updated` mails labelled reports here, look-alikes in earlier rounds)
  [77, 139, 'scored once, blind, on 2026-12-06 (parser 95); tuned on since (parser 96)', { precision: 0.85, recall: 0.64, bodyPrecision: 0.76, bodyRecall: 0.64, titleRecall: 0.68, refRecall: 1, projectAccuracy: 0.39, titlePrecision: 0.68 }],
  // (round 78 was scored blind at parser 96: detection 83% / 58%, body alone 74% / 73%, titles 60%, refs 59% (13 of 22),
  // names 34%; Samba's `[Release Planning]` mails labelled reports here, look-alikes in earlier rounds: relabelled look-alikes
  // after round 81, where they are a date and a wiki page, 2026-12-06)
  [78, 133, 'scored once, blind, on 2026-12-06 (parser 96); tuned on since (parser 97)', { precision: 0.85, recall: 0.59, bodyPrecision: 0.74, bodyRecall: 0.72, titleRecall: 0.6, refRecall: 0.59, projectAccuracy: 0.33, titlePrecision: 0.58 }],
  // (round 79 was scored blind at parser 97: detection 92% / 64%, body alone 76% / 70%, titles 70%, refs 95% (175 of 184),
  // names 39%; small BerliOS projects' prose notes of work done, under subjects that name no report, were most of what it missed)
  [79, 125, 'scored once, blind, on 2026-12-06 (parser 97); tuned on since (parser 98)', { precision: 0.85, recall: 0.71, bodyPrecision: 0.76, bodyRecall: 0.69, titleRecall: 0.76, refRecall: 0.95, projectAccuracy: 0.39, titlePrecision: 0.85 }],
  // (round 80 was scored blind at parser 98: detection 85% / 66%, body alone 76% / 68%, titles 58%, refs 97% (151 of 155),
  // names 34%; parser 97 would have scored the same detection on it, titles 54%)
  [80, 123, 'scored once, blind, on 2026-12-06 (parser 98); tuned on since (parser 99)', { precision: 0.84, recall: 0.66, bodyPrecision: 0.75, bodyRecall: 0.68, titleRecall: 0.57, refRecall: 0.97, projectAccuracy: 0.34, titlePrecision: 0.81 }],
  // (round 81 was scored blind at parser 99: detection 95% / 51%, body alone 78% / 44%, titles 71%, refs 0 of 6 (Trac and
  // Jira tickets, a pull request, NetBSD's `pr 14278`), names 15%; two helpers' posts, the third was cut off)
  // (precision 0.96 -> 0.93 at parser 101: fife's forum topic, whose copy says its title was not shown, is read from its
  // body alone now, as its label means, and taken)
  [81, 86, 'scored once, blind, on 2026-12-06 (parser 99); tuned on since (parser 100)', { precision: 0.93, recall: 0.6, bodyPrecision: 0.78, bodyRecall: 0.43, titleRecall: 0.73, refRecall: 0, projectAccuracy: 0.19, titlePrecision: 0.87 }],
  // (round 82 was scored blind at parser 100: detection 84% / 64% (82% / 61% with the subject known), body alone 92% / 44%,
  // titles 40% (25 of 62), refs 0 of 7 (Tails' tickets, a bare `issue #23`), names 28%; a Tails sponsor report's copy,
  // whose subject said only that it was not shown, was read with those words as its subject then)
  [82, 64, 'scored once, blind, on 2026-12-06 (parser 100); tuned on since (parser 101)', { precision: 0.94, recall: 0.72, bodyPrecision: 0.92, bodyRecall: 0.48, titleRecall: 0.45, refRecall: 0, projectAccuracy: 0.44, titlePrecision: 0.57 }],
  // (round 83 was scored blind at parser 101 in the session that gathered it: detection 82% / 75% (82% / 74% with the
  // subject known), body alone 82% / 75%, titles 76% (71 of 94), refs 70% (19 of 27), names 28%, title precision 20%:
  // a Project Gutenberg newsletter's `[Subtitle: ...]` lines gave 213 false titles)
  [83, 82, 'scored once, blind, on 2026-12-06 (parser 101); tuned on since (parser 102)', { precision: 0.87, recall: 0.77, bodyPrecision: 0.81, bodyRecall: 0.75, titleRecall: 0.75, refRecall: 0.7, projectAccuracy: 0.33, titlePrecision: 0.47 }],
  // (round 84 was scored blind at parser 103: detection 83% / 41% (93% / 44% with the subject known), body alone 67% / 38%,
  // titles 54% (21 of 39), refs 77% (10 of 13), names 11% (4 of 37), title precision 78%; most reports missed are
  // maintainers' prose notices on a tree's cycle and developers' prose notes its helpers labelled reports, 18 of its 37 reports labelled unsure)
  [84, 80, 'scored once, blind, on 2026-12-06 (parser 103); tuned on since (parser 104)', { precision: 0.85, recall: 0.45, bodyPrecision: 0.68, bodyRecall: 0.4, titleRecall: 0.71, refRecall: 0.76, projectAccuracy: 0.16, titlePrecision: 0.82 }],
  // (round 85 was scored blind at parser 104 in the session that gathered it: detection 74% / 40% (80% / 39% with the
  // subject known), body alone 50% / 29%, titles 33% (11 of 33), refs 0 of 6, names 3% (1 of 35), title precision 61%;
  // its helpers found the sources they could reach mined hard, and labelled short notices on a tree or branch reports;
  // 19 of its 35 reports are labelled unsure)
  [85, 86, 'scored once, blind, on 2026-12-06 (parser 104); tuned on since (parser 105; the eval no longer shows the parser a labeller\'s From)', { precision: 0.75, recall: 0.42, bodyPrecision: 0.5, bodyRecall: 0.28, titleRecall: 0.36, refRecall: 0.16, projectAccuracy: 0.08, titlePrecision: 0.63 }],
  // (round 86 was scored blind at parser 105 in the session that gathered it: detection 83% / 38% (89% / 35% with the
  // subject known), body alone 68% / 50%, titles 17% (3 of 18), refs 0 of 2, names 8% (2 of 26), title precision 38%;
  // translators' deadlines before a release, short notices on a branch and a tree, prose progress notes missed)
  [86, 64, 'scored once, blind, on 2026-12-06 (parser 105); tuned on since (parser 106)', { precision: 0.86, recall: 0.5, bodyPrecision: 0.68, bodyRecall: 0.5, titleRecall: 0.16, refRecall: 0, projectAccuracy: 0.11, titlePrecision: 0.37 }],
  // (round 87 was scored blind at parser 106 in the session that gathered it: detection 75% / 39% (88% / 35% with the
  // subject known), body alone 69% / 48%, titles 80% (20 of 25), no refs labelled, names 9% (2 of 23), title precision
  // 69%; 8 of its 23 reports labelled unsure; tree notes, prose progress and German subjects missed)
  [87, 52, 'scored once, blind, on 2026-12-06 (parser 106); tuned on since (parser 107)', { precision: 0.76, recall: 0.43, bodyPrecision: 0.68, bodyRecall: 0.47, titleRecall: 0.8, refRecall: 1, projectAccuracy: 0.08, titlePrecision: 0.64 }],
  // (round 88 was scored blind at parser 107 in the next session: detection 82% / 41% (80% / 40% with the subject known),
  // body alone 63% / 45%, titles 56% (14 of 25), no refs labelled, names 14% (3 of 22), title precision 26%; 10 of its 22
  // reports labelled unsure; release plans in prose, tree notes and wiki pages named by their site missed)
  [88, 45, 'scored once, blind, on 2026-12-06 (parser 107); tuned on since (parsers 108, 109)', { precision: 0.81, recall: 0.4, bodyPrecision: 0.62, bodyRecall: 0.45, titleRecall: 0.56, refRecall: 1, projectAccuracy: 0.22, titlePrecision: 0.26 }],
  // (round 89 was scored blind at parser 108 in the session that gathered it: detection 100% / 50% (the same with the
  // subject known), body alone 80% / 60%, titles 38% (17 of 45), refs 97% (56 of 58), names 25% (5 of 20), title
  // precision 85%; 11 of its 44 posts labelled unsure; French minutes and replies reporting progress missed)
  [89, 44, 'scored once, blind, on 2026-12-06 (parser 108); tuned on since (parser 109)', { precision: 1, recall: 0.65, bodyPrecision: 0.82, bodyRecall: 0.7, titleRecall: 0.44, refRecall: 0.96, projectAccuracy: 0.35, titlePrecision: 0.86 }],
  // (round 90 was scored blind at parser 109 in the session that gathered it: detection 79% / 61% (79% / 65% with the
  // subject known), body alone 71% / 67%, titles 68% (26 of 38), refs 66% (21 of 32), names 22% (4 of 18), title
  // precision 50%; 16 of its 40 posts labelled unsure; Norwegian calls to meet taken, footnoted links lost in a signature)
  [90, 40, 'scored once, blind, on 2026-12-06 (parser 109); tuned on since (parser 110)', { precision: 0.91, recall: 0.61, bodyPrecision: 0.7, bodyRecall: 0.66, titleRecall: 0.68, refRecall: 1, projectAccuracy: 0.22, titlePrecision: 0.49 }],
  // (round 91 was scored blind at parser 110 in the session that gathered it: detection 57% / 50% (62% / 53% with the
  // subject known), body alone 56% / 56%, titles 47% (25 of 53), refs 0 of 1, names 6% (1 of 16), title precision 69%;
  // 14 of its 38 posts labelled unsure; minutes in Portuguese, Italian and German missed, agendas and calls taken)
  [91, 38, 'scored once, blind, on 2026-12-06 (parser 110); tuned on since (parser 111)', { precision: 0.62, recall: 0.62, bodyPrecision: 0.58, bodyRecall: 0.62, titleRecall: 0.52, refRecall: 0, projectAccuracy: 0.12, titlePrecision: 0.66 }],
  // (round 92 was scored blind at parser 112 in the session that gathered it: detection 75% / 40% (73% / 41% with the
  // subject known), body alone 65% / 57%, titles 42% (55 of 131), refs 1 of 2, names 3% (1 of 30), title precision 83%;
  // 20 of its 63 posts labelled unsure; hackerspaces' and associations' minutes in Dutch, German, Portuguese, French,
  // Norwegian and Polish missed, and named after their headings)
  [92, 63, 'scored once, blind, on 2026-12-06 (parser 112); tuned on since (parser 113)', { precision: 0.85, recall: 0.62, bodyPrecision: 0.68, bodyRecall: 0.59, titleRecall: 0.58, refRecall: 0.5, projectAccuracy: 0.25, titlePrecision: 0.77 }],
  // (round 93 was scored blind at parser 113 in the session that gathered it: detection 80% / 36% (89% / 42% with the
  // subject known), body alone 58% / 50%, titles 31% (16 of 52), no refs labelled, names 0 of 22, title precision 94%;
  // 14 of its 61 posts labelled unsure; Nordic yearly reports, Portuguese, Ukrainian and Chinese minutes missed)
  [93, 61, 'scored once, blind, on 2026-12-07 (parser 113); tuned on since (parser 114)', { precision: 0.84, recall: 0.49, bodyPrecision: 0.59, bodyRecall: 0.54, titleRecall: 0.42, projectAccuracy: 0.13, titlePrecision: 0.75 }],
  // (round 94 was scored blind at parser 114 in the session that gathered it: detection 85% / 46% (90% / 43% with the
  // subject known), body alone 85% / 46%, titles 58% (40 of 69), refs 1 of 1, names 0 of 24, title precision 77%; 10 of
  // its 45 posts labelled unsure; Bulgarian and Ukrainian minutes, Swedish interim reports, build notes in prose missed)
  [94, 45, 'scored once, blind, on 2026-12-07 (parser 114); tuned on since (parser 115)', { precision: 0.88, recall: 0.66, bodyPrecision: 0.87, bodyRecall: 0.62, titleRecall: 0.61, refRecall: 1, projectAccuracy: 0.04, titlePrecision: 0.76 }],
  // (round 95 was scored blind at parser 115 in the session that gathered it: detection 82% / 69%, body alone 80% / 62%,
  // titles 59% (20 of 34), refs 1 of 2, names 15% (2 of 13), title precision 49%; 9 of its 23 posts labelled unsure;
  // a Serbian assembly's session, yearly reports and news in prose missed, a newsletter's table of contents taken)
  [95, 23, 'scored once, blind, on 2026-12-07 (parser 115); tuned on since (parser 116)', { precision: 0.83, recall: 0.76, bodyPrecision: 0.81, bodyRecall: 0.69, titleRecall: 0.64, refRecall: 0.5, projectAccuracy: 0.15, titlePrecision: 0.49 }],
  // (round 96 was scored blind at parser 116 in the session that gathered it: detection 83% / 48% (89% / 50% with the
  // subject shown), body alone 82% / 43%, titles 45% (18 of 40), refs 5 of 7, names 14% (3 of 21), title precision 75%;
  // 11 of its 50 posts labelled unsure; minutes named by a meeting's number, a meeting's follow-up and reports in
  // Malayalam or in prose missed, a conference's call and a report's schedule taken)
  [96, 50, 'scored once, blind, on 2026-12-07 (parser 116); tuned on since (parser 117)', { precision: 0.92, recall: 0.61, bodyPrecision: 0.89, bodyRecall: 0.42, titleRecall: 0.44, refRecall: 0.7, projectAccuracy: 0.14, titlePrecision: 0.74 }],
  // (round 97 was scored blind at parser 117 in the session that gathered it: detection 85% / 58% (88% / 64% with the
  // subject shown), body alone 73% / 42%, titles 43% (20 of 47), refs 1 of 3, names 11% (2 of 19), title precision 83%;
  // 10 of its 40 posts labelled unsure, most of them research projects' wiki pages and translation teams' posts; a
  // board that met, a Turkish status report and research boards' reports in prose missed, a release's notes taken)
  [97, 40, 'scored once, blind, on 2026-12-07 (parser 117); tuned on since (parser 118)', { precision: 0.92, recall: 0.67, bodyPrecision: 0.81, bodyRecall: 0.47, titleRecall: 0.42, refRecall: 0.33, projectAccuracy: 0.15, titlePrecision: 0.79 }],
  // (round 98 was scored blind at parser 118 in the session that gathered it: detection 100% / 71% (100% / 80% with the
  // subject shown), body alone 100% / 76%, titles 57% (21 of 37), refs 3 of 3, names 29% (5 of 17), title precision 81%;
  // 9 of its 37 posts labelled unsure; a year's retrospective, a maintainer's thanks over a development summary and an
  // IRC meeting's log missed, no look-alike taken)
  [98, 37, 'scored once, blind, on 2026-12-07 (parser 118); tuned on since (parser 119)', { precision: 0.99, recall: 0.75, bodyPrecision: 0.99, bodyRecall: 0.75, titleRecall: 0.56, refRecall: 1, projectAccuracy: 0.4, titlePrecision: 0.8 }],
  // (round 99 was scored blind at parser 119 in the session that gathered it: detection 88% / 94% (93% / 93% with the
  // subject shown), body alone 86% / 75%, titles 63% (17 of 27), refs 1 of 1, names 0% (0 of 16), title precision 61%;
  // 3 of its 32 posts labelled unsure, most of its reports web pages of small projects and civic-tech groups; a sprint's
  // greeting missed, a feature wish-list and a project's call for support taken, names after a writer's possessive)
  [99, 32, 'scored once, blind, on 2026-12-07 (parser 119); tuned on since (parser 120)', { precision: 0.87, recall: 0.93, bodyPrecision: 0.85, bodyRecall: 0.75, titleRecall: 0.62, refRecall: 1, projectAccuracy: 0.12, titlePrecision: 0.6 }],
  // (round 100 was scored blind at parser 120 in the session that gathered it, at its end, and tuned on in the next:
  // detection 86% / 50% (80% / 44% with the subject shown), body alone 80% / 67%, titles 0% (0 of 15), no refs
  // labelled, names 0% (0 of 12), title precision 0% (0 of 1); 12 of its 28 posts labelled unsure, most of them blog and
  // news pages of small distributions and libraries; a meetup's account, a GSoC wrap-up, year-end and release-management
  // blog posts missed, a branch's explainer taken)
  [100, 28, 'scored once, blind, on 2026-12-07 (parser 120); tuned on since (parser 121)', { precision: 0.88, recall: 0.66, bodyPrecision: 0.79, bodyRecall: 0.66, titleRecall: 0.39, projectAccuracy: 0.08, titlePrecision: 0.85 }],
  // (round 101 was scored blind at parser 121: detection 71% / 50% (77% / 59% with the subject shown), body alone
  // 77% / 50%, titles 25% (13 of 52), refs 1 of 13, names 5% (1 of 20), title precision 76% (13 of 17); 13 of its 44
  // posts labelled unsure, whole list mail of known lists more than new communities (the search stores' mirrors are
  // nearly mined out); a summit's session notes tagged `[TOPIC 1/17]`, a human's summary of trac tickets under a
  // bot's wording and Chinese and French minutes missed, a summit's index and a table's planned update taken)
  [101, 44, 'scored once, blind, on 2026-12-07 (parser 121); tuned on since (parser 122)', { precision: 0.77, recall: 0.69, bodyPrecision: 0.76, bodyRecall: 0.49, titleRecall: 0.26, refRecall: 0.07, projectAccuracy: 0.19, titlePrecision: 0.77 }],
  // (round 102 was scored blind at parser 122: detection 80% / 76% (83% / 75% with the subject shown), body alone
  // 84% / 76%, titles 63% (64 of 102), refs 65% (17 of 26), names 10% (2 of 21), title precision 67% (64 of 96); 11 of
  // its 44 posts labelled unsure, the reports mostly wiki and notes pages of science-software and foundation projects;
  // a TOC page titled by its date and a Chinese digest missed, a call's agenda titled by its hour and a newsletter's
  // draft taken, page chrome read as titles)
  [102, 44, 'scored once, blind, on 2026-12-07 (parser 122); tuned on since (parser 123)', { precision: 0.88, recall: 0.75, bodyPrecision: 0.88, bodyRecall: 0.75, titleRecall: 0.62, refRecall: 0.65, projectAccuracy: 0.18, titlePrecision: 0.7 }],
  // (round 103 was scored blind at parser 123: detection 82% / 58% (93% / 59% with the subject shown), body alone
  // 89% / 71%, titles 98% (108 of 110), refs 26 of 26, names 8% (2 of 24), title precision 82% (108 of 131); 12 of its 47
  // posts labelled unsure, most of its reports wiki pages, repository files and blog pages of BSDs and language
  // communities; a monthly newsletter's subject (`A month of the Hurd:`), a meeting summary telling of its agenda in the
  // past and a kernel maintainer's prose test notes missed, a newsletter's draft taken)
  [103, 47, 'scored once, blind, on 2026-12-07 (parser 123); tuned on since (parser 124)', { precision: 0.89, recall: 0.7, bodyPrecision: 0.89, bodyRecall: 0.7, titleRecall: 0.98, refRecall: 1, projectAccuracy: 0.2, titlePrecision: 0.82 }],
  // (round 104 was scored blind at parser 124: detection 86% / 78% (82% / 74% with the subject shown), body alone
  // 76% / 70%, titles 95% (164 of 173), refs 71% (24 of 34), names 26% (6 of 23), title precision 73% (164 of 225); 13
  // of its 47 posts labelled unsure, series the corpus had just gained (Scala's SIP and advisory board minutes,
  // conda-forge's core meetings, cf-metadata's trac summaries), multimedia and astronomy projects' notes, and
  // look-alikes from known lists; a human's trac summaries, a dev meeting's page titled `Agenda` that records its
  // decisions and short CI notes missed, a summary's preview, a core meeting's empty template and a feature's
  // announcement taken; parser 125 changes none of these figures)
  [104, 47, 'scored once, blind, on 2026-12-07 (parser 124); tuned on since (parser 125)', { precision: 0.85, recall: 0.78, bodyPrecision: 0.76, bodyRecall: 0.69, titleRecall: 0.94, refRecall: 0.7, projectAccuracy: 0.26, titlePrecision: 0.72 }],
  // (round 105 was scored blind at parser 125: detection 87% / 95% (84% / 94% with the subject shown), body alone 78%
  // / 100%, titles 85% (116 of 136), refs 21 of 21, names 14% (3 of 21), title precision 87% (116 of 133); 2 of its
  // 40 posts labelled unsure, repository-held minutes (SuperCollider's dev meetings, Scala's SIP committee,
  // conda-forge's core meetings) and their agendas, pipermail pages of old projects (Xanadu's weekly planning
  // meetings, FreeFrameWork's board), linux-mm; a call's minutes dated `26-Oct-05` missed, a board's chat transcript
  // and a meeting's invitations taken)
  [105, 40, 'scored once, blind, on 2026-12-07 (parser 125); tuned on since (parser 131)', { precision: 0.95, recall: 1, bodyPrecision: 0.8, bodyRecall: 1, titleRecall: 0.94, refRecall: 1, projectAccuracy: 0.23, titlePrecision: 0.91 }],
  // (round 106 was scored blind at parser 125: detection 93% / 68% (the same with the subject shown), body alone 68%
  // / 68%, titles 69% (42 of 61), refs 10 of 12, names 32% (6 of 19), title precision 86% (42 of 49); 8 of its 41
  // posts labelled unsure, JPNIC's Japanese minutes, TC39's, Rust's and Python's repository-held notes, NixOS's and
  // Void's pages, GSoC threads on Wine's list; Japanese minutes (roll calls `出席委員 :`) missed, agendas and an issue
  // template taken from the body alone)
  [106, 41, 'scored once, blind, on 2026-12-07 (parser 125); tuned on since (parser 131)', { precision: 0.94, recall: 0.84, bodyPrecision: 0.84, bodyRecall: 0.84, titleRecall: 0.68, refRecall: 0.83, projectAccuracy: 0.52, titlePrecision: 0.85 }],
  // (round 107 was scored blind at parser 126: detection 78% / 88% (no post copied without its subject), body alone
  // 66% / 79%, titles 73% (58 of 80), refs 28 of 33, names 58% (14 of 24), title precision 65% (58 of 89); 9 of its
  // 46 posts labelled unsure, axp-list mail of 2007-2008 (Alpha Linux), NixOS's board and team minutes, Kubernetes'
  // SIG annual reports, Python's steering council updates, TC39's summaries, Internet2's MACE calls; a call for a
  // note-taker, a generated annual-report stub and process pages taken)
  [107, 46, 'scored once, blind, on 2026-12-07 (parser 126); tuned on since (parser 131)', { precision: 0.8, recall: 0.87, bodyPrecision: 0.65, bodyRecall: 0.79, titleRecall: 0.85, refRecall: 0.84, projectAccuracy: 0.58, titlePrecision: 0.71 }],
  // (round 108 was scored blind at parser 126: detection 90% / 75% (89% / 74% with the subject shown), body alone 69%
  // / 75%, titles 71% (85 of 120), refs 37 of 40, names 25% (6 of 24), title precision 65% (85 of 131); 6 of its 46
  // posts labelled unsure, linux-mm's DAMON newsletters and merge plans, openEuler's and OpenHarmony's Chinese
  // minutes (`例会纪要`, `PMC 例会`), JPNIC, FOSSGIS and do-foss (German), Jupyter, conda-forge; Chinese regular meetings
  // and a French board meeting by its month missed, drafted release notes taken)
  [108, 46, 'scored once, blind, on 2026-12-07 (parser 126); tuned on since (parser 131)', { precision: 0.91, recall: 0.87, bodyPrecision: 0.7, bodyRecall: 0.79, titleRecall: 0.75, refRecall: 0.92, projectAccuracy: 0.37, titlePrecision: 0.67 }],
  // (round 109 was scored blind at parser 127: detection 84% / 91% (91% / 91% with the subject shown), body alone 73%
  // / 96%, titles 87% (118 of 135), refs 14 of 17, names 30% (7 of 23), title precision 89% (118 of 132); 12 of its
  // 43 posts labelled unsure, Apache podlings' board reports (River, Harmony, APR, the Incubator), AlmaLinux, Rocky
  // Linux and CentOS board minutes, ArduPilot and PX4 dev calls, Astropy's finance committee, the R Consortium; a dev
  // call titled by its hour and zone missed, a call for project ideas taken)
  [109, 43, 'scored once, blind, on 2026-12-07 (parser 127); tuned on since (parser 131)', { precision: 0.87, recall: 0.91, bodyPrecision: 0.73, bodyRecall: 0.95, titleRecall: 0.87, refRecall: 0.82, projectAccuracy: 0.3, titlePrecision: 0.9 }],
  // (round 110 was scored blind at parser 127: detection 87% / 80% (90% / 86% with the subject shown), body alone 84%
  // / 84%, titles 46% (54 of 118), refs 30 of 41, names 24% (6 of 25), title precision 59% (54 of 91); 8 of its 46
  // posts labelled unsure, Joomla's leadership minutes (cut copies whose `[... truncated ...]` line made their
  // headings give way), This Week in Matrix (titles with inline HTML), Ruby's dev meeting logs, Go's compiler
  // minutes, IETF OpenPGP minutes, GnuPG news, GIMP and Inkscape; a development digest for half a month missed)
  [110, 46, 'scored once, blind, on 2026-12-07 (parser 127); tuned on since (parser 131)', { precision: 0.87, recall: 0.84, bodyPrecision: 0.84, bodyRecall: 0.84, titleRecall: 0.75, refRecall: 0.75, projectAccuracy: 0.24, titlePrecision: 0.74 }],
  // (round 111 was scored blind at parser 128: detection 95% / 95% (100% / 94% with the subject shown), body alone
  // 86% / 90%, titles 58% (41 of 71), refs 3 of 3, names 10% (2 of 20), title precision 70% (43 of 61); 7 of its 46
  // posts labelled unsure, the Open Knowledge Foundation's lists, GNU toolchain BoF notes (LPC 2020), Lisp and Scheme
  // lists (CHICKEN, Clozure CL, ECL, ABCL), ReactOS, Haiku, Guix and Arch)
  [111, 46, 'scored once, blind, on 2026-12-07 (parser 128); tuned on since (parser 131)', { precision: 0.95, recall: 0.95, bodyPrecision: 0.85, bodyRecall: 0.9, titleRecall: 0.57, refRecall: 1, projectAccuracy: 0.2, titlePrecision: 0.7 }],
  // (round 112 was scored blind at parser 128: detection 83% / 83% (90% / 86% with the subject shown), body alone 71%
  // / 83%, titles 84% (73 of 87), refs 8 of 9, names 33% (8 of 24), title precision 72% (73 of 102); 4 of its 46
  // posts labelled unsure, UK Linux user groups (Liverpool, Lancaster, Peterborough), hackerspaces, DPDK's tech
  // board, ns-3, MariaDB, Cassandra's changelog, Read the Docs and Write the Docs; a meeting told after it (`meeting
  // last night`, `Meeting Follow-up`) missed, an unfilled plenum page taken)
  [112, 46, 'scored once, blind, on 2026-12-07 (parser 128); tuned on since (parser 131)', { precision: 0.85, recall: 0.95, bodyPrecision: 0.71, bodyRecall: 0.83, titleRecall: 0.83, refRecall: 0.88, projectAccuracy: 0.54, titlePrecision: 0.71 }],
  // (round 113 was scored blind at parser 129: detection 75% / 52% (77% / 50% with the subject shown), body alone 71%
  // / 65%, titles 76% (81 of 107), refs 46 of 50, names 9% (2 of 23), title precision 88% (81 of 92); 7 of its 47
  // posts labelled unsure, one developer's prose status notes on linux-can (CAN latency testing, CTU CAN FD, CAN XL)
  // and linux-i2c look-alikes, FFmpeg's meeting notes and votes, Kodi's DevCon posts, containerd's and Moby's weekly
  // development reports, CNCF's annual reviews, Servo's TSC minutes and agenda issues, Thunderbird and SeaMonkey; an
  // annual review missed, agenda issues titled as meetings taken)
  [113, 47, 'scored once, blind, on 2026-12-07 (parser 129); tuned on since (parser 131)', { precision: 0.76, recall: 0.56, bodyPrecision: 0.71, bodyRecall: 0.65, titleRecall: 0.85, refRecall: 0.92, projectAccuracy: 0.08, titlePrecision: 0.87 }],
  // (round 114 was scored blind at parser 129: detection 100% / 83% (the same with the subject shown), body alone 86%
  // / 79%, titles 79% (87 of 110), no refs labelled, names 4% (1 of 24), title precision 66% (87 of 132); 8 of its 46
  // posts labelled unsure, 1997-2004 list mail and newsletters (XFree86, Apache Week, GNU Classpath, Freenet, fvwm,
  // Cygwin), the Django Software Foundation's board minutes, PyPy's sync minutes, Plone, OpenJDK's Valhalla notes,
  // Eclipse's planning council, Jakarta EE, Python España's minutes and Spanish-speaking Ubuntu teams; short status
  // notes of a project (`The status of Classpath (in brief)`) and a status update that appeals for help missed)
  [114, 46, 'scored once, blind, on 2026-12-07 (parser 129); tuned on since (parser 131)', { precision: 1, recall: 0.83, bodyPrecision: 0.86, bodyRecall: 0.79, titleRecall: 0.79, projectAccuracy: 0.12, titlePrecision: 0.65 }],
  // (round 115 was scored blind at parser 130: detection 78% / 88% (no post copied without its subject), body alone
  // 70% / 88%, titles 91% (129 of 142), refs 16 of 16, names 21% (5 of 24), title precision 65% (129 of 199); 4 of
  // its 47 posts labelled unsure, Monero's blog (weekly missives, dev diaries, meeting logs), Sugar Labs' GSoC and
  // DMP weekly reports and newsletters, ROS 2's security working group and MoveIt's sprint reports, OpenMRS, OHDSI,
  // OpenRefine, Moodle's developer meeting pages; a meeting's posted IRC log and Moodle's agenda pages taken)
  // (floor lowered after round 171: two Sugar Labs look-alikes are taken from their body alone: since parser 148 the
  // HTML comment under their front matter is no title line, and it had read as a template's placeholder (0.66, from
  // 0.70))
  [115, 47, 'scored once, blind, on 2026-12-07 (parser 130); tuned on since (parser 131)', { precision: 0.8, recall: 0.87, bodyPrecision: 0.66, bodyRecall: 0.87, titleRecall: 0.9, refRecall: 1, projectAccuracy: 0.2, titlePrecision: 0.64 }],
  // (round 116 was scored blind at parser 130: detection 70% / 86% (73% / 86% with the subject shown), body alone 60%
  // / 95%, titles 87% (74 of 85), refs 15 of 17, names 32% (7 of 22), title precision 82% (74 of 90); 9 of its 43
  // posts labelled unsure, Homebrew, PyPI and Rust's blogs (incident reports, development updates), Ruby Together's
  // monthly updates, the Perl Foundation's grant reports, pyhf, NUUG's board minutes and agendas, NLUUG, Gerrit;
  // incidents' accounts taken)
  [116, 43, 'scored once, blind, on 2026-12-07 (parser 130); tuned on since (parser 131)', { precision: 0.73, recall: 0.86, bodyPrecision: 0.6, bodyRecall: 0.95, titleRecall: 0.87, refRecall: 0.88, projectAccuracy: 0.31, titlePrecision: 0.82 }],
  // (round 117 was scored blind at parser 131: detection 65% / 83% (65% / 87% with the subject shown), body alone 59%
  // / 92%, titles 80% (159 of 200), refs 103 of 106, names 17% (4 of 24), title precision 89% (159 of 178); 6 of its
  // 46 posts labelled unsure; the Rust project's teams (infrastructure, lang and leadership council minutes, Inside
  // Rust), Node.js's TSC, Build and Release working groups and the OpenJS Foundation's CPC, Kubernetes' SIG annual
  // reports and steering notes, CNCF's TOC reviews and batch working group, openEuler's TC and OpenHarmony's SIGs
  // (Chinese), Debian JP)
  // (floor lowered after round 171: two OpenHarmony SIG minutes, reports, are taken since parser 149 (their notes
  // taken under the agenda), and some titles they are given are not their labels' (0.83, from 0.85))
  [117, 46, 'scored once, blind, on 2026-12-07 (parser 131); tuned on since (parsers 132-141)', { precision: 0.69, recall: 0.87, bodyPrecision: 0.62, bodyRecall: 0.91, titleRecall: 0.79, refRecall: 0.97, projectAccuracy: 0.29, titlePrecision: 0.83 }],
  // (round 118 was scored blind at parser 131: detection 95% / 100%, body alone 67% / 95%, titles 99% (111 of 112),
  // refs 35 of 35, names 16% (3 of 19), title precision 67% (111 of 165); 4 of its 43 posts labelled unsure; Nim's
  // blog, the Erlang Ecosystem Foundation, the Haskell Foundation's stability working group, clang-built-linux list
  // mail (KernelCI, LLVM look-alikes), Homebrew's AGM and PLC minutes, Ruby Together, Ruby's developer meeting logs,
  // Python's steering council updates and the PSF's and DSF's board minutes)
  [118, 43, 'scored once, blind, on 2026-12-07 (parser 131); tuned on since (parsers 132-141)', { precision: 0.94, recall: 0.99, bodyPrecision: 0.66, bodyRecall: 0.94, titleRecall: 0.99, refRecall: 1, projectAccuracy: 0.26, titlePrecision: 0.67 }],
  // (round 119 was scored blind at parser 132: detection 79% / 96%, body alone 69% / 100%, titles 93% (165 of 178),
  // refs 36 of 44, names 38% (9 of 24), title precision 68% (165 of 243); 4 of its 47 posts labelled unsure; the
  // Haskell Foundation's technical working group, the Scala Center's advisory board, Clojurists Together, SunPy,
  // scikit-learn, Jupyter, Pangeo, OpenSSF's TAC and reports, FINOS, NixOS's steering committee, openSUSE's news)
  // (floor lowered after round 171: OpenSSF's working-group notes are taken from their body alone: since parser 148
  // their `<!-- markdownlint-disable -->` is no title line read as a placeholder (0.66, from 0.68))
  [119, 47, 'scored once, blind, on 2026-12-07 (parser 132); tuned on since (parsers 133-141)', { precision: 0.82, recall: 0.95, bodyPrecision: 0.66, bodyRecall: 0.99, titleRecall: 0.92, refRecall: 0.81, projectAccuracy: 0.37, titlePrecision: 0.67 }],
  // (round 120 was scored blind at parser 132: detection 80% / 96% (79% / 95% with the subject shown), body alone 69%
  // / 96%, titles 83% (134 of 161), refs 78 of 85, names 40% (10 of 25), title precision 85% (134 of 158); 5 of its
  // 47 posts labelled unsure; Godot, Krita and GIMP news, ESLint, Babel, Electron and TC39 notes, Tails' monthly
  // reports, OpenSSL's OTC minutes, Qubes, openstack-discuss PTG summaries)
  [120, 47, 'scored once, blind, on 2026-12-07 (parser 132); tuned on since (parsers 133-141)', { precision: 0.83, recall: 0.99, bodyPrecision: 0.68, bodyRecall: 0.95, titleRecall: 0.83, refRecall: 0.91, projectAccuracy: 0.44, titlePrecision: 0.84 }],
  // (round 121 was scored blind at parser 133: detection 76% / 100%, body alone 62% / 96%, titles 88% (125 of 142),
  // refs 115 of 125, names 28% (7 of 25), title precision 74% (125 of 169); 7 of its 48 posts labelled unsure;
  // scikit-learn's and Jupyter's meeting records, OpenSSF's working groups and Alpha-Omega, SPDX, Sigstore, Babel,
  // webpack, Vite, Prettier, Haiku's and Redox's news)
  // (body-alone precision 0.63 -> 0.61 with parser 170: a plain body that is HTML written out is read as HTML, whose
  // headings and lists then show; over rounds 1-198 that takes four reports more from the body alone, and four
  // look-alikes (an outage's post-mortem, a call for board candidates, a driver's call for testing, a release
  // announcement), one other no longer)
  [121, 48, 'scored once, blind, on 2026-12-07 (parser 133); tuned on since (parsers 134-141)', { precision: 0.78, recall: 0.99, bodyPrecision: 0.61, bodyRecall: 0.95, titleRecall: 0.88, refRecall: 0.92, projectAccuracy: 0.28, titlePrecision: 0.73 }],
  // (round 122 was scored blind at parser 133: detection 77% / 71% (76% / 73% with the subject shown), body alone 62%
  // / 67%, titles 83% (104 of 125), refs 6 of 9, names 12% (3 of 24), title precision 90% (104 of 115); 8 of its 46
  // posts labelled unsure; Matrix, XMPP and the W3C SocialCG, RISC-V, CHIPS Alliance, Yocto and Zephyr, release
  // managers' status (GCC, LLVM, Perl, binutils), Debian LTS contributors' reports)
  [122, 46, 'scored once, blind, on 2026-12-07 (parser 133); tuned on since (parsers 134-141)', { precision: 0.78, recall: 0.74, bodyPrecision: 0.61, bodyRecall: 0.66, titleRecall: 0.83, refRecall: 0.77, projectAccuracy: 0.12, titlePrecision: 0.9 }],
  // (round 123 was scored blind at parser 134: detection 88% / 92%, body alone 79% / 88%, titles 84% (98 of 116),
  // refs 15 of 16, names 24% (6 of 25), title precision 73% (98 of 134); 3 of its 47 posts labelled unsure; ROS,
  // MoveIt, QGIS, GDAL and OSGeo, HPC Carpentry, US-RSE and the MPI Forum, WordPress, Joomla, Plone, Drupal and
  // TYPO3, Cassandra, MariaDB, ClickHouse, Kafka and Flink)
  [123, 47, 'scored once, blind, on 2026-12-07 (parser 134); tuned on since (parsers 135-141)', { precision: 0.88, recall: 0.91, bodyPrecision: 0.78, bodyRecall: 0.87, titleRecall: 0.84, refRecall: 0.93, projectAccuracy: 0.24, titlePrecision: 0.73 }],
  // (round 124 was scored blind at parser 134: detection 92% / 96%, body alone 83% / 96%, titles 88% (129 of 146),
  // refs 185 of 185, names 20% (5 of 25), title precision 82% (129 of 157); 3 of its 46 posts labelled unsure;
  // Budgie, LXQt and the Friends of GNOME, Servo and SpiderMonkey, LibreOffice and Collabora, OpenStreetMap's
  // foundation, chapters and lists)
  [124, 46, 'scored once, blind, on 2026-12-07 (parser 134); tuned on since (parsers 135-141)', { precision: 0.92, recall: 0.95, bodyPrecision: 0.82, bodyRecall: 0.95, titleRecall: 0.88, refRecall: 1, projectAccuracy: 0.32, titlePrecision: 0.82 }],
  // (round 125 was scored blind at parser 135: detection 84% / 81% (83% / 83% with the subject shown), body alone 70%
  // / 81%, titles 82% (94 of 114), refs 20 of 22, names 15% (4 of 26), title precision 48% (94 of 196); 4 of its 48
  // posts labelled unsure; GNU Radio and FreeDV, Ethereum's consensus calls, Bitcoin Core's IRC summaries, the Zcash
  // Foundation, Unicode and CLDR, GNOME accessibility, NVDA, Traduc.org, Guix, crates.io, PyPI and Flathub)
  [125, 48, 'scored once, blind, on 2026-12-07 (parser 135); tuned on since (parsers 136-141)', { precision: 0.83, recall: 0.8, bodyPrecision: 0.69, bodyRecall: 0.8, titleRecall: 0.82, refRecall: 0.9, projectAccuracy: 0.23, titlePrecision: 0.47 }],
  // (round 126 was scored blind at parser 136: detection 82% / 78% (82% / 82% with the subject shown), body alone 75%
  // / 91%, titles 76% (138 of 181), refs 29 of 32, names 13% (3 of 23), title precision 77% (138 of 179); 5 of its 45
  // posts labelled unsure; Alpha-Omega's funded projects and forgefriends, the ASF board's and podlings' reports
  // (Jackrabbit, Sling, Tomcat, the Incubator), Eclipse's planning council, Adoptium, Oniro and MicroProfile,
  // linux-cxl and linux-sunxi)
  [126, 45, 'scored once, blind, on 2026-12-07 (parser 136); tuned on since (parsers 137-141)', { precision: 0.81, recall: 0.78, bodyPrecision: 0.74, bodyRecall: 0.91, titleRecall: 0.76, refRecall: 0.9, projectAccuracy: 0.13, titlePrecision: 0.77 }],
  // (round 127 was scored blind at parser 136: detection 85% / 96% (84% / 95% with the subject shown), body alone 61%
  // / 83%, titles 91% (120 of 132), refs 104 of 105, names 26% (6 of 23), title precision 92% (120 of 130); 8 of its
  // 45 posts labelled unsure; the IETF (IAB reports, IESG narrative minutes, transport area), Godot, Veloren and
  // Bevy, Go, Swift, the R Consortium and Julia, containerd and Moby reports, Prometheus, OpenTelemetry, Istio and
  // Argo)
  [127, 45, 'scored once, blind, on 2026-12-07 (parser 136); tuned on since (parsers 137-141)', { precision: 0.84, recall: 0.95, bodyPrecision: 0.61, bodyRecall: 0.82, titleRecall: 0.9, refRecall: 0.99, projectAccuracy: 0.43, titlePrecision: 0.92 }],
  // (round 128 was scored blind at parser 137: detection 88% / 74% (88% / 82% with the subject shown), body alone 68%
  // / 68%, titles 69% (41 of 59), refs 114 of 127, names 5% (1 of 19), title precision 95% (41 of 43); 5 of its 43
  // posts labelled unsure; the Usenet Big-8 board, BigBang, Libre-SOC, Python user groups' meetings (BangPypers,
  // PyCon India, EuroPython, Chennaipy), uClibc and Scientific Linux, two developers' monthly blogs (Debian, Rust))
  [128, 43, 'scored once, blind, on 2026-12-07 (parser 137); tuned on since (parsers 138-141)', { precision: 0.88, recall: 0.78, bodyPrecision: 0.68, bodyRecall: 0.68, titleRecall: 0.72, refRecall: 0.9, projectAccuracy: 0.05, titlePrecision: 0.95 }],
  // (round 129 was scored blind at parser 137: detection 85% / 61%, body alone 80% / 67%, titles 44% (43 of 98), refs
  // 1 of 1, names 6% (1 of 18), title precision 52% (43 of 83); 9 of its 34 posts labelled unsure; hackerspaces'
  // minutes in German, French, Dutch and Japanese, OSI, the FSF, NumFOCUS and SPI, OpenAstronomy's GSoC blogs, Xen)
  [129, 34, 'scored once, blind, on 2026-12-07 (parser 137); tuned on since (parsers 138-141)', { precision: 0.85, recall: 0.66, bodyPrecision: 0.79, bodyRecall: 0.66, titleRecall: 0.46, refRecall: 1, projectAccuracy: 0.05, titlePrecision: 0.52 }],
  // (round 130 was scored blind at parser 138: detection 79% / 73%, body alone 75% / 81%, titles 57% (65 of 115),
  // refs 14 of 37, names 8% (2 of 26), title precision 56% (66 of 117); 10 of its 48 posts labelled unsure;
  // hackerspaces' minutes (NURDspace, Neutrinet, Hackuarium, AfRA, Krautspace, LgHS), Debian, GNOME and KDE
  // contributors' reports, Bitcoin Core, Ethereum, the Zcash Foundation and Lightning, the IETF, RIPE and W3C)
  [130, 48, 'scored once, blind, on 2026-12-07 (parser 138); tuned on since (parsers 139-141)', { precision: 0.79, recall: 0.73, bodyPrecision: 0.74, bodyRecall: 0.8, titleRecall: 0.56, refRecall: 0.37, projectAccuracy: 0.19, titlePrecision: 0.56 }],
  // (round 131 was scored blind at parser 138: detection 77% / 96%, body alone 64% / 96%, titles 73% (155 of 213),
  // refs 101 of 101, names 17% (4 of 24), title precision 79% (155 of 196); 2 of its 48 posts labelled unsure; OSI,
  // NumFOCUS, SPI and Conservancy, working groups' minutes (OpenSSF BEST, CHIPS Alliance, RISC-V, the Haskell
  // Foundation, the R Consortium), newsletters (Redox, XMPP, Servo, SpiderMonkey, Haiku, Godot), Babel, webpack,
  // ESLint and Electron notes)
  [131, 48, 'scored once, blind, on 2026-12-07 (parser 138); tuned on since (parsers 139-141)', { precision: 0.76, recall: 0.95, bodyPrecision: 0.63, bodyRecall: 0.95, titleRecall: 0.72, refRecall: 1, projectAccuracy: 0.29, titlePrecision: 0.79 }],
  // (round 132 was scored blind at parser 139: detection 81% / 100% (80% / 100% with the subject shown), body alone
  // 67% / 96%, titles 80% (141 of 176), refs 96 of 97, names 24% (6 of 25), title precision 76% (141 of 186); 9 of
  // its 47 posts labelled unsure; contributors' and Outreachy interns' reports (Debian, GNOME, KDE), OSI's board
  // archive (2005-2011 minutes and their look-alikes), the Zcash Foundation, Ethereum's All Core Devs and EOF calls,
  // Bitcoin Core, Haiku, Redox, Servo and SpiderMonkey news)
  [132, 47, 'scored once, blind, on 2026-12-07 (parser 139); tuned on since (parsers 140-141)', { precision: 0.8, recall: 0.99, bodyPrecision: 0.66, bodyRecall: 0.95, titleRecall: 0.8, refRecall: 0.98, projectAccuracy: 0.32, titlePrecision: 0.75 }],
  // (round 133 was scored blind at parser 139: detection 78% / 96%, body alone 67% / 100%, titles 70% (285 of 408),
  // refs 72 of 82, names 19% (5 of 26), title precision 92% (285 of 310); 6 of its 47 posts labelled unsure; Swift's
  // server workgroup, Go's diagnostics sync, Julia's newsletter and the R Consortium, Tails, OpenSSL's OTC, GnuPG and
  // Tor, Kubernetes' SIG annual reports and steering notes, CNCF's annual reviews and due diligence, OpenHarmony's
  // and openEuler's yearly minutes (Chinese))
  [133, 47, 'scored once, blind, on 2026-12-07 (parser 139); tuned on since (parsers 140-141)', { precision: 0.78, recall: 0.96, bodyPrecision: 0.66, bodyRecall: 0.99, titleRecall: 0.69, refRecall: 0.87, projectAccuracy: 0.23, titlePrecision: 0.91 }],
  // (round 134 was scored blind at parser 140: detection 81% / 96%, body alone 69% / 92%, titles 95% (255 of 268),
  // refs 210 of 276, names 31% (8 of 26), title precision 82% (255 of 310); 4 of its 48 posts labelled unsure;
  // Clojurists Together, Homebrew's PLC, AGM and EGM minutes, Ruby Together's board and Ruby's developer meetings,
  // the Scala Center, the Haskell Foundation and the EEF, Forgejo's monthly updates, Codeberg, forgefriends and
  // Gitea)
  [134, 48, 'scored once, blind, on 2026-12-07 (parser 140); tuned on since (parser 141)', { precision: 0.8, recall: 0.96, bodyPrecision: 0.68, bodyRecall: 0.92, titleRecall: 0.95, refRecall: 0.76, projectAccuracy: 0.3, titlePrecision: 0.82 }],
  // (round 135 was scored blind at parser 140: detection 72% / 96% (72% / 95% with the subject shown), body alone 67%
  // / 100%, titles 72% (137 of 189), refs 36 of 37, names 46% (11 of 24), title precision 81% (137 of 170); 0 of its
  // 48 posts labelled unsure; Kubernetes SIG Docs, Release and Contributor Experience meeting notes, TC39's meeting
  // summaries and agendas (and SpiderMonkey's), the DSF's and the PSF's board minutes and Django's technical board,
  // Zarr, Samvera, Unidata, DSpace and Pangeo)
  [135, 48, 'scored once, blind, on 2026-12-07 (parser 140); tuned on since (parser 141)', { precision: 0.71, recall: 0.95, bodyPrecision: 0.66, bodyRecall: 0.99, titleRecall: 0.72, refRecall: 0.97, projectAccuracy: 0.45, titlePrecision: 0.8 }],
  // (round 136 was scored blind at parser 140: detection 79% / 88%, body alone 59% / 80%, titles 88% (132 of 150),
  // refs 35 of 35, names 4% (1 of 25), title precision 95% (132 of 139); 7 of its 48 posts labelled unsure;
  // Alpha-Omega's funded projects (Eclipse, Rust, ISRG, Airflow, OpenRefactory, the PSF, Ecosyste.ms), the XSF's
  // member meetings, newsletters and summit reports, Babel, webpack and Electron's notes, retros and playbooks,
  // Haiku's contract and GCI reports, Redox's finances and RSoC reports)
  [136, 48, 'scored once, blind, on 2026-12-07 (parser 140); tuned on since (parser 141)', { precision: 0.78, recall: 0.87, bodyPrecision: 0.58, bodyRecall: 0.79, titleRecall: 0.88, refRecall: 1, projectAccuracy: 0.12, titlePrecision: 0.94 }],
  // (round 137 was scored blind at parser 140: detection 75% / 90%, body alone 71% / 100%, titles 82% (87 of 106),
  // refs 18 of 27, names 25% (5 of 20), title precision 87% (87 of 100); 9 of its 42 posts labelled unsure; the Zcash
  // Foundation's board and grants posts, Ethereum's 2016 All Core Devs and ePBS calls, SPDX's outreach, security, AI
  // and safety teams (and calendar invites), NixOS's steering committee, vote logs, candidates and weekly newsletter,
  // RISC-V's side-channel SIG and matrix task group)
  [137, 42, 'scored once, blind, on 2026-12-07 (parser 140); tuned on since (parser 141)', { precision: 0.76, recall: 0.99, bodyPrecision: 0.71, bodyRecall: 0.99, titleRecall: 0.98, refRecall: 1, projectAccuracy: 0.25, titlePrecision: 0.88 }],
  // (round 138 was scored blind at parser 141: detection 89% / 92%, body alone 68% / 88%, titles 89% (168 of 188),
  // refs 66 of 68, names 27% (7 of 26), title precision 92% (166 of 181); 7 of its 48 posts labelled unsure; the OSI's
  // board minutes and License Committee reports (2007-2019), Alpha-Omega's monthly engagement updates and OpenSSF's
  // TAC, SPDX's legal, general and tech team minutes, Clojurists Together's project updates)
  [138, 48, 'scored once, blind, on 2026-12-07 (parser 141); tuned on since (parsers 142-147)', { precision: 0.88, recall: 0.92, bodyPrecision: 0.67, bodyRecall: 0.88, titleRecall: 0.89, refRecall: 0.97, projectAccuracy: 0.26, titlePrecision: 0.91 }],
  // (round 139 was scored blind at parser 141: detection 82% / 100%, body alone 69% / 87%, titles 94% (222 of 235),
  // refs 102 of 142, names 30% (7 of 23), title precision 93% (221 of 237); 8 of its 46 posts labelled unsure; the
  // XSF's member meetings and newsletters, Forgejo's and Gitea's monthly updates and release notes, Python's steering
  // council updates and the PSF's board minutes, Rust's compiler, lang and leadership council minutes and project goal
  // updates)
  [139, 46, 'scored once, blind, on 2026-12-07 (parser 141); tuned on since (parsers 142-147)', { precision: 0.82, recall: 1, bodyPrecision: 0.68, bodyRecall: 0.86, titleRecall: 0.94, refRecall: 0.99, projectAccuracy: 0.3, titlePrecision: 0.93 }],
  // (round 140 was scored blind at parser 141: detection 74% / 74%, body alone 67% / 96%, titles 73% (95 of 130), refs
  // 40 of 65, names 22% (5 of 23), title precision 81% (95 of 117); 8 of its 48 posts labelled unsure; Hyperledger's
  // TSC minutes and project reviews, LF Energy's TAC and LF AI & Data, Zephyr's and Yocto's yearly reviews, Jupyter's
  // and JupyterHub's meeting notes, Go's proposal review and compiler minutes)
  [140, 48, 'scored once, blind, on 2026-12-07 (parser 141); tuned on since (parsers 142-147)', { precision: 0.76, recall: 0.82, bodyPrecision: 0.66, bodyRecall: 0.95, titleRecall: 0.79, refRecall: 0.98, projectAccuracy: 0.21, titlePrecision: 0.82 }],
  // (round 141 was scored blind at parser 141: detection 89% / 89%, body alone 67% / 95%, titles 86% (74 of 86), refs
  // 45 of 45, names 16% (3 of 19), title precision 80% (74 of 92); 8 of its 36 posts labelled unsure; scientific
  // Python (NumPy, SciPy, pandas, Matplotlib, the Scientific Python summit), CNCF projects' notes and newsletters
  // (containerd, Linkerd, OpenTelemetry, etcd, Istio, Prometheus), the BSDs' status reports (FreeBSD, NetBSD,
  // DragonFly))
  [141, 36, 'scored once, blind, on 2026-12-07 (parser 141); tuned on since (parsers 142-147)', { precision: 0.89, recall: 0.89, bodyPrecision: 0.66, bodyRecall: 0.94, titleRecall: 0.86, refRecall: 1, projectAccuracy: 0.15, titlePrecision: 0.8 }],
  // (round 142 was scored blind at parser 141: detection 70% / 88%, body alone 59% / 92%, titles 77% (87 of 113), refs
  // 30 of 34, names 8% (2 of 24), title precision 73% (87 of 119); 11 of its 48 posts labelled unsure; ROS 2's TSC and
  // working groups, ArduPilot, PX4 and Dronecode; Ember's core notes and Times, Node.js diagnostics, TypeScript and
  // Svelte; WordPress, Drupal, Joomla, TYPO3 and Moodle; OSGeo, QGIS, MapGuide and the OSMF's working groups)
  [142, 48, 'scored once, blind, on 2026-12-07 (parser 141); tuned on since (parsers 142-147)', { precision: 0.7, recall: 0.87, bodyPrecision: 0.59, bodyRecall: 0.91, titleRecall: 0.76, refRecall: 0.88, projectAccuracy: 0.08, titlePrecision: 0.73 }],
  // (round 143 was scored blind at parser 142: detection 80% / 80%, body alone 71% / 88%, titles 86% (149 of 174),
  // refs 41 of 55, names 16% (4 of 25), title precision 91% (149 of 163); 11 of its 48 posts labelled unsure;
  // Mastodon, Lemmy, PeerTube and Funkwhale; KDE e.V.'s reports, This Week in Plasma and Thunderbird's status
  // meetings; ReactOS, Redox, SerenityOS, Genode and KolibriOS; Godot, 0 A.D., Veloren, Luanti, OpenTTD, Wesnoth and
  // SuperTuxKart)
  [143, 48, 'scored once, blind, on 2026-12-07 (parser 142); tuned on since (parsers 143-147)', { precision: 0.8, recall: 0.8, bodyPrecision: 0.7, bodyRecall: 0.88, titleRecall: 0.85, refRecall: 0.74, projectAccuracy: 0.16, titlePrecision: 0.91 }],
  // (round 144 was scored blind at parser 142: detection 83% / 80%, body alone 70% / 92%, titles 70% (86 of 122), refs
  // 67 of 94, names 20% (5 of 25), title precision 83% (86 of 103); 10 of its 48 posts labelled unsure; Wikimedia's
  // committees, quarterly reviews and chapters; OpenSSL's OTC, Tails, GnuPG, Let's Encrypt and Sigsum; the EEF,
  // Elixir, GHC, OCaml and Racket; crates.io, RubyGems, Bundler, PyPI, Hackage's devops and PAUSE)
  [144, 48, 'scored once, blind, on 2026-12-07 (parser 142); tuned on since (parsers 143-147)', { precision: 0.83, recall: 0.8, bodyPrecision: 0.69, bodyRecall: 0.92, titleRecall: 0.7, refRecall: 0.71, projectAccuracy: 0.2, titlePrecision: 0.83 }],
  // (round 145 was scored blind at parser 142: detection 79% / 92%, body alone 60% / 100%, titles 81% (161 of 198),
  // refs 49 of 64, names 17% (4 of 24), title precision 96% (160 of 166); 8 of its 48 posts labelled unsure;
  // Adoptium's PMC and Jakarta EE's committees (minutes read from PDFs), Rocky Linux, AlmaLinux, openEuler and
  // openSUSE, Mozilla's engineering wiki and Taipei weekly reports, the Carpentries and rOpenSci)
  [145, 48, 'scored once, blind, on 2026-12-07 (parser 142); tuned on since (parsers 143-147)', { precision: 0.79, recall: 0.95, bodyPrecision: 0.6, bodyRecall: 1, titleRecall: 0.84, refRecall: 0.78, projectAccuracy: 0.16, titlePrecision: 0.96 }],
  // (round 146 was scored blind at parser 142: detection 86% / 79%, body alone 64% / 75%, titles 81% (114 of 140),
  // refs 60 of 82, names 21% (5 of 24), title precision 90% (114 of 127); 8 of its 48 posts labelled unsure; lowRISC,
  // Libre-SOC, coreboot, OpenPOWER and CHIPS Alliance; PostgreSQL's French weekly news, Cassandra, MariaDB and DuckDB;
  // This Week in Matrix, Dendrite, Zulip and Mattermost; Outreachy and GSoC interns' reports)
  // (floor lowered after round 171: an Outreachy applicant's account is taken from its body alone: since parser 148 an
  // internship's experiences are no job offered (0.62, from 0.64))
  [146, 48, 'scored once, blind, on 2026-12-07 (parser 142); tuned on since (parsers 143-147)', { precision: 0.86, recall: 0.79, bodyPrecision: 0.62, bodyRecall: 0.75, titleRecall: 0.81, refRecall: 0.73, projectAccuracy: 0.2, titlePrecision: 0.89 }],
  // (round 147 was scored blind at parser 143: detection 78% / 72%, body alone 68% / 84%, titles 62% (71 of 115), refs
  // 103 of 118, names 28% (7 of 25), title precision 70% (71 of 102); 11 of its 48 posts labelled unsure; Ubuntu's
  // teams, boards and newsletters; Solus, elementary, Gentoo's council, Arch, Alpine, Slackware and Void; Kubernetes
  // SIG Node, Auth, Storage and release-team notes; Ladybird, Servo, WebKit and Igalia)
  [147, 48, 'scored once, blind, on 2026-12-07 (parser 143); tuned on since (parsers 144-147)', { precision: 0.8, recall: 0.8, bodyPrecision: 0.67, bodyRecall: 0.84, titleRecall: 0.61, refRecall: 0.95, projectAccuracy: 0.28, titlePrecision: 0.69 }],
  // (round 148 was scored blind at parser 143: detection 90% / 72%, body alone 74% / 80%, titles 45% (57 of 127), refs
  // 38 of 41, names 24% (6 of 25), title precision 69% (58 of 84); 10 of its 47 posts labelled unsure; Spack and
  // EasyBuild calls, HDF5, the MPI Forum, Kokkos, PETSc and Trilinos; the R Consortium, Stan, Julia and ArviZ;
  // CircuitPython, MicroPython, Home Assistant, ESPHome, openHAB and Tasmota; PipeWire, GStreamer, Kdenlive, Audacity,
  // Ardour, OBS, FFmpeg and VideoLAN)
  [148, 47, 'scored once, blind, on 2026-12-07 (parser 143); tuned on since (parsers 144-147)', { precision: 0.9, recall: 0.8, bodyPrecision: 0.74, bodyRecall: 0.8, titleRecall: 0.44, refRecall: 1, projectAccuracy: 0.24, titlePrecision: 0.69 }],
  // (round 149 was scored blind at parser 144: detection 85% / 96%, body alone 69% / 92%, titles 84% (124 of 147),
  // refs 36 of 40, names 25% (6 of 24), title precision 93% (124 of 134); 9 of its 46 posts labelled unsure; the ASF's
  // 2001-2002 board, Teaclave's and Cloudberry's podling reports; Tor's progress reports and weekly news; Bitcoin
  // Optech, Bitcoin Core, Lightning and Monero; Open edX, Sakai, Decidim and Code for America)
  [149, 46, 'scored once, blind, on 2026-12-07 (parser 144); tuned on since (parsers 145-147)', { precision: 0.85, recall: 0.95, bodyPrecision: 0.68, bodyRecall: 0.91, titleRecall: 0.84, refRecall: 0.9, projectAccuracy: 0.25, titlePrecision: 0.92 }],
  // (round 150 was scored blind at parser 144: detection 83% / 83%, body alone 64% / 78%, titles 91% (136 of 149),
  // refs 149 of 159, names 17% (4 of 23), title precision 99% (136 of 138); 16 of its 48 posts labelled unsure;
  // Unicode's MessageFormat group and CLDR, GNOME accessibility and NVDA; Kata Containers, Airship, Ceph and Zuul;
  // Blender, darktable, GIMP, Inkscape, Krita and Scribus; Neovim, Emacs, Theia, Helix, Vim and VS Code)
  [150, 48, 'scored once, blind, on 2026-12-07 (parser 144); tuned on since (parsers 145-147)', { precision: 0.86, recall: 0.82, bodyPrecision: 0.64, bodyRecall: 0.78, titleRecall: 0.91, refRecall: 0.93, projectAccuracy: 0.17, titlePrecision: 0.98 }],
  // (round 151 was scored blind at parser 145: detection 88% / 88%, body alone 83% / 96%, titles 71% (115 of 163),
  // refs 23 of 33, names 23% (6 of 26), title precision 92% (115 of 125); 10 of its 48 posts labelled unsure; the Raku
  // steering council and the Perl Foundation's grants, minutes and the Perl Weekly; the PHP Foundation's updates, core
  // roundups and board, A week of Symfony; the JCP's executive committee and OpenJDK's governing board and Valhalla;
  // .NET's API reviews, the .NET Foundation's updates and the F# Software Foundation)
  // (body-alone precision 0.83 -> 0.81 with parser 170: a plain body that is HTML written out is read as HTML, whose
  // headings and lists then show; over rounds 1-198 that takes four reports more from the body alone, and four
  // look-alikes (an outage's post-mortem, a call for board candidates, a driver's call for testing, a release
  // announcement), one other no longer)
  [151, 48, 'scored once, blind, on 2026-12-07 (parser 145); tuned on since (parsers 146-147)', { precision: 0.88, recall: 0.88, bodyPrecision: 0.81, bodyRecall: 0.96, titleRecall: 0.7, refRecall: 0.69, projectAccuracy: 0.23, titlePrecision: 0.92 }],
  // (round 152 was scored blind at parser 145: detection 89% / 74%, body alone 72% / 78%, titles 59% (81 of 138), refs
  // 29 of 82, names 22% (5 of 23), title precision 72% (81 of 112); 10 of its 47 posts labelled unsure; IETF working
  // groups' minutes and agendas (QUIC, HTTP, MASQUE, CoRE, DNSOP, ICCRG); KernelCI, regzbot, CIP and stable reviews;
  // the FSFE's newsletters, SPI, Software Freedom Conservancy and NLnet; Citra, PCSX2, libretro and Wine)
  [152, 47, 'scored once, blind, on 2026-12-07 (parser 145); tuned on since (parsers 146-147)', { precision: 0.9, recall: 0.78, bodyPrecision: 0.72, bodyRecall: 0.78, titleRecall: 0.6, refRecall: 0.35, projectAccuracy: 0.21, titlePrecision: 0.72 }],
  // (round 153 was scored blind at parser 146: detection 85% / 85%, body alone 76% / 100%, titles 62% (120 of 192),
  // refs 32 of 34, names 0% (0 of 26), title precision 62% (120 of 192); 10 of its 47 posts labelled unsure; AGL's
  // expert groups, ELISA's aerospace group and COVESA; O-RAN SC, OpenDaylight, LF Networking, ONAP, Magma and
  // OpenAirInterface; the W3C credentials group, DIF, OpenID, Kantara and OASIS; Bioconductor's boards, Galaxy, GA4GH
  // and Bioconda)
  [153, 47, 'scored once, blind, on 2026-12-07 (parser 146); tuned on since (parser 147)', { precision: 0.84, recall: 0.84, bodyPrecision: 0.76, bodyRecall: 1, titleRecall: 0.62, refRecall: 0.94, projectAccuracy: 0.0, titlePrecision: 0.62 }],
  // (round 154 was scored blind at parser 146: detection 82% / 75%, body alone 71% / 100%, titles 57% (119 of 210),
  // refs 58 of 63, names 38% (9 of 24), title precision 95% (119 of 125); 9 of its 47 posts labelled unsure;
  // Asterisk's AstriDevCon, Kamailio, Mumble and OpenSIPS; Read the Docs, Write the Docs, Docusaurus and Asciidoctor;
  // Podman, Flatcar, Moby, Fedora CoreOS and Incus; Guix, Flathub, conda-forge, pkgsrc and MacPorts)
  // (title precision 0.95 -> 0.92 at parser 158: AstriDevCon's July and November 2025 notes, reports missed until a
  // year before a month's name dated their subjects, are taken with 21 of their 27 titles the label's)
  [154, 47, 'scored once, blind, on 2026-12-07 (parser 146); tuned on since (parser 147)', { precision: 0.81, recall: 0.75, bodyPrecision: 0.7, bodyRecall: 1, titleRecall: 0.56, refRecall: 0.92, projectAccuracy: 0.37, titlePrecision: 0.92 }],
  // (round 155 was scored blind at parser 146: detection 74% / 87%, body alone 58% / 91%, titles 77% (123 of 160),
  // refs 64 of 77, names 26% (6 of 23), title precision 95% (123 of 129); 6 of its 45 posts labelled unsure; Astropy's
  // finance committee, SunPy, poliastro and PlasmaPy; Dask's development logs and summit, Xarray; Apache httpd's
  // STATUS files and advisories, Varnish and HAProxy; RabbitMQ, Flink, NATS, Beam, ZeroMQ and Kafka)
  [155, 45, 'scored once, blind, on 2026-12-07 (parser 146); tuned on since (parser 147)', { precision: 0.74, recall: 0.86, bodyPrecision: 0.58, bodyRecall: 0.91, titleRecall: 0.76, refRecall: 0.83, projectAccuracy: 0.26, titlePrecision: 0.95 }],
  // (round 156 was scored blind at parser 146: detection 74% / 61%, body alone 67% / 70%, titles 75% (97 of 130), refs
  // 33 of 42, names 4% (1 of 23), title precision 95% (97 of 102); 8 of its 48 posts labelled unsure; Chaospott's and
  // Netz39's news (German hackerspaces); PyLadies, PyCon India, PythonPune, LRUG, EuroPython and OSU's open source
  // club; GNOME-adjacent teams (FreeBSD's GNOME team, Flathub's calls, GNOME's release templates); LineageOS and
  // postmarketOS)
  [156, 48, 'scored once, blind, on 2026-12-07 (parser 146); tuned on since (parser 147)', { precision: 0.75, recall: 0.65, bodyPrecision: 0.66, bodyRecall: 0.69, titleRecall: 0.76, refRecall: 0.8, projectAccuracy: 0.08, titlePrecision: 0.95 }],
  // (round 157 was scored blind at parser 147: detection 72% / 96%, body alone 62% / 88%, titles 92% (131 of 143),
  // refs 4 of 4, names 29% (7 of 24), title precision 71% (130 of 182); 8 of its 48 posts labelled unsure; the HEP
  // Software Foundation, ROOT, Geant4, Key4hep and Rucio; FINOS, OpenMRS, OpenEMR, DHIS2, HL7's FHIR minutes and
  // OHDSI; P4, DPDK, FRR, BIRD and ONOS; D, Zig, Nim, Crystal, Odin, Pony and Ada)
  [157, 48, 'scored once, blind, on 2026-12-07 (parser 147); tuned on since (parsers 148-155)', { precision: 0.74, recall: 0.95, bodyPrecision: 0.63, bodyRecall: 0.87, titleRecall: 0.91, refRecall: 1, projectAccuracy: 0.33, titlePrecision: 0.71 }],
  // (round 158 was scored blind at parser 147: detection 83% / 83%, body alone 69% / 92%, titles 86% (107 of 124),
  // refs 48 of 48, names 33% (8 of 24), title precision 92% (107 of 116); 9 of its 48 posts labelled unsure; RIOT,
  // Tock, NuttX, Mynewt, Trusted Firmware and FreeRTOS; Bazel, Gradle, Pants, Tekton, LAVA, CMake and Buildbot; ONNX,
  // PyTorch, TensorFlow, Kubeflow, MLflow and TVM; OpenZFS, KubeVirt, Longhorn, Firecracker, Cloud Hypervisor and
  // libvirt)
  [158, 48, 'scored once, blind, on 2026-12-07 (parser 147); tuned on since (parsers 148-155)', { precision: 0.87, recall: 0.87, bodyPrecision: 0.69, bodyRecall: 0.95, titleRecall: 0.9, refRecall: 1, projectAccuracy: 0.33, titlePrecision: 0.92 }],
  // (round 159 was scored blind at parser 148: detection 80% / 64%, body alone 75% / 84%, titles 68% (107 of 158),
  // refs 25 of 38, names 4% (1 of 25), title precision 90% (107 of 119); 9 of its 48 posts labelled unsure;
  // OpenPrinting, LXQt, Linux Mint, UBports, MATE and COSMIC; WebAssembly's CG and subgroups, WinterCG/TC55, WHATWG,
  // WICG and web-platform-tests; React Native, Swift, Flutter, Kotlin, NativeScript and .NET MAUI; OSU OSL, Apache's
  // and Gentoo's infrastructure, Debian's Salsa, GNOME's and Fedora's sysadmins)
  // (body-alone precision 0.77 -> 0.75 with parser 170: a plain body that is HTML written out is read as HTML, whose
  // headings and lists then show; over rounds 1-198 that takes four reports more from the body alone, and four
  // look-alikes (an outage's post-mortem, a call for board candidates, a driver's call for testing, a release
  // announcement), one other no longer)
  [159, 48, 'scored once, blind, on 2026-12-07 (parser 148); tuned on since (parsers 149-155)', { precision: 0.86, recall: 0.76, bodyPrecision: 0.75, bodyRecall: 0.84, titleRecall: 0.89, refRecall: 0.71, projectAccuracy: 0.08, titlePrecision: 0.91 }],
  // (round 160 was scored blind at parser 149: detection 81% / 71%, body alone 68% / 71%, titles 86% (125 of 145),
  // refs 29 of 29, names 17% (4 of 24), title precision 87% (125 of 143); 12 of its 47 posts labelled unsure; the
  // CNCF's annual reviews of Cortex, Trickster and Pixie, Fluentd, OpenMetrics and OpenTelemetry; Mozilla's, Fedora's,
  // Launchpad's and Debian's translators; Unitary Fund, QuTiP, Qiskit, PennyLane and OpenFermion; Libre Space,
  // SatNOGS, the Open Research Institute, F Prime, cFS and Orekit)
  [160, 47, 'scored once, blind, on 2026-12-07 (parser 149); tuned on since (parsers 150-155)', { precision: 0.81, recall: 0.75, bodyPrecision: 0.68, bodyRecall: 0.7, titleRecall: 0.86, refRecall: 1, projectAccuracy: 0.37, titlePrecision: 0.87 }],
  // (round 161 was scored blind at parser 149: detection 90% / 76%, body alone 69% / 88%, titles 86% (115 of 134),
  // refs 60 of 62, names 0% (0 of 25), title precision 93% (115 of 123); 6 of its 47 posts labelled unsure; Nextcloud
  // Groupware, SpamAssassin, JMAP, SOGo, OpenSMTPD, Stalwart, Mailman and Postfix; the TODO Group, InnerSource
  // Commons, Sovereign Tech and the Open Source Pledge; Invenio, JabRef, Hypothesis, Open Library, CSL, Zotero and
  // Pressbooks; Libera.Chat, IRCv3, Monal, Ergo and irssi)
  [161, 47, 'scored once, blind, on 2026-12-07 (parser 149); tuned on since (parsers 150-155)', { precision: 0.95, recall: 0.76, bodyPrecision: 0.7, bodyRecall: 0.88, titleRecall: 0.85, refRecall: 0.96, projectAccuracy: 0.12, titlePrecision: 0.93 }],
  // (round 162 was scored blind at parser 150: detection 76% / 79%, body alone 67% / 83%, titles 53% (46 of 87), refs
  // 112 of 159, names 17% (4 of 24), title precision 69% (46 of 67); 11 of its 48 posts labelled unsure; openEO, Open
  // Climate Fix, farmOS, Open Food Network, GOAT and iNaturalist; HOT, Sahana, Medic and ODK; Fedora's fonts SIG,
  // SIL's NRSI updates, MPEG's OpenType group, FontForge and UFO; rust-analyzer's changelogs, Haskell Language Server,
  // gopls, Metals, clangd and tree-sitter)
  [162, 48, 'scored once, blind, on 2026-12-07 (parser 150); tuned on since (parsers 151-155)', { precision: 0.76, recall: 0.79, bodyPrecision: 0.68, bodyRecall: 0.83, titleRecall: 0.52, refRecall: 0.7, projectAccuracy: 0.2, titlePrecision: 0.68 }],
  // (round 163 was scored blind at parser 150: detection 76% / 79%, body alone 60% / 75%, titles 86% (95 of 111), refs
  // 109 of 119, names 12% (3 of 24), title precision 88% (95 of 108); 15 of its 47 posts labelled unsure; Ansible's
  // Bullhorn and meetings, OpenTofu, Salt and Chef; This Week in Nushell, fish, Oils, tmux, WezTerm and kitty; Beam,
  // Dagster, dbt, Delta Lake, Hudi, lakeFS and Prefect; DjangoCon, PyCon, LibrePlanet, FOSDEM, EuroPython,
  // linux.conf.au, All Things Open, JSConf and SeaGL)
  [163, 47, 'scored once, blind, on 2026-12-07 (parser 150); tuned on since (parsers 151-155)', { precision: 0.76, recall: 0.79, bodyPrecision: 0.6, bodyRecall: 0.75, titleRecall: 0.85, refRecall: 0.91, projectAccuracy: 0.2, titlePrecision: 0.87 }],
  // (round 164 was scored blind at parser 151: detection 70% / 84%, body alone 68% / 92%, titles 78% (104 of 134),
  // refs 64 of 74, names 20% (5 of 25), title precision 86% (104 of 121); 8 of its 47 posts labelled unsure;
  // PrestaShop's core weeklies, Dolibarr, the OCA, Odoo Italia, Mage-OS, Tryton, WooCommerce and ERPNext; the OpenHW
  // Group, FOSSi's El Correo Libre, Amaranth, Yosys and cocotb; OpenSearch, Vespa, Milvus, Marginalia, Elasticsearch,
  // Weaviate and Lucene; Authelia, authentik, Dex, KeePassXC, Keycloak and W3C's WebAuthn minutes)
  [164, 47, 'scored once, blind, on 2026-12-07 (parser 151); tuned on since (parsers 152-155)', { precision: 0.75, recall: 0.84, bodyPrecision: 0.69, bodyRecall: 0.92, titleRecall: 0.77, refRecall: 0.86, projectAccuracy: 0.2, titlePrecision: 0.87 }],
  // (round 165 was scored blind at parser 151: detection 88% / 88%, body alone 74% / 83%, titles 74% (78 of 106), refs
  // 14 of 14, names 8% (2 of 24), title precision 74% (78 of 105); 9 of its 46 posts labelled unsure; O3DE, Stride,
  // Flax, Phaser, Defold, raylib, LÖVE and Armory; WG14, WG21, WG5, COBOL's WG4 and Ada's ARG; Maemo Leste, Sailfish
  // OS, Mobian, Replicant, GrapheneOS and Droidian; Plausible, Matomo, Open Web Analytics and Fathom)
  [165, 46, 'scored once, blind, on 2026-12-07 (parser 151); tuned on since (parsers 152-155)', { precision: 0.87, recall: 0.87, bodyPrecision: 0.74, bodyRecall: 0.83, titleRecall: 0.73, refRecall: 1, projectAccuracy: 0.08, titlePrecision: 0.74 }],
  // (round 166 was scored blind at parser 152: detection 84% / 84%, body alone 70% / 84%, titles 66% (60 of 91), refs
  // 33 of 45, names 40% (10 of 25), title precision 94% (60 of 64); 14 of its 48 posts labelled unsure; TWiki,
  // Foswiki, BookStack, MoinMoin, XWiki and TiddlyWiki; Misago, Flarum, MyBB, NodeBB, SMF, phpBB and Discourse;
  // Encode, Pylons, Pallets, Twisted, aiohttp, FastAPI and web2py; RubyGems and Bundler, Ruby Together, This Week in
  // Rails, the Rails Foundation, Hanami and dry-rb)
  [166, 48, 'scored once, blind, on 2026-12-07 (parser 152); tuned on since (parsers 153-155)', { precision: 0.84, recall: 0.84, bodyPrecision: 0.7, bodyRecall: 0.84, titleRecall: 0.65, refRecall: 0.73, projectAccuracy: 0.4, titlePrecision: 0.93 }],
  // (round 167 was scored blind at parser 152: detection 93% / 78%, body alone 71% / 83%, titles 69% (68 of 99), refs
  // 4 of 5, names 33% (6 of 18), title precision 88% (68 of 77); 8 of its 35 posts labelled unsure; Laminas, PHP-FIG,
  // Symfony, Joomla, Drupal, CakePHP, PHPUnit and Laravel; OpenCV, scikit-image, SimpleCV, libvips, ImageMagick and
  // Pillow; coreboot, flashrom, LVFS, Heads, the OCP's firmware calls, oreboot and u-root)
  [167, 35, 'scored once, blind, on 2026-12-07 (parser 152); tuned on since (parsers 153-155)', { precision: 0.93, recall: 0.77, bodyPrecision: 0.71, bodyRecall: 0.83, titleRecall: 0.68, refRecall: 0.8, projectAccuracy: 0.5, titlePrecision: 0.88 }],
  // (round 168 was scored blind at parser 153: detection 76% / 83%, body alone 62% / 87%, titles 82% (132 of 161),
  // refs 123 of 125, names 35% (8 of 23), title precision 91% (132 of 145); 6 of its 46 posts labelled unsure;
  // Sandstorm, YunoHost, Cozy, FreedomBox, CasaOS and Umbrel; Frictionless Data, CKAN, Dataverse and Datasette; the
  // Bytecode Alliance's Wasmtime, Cranelift, Winch and WAMR calls and WasmEdge; TiKV, TiDB, Vitess, BookKeeper,
  // CockroachDB and ZooKeeper)
  [168, 46, 'scored once, blind, on 2026-12-07 (parser 153); tuned on since (parsers 154-155)', { precision: 0.76, recall: 0.86, bodyPrecision: 0.62, bodyRecall: 0.86, titleRecall: 0.82, refRecall: 0.99, projectAccuracy: 0.43, titlePrecision: 0.9 }],
  // (round 169 was scored blind at parser 153: detection 74% / 61%, body alone 47% / 65%, titles 81% (83 of 102), refs
  // 31 of 57, names 17% (4 of 23), title precision 79% (83 of 105); 10 of its 48 posts labelled unsure; Delta Chat,
  // Rocket.Chat, Session, Dino, Briar, BigBlueButton and Jitsi; Pine64's monthly updates, Works on Arm, Collabora,
  // DietPi, Raspberry Pi, Armbian and Manjaro ARM; Lean, GAP, SymPy, OSCAR, Macaulay2 and Singular; hledger's HCAR
  // entries, KDE's finance sprints, GnuCash, Gramps, Actual Budget, GeneWeb, webtrees and Firefly III)
  [169, 48, 'scored once, blind, on 2026-12-07 (parser 153); tuned on since (parsers 154-155)', { precision: 0.75, recall: 0.65, bodyPrecision: 0.46, bodyRecall: 0.65, titleRecall: 0.81, refRecall: 0.54, projectAccuracy: 0.17, titlePrecision: 0.79 }],
  // (round 170 was scored blind at parser 154: detection 71% / 71%, body alone 46% / 76%, titles 93% (79 of 85), refs
  // 71 of 78, names 12% (2 of 17), title precision 89% (79 of 89); 11 of its 45 posts labelled unsure; Cockpit,
  // firewalld, fwupd and OpenPrinting; Hunspell, NLTK, spaCy, Common Voice, Tatoeba and OpenNMT (look-alikes only: the
  // search budget was spent); the Academy Software Foundation's TAC and CI group, OpenVDB, OpenCue, OpenEXR, OpenFX
  // and OpenColorIO; Naemon, Munin, Netdata and Icinga)
  [170, 45, 'scored once, blind, on 2026-12-07 (parser 154); tuned on since (parser 155)', { precision: 0.7, recall: 0.7, bodyPrecision: 0.46, bodyRecall: 0.76, titleRecall: 0.92, refRecall: 0.91, projectAccuracy: 0.11, titlePrecision: 0.88 }],
  // (round 171 was scored blind at parser 154: detection 77% / 87%, body alone 63% / 96%, titles 87% (206 of 237),
  // refs 193 of 201, names 22% (5 of 23), title precision 87% (206 of 238); 5 of its 47 posts labelled unsure; ZMK's
  // State of the Firmware, Meshtastic, Betaflight, Klipper and ESPHome; DHTech, CollectionBuilder, Library Carpentry,
  // TEI and OCFL; MobilityData's GTFS Digest, Eclipse SUMO, OneBusAway and Valhalla; Selenium's meetings, W3C's
  // WebDriver and BiDi minutes, Robot Framework, WebdriverIO and Appium)
  [171, 47, 'scored once, blind, on 2026-12-07 (parser 154); tuned on since (parser 155)', { precision: 0.76, recall: 0.86, bodyPrecision: 0.65, bodyRecall: 1, titleRecall: 0.86, refRecall: 0.96, projectAccuracy: 0.3, titlePrecision: 0.86 }],
  // (round 172 was scored blind at parser 155: detection 83% / 83%, body alone 66% / 91%, titles 74% (68 of 92), refs
  // 2 of 5, names 13% (3 of 23), title precision 71% (68 of 96); 13 of its 46 posts labelled unsure; accessibility
  // teams (WordPress, GNOME, KDE, WICG's AOM), home automation (Home Assistant, openHAB), library systems (Evergreen,
  // Islandora, VuFind, FOLIO, DSpace, Fedora Commons), Perl's steering council and foundation, Raku's council)
  [172, 46, 'scored once, blind, on 2026-12-07 (parser 155); tuned on since (parsers 156-161)', { precision: 0.82, recall: 0.82, bodyPrecision: 0.65, bodyRecall: 0.91, titleRecall: 0.76, refRecall: 0.4, projectAccuracy: 0.13, titlePrecision: 0.72 }],
  // (round 173 was scored blind at parser 155: detection 83% / 79%, body alone 86% / 79%, titles 85% (117 of 138),
  // refs 66 of 66, names 12% (3 of 24), title precision 86% (117 of 136); 10 of its 47 posts labelled unsure;
  // functional languages (OCaml multicore, Racket news, Haskell Weekly, Scala's SIP committee, the EEF), multimedia
  // (Kodi DevCons, GStreamer and Jitsi GSoC reports), CAD (FreeCAD, KiCad), education platforms (Sugar Labs, Open edX,
  // Oppia, Moodle))
  [173, 47, 'scored once, blind, on 2026-12-07 (parser 155); tuned on since (parsers 156-161)', { precision: 0.82, recall: 0.79, bodyPrecision: 0.86, bodyRecall: 0.79, titleRecall: 0.84, refRecall: 1, projectAccuracy: 0.12, titlePrecision: 0.86 }],
  // (round 174 was scored blind at parser 155: detection 74% / 92%, body alone 69% / 96%, titles 70% (102 of 145),
  // refs 14 of 15, names 12% (3 of 25), title precision 78% (102 of 131); 8 of its 48 posts labelled unsure; security
  // tooling (OWASP's board and committees, OpenSSL's TAC), GIS (OSGeo's board, QGIS PSC, OpenStreetMap Foundation
  // working groups), package managers (Homebrew, conda-forge, Nix, MacPorts, Guix), robotics (ROS 2 WGs, PX4,
  // ArduPilot, MAVLink))
  // (title precision 0.77 -> 0.76 at parser 183: the OSMF management team's meeting of 2011-11-16 is found since (its name over
  // its roll call), recall 0.92 -> 0.96, and five of its titles are the label's, some others not)
  [174, 48, 'scored once, blind, on 2026-12-07 (parser 155); tuned on since (parsers 156-161, 183)', { precision: 0.76, recall: 0.92, bodyPrecision: 0.68, bodyRecall: 0.96, titleRecall: 0.7, refRecall: 0.93, projectAccuracy: 0.16, titlePrecision: 0.76 }],
  // (round 175 was scored blind at parser 156: detection 85% / 81%, body alone 65% / 81%, titles 85% (98 of 115), refs
  // 58 of 58, names 24% (5 of 21), title precision 84% (98 of 117); 12 of its 45 posts labelled unsure; blockchain
  // developer calls (Zcash's Arborist, Cardano's CIP editors, Cosmos, Hyperledger's TSC), HPC (ECP's capability
  // reports in LaTeX, UXL, the MPI Forum), kernel lists' development stats, emulators' progress reports (PPSSPP, yuzu,
  // PCSX2, ScummVM))
  [175, 45, 'scored once, blind, on 2026-12-07 (parser 156); tuned on since (parsers 157-161)', { precision: 0.85, recall: 0.8, bodyPrecision: 0.67, bodyRecall: 0.9, titleRecall: 0.85, refRecall: 1, projectAccuracy: 0.23, titlePrecision: 0.83 }],
  // (round 176 was scored blind at parser 156: detection 79% / 79%, body alone 71% / 92%, titles 48% (70 of 147), refs
  // 4 of 7, names 25% (6 of 24), title precision 74% (70 of 94); 11 of its 46 posts labelled unsure; databases
  // (Valkey, DuckDB, PostgreSQL's developer meetings, MariaDB's board), editors (Emacs News, Geany's newsletter, This
  // Week in Neovim, Zed), public-sector open source (DINUM's BlueHats gazette, GOV.UK and ONS weeknotes, NLnet), open
  // hardware (RISC-V task groups, FOSSi's El Correo Libre, lowRISC))
  [176, 46, 'scored once, blind, on 2026-12-07 (parser 156); tuned on since (parsers 157-161)', { precision: 0.79, recall: 0.79, bodyPrecision: 0.71, bodyRecall: 0.95, titleRecall: 0.64, refRecall: 0.57, projectAccuracy: 0.25, titlePrecision: 0.81 }],
  // (round 177 was scored blind at parser 157: detection 83% / 74%, body alone 69% / 89%, titles 71% (100 of 141),
  // refs 26 of 31, names 33% (9 of 27), title precision 93% (100 of 108); 10 of its 48 posts labelled unsure;
  // JavaScript frameworks (Svelte, Vue, ESLint, Babel), graphics applications (Krita, Inkscape, GIMP, MyPaint,
  // Synfig), astronomy software (Gammapy, SunPy, yt, CASA, Rubin's DM), bioinformatics (Bioconductor's TAB, nf-core,
  // Galaxy, EMBOSS, the OBF board); share b arrived after the round's first run and was scored at the same parser
  // before any tuning)
  [177, 48, 'scored once, blind, on 2026-12-07 (parser 157); tuned on since (parsers 158-161)', { precision: 0.84, recall: 0.77, bodyPrecision: 0.68, bodyRecall: 0.88, titleRecall: 0.74, refRecall: 0.87, projectAccuracy: 0.33, titlePrecision: 0.92 }],
  // (round 178 was scored blind at parser 157: detection 82% / 75%, body alone 70% / 79%, titles 68% (78 of 114), refs
  // 44 of 54, names 21% (5 of 24), title precision 74% (78 of 105); 8 of its 48 posts labelled unsure; distributions
  // (openSUSE's board and weekly news, Gentoo's council, Mageia), the Java ecosystem (OpenJDK expert groups,
  // Micronaut, Gradle, Quarkus, Spring), open games (OpenTTD, Luanti, Veloren, Space Station 14), web servers (httpd's
  // board reports, Squid, lighttpd, Varnish))
  [178, 48, 'scored once, blind, on 2026-12-07 (parser 157); tuned on since (parsers 158-161)', { precision: 0.81, recall: 0.75, bodyPrecision: 0.7, bodyRecall: 0.79, titleRecall: 0.71, refRecall: 0.81, projectAccuracy: 0.2, titlePrecision: 0.78 }],
  // (round 179 was scored blind at parser 158: detection 82% / 82%, body alone 66% / 86%, titles 88% (87 of 99), refs
  // 3 of 13, names 18% (4 of 22), title precision 91% (87 of 96); 12 of its 46 posts labelled unsure; legal and
  // licensing bodies (OpenChain work groups, FSFE, Conservancy), documentation tools (Read the Docs, Write the Docs'
  // board, Jekyll), mail clients (KDE PIM sprints, Thunderbird's meetings, NeoMutt), networking tools (curl's weekly
  // reports, nmap, OpenVPN, WireGuard))
  [179, 46, 'scored once, blind, on 2026-12-07 (parser 158); tuned on since (parsers 159-161; 159 a fix the older floors found)', { precision: 0.82, recall: 0.86, bodyPrecision: 0.65, bodyRecall: 0.86, titleRecall: 0.91, refRecall: 0.69, projectAccuracy: 0.22, titlePrecision: 0.89 }],
  // (round 180 was scored blind at parser 158: detection 85% / 71%, body alone 67% / 92%, titles 79% (134 of 170),
  // refs 55 of 56, names 17% (4 of 24), title precision 94% (134 of 142); 14 of its 46 posts labelled unsure;
  // compilers (LLVM's board and area teams, Swift's server workgroup, Nim, Crystal), testing frameworks (pytest
  // sprints, Mocha, Hypothesis, Robot Framework), containers outside the CNCF (Podman's community meetings, Moby's
  // development reports, LXC), civic tech (Code for Harima, g0v, mySociety, OSM US))
  [180, 46, 'scored once, blind, on 2026-12-07 (parser 158); tuned on since (parsers 159-161; 159 a fix the older floors found)', { precision: 0.85, recall: 0.7, bodyPrecision: 0.66, bodyRecall: 0.91, titleRecall: 0.78, refRecall: 0.98, projectAccuracy: 0.16, titlePrecision: 0.94 }],
  // (round 181 was scored blind at parser 160: detection 94% / 67%, body alone 69% / 75%, titles 46% (66 of 142), refs
  // 1 of 36, names 17% (4 of 24), title precision 70% (66 of 94); 7 of its 43 posts labelled unsure; Chinese, Japanese
  // and Korean communities (openEuler's TC, OSSAJ's board, Sphinx users' JP, OpenChain Korea), Spanish and Portuguese
  // ones (GUL UC3M, Python Brasil, TDF's board in Portuguese), German, French and Italian associations (CCC Bremen,
  // Toulibre, TuxFamily), hackerspaces (Makerspace Gütersloh, Nottinghack))
  [181, 43, 'scored once, blind, on 2026-12-07 (parser 160); tuned on since (parser 161)', { precision: 0.94, recall: 0.7, bodyPrecision: 0.69, bodyRecall: 0.75, titleRecall: 0.57, refRecall: 0.3, projectAccuracy: 0.16, titlePrecision: 0.7 }],
  // (round 182 was scored blind at parser 160: detection 96% / 88%, body alone 83% / 96%, titles 86% (102 of 119),
  // refs 45 of 48, names 32% (8 of 25), title precision 82% (102 of 124); 15 of its 45 posts labelled unsure; Mozilla
  // (staff meetings, Reps Council, MDN, the Foundation's weekly activities), browser engines (Ladybird's monthly news,
  // Igalia's WebKit periodical), Apache projects (Flink's community updates, Iceberg, Pulsar), office suites (TDF's
  // board, Apache OpenOffice's board reports, Calligra))
  [182, 45, 'scored once, blind, on 2026-12-07 (parser 160); tuned on since (parser 161)', { precision: 0.95, recall: 0.88, bodyPrecision: 0.82, bodyRecall: 0.96, titleRecall: 0.85, refRecall: 0.93, projectAccuracy: 0.32, titlePrecision: 0.82 }],
  // (round 183 was scored blind at parser 161: detection 89% / 84%, body alone 50% / 79%, titles 84% (107 of 128),
  // refs 18 of 54, names 5% (1 of 19), title precision 86% (107 of 124); 9 of its 43 posts labelled unsure; federated
  // chat and social protocols (XMPP's member meetings and newsletter, Mastodon's Trunk & Tidbits, This Week in Matrix,
  // Lemmy), standards working groups (IETF AIPREF, NMOP, ALTO; W3C Immersive Web), machine-learning frameworks (ONNX's
  // steering committee and SIGs, PyTorch, TensorFlow, Kubeflow), observability (OpenTelemetry's year reviews and
  // OpAMP, Jaeger, Prometheus, Nagios))
  [183, 43, 'scored once, blind, on 2026-12-07 (parser 161); tuned on since (parsers 162-169)', { precision: 0.89, recall: 0.89, bodyPrecision: 0.5, bodyRecall: 0.78, titleRecall: 0.83, refRecall: 0.37, projectAccuracy: 0.05, titlePrecision: 0.86 }],
  // (round 184 was scored blind at parser 161: detection 88% / 75%, body alone 74% / 85%, titles 75% (79 of 106), refs
  // 47 of 48, names 10% (2 of 20), title precision 91% (79 of 87); 13 of its 41 posts labelled unsure; embedded Linux
  // and RTOS projects (Yocto's weekly minutes, RIOT's maintainer assemblies, Buildroot's developer days, U-Boot,
  // Zephyr, NuttX), scientific computing (Fortran-lang's newsletters and J3 reports, QIR Alliance's steering
  // committee), localization and fonts (Google Fonts' oxidize notes, Mageia i18n, Weblate, Noto), radio (GNU Radio's
  // GSoC check-ins and organisation updates, FreeDV))
  [184, 41, 'scored once, blind, on 2026-12-07 (parser 161); tuned on since (parsers 162-169)', { precision: 0.88, recall: 0.8, bodyPrecision: 0.73, bodyRecall: 0.85, titleRecall: 0.78, refRecall: 1, projectAccuracy: 0.1, titlePrecision: 0.88 }],
  // (round 185 was scored blind at parser 161: detection 79% / 79%, body alone 65% / 83%, titles 81% (173 of 214),
  // refs 45 of 45, names 29% (7 of 24), title precision 93% (173 of 186); 7 of its 46 posts labelled unsure; advocacy
  // groups (FSFE's general assemblies and newsletters, Open Rights Group, EFFector, April, La Quadrature du Net),
  // mobile Linux (LineageOS changelogs, postmarketOS, Sailfish OS collaboration meetings, GrapheneOS), CI and
  // developer infrastructure (Jenkins infra and governance meetings, Meson, Software Heritage, Bazel), open science
  // (pyOpenSci, Software Carpentry's steering committee, US-RSE, rOpenSci))
  [185, 46, 'scored once, blind, on 2026-12-07 (parser 161); tuned on since (parsers 162-169)', { precision: 0.76, recall: 0.83, bodyPrecision: 0.63, bodyRecall: 0.87, titleRecall: 0.83, refRecall: 1, projectAccuracy: 0.33, titlePrecision: 0.93 }],
  // (round 186 was scored blind at parser 161: detection 95% / 79%, body alone 83% / 83%, titles 92% (57 of 62), refs
  // 23 of 23, names 29% (7 of 24), title precision 81% (57 of 70); 8 of its 48 posts labelled unsure; archives of
  // 1999-2004 (mozilla.org status updates, GNOME summaries and board minutes, KC KDE, kdepim, debian-boot), kernel
  // lists' public-inbox mirrors (blktests failures, linux-next, bpf development stats, linux-rdma, linux-nfs), event
  // write-ups (Rust's all-hands and leads summit, GStreamer hackfest, ESUG's FOSDEM devroom, Hyperledger's maintainers
  // summit), company teams (Bootlin, Linaro, Igalia, Ubuntu Desktop's Pulse, SUSE Hack Week))
  [186, 48, 'scored once, blind, on 2026-12-07 (parser 161); tuned on since (parsers 162-169)', { precision: 0.95, recall: 0.87, bodyPrecision: 0.83, bodyRecall: 0.83, titleRecall: 0.91, refRecall: 1, projectAccuracy: 0.29, titlePrecision: 0.81 }],
  // (round 187 was scored blind at parser 162: detection 77% / 74%, body alone 61% / 87%, titles 86% (219 of 256),
  // refs 99 of 161, names 22% (5 of 23), title precision 81% (219 of 271); 11 of its 45 posts labelled unsure; open-
  // knowledge groups (OpenStreetMap Belgium's board, Wikimedia Belgium, Creative Commons Malaysia, OKF), cryptography
  // (OpenSSL's OTC, Sigsum, ISRG, GnuPG news, Tor's community team), language runtimes (Node.js CommComm, Zig, Ruby's
  // dev meetings, Crystal, Kotlin, Go, PHP), desktop environments (Budgie, LXQt, Xfce's Thunar, Hyprland, Wayland))
  // (body-alone precision 0.6 -> 0.58 with parser 170: a plain body that is HTML written out is read as HTML, whose
  // headings and lists then show; over rounds 1-198 that takes four reports more from the body alone, and four
  // look-alikes (an outage's post-mortem, a call for board candidates, a driver's call for testing, a release
  // announcement), one other no longer)
  [187, 45, 'scored once, blind, on 2026-12-07 (parser 162); tuned on since (parsers 163-169)', { precision: 0.77, recall: 0.73, bodyPrecision: 0.58, bodyRecall: 0.86, titleRecall: 0.85, refRecall: 0.61, projectAccuracy: 0.21, titlePrecision: 0.8 }],
  // (round 188 was scored blind at parser 162: detection 94% / 74%, body alone 75% / 78%, titles 64% (75 of 117), refs
  // 15 of 15, names 26% (6 of 23), title precision 77% (75 of 97); 6 of its 47 posts labelled unsure; student groups
  // and OSPOs (OSU Open Source Club, Season of Docs, Outreachy, CHAOSS weekly, JHU OSPO), storage (Lustre's working
  // group, OpenAFS, bcachefs, XFS, OpenZFS), Nordic and Slavic communities (Python Sverige, PLPUG, Pyvec, NUUG,
  // Svenska Linuxföreningen), virtualization (Xen's advisory board, KubeVirt, Kata Containers, OpenNebula, Proxmox))
  [188, 47, 'scored once, blind, on 2026-12-07 (parser 162); tuned on since (parsers 163-169)', { precision: 0.94, recall: 0.73, bodyPrecision: 0.75, bodyRecall: 0.78, titleRecall: 0.64, refRecall: 1, projectAccuracy: 0.26, titlePrecision: 0.77 }],
  // (round 189 was scored blind at parser 163: detection 94% / 74%, body alone 72% / 78%, titles 72% (68 of 95), refs
  // 27 of 27, names 9% (2 of 23), title precision 83% (68 of 82); 3 of its 46 posts labelled unsure; BSDs (FreeBSD's
  // quarterly reports, Haiku's activity reports and GSoC, illumos, DragonFly, pkgsrc), web CMS and e-commerce
  // (PrestaShop's core weekly, Mage-OS, Joomla's departments, Drupal's association, Backdrop), Python projects (PSF
  // communications reports, pip team meetings, PyPy's sprints and py3k status, Django), network operators (RIPE,
  // NANOG, Open-IX, Freifunk Erfurt, APNIC's policy SIG, DNS-OARC))
  [189, 46, 'scored once, blind, on 2026-12-07 (parser 163); tuned on since (parsers 164-169)', { precision: 0.94, recall: 0.78, bodyPrecision: 0.73, bodyRecall: 0.82, titleRecall: 0.74, refRecall: 1, projectAccuracy: 0.08, titlePrecision: 0.8 }],
  // (round 190 was scored blind at parser 163: detection 91% / 91%, body alone 74% / 100%, titles 77% (120 of 155),
  // refs 63 of 82, names 39% (9 of 23), title precision 92% (120 of 130); 9 of its 45 posts labelled unsure; game
  // engines (This Month in Minetest, MonoGame's board, O3DE SIGs, OpenRA, Stride), Rust projects (the Embedded WG's
  // minutes and newsletters, rust-analyzer changelogs, gfx-rs, Tokio Console), foundations' governance (OpenSSF's TAC
  // and ORBIT WG, OpenJS CPC, Eclipse's architecture council, SPI's board, NLnet), list mail with whole headers
  // (linux-next daily trees, syzbot digests, rdma-core releases, the NFS bake-a-thon))
  [190, 45, 'scored once, blind, on 2026-12-07 (parser 163); tuned on since (parsers 164-169)', { precision: 0.91, recall: 0.95, bodyPrecision: 0.74, bodyRecall: 1, titleRecall: 0.92, refRecall: 0.76, projectAccuracy: 0.43, titlePrecision: 0.93 }],
  // (round 191 was scored blind at parser 164: detection 87% / 83%, body alone 76% / 92%, titles 72% (52 of 72), refs
  // 53 of 62, names 29% (7 of 24), title precision 67% (52 of 78); 9 of its 47 posts labelled unsure; music software
  // (SuperCollider's dev meetings, MuseScore's GSoC wrap-ups, JACK, Ardour), health and public-sector projects
  // (OpenMRS's squad and leadership calls, Bahmni, DHIS2's newsletter, GOV.UK weeknotes, Sahana), the graphics stack
  // (X.Org's board summaries, XDC, Mesa, Wayland), personal activity reports (Debian LTS reports, a KDE developer's
  // month, personal status updates))
  [191, 47, 'scored once, blind, on 2026-12-07 (parser 164); tuned on since (parsers 165-169)', { precision: 0.86, recall: 0.83, bodyPrecision: 0.75, bodyRecall: 0.91, titleRecall: 0.72, refRecall: 0.85, projectAccuracy: 0.29, titlePrecision: 0.66 }],
  // (round 192 was scored blind at parser 164: detection 74% / 80%, body alone 67% / 72%, titles 65% (78 of 120), refs
  // 70 of 71, names 16% (4 of 25), title precision 77% (78 of 101); 16 of its 46 posts labelled unsure; meetbot and
  // IRC logs (OpenStack's TC, Fedora's board, Debian's DPL helpers, Gentoo's council, XMPP's council, Ubuntu Ireland),
  // release management (Kubernetes release team updates and burndowns, Node.js LTS and release WGs, Debian stretch,
  // GNOME and KDE schedules), French, Spanish and Portuguese associations (foopgp, AIUS, GUL UC3M, ANSOL, Framasoft,
  // April), table-shaped reports (rustc-perf triage logs, Adoptium's build triage, Debian's architecture
  // requalification, OnionShare's localization))
  [192, 46, 'scored once, blind, on 2026-12-07 (parser 164); tuned on since (parsers 165-169)', { precision: 0.75, recall: 0.84, bodyPrecision: 0.66, bodyRecall: 0.72, titleRecall: 0.7, refRecall: 0.98, projectAccuracy: 0.16, titlePrecision: 0.74 }],
  // (round 193 was scored blind at parser 165: detection 91% / 80%, body alone 77% / 80%, titles 58% (63 of 108), refs
  // 23 of 27, names 24% (6 of 25), title precision 80% (63 of 79); 9 of its 45 posts labelled unsure; office suites
  // and document formats (LibreOffice's design, marketing and board minutes, OASIS's OpenDocument TC), CNCF projects
  // (Helm's dev calls, Backstage's annual review, Flux, Linkerd's meeting recaps and edge roundups, Istio), status
  // told in prose (Drew DeVault's and Simon Ser's status updates, the state of Sway), Asian-language communities
  // (openEuler's TC, deepin, OpenHarmony SIGs, JPUG, Code for Korea))
  [193, 45, 'scored once, blind, on 2026-12-07 (parser 165); tuned on since (parsers 166-169)', { precision: 0.9, recall: 0.8, bodyPrecision: 0.76, bodyRecall: 0.8, titleRecall: 0.58, refRecall: 0.85, projectAccuracy: 0.24, titlePrecision: 0.79 }],
  // (round 194 was scored blind at parser 165: detection 86% / 83%, body alone 71% / 87%, titles 56% (54 of 97), refs
  // 68 of 69, names 17% (4 of 23), title precision 64% (54 of 85); 11 of its 48 posts labelled unsure; Ubuntu teams
  // (Ubuntu MATE, the Weekly Newsletter, the Technical Board, Ubuntu Studio, Kubuntu), Fedora and CentOS (the Council,
  // CentOS's board and newsletter, 5tFTW, EPEL), toolchains (gccrs monthly reports, GCC's GSoC, GDB), distributions'
  // governance (Gentoo's council summaries, NixOS Weekly, openSUSE's weekly review and Tumbleweed updates, Alpine,
  // Arch, Void))
  [194, 48, 'scored once, blind, on 2026-12-07 (parser 165); tuned on since (parsers 166-169)', { precision: 0.86, recall: 0.86, bodyPrecision: 0.71, bodyRecall: 0.86, titleRecall: 0.6, refRecall: 0.98, projectAccuracy: 0.21, titlePrecision: 0.65 }],
  // (round 195 was scored blind at parser 166: detection 83% / 96%, body alone 74% / 100%, titles 82% (143 of 175),
  // refs 26 of 28, names 12% (3 of 26), title precision 86% (143 of 166); 9 of its 47 posts labelled unsure; PHP and
  // JavaScript bodies (npm's open RFC meetings, PHP-FIG, PEAR's group, the jQuery Foundation's board), firmware and
  // hardware enablement (Asahi Linux's progress reports, TianoCore's community meetings, RISC-V's Vector SIG,
  // coreboot), mentorship programmes (Summer of Bitcoin, Gentoo's GSoC weekly and midterm reports, Outreachy, LFX),
  // Apache board reports (the ASF board's minutes, Annotator and DataFusion reports, incubator reminders and
  // graduation trackers))
  [195, 47, 'scored once, blind, on 2026-12-07 (parser 166); tuned on since (parsers 167-169)', { precision: 0.83, recall: 0.96, bodyPrecision: 0.74, bodyRecall: 1, titleRecall: 0.81, refRecall: 0.92, projectAccuracy: 0.11, titlePrecision: 0.86 }],
  // (round 196 was scored blind at parser 166: detection 71% / 65%, body alone 61% / 61%, titles 51% (48 of 94), refs
  // 0 of 0, names 26% (6 of 23), title precision 84% (48 of 57); 14 of its 47 posts labelled unsure; OpenStack and
  // OpenInfra (Cinder's, Ironic's and Kolla's PTG summaries, a release countdown, StarlingX, Zuul), science and
  // engineering tools (FreeCAD's developer meetings, OpenRefine's advisory committee, VTK's ARB, ROOT, LAMMPS,
  // IPython), hard look-alikes beside reports from the same places (release notes, a survey's results, one outage's
  // post-mortem, a CFP with tracks, a donation appeal recounting the year; Libera.Chat's and KiCad's status posts,
  // CouchDB's board report), German-speaking communities (CCC chapters' plenums and Mitschriften, ubuntuusers' team
  // meeting, FSFE's Fellowship meeting))
  [196, 47, 'scored once, blind, on 2026-12-07 (parser 166); tuned on since (parsers 167-169)', { precision: 0.73, recall: 0.73, bodyPrecision: 0.6, bodyRecall: 0.6, titleRecall: 0.51, refRecall: 1, projectAccuracy: 0.26, titlePrecision: 0.84 }],
  // (round 197 was scored blind at parser 168: detection 88% / 91%, body alone 77% / 87%, titles 84% (102 of 121),
  // refs 46 of 49, names 39% (9 of 23), title precision 79% (102 of 129); 9 of its 47 posts labelled unsure;
  // functional-language bodies (the Haskell Foundation's board, the Scala Center's advisory board minutes, OCaml.org),
  // kernel meetings on public-inbox mirrors (KVM Forum BoFs, Maintainers Summit topics, linux-next daily trees, LPC
  // CFPs), minutes of bodies whose subject names only the body (AMP's TSC, Bevy's board, Intersect's TSC, OSGeo's
  // board, X.Org's board summaries), newsletters and digests (LWKD, The Ember Times, Swift Weekly Brief, This Week in
  // KDE Apps))
  [197, 47, 'scored once, blind, on 2026-12-07 (parser 168); tuned on since (parser 169)', { precision: 0.87, recall: 0.91, bodyPrecision: 0.76, bodyRecall: 0.86, titleRecall: 0.84, refRecall: 0.93, projectAccuracy: 0.39, titlePrecision: 0.79 }],
  // (round 198 was scored blind at parser 168: detection 83% / 83%, body alone 73% / 96%, titles 63% (64 of 102), refs
  // 13 of 14, names 35% (8 of 23), title precision 70% (64 of 91); 10 of its 47 posts labelled unsure; event write-ups
  // (GNOME's hackfests, KDE's Randa and Berlin sprints, Plone's Snow Sprint, StoryBoard), 2000s project lists
  // (Inkscape's project status, Wine Traffic, ReactOS's newsletter, Xfce Weekly News, Pidgin, AbiWord, Scribus,
  // Geany), security teams (OpenSSF's Vulnerability Disclosures WG, the CVE Program's board and automation WG, Debian
  // LTS, Kubernetes' security response), documentation communities (Write the Docs' newsletters and board updates,
  // Read the Docs' reports))
  [198, 47, 'scored once, blind, on 2026-12-07 (parser 168); tuned on since (parser 169)', { precision: 0.83, recall: 0.86, bodyPrecision: 0.73, bodyRecall: 0.95, titleRecall: 0.86, refRecall: 1, projectAccuracy: 0.34, titlePrecision: 0.76 }],
  // (round 199 was scored blind at parser 169: detection 77% / 77%, body alone 65% / 77%, titles 76% (96 of 126), refs
  // 37 of 41, names 36% (8 of 22), title precision 84% (96 of 114); 15 of its 45 posts labelled unsure; web browsers
  // and engines (This Week in Servo, This Month in Ladybird, Haiku's WebKit port, Mozilla's runtime team), databases
  // (PostgreSQL Weekly News in French, MariaDB's board minutes, the Firebird Foundation, SQLAlchemy, DuckDB, Vitess),
  // editors and IDEs (This Week in Neovim, Emacs News, Eclipse's planning council, VS Code, Vim 9), home automation
  // (Node-RED, openHAB, Home Assistant))
  [199, 45, 'scored once, blind, on 2026-12-07 (parser 169); tuned on since (parsers 170-176)', { precision: 0.77, recall: 0.77, bodyPrecision: 0.66, bodyRecall: 0.81, titleRecall: 0.77, refRecall: 0.9, projectAccuracy: 0.36, titlePrecision: 0.84 }],
  // (round 200 was scored blind at parser 169: detection 83% / 74%, body alone 72% / 78%, titles 76% (93 of 122), refs
  // 29 of 39, names 19% (5 of 27), title precision 97% (93 of 96); 12 of its 48 posts labelled unsure; geospatial
  // projects (MapLibre's newsletter, GeoServer, GDAL's and QGIS's first meetings, the OSMF), configuration management
  // (Ansible's Bullhorn, Foreman's newsletter, Salt's working groups, Chef's IRC meetings, OpenTofu's TSC), creative
  // applications (Blender's module meetings, Krita, GIMP, darktable's GSoC, Kdenlive at Randa), the fediverse (Lemmy,
  // Friendica, SocialHub, the W3C SocialCG, Mastodon, PeerTube))
  [200, 48, 'scored once, blind, on 2026-12-07 (parser 169); tuned on since (parsers 170-176)', { precision: 0.83, recall: 0.74, bodyPrecision: 0.72, bodyRecall: 0.77, titleRecall: 0.76, refRecall: 0.74, projectAccuracy: 0.22, titlePrecision: 0.96 }],
  // (round 201 was scored blind at parser 170: detection 88% / 68%, body alone 74% / 64%, titles 73% (59 of 81), refs 4
  // of 5, names 14% (3 of 22), title precision 89% (59 of 66); 11 of its 44 posts labelled unsure; accessibility (the
  // Linux Foundation's accessibility workgroups, GNOME's accessibility team, KDE's commit digest, Orca), mail software
  // (NeoMutt, SpamAssassin's board reports, Mailman's GSoC, Roundcube, Dovecot, Exim), networking software (DPDK's
  // boards, OpenWrt's meetings, Open vSwitch reviews), build tools (Guix, Conan, Bazel, Homebrew, vcpkg, Spack, CMake))
  [201, 44, 'scored once, blind, on 2026-12-07 (parser 170); tuned on since (parsers 171-176)', { precision: 0.88, recall: 0.68, bodyPrecision: 0.73, bodyRecall: 0.63, titleRecall: 0.72, refRecall: 0.8, projectAccuracy: 0.18, titlePrecision: 0.89 }],
  // (round 202 was scored blind at parser 170: detection 84% / 91%, body alone 76% / 96%, titles 83% (149 of 180), refs
  // 26 of 35, names 26% (6 of 23), title precision 94% (149 of 159); 14 of its 46 posts labelled unsure; LLVM and other
  // compilers (LLVM Weekly, the LLVM Foundation's board, Zig, SDCC, Free Pascal, Lazarus), education platforms (Sugar
  // Labs' meetings and oversight board, Open edX's TOC, the Moodle Users Association, Oppia), web frameworks and
  // servers (This Week in Rails, What's New in Elixir, Express's TC, Symfony, nginx, Apache httpd, lighttpd, Caddy),
  // bioinformatics (the OBO Foundry's newsletter, nf-core, Galaxy, Biopython, Bioconductor))
  [202, 46, 'scored once, blind, on 2026-12-07 (parser 170); tuned on since (parsers 171-176)', { precision: 0.84, recall: 0.91, bodyPrecision: 0.75, bodyRecall: 0.95, titleRecall: 0.82, refRecall: 0.74, projectAccuracy: 0.3, titlePrecision: 0.93 }],
  // (round 203 was scored blind at parser 171: detection 69% / 50%, body alone 67% / 73%, titles 44% (27 of 61), refs 0
  // of 0, names 9% (2 of 22), title precision 82% (27 of 33); 16 of its 46 posts labelled unsure; 3D printing and open
  // electronics (OctoPrint, Prusa's dev diaries, a RepRap build, Klipper, Marlin, OSHWA), smaller distributions
  // (elementary OS, This Week in Solus, Mageia, PCLinuxOS, Manjaro, Puppy), the JVM ecosystem (JDK rampdowns, GraalVM's
  // advisory board, Clojurists Together, Kotlin, Groovy), civic tech (CKAN, Decidim, g0v, mySociety, OKFN,
  // OpenElections, CONSUL))
  [203, 46, 'scored once, blind, on 2026-12-07 (parser 171); tuned on since (parsers 172-176)', { precision: 0.68, recall: 0.5, bodyPrecision: 0.66, bodyRecall: 0.72, titleRecall: 0.44, refRecall: 1, projectAccuracy: 0.18, titlePrecision: 0.81 }],
  // (round 204 was scored blind at parser 171: detection 89% / 81%, body alone 71% / 81%, titles 57% (56 of 99), refs
  // 34 of 84, names 19% (4 of 21), title precision 65% (57 of 88); 7 of its 46 posts labelled unsure; emulators
  // (PCSX2's progress reports, Citra), network security tools (Suricata, Nmap's and Umit's GSoC, Metasploit, Snort,
  // OSSEC), HPC software (EasyBuild's calls, Lustre's working group, MPICH, PETSc, Slurm), Italian, Dutch and Belgian
  // groups (HSBXL's general assemblies, Whitespace Gent, LinuxTrent, ASSOLI, TDvenlo))
  [204, 46, 'scored once, blind, on 2026-12-07 (parser 171); tuned on since (parsers 172-176)', { precision: 0.9, recall: 0.85, bodyPrecision: 0.66, bodyRecall: 0.76, titleRecall: 0.65, refRecall: 0.4, projectAccuracy: 0.19, titlePrecision: 0.72 }],
  // (round 205 was scored blind at parser 172: detection 63% / 57%, body alone 64% / 67%, titles 62% (55 of 88), refs
  // 21 of 29, names 10% (2 of 20), title precision 81% (55 of 68); 15 of its 46 posts labelled unsure; multimedia
  // frameworks (Xiph's monthly meeting, FFmpeg's and VideoLAN's GSoC, PipeWire's workshop, GStreamer), identity tools
  // (authentik, Shibboleth, OpenLDAP's packaging, FreeIPA, SSSD, KeePassXC, Keycloak), robotics (OSRA's TGC minutes,
  // ArduPilot's dev calls, CanberraUAV, Gazebo, PX4), PyData (scikit-learn, Dask's development log, NumFOCUS's board,
  // Matplotlib, Arrow, pandas, NumPy))
  [205, 46, 'scored once, blind, on 2026-12-07 (parser 172); tuned on since (parsers 173-176)', { precision: 0.65, recall: 0.61, bodyPrecision: 0.63, bodyRecall: 0.66, titleRecall: 0.69, refRecall: 1, projectAccuracy: 0.15, titlePrecision: 0.82 }],
  // (round 206 was scored blind at parser 172: detection 85% / 61%, body alone 78% / 78%, titles 63% (57 of 91), refs 0
  // of 1, names 17% (3 of 18), title precision 98% (57 of 58); 18 of its 42 posts labelled unsure; collaboration tools
  // (Rocket.Chat's GSoC, BigBlueButton, Etherpad, Nextcloud's hackweek, ownCloud's first sprint, Mattermost,
  // Discourse), core system tools (systemd in Debian, BusyBox, toybox, tmux), accounting software (Dolibarr's board,
  // the OCA, Tryton's unconference, GnuCash, hledger), Greek, Turkish, Hebrew and Arabic communities (Linux-IL in 1996,
  // Pardus, GNU Greece, Arabeyes, HELLUG))
  [206, 42, 'scored once, blind, on 2026-12-07 (parser 172); tuned on since (parsers 173-176)', { precision: 0.84, recall: 0.61, bodyPrecision: 0.77, bodyRecall: 0.77, titleRecall: 0.62, refRecall: 0.0, projectAccuracy: 0.27, titlePrecision: 0.98 }],
  // (round 207 was scored blind at parser 173: detection 100% / 91%, body alone 83% / 86%, titles 78% (76 of 98), refs
  // 35 of 94, names 14% (3 of 22), title precision 86% (75 of 87); 9 of its 43 posts labelled unsure; DNS software
  // (NLnet Labs' newsletters, ISC's years in review, BIND, Unbound, CoreDNS), developer tooling (rust-analyzer's
  // changelogs, ESLint's TSC and contributor pool, Prettier), open chip design (the FOSSi Foundation, El Correo Libre,
  // OpenROAD's GSoC, gEDA, Magic), library software (Islandora, Samvera's board, VuFind's PMC, Evergreen's board,
  // ArchivesSpace, Fedora Commons, Koha))
  [207, 43, 'scored once, blind, on 2026-12-07 (parser 173); tuned on since (parsers 174-176)', { precision: 1, recall: 1, bodyPrecision: 0.82, bodyRecall: 0.86, titleRecall: 0.8, refRecall: 0.65, projectAccuracy: 0.18, titlePrecision: 0.86 }],
  // (round 208 was scored blind at parser 173: detection 75% / 63%, body alone 64% / 84%, titles 54% (46 of 85), refs 8
  // of 8, names 32% (6 of 19), title precision 92% (46 of 50); 8 of its 42 posts labelled unsure; static-site tools
  // (Eleventy's and Docusaurus's years in review, Hugo, MkDocs), desktop plumbing (PulseConf, the Linux Bluetooth
  // subsystem's merge-window summaries, PolicyKit, KDE's network management sprint, BlueZ), test frameworks (Fuego,
  // LAVA's design meetings, Cucumber, openQA at Hack Week, Avocado, JUnit), research data platforms (Invenio,
  // InvenioRDM, PKP, Dataverse, CERN Open Data, ORCID))
  // (title precision 0.92 -> 0.90 with parser 181: a meeting's invitation past a post's opening lines weighs as a
  // newsletter's announcements do under a report's strong cue; this round's LAVA design meeting is found since, and its
  // label does not hold all of the headings it gives)
  [208, 42, 'scored once, blind, on 2026-12-07 (parser 173); tuned on since (parsers 174-176)', { precision: 0.76, recall: 0.68, bodyPrecision: 0.64, bodyRecall: 0.84, titleRecall: 0.56, refRecall: 1, projectAccuracy: 0.42, titlePrecision: 0.9 }],
  // (round 209 was scored blind at parser 174: detection 90% / 75%, body alone 86% / 79%, titles 85% (95 of 112), refs
  // 91 of 92, names 25% (6 of 24), title precision 90% (95 of 106); 11 of its 47 posts labelled unsure; Lisp and
  // Smalltalk (Racket News, Pharo's weekly issue tracker, the Squeak oversight board, Common Lisp's steering list of
  // the 1980s), Android apps (This Week in F-Droid, NewPipe's state of the pipe), astronomy software (Astropy's finance
  // committee, Gammapy, CASA, KStars' GSoC), open-source games (This Week in Veloren, Hedgewars, Mindustry, Xonotic,
  // Warzone 2100, Freeciv))
  [209, 47, 'scored once, blind, on 2026-12-07 (parser 174); tuned on since (parsers 175-176)', { precision: 0.9, recall: 0.75, bodyPrecision: 0.86, bodyRecall: 0.79, titleRecall: 0.84, refRecall: 0.98, projectAccuracy: 0.25, titlePrecision: 0.89 }],
  // (round 210 was scored blind at parser 174: detection 83% / 83%, body alone 71% / 96%, titles 63% (68 of 108), refs
  // 30 of 31, names 13% (3 of 23), title precision 67% (69 of 103); 11 of its 47 posts labelled unsure; package
  // registries (crates.io, the Rust infrastructure team, PyPI's audits and incidents, PAUSE, Hackage), licence
  // compliance (the OSI's licence review summaries, AboutCode's GSoC, Software Heritage, REUSE, FOSSology,
  // ClearlyDefined), speech and voice (Mycroft's Mark II updates, Common Voice, DeepSpeech, Rhasspy, Coqui),
  // humanitarian tech (OpenLMIS's product committee, the Community Health Toolkit, FrontlineSMS, HOT, Ushahidi))
  [210, 47, 'scored once, blind, on 2026-12-07 (parser 174); tuned on since (parsers 175-176)', { precision: 0.82, recall: 0.82, bodyPrecision: 0.7, bodyRecall: 0.95, titleRecall: 0.62, refRecall: 0.96, projectAccuracy: 0.13, titlePrecision: 0.66 }],
  // (round 211 was scored blind at parser 175: detection 75% / 78%, body alone 69% / 78%, titles 85% (83 of 98), refs
  // 55 of 55, names 30% (7 of 23), title precision 100% (83 of 83); 16 of its 50 posts labelled unsure; architecture
  // ports (Debian's riscv64, m68k and s390x ports, Fedora's ARM and secondary architectures, Gentoo's arch teams,
  // OpenBSD mac68k), web archiving (openZIM's developer meetings, Kiwix, Wikimedia's offline projects, Webrecorder, the
  // IIPC), peer-to-peer software (IPFS's weekly syncs and newsletter, Tahoe-LAFS, GNUnet, libp2p), security-focused
  // systems (CalyxOS's progress reports, Qubes OS))
  [211, 50, 'scored once, blind, on 2026-12-07 (parser 175); tuned on since (parser 176)', { precision: 0.75, recall: 0.78, bodyPrecision: 0.69, bodyRecall: 0.78, titleRecall: 0.84, refRecall: 1, projectAccuracy: 0.3, titlePrecision: 1 }],
  // (round 212 was scored blind at parser 175: detection 82% / 67%, body alone 71% / 71%, titles 78% (53 of 68), refs 3
  // of 17, names 14% (3 of 21), title precision 79% (53 of 67); 16 of its 48 posts labelled unsure; Indian communities
  // (GLUG-Madurai, ILUG-Delhi, ILUG-Chennai, FSMM, FOSS United, the Indic localisation newsletter, PyCon India),
  // African communities (Python Ghana, Mozilla's Kenyan and African communities, PyCon Africa, OpenStreetMap in Africa,
  // FOSSFA), network operating systems (VyOS, ONIE, pfSense, IPFire, SONiC), key-value stores (Valkey, Kubernetes' SIG
  // etcd, Apache Cassandra's changelog, memcached, Redis))
  [212, 48, 'scored once, blind, on 2026-12-07 (parser 175); tuned on since (parser 176)', { precision: 0.82, recall: 0.66, bodyPrecision: 0.71, bodyRecall: 0.71, titleRecall: 0.77, refRecall: 0.17, projectAccuracy: 0.19, titlePrecision: 0.79 }],
  // (round 213 was scored blind at parser 175: detection 86% / 90%, body alone 69% / 95%, titles 90% (69 of 77), refs
  // 13 of 16, names 5% (1 of 21), title precision 90% (69 of 77); 6 of its 42 posts labelled unsure; forges (the Gerrit
  // project's community-manager and ESC minutes and news, Gitea), Australian and New Zealand groups (Linux Australia's
  // council minutes, NZOSS's president's reports), cloud platforms (Apache Libcloud's years in retrospect), boot
  // security (TrenchBoot, tboot, the integrity subsystem's bots and pulls))
  [213, 42, 'scored once, blind, on 2026-12-07 (parser 175); tuned on since (parser 176)', { precision: 0.86, recall: 0.9, bodyPrecision: 0.68, bodyRecall: 0.95, titleRecall: 0.89, refRecall: 0.81, projectAccuracy: 0.09, titlePrecision: 0.89 }],
  // (round 214 was scored blind at parser 175: detection 74% / 81%, body alone 59% / 90%, titles 82% (95 of 116), refs
  // 10 of 23, names 10% (2 of 21), title precision 95% (95 of 100); 13 of its 43 posts labelled unsure; message queues
  // (Mosquitto, This Month in RabbitMQ, NATS), the Go blog (Go's birthdays, the contributors summit, the runtime), Dart
  // and Flutter (the Dart language newsletter and language sync, Flame, DevTools), mesh networks (LibreMesh's meetings,
  // Yggdrasil))
  [214, 43, 'scored once, blind, on 2026-12-07 (parser 175); tuned on since (parser 176)', { precision: 0.73, recall: 0.8, bodyPrecision: 0.59, bodyRecall: 0.9, titleRecall: 0.81, refRecall: 0.43, projectAccuracy: 0.19, titlePrecision: 0.95 }],
  // (round 215 was scored blind at parser 176: detection 100% / 62%, body alone 91% / 62%, titles 55% (21 of 38), refs 1
  // of 1, names 19% (3 of 16), title precision 70% (21 of 30); 16 of its 34 posts labelled unsure; functional languages
  // (the erlang-questions list, Clojure's first-year retrospective, Coq's working group, OCaml Weekly News, the Scala
  // Center's advisory board, Agda), scripting languages (perl5-porters' CPAN river reports, Perl 6 design minutes, Tcl),
  // typesetting (TUG news, LaTeX3 News, ConTeXt's MkIV history, UK-TUG's committee), monitoring (collectd, Ganglia,
  // Icinga, Nagios))
  [215, 34, 'scored once, blind, on 2026-12-08 (parser 176); tuned on since (parsers 177-182)', { precision: 1, recall: 0.68, bodyPrecision: 0.9, bodyRecall: 0.62, titleRecall: 0.55, refRecall: 1, projectAccuracy: 0.25, titlePrecision: 0.7 }],
  // (round 216 was scored blind at parser 176: detection 94% / 71%, body alone 75% / 71%, titles 44% (32 of 72), refs 6
  // of 7, names 0% (0 of 21), title precision 52% (32 of 62); 5 of its 42 posts labelled unsure; localization
  // (OpenStack's i18n SIG, GNOME's quarterly report, Wikimedia's translation committee, WordPress Polyglots, Debian
  // i18n), printing (OpenPrinting's news, minutes and GSoC posts, the PWG steering committee, SANE, Gutenprint),
  // containers (the containers list's checkpoint/restart BOF, snapd, Docker's governance board, Podman's cabal, LXC and
  // LXD), Wikimedia (Books & Bytes, Wikimedia Deutschland's monthly report, the Offline Projects' report, Kiwix's grant
  // report, Wikidata's tech-lead digest))
  [216, 42, 'scored once, blind, on 2026-12-08 (parser 176); tuned on since (parsers 177-182)', { precision: 0.94, recall: 0.76, bodyPrecision: 0.76, bodyRecall: 0.76, titleRecall: 0.73, refRecall: 1, projectAccuracy: 0.04, titlePrecision: 0.69 }],
  // (round 217 was scored blind at parser 177: detection 100% / 82%, body alone 86% / 71%, titles 58% (18 of 31), refs 1
  // of 1, names 18% (3 of 17), title precision 75% (18 of 24); 13 of its 38 posts labelled unsure; storage (linux-bcache,
  // linux-nfs's netfslib roadmap, the IETF NFSv4 group's minutes, linux-raid, gfs2), hardware enablement (the Linux media
  // summit reports, etnaviv, ALSA and SOF, Lima), public funding (OONI's monthly reports, the Open Technology Fund, a pip
  // maintainer's monthly update, NLnet grantees), chat (Jabber's jdev and Jabber Journal, Telepathy, Pidgin); 38 posts at
  // the blind run, one of them a cross-posted copy of a linux-kernel post already in the corpus, removed after it)
  [217, 37, 'scored once, blind, on 2026-12-08 (parser 177); tuned on since (parsers 178-182)', { precision: 1, recall: 0.87, bodyPrecision: 0.84, bodyRecall: 0.68, titleRecall: 0.6, refRecall: 1, projectAccuracy: 0.25, titlePrecision: 0.71 }],
  // (round 218 was scored blind at parser 177: detection 94% / 79%, body alone 82% / 74%, titles 80% (56 of 70), refs 131
  // of 131, names 21% (4 of 19), title precision 60% (56 of 93); 14 of its 46 posts labelled unsure; mathematics software
  // (This Month in mathlib, mathport, OSCAR, Axiom, SymPy, GAP, Maxima), Ruby (Rubinius, Ruby Mendicant, RubyGems, JRuby,
  // MacRuby), JavaScript (TC39's notes, es-discuss, Adventures in Nodeland, npm's year in review, io.js, jQuery UI),
  // makers (CircuitPython's weekly meetings, This week in vc4, micro:bit, NuttX))
  [218, 46, 'scored once, blind, on 2026-12-08 (parser 177); tuned on since (parsers 178-182)', { precision: 0.93, recall: 0.78, bodyPrecision: 0.82, bodyRecall: 0.73, titleRecall: 0.8, refRecall: 1, projectAccuracy: 0.21, titlePrecision: 0.6 }],
  // (round 219 was scored blind at parser 178: detection 82% / 47%, body alone 85% / 58%, titles 54% (15 of 28), refs 0
  // of 25, names 26% (5 of 19), title precision 65% (15 of 23); 18 of its 43 posts labelled unsure; alternative operating
  // systems (Plan 9's IRC meetings, AROS, seL4's TSC and board, FreeDOS, OpenIndiana), version control (darcs' sprint
  // reports and weekly news, Bazaar, GNU arch, Mercurial's sprints), web servers (Traffic Server, HAProxy, Varnish,
  // nginx, Cherokee), search engines (Lucene's board report, Lucy, Nutch, Xapian, YaCy))
  [219, 43, 'scored once, blind, on 2026-12-08 (parser 178); tuned on since (parsers 179-182)', { precision: 0.83, recall: 0.52, bodyPrecision: 0.84, bodyRecall: 0.57, titleRecall: 0.53, refRecall: 1, projectAccuracy: 0.26, titlePrecision: 0.62 }],
  // (round 220 was scored blind at parser 178: detection 84% / 80%, body alone 89% / 85%, titles 58% (38 of 66), refs 1
  // of 3, names 20% (4 of 20), title precision 73% (38 of 52); 9 of its 46 posts labelled unsure; content management
  // (Drupal 8's status talk, Plone's framework team and board, TYPO3's release team, WordPress's dev chat), audio
  // (Rosegarden's release page, FreeBSD's audio stack, FluidSynth, JACK, linux-audio-dev), lab control (EPICS's meetings,
  // Tango Controls' steering committee, LCLS controls, NeXus), earth science (CCSM's software engineering group,
  // Unidata's netCDF status, CF governance, ESMValTool, ESGF))
  [220, 46, 'scored once, blind, on 2026-12-08 (parser 178); tuned on since (parsers 179-182)', { precision: 0.84, recall: 0.8, bodyPrecision: 0.89, bodyRecall: 0.85, titleRecall: 0.57, refRecall: 0.33, projectAccuracy: 0.2, titlePrecision: 0.73 }],
  // (round 221 was scored blind at parser 179: detection 86% / 86%, body alone 73% / 79%, titles 43% (20 of 47), refs 5
  // of 8, names 14% (2 of 14), title precision 80% (20 of 25); 11 of its 40 posts labelled unsure; embedded Linux
  // (Buildroot's hackathon and developer days, U-Boot's community call, Yocto, OpenEmbedded), terminal tools (Midnight
  // Commander, suckless, Alacritty, WezTerm: look-alikes only), open hardware (RISC-V's vector task group and TSC, El
  // Correo Libre, lowRISC's Ibex), health IT (OpenMRS, OpenEMR, DHIS2's newsletter, Eclipse OHF, VistA))
  [221, 40, 'scored once, blind, on 2026-12-08 (parser 179); tuned on since (parsers 180-182)', { precision: 0.85, recall: 0.85, bodyPrecision: 0.73, bodyRecall: 0.78, titleRecall: 0.42, refRecall: 0.62, projectAccuracy: 0.21, titlePrecision: 0.8 }],
  // (round 222 was scored blind at parser 179: detection 76% / 65%, body alone 62% / 65%, titles 57% (29 of 51), refs 1
  // of 3, names 40% (8 of 20), title precision 66% (29 of 44); 16 of its 46 posts labelled unsure; text shaping
  // (HarfBuzz's hackfest, Pango's status reports, ICU, the Unicode Technical Committee's minutes, fontconfig), finance
  // (Bitcoin Core's meeting summaries, Taproot activation, hledger's HCAR entry, GnuCash), Asian and Latin American
  // groups (PLUG Philippines, TLUG, Asakusa.rb, PUG-PE, PyAr, Singapore's slugnet), virtualization (rust-vmm, Linaro's
  // Project Stratos, Proxmox, CentOS's Virt SIG))
  [222, 46, 'scored once, blind, on 2026-12-08 (parser 179); tuned on since (parsers 180-182)', { precision: 0.76, recall: 0.65, bodyPrecision: 0.61, bodyRecall: 0.65, titleRecall: 0.56, refRecall: 0.33, projectAccuracy: 0.4, titlePrecision: 0.65 }],
  // (round 223 was scored blind at parser 180: detection 84% / 73%, body alone 77% / 77%, titles 44% (34 of 77), refs 0
  // of 0, names 50% (11 of 22), title precision 67% (34 of 51); 16 of its 46 posts labelled unsure; genealogy (FHISO's
  // board, BetterGEDCOM, Gramps, GeneWeb), chemistry (FSAtom, Octopus, Chimera's developer meetings, Avogadro, Open Force
  // Field, GROMACS, CP2K), e-books (W3C's publishing steering committee, the Readium Foundation's board, DAISY Planet,
  // Sigil), self-hosting (Sandstorm, FreedomBox, YunoHost, Cloudron))
  [223, 46, 'scored once, blind, on 2026-12-08 (parser 180); tuned on since (parsers 181-182)', { precision: 0.85, recall: 0.77, bodyPrecision: 0.77, bodyRecall: 0.77, titleRecall: 0.44, refRecall: 1, projectAccuracy: 0.5, titlePrecision: 0.65 }],
  // (round 224 was scored blind at parser 180: detection 73% / 50%, body alone 80% / 50%, titles 84% (16 of 19), refs 59
  // of 59, names 0% (0 of 16), title precision 89% (16 of 18); 12 of its 42 posts labelled unsure; formal methods (HOL's
  // conference notes, Isabelle's infrastructure reports, the TLA+ Foundation's monthly updates, ACL2), codecs (libjpeg-
  // turbo, x264, Mesa's AV1 decode, FLAC, Speex, zlib-ng, lzip), input devices (libratbag's GSoC, the Debian X Strike
  // Force's news, libinput, Fedora's i18n meeting, xkeyboard-config), volunteer computing (distributed.net's plans and
  // project status, BOINC, climateprediction.net))
  [224, 42, 'scored once, blind, on 2026-12-08 (parser 180); tuned on since (parsers 181-182)', { precision: 0.72, recall: 0.5, bodyPrecision: 0.8, bodyRecall: 0.5, titleRecall: 0.84, refRecall: 1, projectAccuracy: 0, titlePrecision: 0.88 }],
  // (round 225 was scored blind at parser 181: detection 83% / 29%, body alone 64% / 53%, titles 42% (11 of 26), refs 3
  // of 3, names 0% (0 of 17), title precision 85% (11 of 13); 14 of its 41 posts labelled unsure; knowledge tools (Zim,
  // Tomboy's developer meetings, Joplin, TiddlyWiki, Logseq), photography (darktable's GSoC and OS X port, digiKam's
  // GSoC, Hugin), Unix on Windows and macOS (Fedora's MinGW SIG, MSYS2, MacPorts, Cygwin), 2D graphics (SDL's GSoC,
  // librsvg, Poppler, pixman, Allegro, cairo); the helpers of rounds 225-226 found the search budget used up after a few
  // look-ups)
  [225, 41, 'scored once, blind, on 2026-12-08 (parser 181); tuned on since (parser 182)', { precision: 0.85, recall: 0.35, bodyPrecision: 0.66, bodyRecall: 0.58, titleRecall: 0.5, refRecall: 1, projectAccuracy: 0, titlePrecision: 0.86 }],
  // (round 226 was scored blind at parser 181: detection 83% / 83%, body alone 75% / 83%, titles 85% (110 of 130), refs
  // 70 of 70, names 33% (6 of 18), title precision 87% (110 of 126); 11 of its 38 posts labelled unsure; visualization
  // (VisIt's telecons, VTK's architecture review board, ParaView, gnuplot), packet tools (tcpdump and Arkime pages, look-
  // alikes only), mobile Linux (Maemo Leste's progress updates, the Maemo weekly news, Purism's Librem 5 reports, Plasma
  // Mobile, Replicant), CI/CD (the CD Foundation's TOC and its projects' quarterly reports, Buildbot))
  [226, 38, 'scored once, blind, on 2026-12-08 (parser 181); tuned on since (parser 182)', { precision: 0.83, recall: 0.83, bodyPrecision: 0.75, bodyRecall: 0.83, titleRecall: 0.84, refRecall: 1, projectAccuracy: 0.33, titlePrecision: 0.87 }],
  // (round 227 was scored blind at parser 182: detection 94% / 71%, body alone 79% / 71%, titles 84% (42 of 50), refs 0 of
  // 0, names 24% (5 of 21), title precision 84% (42 of 50); 11 of its 59 posts labelled unsure; astronomy (FITS, M-Cubed
  // and Cislunar Explorers, Open Research Institute, SunPy), education (Debian Edu, Open edX, Mahara, Edubuntu),
  // accessibility (the FSG and Open A11y workgroups, GNOME, BRLTTY), HPC (OpenFabrics, Beowulf, xCAT, OpenHPC))
  [227, 59, 'scored once, blind, on 2026-12-08 (parser 182); tuned on since (parsers 183-186)', { precision: 0.93, recall: 0.71, bodyPrecision: 0.78, bodyRecall: 0.71, titleRecall: 0.84, refRecall: 1, projectAccuracy: 0.23, titlePrecision: 0.84 }],
  // (round 228 was scored blind at parser 182: detection 94% / 71%, body alone 75% / 75%, titles 45% (31 of 69), refs 8 of
  // 8, names 17% (4 of 24), title precision 65% (31 of 48); 15 of its 62 posts labelled unsure; mail (Apache James,
  // OfflineIMAP, Mailpile), robotics (ROS, Orocos, OpenCyphal, JdeRobot, ArduPilot, Dronecode), routing and DNS (RIPE
  // working groups, IETF, BIRD, Quagga, NLnet Labs, Knot), package managers (Gentoo council, OpenCSW, MacPorts, Fink))
  [228, 62, 'scored once, blind, on 2026-12-08 (parser 182); tuned on since (parsers 183-186)', { precision: 0.95, recall: 0.79, bodyPrecision: 0.75, bodyRecall: 0.75, titleRecall: 0.56, refRecall: 1, projectAccuracy: 0.16, titlePrecision: 0.67 }],
  // (round 229 was scored blind at parser 183: detection 91% / 67%, body alone 65% / 73%, titles 75% (33 of 44), refs 159
  // of 160, names 33% (5 of 15), title precision 94% (33 of 35); 16 of its 52 posts labelled unsure; browsers (NetSurf,
  // Camino, WebKit, Lynx), security (GnuTLS, OpenSSH, Sequoia, OpenSSL, OWASP, Tails), kernel subsystems (ClangBuiltLinux,
  // renesas-drivers, kvmarm))
  [229, 52, 'scored once, blind, on 2026-12-08 (parser 183); tuned on since (parsers 184-186)', { precision: 1, recall: 0.66, bodyPrecision: 0.64, bodyRecall: 0.73, titleRecall: 0.75, refRecall: 0.99, projectAccuracy: 0.33, titlePrecision: 0.94 }],
  // (round 230 was scored blind at parser 183: detection 90% / 82%, body alone 92% / 100%, titles 86% (36 of 42), refs 7
  // of 7, names 55% (6 of 11), title precision 71% (36 of 51); 5 of its 31 posts labelled unsure; Python (PyPA, SciPy,
  // Matplotlib, conda-forge, NumFOCUS, Django), Apache (Jackrabbit, Excalibur, Karaf, incubator proposals))
  [230, 31, 'scored once, blind, on 2026-12-08 (parser 183); tuned on since (parsers 184-186)', { precision: 0.9, recall: 0.81, bodyPrecision: 0.91, bodyRecall: 1, titleRecall: 0.85, refRecall: 1, projectAccuracy: 0.54, titlePrecision: 0.7 }],
  // (round 231 was scored blind at parser 184: detection 75% / 79%, body alone 72% / 68%, titles 30% (16 of 53), refs 12
  // of 14, names 26% (5 of 19), title precision 70% (16 of 23); 17 of its 65 posts labelled unsure; desktop environments
  // (KDE, Xfce, MATE, Gentoo KDE), games (Wesnoth, kdegames, Freeciv), graphics stack (Debian X Strike Force, Ubuntu X),
  // compilers (GHC, gccrs, PureScript, Rust))
  [231, 65, 'scored once, blind, on 2026-12-08 (parser 184); tuned on since (parsers 185-186)', { precision: 0.75, recall: 0.78, bodyPrecision: 0.72, bodyRecall: 0.68, titleRecall: 0.54, refRecall: 0.85, projectAccuracy: 0.26, titlePrecision: 0.8 }],
  // (round 232 was scored blind at parser 185: detection 82% / 73%, body alone 76% / 84%, titles 55% (102 of 186), refs 2
  // of 12, names 22% (8 of 37), title precision 77% (99 of 129); 24 of its 91 posts labelled unsure; databases (CouchDB,
  // Firebird, MySQL), distributions (Mageia, AlmaLinux, openSUSE, CentOS), cloud-native (CNCF TOC, Kubernetes SIGs,
  // Knative), hackerspaces and LUGs (PLUG, WLUG, HacMan, Eugene Makerspace), scientific libraries (Octave, PETSc, GSL,
  // Trilinos, Bioconductor), free-software foundations (OKF, FSFE, OSI, SPI, FSF, April))
  [232, 91, 'scored once, blind, on 2026-12-08 (parser 185); tuned on since (parser 186)', { precision: 0.82, recall: 0.75, bodyPrecision: 0.75, bodyRecall: 0.83, titleRecall: 0.58, refRecall: 0.16, projectAccuracy: 0.21, titlePrecision: 0.76 }],
  // (round 233 was scored blind at parser 185: detection 83% / 100%, body alone 83% / 100%, titles 69% (11 of 16), refs 3
  // of 4, names 40% (2 of 5), title precision 65% (11 of 17); 2 of its 13 posts labelled unsure; networking (netdev calls,
  // DPDK techboard, OpenWrt, ONAP, Tungsten Fabric, FD.io))
  [233, 13, 'scored once, blind, on 2026-12-08 (parser 185); tuned on since (parser 186)', { precision: 0.83, recall: 1, bodyPrecision: 0.83, bodyRecall: 1, titleRecall: 0.68, refRecall: 0.75, projectAccuracy: 0.4, titlePrecision: 0.64 }],
];

describe('real-post corpus', () => {
  it('is real and broad: 150+ posts, 100+ reports, 50+ look-alikes, 20+ communities, 15+ years, each with its source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    expect(corpus.filter((p) => p.label.isReport).length).toBeGreaterThanOrEqual(150);
    expect(corpus.filter((p) => !p.label.isReport).length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((p) => p.community)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((p) => (p.label.date ?? '').slice(0, 4)).filter(Boolean)).size).toBeGreaterThanOrEqual(15);
    for (const p of corpus) expect(p.label.source, p.name).toMatch(/\S{8}/);
    const first = corpus.filter((p) => p.round === 1);
    const blind = first.filter((p) => p.blind).length;
    expect(blind / first.length).toBeGreaterThan(0.25);
    expect(blind / first.length).toBeLessThan(0.42);
    // every later round, each scored once blind (ROUND_FLOORS: its posts at least)
    for (const [round, posts] of ROUND_FLOORS) expect(corpus.filter((p) => p.round === round).length, `round ${round}`).toBeGreaterThanOrEqual(posts);
    expect(ROUND_FLOORS.map(([round]) => round)).toEqual(Array.from({ length: ROUND_FLOORS.length }, (_, k) => k + 2));
  });

  it('holds no post twice: one copy of each message, whichever list or round it was taken from', () => {
    // (a cross-posted message sits in each list's archive: the same Message-ID and body; 1995's mailers
    // reused a Message-ID for other mails, told apart by their bodies)
    const bodyOf = (raw: Buffer) => { const t = raw.toString('latin1'); const k = t.search(/\r?\n\r?\n/); return k < 0 ? '' : t.slice(k).trim(); };
    const byId = new Map<string, string[]>();
    for (const p of corpus) {
      const head = p.raw.toString('latin1').split(/\r?\n\r?\n/)[0];
      const id = /^message-id:\s*<?([^\s<>]+@[^\s<>]+)>?/im.exec(head)?.[1].toLowerCase();
      if (id) byId.set(id, [...(byId.get(id) ?? []), p.name]);
    }
    const named = new Map(corpus.map((p) => [p.name, p]));
    const twice = [...byId.values()].filter((names) => names.length > 1 && new Set(names.map((n) => bodyOf(named.get(n)!.raw))).size < names.length);
    expect(twice).toEqual([]);
  });

  it("gives the parser no labeller's words: a sender the copy did not show is no sender (2026-12-06)", () => {
    // fixtures/real-corpus/bacula/2016-10-bacula-status-report-5-october-2016: `From: (not shown in the page excerpt; the
    // Bacula project leader, writing in the first person)`; `Bacula` in it was read as the writer's name
    const post = corpus.find((p) => p.name === 'bacula/2016-10-bacula-status-report-5-october-2016')!;
    const head = post.raw.toString('latin1').split(/\r?\n\r?\n/)[0];
    expect(head).not.toMatch(/^(?:From|To):/im);
    expect(head).toMatch(/^Subject: Bacula Status Report/m);
    expect(scorePost(post).withSubject.projectsGot).toEqual(['bacula']);
    // (a sender the copy shows stays)
    const shown = corpus.find((p) => p.name === 'cypherpunks/1996-01-report-on-portland-cpunks-meeting')!;
    expect(shown.raw.toString('latin1')).toMatch(/^From: Alan Olsen <alano@teleport\.com>/m);
  });

  it('keeps its figures on the tuning set', () => {
    expectFloors(measure(false), 120, { precision: 0.95, recall: 0.94, bodyPrecision: 0.93, bodyRecall: 0.67, titleRecall: 0.84, refRecall: 0.97, projectAccuracy: 0.63 });
  });

  it.each(ROUND_FLOORS)('keeps its figures on round %i (%i+ posts; %s)', (round, posts, _scored, floors) => {
    expectFloors(measure(true, round), posts, floors);
  });

  it('takes at most one of round 59\'s 34 look-alikes for a report, with the subject and from the body alone', () => {
    const posts = corpus.filter((p) => p.round === 59);
    expect(posts.length).toBeGreaterThanOrEqual(34);
    expect(posts.filter((p) => p.label.isReport)).toHaveLength(0);
    const scored = posts.map((p) => scorePost(p));
    expect(scored.filter((r) => r.withSubject.got.isReport).length).toBeLessThanOrEqual(1);
    expect(scored.filter((r) => r.bodyAlone.isReport).length).toBeLessThanOrEqual(1);
  });

  it('takes none of the random sample of ordinary list traffic for a report', () => {
    const random = corpus.filter((p) => p.label.sample === 'random');
    expect(random.length).toBeGreaterThanOrEqual(500);
    const taken = random.filter((p) => !p.label.isReport && scorePost(p).withSubject.got.isReport).map((p) => p.name);
    expect(taken).toEqual([]);
  });

  it('keeps its figures on the first round\'s blind third (scored once before tuning on it; tuned on since)', () => {
    expectFloors(measure(true), 60, { precision: 0.95, recall: 0.87, bodyPrecision: 0.9, bodyRecall: 0.72, titleRecall: 0.78, refRecall: 0.98, projectAccuracy: 0.6 });
  });
});
