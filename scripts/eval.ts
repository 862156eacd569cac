/**
 * `npm run eval`: how well the parser finds and reads real status reports.
 * Scores fixtures/real-corpus (real posts, labelled by reading them) per community and overall:
 * detection precision/recall with the subject and from the body alone, section-title recall (and title
 * precision: of the titles given to the reports taken, the share their labels hold), review/bug reference
 * recall and project-name accuracy.
 *
 *   npm run eval                 the first round (194 posts): tuning material
 *   npm run eval -- --blind      the latest round alone (BLIND_ROUND, scripts/eval/rounds.ts), gathered after the
 *                                blind run before it: the blind set (blind-chosen: its chosen posts; blind-random:
 *                                its random sample of list traffic)
 *   npm run eval -- --set NAME   tuning1 (the first round's two thirds), blind1 (its blind third,
 *                                scored once before any tuning on it), round1 ... roundN (each
 *                                scored blind once, tuning material since), tuning (every round before the
 *                                latest), the latest round as roundN (= blind), blind, all
 *   npm run eval -- --verbose    also each miss (never for the blind set: it stays unread)
 *   npm run eval -- --by kind    rows per kind of post as labelled (team update, meeting summary,
 *                                release status...; patch, agenda, question...) instead of per
 *                                community: which kinds of report are found, which look-alikes taken
 *   npm run eval -- --snapshot F write what each post got (verdicts, project names, titles and
 *                                refs missed) to F, one line per post (not for a blind set)
 *   npm run eval -- --second-reader  how far a second reader, who labelled 280 of the posts again
 *                                from the posts alone, agrees with the labels, and a third with both
 *                                (scripts/eval/agreement.ts)
 *   npm run eval -- --diff F     after a parser change: each post whose line differs from F's,
 *                                and the net gains and losses (a rule that loses as much as it
 *                                finds shows here, post by post)
 *
 * Each run also prints the figure in the archive's view: the series the set's own posts make on one
 * list (three or more), each member weighed with its series as the index does (eval/archiveSeries.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRealCorpus, type RealPost } from './eval/corpus.js';
import { scorePost, emptyScores, add, metrics, type Scores, type PostResult } from './eval/score.js';
import { archiveSeriesHints } from './eval/archiveSeries.js';
import { agreementOf, formatAgreement, loadSecondReader, readersAgreement } from './eval/agreement.js';
import { snapshotRow, formatSnapshot, parseSnapshot, diffSnapshots, type SnapshotRow } from './eval/snapshot.js';
import { BLIND_ROUND } from './eval/rounds.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const setArg = argv.indexOf('--set') >= 0 ? argv[argv.indexOf('--set') + 1] : undefined;
const which = setArg ?? (args.has('--blind') ? 'blind' : args.has('--all') ? 'all' : 'round1');
const SETS: Record<string, (p: RealPost) => boolean> = {
  tuning1: (p) => p.round === 1 && !p.blind,
  blind1: (p) => p.round === 1 && p.blind,
  ...Object.fromEntries(Array.from({ length: BLIND_ROUND }, (_, k) => [`round${k + 1}`, (p: RealPost) => p.round === k + 1])),
  tuning: (p) => p.round < BLIND_ROUND,
  blind: (p) => p.round === BLIND_ROUND,
  'blind-chosen': (p) => p.round === BLIND_ROUND && p.label.sample !== 'random',
  'blind-random': (p) => p.round === BLIND_ROUND && p.label.sample === 'random',
  all: () => true,
};
if (!SETS[which]) {
  console.error(`unknown set "${which}": one of ${Object.keys(SETS).join(', ')}`);
  process.exit(2);
}
const verbose = args.has('--verbose') && !which.startsWith('blind') && which !== 'all';
const fileArg = (flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  if (at < 0) return undefined;
  const f = argv[at + 1];
  if (!f || f.startsWith('--')) {
    console.error(`${flag} needs a file name, e.g. ${flag} /tmp/before.tsv`);
    process.exit(2);
  }
  return f;
};
const snapshotFile = fileArg('--snapshot');
const diffFile = fileArg('--diff');
if ((snapshotFile || diffFile) && which.startsWith('blind')) {
  console.error('a blind set stays unread post by post: --snapshot and --diff take another set (--set tuning, --set roundN)');
  process.exit(2);
}
let before: Map<string, SnapshotRow> | undefined;
if (diffFile) {
  try {
    before = parseSnapshot(readFileSync(diffFile, 'utf8'));
  } catch (err) {
    console.error(`cannot read the snapshot ${diffFile}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}
const snapshot: SnapshotRow[] = [];
const byArg = argv.indexOf('--by') >= 0 ? argv[argv.indexOf('--by') + 1] : 'community';
if (byArg !== 'community' && byArg !== 'kind') {
  console.error(`unknown --by "${byArg}": community or kind`);
  process.exit(2);
}

if (args.has('--second-reader')) {
  // (every round's posts: the sample was drawn from all of them; it reads labels, not the blind set's misses)
  const dir = path.join(root, 'fixtures', 'real-corpus');
  const posts = loadRealCorpus(dir);
  const second = loadSecondReader(path.join(dir, 'second-reader.jsonl'));
  console.log(formatAgreement(agreementOf(posts, second)));
  // a third reader of the first sample's verdicts: against the labels, and against the second reader
  const thirdFile = path.join(dir, 'third-reader.jsonl');
  if (existsSync(thirdFile)) {
    const third = loadSecondReader(thirdFile);
    const a = agreementOf(posts, third);
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const r = readersAgreement(second, third);
    console.log([`third reader (${thirdFile.slice(root.length + 1)}), ${a.posts} posts: against the labels agreement ${pct(a.agreement)}, kappa ${a.kappa.toFixed(2)}, detection ${pct(a.precision)} / ${pct(a.recall)}, project names right on ${a.names.second} of ${a.names.wanted} reports both call reports`,
      `second and third readers, ${r.posts} posts both judged: agreement ${pct(r.agreement)}, kappa ${r.kappa.toFixed(2)} (both report ${r.table[0]}, second only ${r.table[1]}, third only ${r.table[2]}, neither ${r.table[3]})`].join('\n'));
  }
  process.exit(0);
}
const corpus = loadRealCorpus(path.join(root, 'fixtures', 'real-corpus')).filter(SETS[which]);
const byCommunity = new Map<string, Scores>();
/** Per kind as labelled: its scores, and how many of its posts were taken for reports. */
const byKind = new Map<string, { s: Scores; taken: number }>();
const total = emptyScores();
// posts whose archive showed their subject: "with the subject known" in the goal's own words
// (the others are scored without one, as from the body alone)
const subjectShown = emptyScores();
const misses: string[] = [];
const results = new Map<RealPost, PostResult>();
for (const post of corpus) {
  const { withSubject: r } = scorePost(post);
  results.set(post, r);
  const s = byCommunity.get(post.community) ?? emptyScores();
  byCommunity.set(post.community, s);
  add(s, r);
  add(total, r);
  const kind = `${post.label.isReport ? '' : 'not: '}${post.label.kind ?? 'unlabelled'}`;
  const k = byKind.get(kind) ?? { s: emptyScores(), taken: 0 };
  byKind.set(kind, k);
  add(k.s, r);
  if (r.got.isReport) k.taken++;
  if (!post.subjectUnknown) add(subjectShown, r);
  if (verbose) misses.push(...describe(r));
  if (snapshotFile || before) snapshot.push(snapshotRow(r));
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`.padStart(5);
const row = (name: string, s: Scores): string => {
  const m = metrics(s);
  return [name.padEnd(20), String(s.posts).padStart(5), String(s.reports).padStart(5), pct(m.precision), pct(m.recall),
    pct(m.bodyPrecision), pct(m.bodyRecall), pct(m.titleRecall), pct(m.refRecall), pct(m.projectAccuracy)].join(' ');
};
const communities = [...byCommunity.keys()].sort();
const years = new Set(corpus.map((p) => (p.label.date ?? '').slice(0, 4)).filter(Boolean));
console.log(`Real-post corpus, ${which} set: ${corpus.length} posts (${total.reports} reports) from ${communities.length} communities and ${years.size} years`);
if (byArg === 'kind') {
  // a report kind's share taken is its recall; a look-alike kind's is how often it is mistaken
  console.log(['kind'.padEnd(30), 'posts', 'taken', 'share', 'body.R', 'titles', ' refs', ' proj.'].join(' '));
  const kinds = [...byKind].sort((a, b) => Number(a[0].startsWith('not: ')) - Number(b[0].startsWith('not: ')) || b[1].s.posts - a[1].s.posts);
  for (const [name, { s, taken }] of kinds) {
    const m = metrics(s);
    const rep = !name.startsWith('not: ');
    console.log([name.slice(0, 30).padEnd(30), String(s.posts).padStart(5), String(taken).padStart(5), pct(taken / s.posts).padStart(5),
      rep ? pct(m.bodyRecall) : '    -', rep ? pct(m.titleRecall).padStart(6) : '     -', rep ? pct(m.refRecall) : '    -', rep ? pct(m.projectAccuracy) : '    -'].join(' '));
  }
} else {
  console.log(['community'.padEnd(20), 'posts', 'rep.', ' det.P', ' det.R', ' body.P', 'body.R', 'titles', ' refs', ' proj.'].join(' '));
  for (const c of communities) console.log(row(c, byCommunity.get(c) as Scores));
}
console.log(row('ALL', total));
console.log(`(titles ${total.titlesFound}/${total.titlesWanted}, refs ${total.refsFound}/${total.refsWanted}, projects ${total.projectsRight}/${total.projectsJudged}; of the section titles given to the reports taken, ${total.titlesGivenRight}/${total.titlesGiven} are the label's: ${pct(metrics(total).titlePrecision).trim()})`);
if (subjectShown.posts < total.posts) {
  const m = metrics(subjectShown);
  console.log(`with the subject known (the ${subjectShown.posts} posts whose archive copy shows it, ${subjectShown.reports} reports): detection ${pct(m.precision).trim()} / ${pct(m.recall).trim()}, titles ${pct(m.titleRecall).trim()}, refs ${pct(m.refRecall).trim()}, project names ${pct(m.projectAccuracy).trim()} (${subjectShown.projectsRight}/${subjectShown.projectsJudged}); ${total.posts - subjectShown.posts} posts were copied without it and are scored as from the body alone`);
}
// Mail, what the tool reads, apart from the web pages (wikis, blogs, forums) early rounds took: a page has no list,
// so no list names its community
{
  const fromList = (p: RealPost) => /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.test(p.label.list ?? '');
  const mail = emptyScores();
  const pages = emptyScores();
  for (const post of corpus) add(fromList(post) ? mail : pages, results.get(post)!);
  if (mail.posts > 0 && pages.posts > 0) {
    const part = (name: string, s: Scores) => {
      const m = metrics(s);
      return `${s.posts} ${name} (${s.reports} reports): detection ${pct(m.precision).trim()} / ${pct(m.recall).trim()}, titles ${pct(m.titleRecall).trim()}, project names ${pct(m.projectAccuracy).trim()} (${s.projectsRight}/${s.projectsJudged})`;
    };
    console.log(`mail and pages: ${part('posts from a list whose address the label gives', mail)}; ${part('web pages or posts of no known list', pages)}`);
  }
}
// In the archive's view: the series the set's own posts make, each member weighed with its series as the index does
{
  const hints = archiveSeriesHints(corpus, (p) => results.get(p)!.got.baseScore, (p) => results.get(p)!.got.message.subject);
  if (hints.size > 0) {
    const inArchive = emptyScores();
    let changed = 0;
    for (const post of corpus) {
      if (post.subjectUnknown) continue;
      const hint = hints.get(post);
      const r = hint ? scorePost(post, hint).withSubject : results.get(post)!;
      if (r.got.isReport !== results.get(post)!.got.isReport) changed++;
      add(inArchive, r);
    }
    const m = metrics(inArchive);
    const series = new Set(hints.values()).size;
    console.log(`in the archive's view (the ${series} series of three or more posts the set's own posts make on one list, ${hints.size} posts weighed as their members): detection ${pct(m.precision).trim()} / ${pct(m.recall).trim()} with the subject known; ${changed} verdict(s) changed`);
  }
}
// Posts taken by a fixed rule (every Nth message of an archive): how often ordinary list traffic is taken for a report.
const random = corpus.filter((p) => p.label.sample === 'random');
if (random.length) {
  let taken = 0;
  let bodyTaken = 0;
  let reports = 0;
  for (const p of random) {
    const { withSubject: r } = scorePost(p);
    if (p.label.isReport) reports++;
    else if (r.got.isReport) taken++;
    if (!p.label.isReport && r.bodyAlone) bodyTaken++;
  }
  console.log(`random sample (every Nth message of ${new Set(random.map((p) => p.community)).size} archives): ${random.length} posts, ${reports} reports; ${taken} of ${random.length - reports} non-reports taken for reports (${bodyTaken} from the body alone)`);
}
if (verbose && misses.length) console.log(['', 'misses:', ...misses].join('\n'));
if (snapshotFile) {
  writeFileSync(snapshotFile, formatSnapshot(snapshot));
  console.log(`snapshot of ${snapshot.length} posts written to ${snapshotFile}`);
}
if (before) {
  const d = diffSnapshots(before, snapshot);
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  console.log(['', `against ${diffFile}: ${d.changes.length} post(s) changed${d.added ? `, ${d.added} new` : ''}${d.removed ? `, ${d.removed} gone` : ''}`,
    ...d.changes.map((c) => `  ${c}`),
    `net: verdicts ${signed(d.verdicts)}, from the body alone ${signed(d.bodyVerdicts)}, project names ${signed(d.projects)}, titles ${signed(d.titles)}, refs ${signed(d.refs)}`].join('\n'));
}

function describe(r: PostResult): string[] {
  const out: string[] = [];
  const l = r.post.label;
  const subj = r.got.message.subject.slice(0, 70);
  if (l.isReport !== r.got.isReport) out.push(`${r.post.name}: detection ${r.got.isReport ? 'fp' : 'fn'} "${subj}" :: ${r.got.reason}`);
  if (l.isReport && !r.bodyAlone) out.push(`${r.post.name}: body-alone fn`);
  if (!l.isReport && r.bodyAlone) out.push(`${r.post.name}: body-alone fp`);
  if (r.titlesMissed.length) out.push(`${r.post.name}: titles missed ${JSON.stringify(r.titlesMissed)} got ${JSON.stringify(r.got.sections.map((s) => s.title).slice(0, 12))}`);
  if (r.refsMissed.length) out.push(`${r.post.name}: refs missed ${JSON.stringify(r.refsMissed.slice(0, 8))}`);
  if (r.projectRight === false) out.push(`${r.post.name}: projects want ${l.projectMode} ${JSON.stringify(l.projects?.slice(0, 6))} got ${JSON.stringify(r.projectsGot.slice(0, 8))}`);
  return out;
}
