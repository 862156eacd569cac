/**
 * A small Gluster-devel archive for the query tests: real status posts from
 * fixtures/status-corpus/ (given Message-IDs), a follow-up report written in the same style,
 * a reply and a question, rendered to a pipermail tree by fixtures/server/renderPipermail.ts,
 * served on 127.0.0.1 and synced into a database through the CLI.
 *
 * Months: 2014-10 (report + reply), 2014-11 (report + question), 2015-02 (report),
 * 2015-10 (Niels' weekly), 2016-03 (JBR, formerly NSR).
 */
import { beforeAll, afterAll } from 'vitest';
import { openDatabase, type Db } from '../../src/store/index.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderPipermail, type ListConfig } from '../../fixtures/server/renderPipermail.js';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FIXTURES, FAST } from '../support/cli.js';

const corpus = (name: string, messageId: string, extra = ''): string =>
  `Message-ID: <${messageId}>\n${extra}` + readFileSync(join(FIXTURES, 'status-corpus', name), 'utf8');

const REPLY = `Message-ID: <5436B0C1.2040507@redhat.com>
In-Reply-To: <jdarcy-status-2014-10@redhat.com>
References: <jdarcy-status-2014-10@redhat.com>
Subject: Re: [Gluster-devel] jdarcy status (October 2014)
From: Vijay Bellur <vbellur at redhat.com>
Date: Thu, 9 Oct 2014 09:12:40 +0000

On 10/09/2014 01:50 AM, Jeff Darcy wrote:
> * http://review.gluster.org/#/c/8887/   etcd support

Thanks for the update, Jeff.  Is etcd packaged for the distributions we
care about?  Pulling in a new daemon for quorum worries me a little.

-Vijay
`;

const QUESTION = `Message-ID: <20141118101500.GA4242@ndevos-laptop>
Subject: [Gluster-devel] Spurious regression failure in tests/bugs/bug-1112559.t
From: Niels de Vos <ndevos at redhat.com>
Date: Tue, 18 Nov 2014 10:15:00 +0000

Does anyone else see tests/bugs/bug-1112559.t failing on the regression
machines?  It looks like https://bugzilla.redhat.com/show_bug.cgi?id=1112559
again.  Should we disable the test until someone has time for it?

Niels
`;

/** The third NSR report: 8913 merged, reconciliation still under review, etcd back, journal new. */
const FEB_2015 = `Message-ID: <jdarcy-status-2015-02@redhat.com>
Subject: [Gluster-devel] jdarcy status (February 2015)
From: Jeff Darcy <jdarcy at redhat.com>
Date: Mon, 9 Feb 2015 16:40:02 +0000

Skipped December and January; here is where things stand.

= NSR =

 * http://review.gluster.org/#/c/8913/   code (I/O path and glusterd), merged

 * http://review.gluster.org/#/c/9102/   reconciliation, under review

 * http://review.gluster.org/#/c/8887/   etcd support, rebased

 * journal translator for full data logging, design in progress

= SSL =

 * http://review.gluster.org/#/c/9044/ socket: allow own-thread
   without SSL (needs review)
`;

export const GLUSTER: ListConfig = {
  name: 'gluster-devel',
  realName: 'Gluster-devel',
  postingAddress: 'gluster-devel@gluster.org',
  listinfoUrl: 'http://supercolony.gluster.org/mailman/listinfo/gluster-devel',
  subjectPrefix: '[Gluster-devel]',
  charset: 'us-ascii',
  frequency: 'monthly',
  timeZone: 'America/Chicago',
  firstSequence: 42363,
  footer: '_______________________________________________\nGluster-devel mailing list\nGluster-devel@gluster.org\nhttp://supercolony.gluster.org/mailman/listinfo/gluster-devel\n',
};

export function sampleSources(): Array<{ name: string; bytes: Uint8Array }> {
  const texts: Array<[string, string]> = [
    ['01.eml', corpus('01-jdarcy-status-2014-10.txt', 'jdarcy-status-2014-10@redhat.com')],
    ['02.eml', REPLY],
    ['03.eml', corpus('02-jdarcy-status-2014-11.txt', 'jdarcy-status-2014-11@redhat.com')],
    ['04.eml', QUESTION],
    ['05.eml', FEB_2015],
    ['06.eml', corpus('13-headless-bullets-weekly.txt', '20151009155530.GB2115@ndevos-x240.usersys.redhat.com')],
    ['07.eml', corpus('03-jbr-status-2016-03.txt', 'jbr-status-2016-03@redhat.com')],
  ];
  return texts.map(([name, text]) => ({ name, bytes: Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1') }));
}

export interface SampleDb {
  db: string;
  dir: string;
  server: FixtureServer;
  listUrl: string;
  close(): Promise<void>;
}

/** Render the sample list under a temp dir, serve it, and `archive sync` it into a fresh database. */
export async function syncSampleArchive(): Promise<SampleDb> {
  const tmp = tempDir('archive-query-');
  const root = join(tmp.dir, 'www');
  const rendered = renderPipermail(GLUSTER, sampleSources());
  for (const [path, bytes] of rendered.files) {
    const file = join(root, 'pipermail', GLUSTER.name, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  const server = await startFixtureServer({ root });
  const listUrl = `${server.url}/pipermail/${GLUSTER.name}/`;
  const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, listUrl]);
  if (r.code !== 0) {
    await server.close();
    throw new Error(`sync of the sample archive failed (${r.code}): ${r.stderr}`);
  }
  return {
    db: tmp.db, dir: tmp.dir, server, listUrl,
    close: async () => {
      await server.close();
      tmp.cleanup();
    },
  };
}

/**
 * Sync the sample once for a test file and open it read-only; `use` receives the handles
 * before the tests run. Closes both afterwards.
 */
export function useSampleDb(use: (db: Db, sample: SampleDb) => void): void {
  let sample: SampleDb;
  let db: Db;
  beforeAll(async () => {
    sample = await syncSampleArchive();
    db = openDatabase(sample.db, { readonly: true });
    use(db, sample);
  });
  afterAll(async () => {
    db.close();
    await sample.close();
  });
}
