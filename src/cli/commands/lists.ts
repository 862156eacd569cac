import { Command } from 'commander';
import { choice } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb, upgradeNote } from '../database.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { ArchiveError } from '../../errors.js';
import { stage } from '../stages.js';

/** `archive lists`: the registered lists; `archive lists remove URL --yes` forgets one. */
export function listsCommand(ctx: Context): Command {
  const cmd = new Command('lists')
    .summary('the registered lists (what `archive sync` with no URL re-syncs); `lists remove` forgets one')
    .option('-f, --format <format>', 'text or json', choice(['text', 'json'] as const), 'text')
    .addHelpText('after', `
Examples:
  $ archive lists
  $ archive lists remove https://lists.example.org/pipermail/typo/          # says what would go
  $ archive lists remove https://lists.example.org/pipermail/typo/ --yes
  $ archive lists remove mbox:old-import --yes                              # a list made by archive import`)
    .action(async (o) => {
      await withReadOnlyDb(ctx, async (db) => {
        const rows = db.prepare(`SELECT l.name, l.url, l.kind, l.added_at AS added, l.last_sync_at AS lastSync, l.last_error AS error,
            (SELECT COUNT(*) FROM messages m WHERE m.list_id = l.id) AS messages
          FROM lists l ORDER BY l.name, l.url`).all() as Array<{ name: string; url: string; kind: string; added: string; lastSync: string | null; error: string | null; messages: number }>;
        if (o.format === 'json') ctx.io.stdout(toJson(rows, 2) + '\n');
        else if (rows.length === 0) ctx.io.stdout('no lists yet: run `archive sync <list-url>` first\n');
        else for (const r of safeData(rows)) ctx.io.stdout(`${r.url}  ${r.kind}  ${r.messages} message(s), last ${r.kind === 'mbox' ? 'import' : 'sync'} ${r.lastSync ?? 'never'}${r.error ? ', failing' : ''}\n`);
      });
    });
  const remove = new Command('remove')
    .summary('forget a list: its messages, reports and sync state (with --yes)')
    .argument('<url>', 'the list, as `archive lists` shows it (any URL inside the list works)')
    .option('--yes', 'really remove; without it, only say what would be removed')
    .action(async (url: string, o: { yes?: boolean }) => {
      const { resolveListUrl } = await stage.sync();
      const { openDatabase, RawStore, acquireRunLock } = await stage.store();
      // An imported list is named by its `mbox:NAME` (as `archive lists` shows it).
      const root = url.startsWith('mbox:') ? url : resolveListUrl(url).root;
      const db = openDatabase(ctx.config().dbPath, { readonly: !o.yes, onUpgrade: upgradeNote(ctx, ctx.config().dbPath) });
      try {
        const store = new RawStore(db);
        const list = store.findList(root);
        if (!list) throw new ArchiveError('E_NOT_FOUND', `no list ${root} in this database`, 'see `archive lists`');
        if (!o.yes) {
          const n = (db.prepare('SELECT COUNT(*) AS n FROM messages WHERE list_id = ?').get(list.id) as { n: number }).n;
          ctx.io.stdout(`would remove ${safeText(root)}: ${n} message(s) and every report parsed from them; run again with --yes to do it\n`);
          return;
        }
        // Not while a sync writes to it.
        const lock = await acquireRunLock(db, 0);
        try {
          const r = store.removeList(list.id);
          ctx.io.stdout(`removed ${safeText(root)}: ${r.messages} message(s), ${r.periods} period(s)\n`);
        } finally {
          lock.release();
        }
      } finally {
        db.close();
      }
    });
  remove.exitOverride().showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) });
  cmd.addCommand(remove);
  return cmd;
}

