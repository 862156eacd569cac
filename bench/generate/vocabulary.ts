/** Words, people and projects the generated mail is made of. */
import type { Rng } from './prng.js';

export const WORDS = (
  'the of and to in is that for it with as on be this was are by not from have or an but at which one ' +
  'all can if there would so we when will been has more its what about up out do into could than them ' +
  'volume brick client server patch review merge build test failure regression crash fix release branch ' +
  'master replica translator cache lookup rename quota snapshot rebalance heal daemon option config ' +
  'performance latency throughput memory leak thread lock epoll socket transport ssl network disk ' +
  'metadata xattr inode directory file write read mount unmount upgrade version packages rpm debian ' +
  'documentation design proposal discussion meeting agenda minutes bug report issue workaround log ' +
  'trace backtrace core dump kernel fuse nfs samba api library python script jenkins smoke netbsd ' +
  'centos fedora ubuntu cluster node peer probe geo replication sync consistency journal recovery'
).split(' ');

export interface Person {
  name: string;
  address: string;
}

const FIRST = ['Jeff', 'Shyam', 'Niels', 'Ben', 'Vijay', 'Pranith', 'Raghavendra', 'Kaushal', 'Atin', 'Emmanuel',
  'Justin', 'Lalatendu', 'Humble', 'Soumya', 'Krutika', 'Poornima', 'Anand', 'Kaleb', 'Amar', 'Ravi',
  'Xavier', 'Jose', 'Bjoern', 'Francois', 'Zoltan', 'Michael', 'Sandra', 'Olga', 'Chen', 'Hiroshi'];
const LAST = ['Darcy', 'Ranganathan', 'de Vos', 'England', 'Bellur', 'Karampuri', 'Gowdappa', 'Madappa', 'Mukherjee',
  'Dreyfus', 'Clift', 'Chandra', 'Chiral', 'Jujjuri', 'Dhananjay', 'Gurusiddaiah', 'Avati', 'Keithley', 'Tumballi', 'Shankar'];
/** People whose names need 8 bits (written raw or as RFC 2047 encoded words). */
const NON_ASCII = ['Xavier Hernández', 'José Luis Pérez', 'Björn Müller', 'François Lévêque', 'Zoltán Böszörményi',
  'Jürgen Groß', 'Søren Ødegård', 'Łukasz Wróbel', '田中 太郎', 'Ангелина Смирнова'];

export function makePeople(rng: Rng, n: number, domainSeed: string): Person[] {
  const out: Person[] = [];
  const domains = ['redhat.com', 'gmail.com', 'example.org', 'suse.de', `${domainSeed}.org`, 'kernel.org', 'yahoo.co.jp'];
  for (let i = 0; i < n; i++) {
    const name = i % 9 === 4 ? NON_ASCII[(i / 9 | 0) % NON_ASCII.length] : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const local = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '') || `user${i}`;
    out.push({ name, address: `${local}${i}@${rng.pick(domains)}` });
  }
  return out;
}

/** Project names as used in report headings. The first one is the busiest (the one to query). */
export const PROJECTS = [
  'NSR', 'Geo-replication', 'Snapshot', 'DHT', 'Erasure coding', 'SSL and multi-threading', 'Quota',
  'Tiering', 'Glusterd 2.0', 'Bitrot detection', 'NFS-Ganesha', 'Sharding', 'Rebalance', 'AFR', 'Placement',
  'Scheduler', 'Libgfapi', 'Samba integration', 'Heketi', 'Documentation', 'Release management',
  'Infrastructure', 'Packaging', 'Performance', 'Regression tests',
];

export const REVIEW_HOSTS = ['http://review.gluster.org/#/c/', 'http://review.gluster.org/', 'https://review.opendev.org/c/openstack/nova/+/'];

/** A line of roughly `width` characters of random words. */
export function sentence(rng: Rng, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(WORDS[Math.floor(rng.next() * WORDS.length)]);
  const s = parts.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** A paragraph wrapped at 72 columns. */
export function paragraph(rng: Rng, words: number): string {
  const lines: string[] = [];
  let line = '';
  let left = words;
  while (left > 0) {
    const n = Math.min(left, rng.int(6, 14));
    left -= n;
    const s = sentence(rng, n);
    for (const w of s.split(' ')) {
      if (line.length + w.length + 1 > 72) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
