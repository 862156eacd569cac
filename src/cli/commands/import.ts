import { Command, InvalidArgumentError } from 'commander';
import type { Context } from '../context.js';
import { EXIT } from '../io.js';
import { nonNegativeNumber, positiveInt } from '../options.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { boundHeapGrowth } from '../heapGrowth.js';
import { upgradeNote } from '../database.js';

/** A list name for imported mail: one word, as it will be typed after `--list`. */
function listName(v: string): string {
  if (!/^[^\s/\\:]{1,200}$/.test(v)) throw new InvalidArgumentError(`expected a list name without spaces, slashes or colons, got "${v}"`);
  return v;
}

/** `archive import PATH --list NAME`: mail from local files, with the same identity and index as synced mail. */
export function importCommand(ctx: Context): Command {
  return new Command('import')
    .summary('import mail from an mbox file (.gz too), a folder of them, or a maildir')
    .description(`Import mail held in local files into the database, as the list NAME (kind mbox).

PATH is an mbox file (gzip-compressed or not, told by its bytes), one message file, a maildir (cur/ and new/), or a folder of any of these. Messages get the same identity as synced mail (list + Message-ID + a hash of the content), so importing the same mail again stores nothing twice; they are indexed like synced mail and have no URL. Takes the same lock as \`archive sync\`.

Exit status: 0 everything imported, 1 some files inside the folder were skipped (not mail, unreadable), 2 PATH missing, unreadable or not mail, 75 a sync holds the lock.`)
    .argument('<path>', 'an mbox file, a maildir, or a folder of them')
    .requiredOption('--list <name>', 'the list the mail belongs to (created on first import)', listName)
    .option('--wait <seconds>', 'wait this long for a running sync to finish', nonNegativeNumber, 0)
    .option('--max-size <MB>', 'refuse a file larger than this once decompressed', positiveInt, 256)
    .option('--quiet', 'print nothing when everything went well')
    .option('--json', 'print a machine-readable summary on stdout')
    .addHelpText('after', `
Examples:
  $ archive import ~/mail/gluster-devel.mbox.gz --list gluster-devel
  $ archive import ~/Maildir/.lists.dev --list dev
  $ archive import downloads/ --list twisted-python      # every mbox in the folder`)
    .action(async (path: string, o) => {
      boundHeapGrowth();
      const { importMail } = await stage.sync();
      const { openDatabase } = await stage.store();
      const cfg = ctx.config();
      const tty = cfg.isTTY && !o.quiet && !o.json;
      const db = openDatabase(cfg.dbPath, { onUpgrade: upgradeNote(ctx, cfg.dbPath) });
      let summary;
      try {
        summary = await importMail(db, path, o.list, {
          waitSeconds: o.wait, maxBytes: o.maxSize * 1024 * 1024,
          events: {
            onFile: (done, total, added) => { if (tty) ctx.io.stderr(`\r\x1b[K${safeText(o.list)}: ${done}/${total} file(s), +${added} message(s)`); },
            onWarn: (m) => {
              if (tty) ctx.io.stderr('\r\x1b[K');
              if (!o.quiet) ctx.io.stderr(`warning: ${safeText(m)}\n`);
            },
          },
        });
      } finally {
        if (tty) ctx.io.stderr('\r\x1b[K');
        db.close();
      }
      if (o.json) ctx.io.stdout(toJson(summary, 2) + '\n');
      else if (!o.quiet || summary.skipped.length) {
        const s = safeData(summary);
        ctx.io.stdout(`${s.list}: ${s.files} file(s), ${s.messages} message(s) read, ${s.newMessages} new${s.skipped.length ? `, ${s.skipped.length} file(s) skipped` : ''}\n`);
      }
      ctx.setExit(summary.skipped.length ? EXIT.MISSED : EXIT.OK);
    });
}
