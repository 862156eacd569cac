/**
 * A list archive written by an attacker (issue 10): terminal escapes (raw, as RFC 2047
 * encoded-words and as 8-bit C1 controls), bidi overrides, spreadsheet formulas and raw HTML
 * in subjects, authors, section titles and items. Rendered to a pipermail tree, served on
 * 127.0.0.1 and synced into a fresh database through the CLI.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderPipermail, type ListConfig } from '../../fixtures/server/renderPipermail.js';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server/fixtureServer.js';
import { runArchive, tempDir, FAST } from './cli.js';

const ESC = '\x1b';
const BEL = '\x07';

export const HOSTILE_LIST: ListConfig = {
  name: 'evil-devel',
  realName: 'Evil-devel',
  postingAddress: 'evil-devel@example.org',
  listinfoUrl: 'http://lists.example.org/mailman/listinfo/evil-devel',
  subjectPrefix: '[Evil-devel]',
  charset: 'utf-8',
  frequency: 'monthly',
  timeZone: 'UTC',
  firstSequence: 1000,
  footer: '',
};

/** Two of Mallory's status reports on project EVIL (so items carry over and get dropped) and a non-report. */
export function hostileSources(): Array<{ name: string; bytes: Uint8Array }> {
  const first = `Message-ID: <evil-1@example.org>
Subject: [Evil-devel] mallory status ${ESC}]0;pwned${BEL}(October 2014)${ESC}[2J
From: Mallory ${ESC}[31mRed <mallory at example.org>
Date: Wed, 8 Oct 2014 20:20:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

= EVIL =

 * ${ESC}]8;;http://evil.example/${BEL}click me${ESC}]8;;${BEL} harmless item \u009b31m eight-bit CSI
 * =HYPERLINK("http://evil.example/","totally safe") formula item
 * <script>alert(1)</script> and <img src=x onerror=alert(1)> html item
 * +cmd|' /C calc'!A0 plus item
 * @SUM(1+1) at item
 * http://review.gluster.org/#/c/8769/ xdata ${ESC}[1;32msupport${ESC}[0m under review
 * bidi \u202egnp.exe item

= SECOND${ESC}[5mNAME =

 * -2+3 minus item
 * 	tab item
`;
  const second = `Message-ID: <evil-2@example.org>
Subject: =?utf-8?q?[Evil-devel]_mallory_status_=1B]0;again=07(November_2014)?=
From: =?utf-8?q?Mallory_=1B[2J?= <mallory at example.org>
Date: Thu, 6 Nov 2014 15:02:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

= EVIL =

 * ${ESC}]8;;http://evil.example/${BEL}click me${ESC}]8;;${BEL} harmless item \u009b31m eight-bit CSI
 * =HYPERLINK("http://evil.example/","totally safe") formula item, changed a bit
 * http://review.gluster.org/#/c/8769/ xdata support, merged
 * new ${ESC}c reset item
`;
  return [['01.eml', first], ['02.eml', second]].map(([name, text]) => ({ name, bytes: Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8') }));
}

export interface HostileDb {
  db: string;
  dir: string;
  server: FixtureServer;
  listUrl: string;
  close(): Promise<void>;
}

export async function syncHostileArchive(): Promise<HostileDb> {
  const tmp = tempDir('archive-hostile-');
  const root = join(tmp.dir, 'www');
  const rendered = renderPipermail(HOSTILE_LIST, hostileSources());
  for (const [path, bytes] of rendered.files) {
    const file = join(root, 'pipermail', HOSTILE_LIST.name, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  const server = await startFixtureServer({ root });
  const listUrl = `${server.url}/pipermail/${HOSTILE_LIST.name}/`;
  const r = await runArchive(['--db', tmp.db, 'sync', ...FAST, listUrl]);
  if (r.code !== 0) {
    await server.close();
    throw new Error(`sync of the hostile archive failed (${r.code}): ${r.stderr}`);
  }
  return {
    db: tmp.db, dir: tmp.dir, server, listUrl,
    close: async () => {
      await server.close();
      tmp.cleanup();
    },
  };
}
