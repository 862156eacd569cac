import { Command } from 'commander';
import { ArchiveError } from '../../errors.js';
import { choice } from '../options.js';
import { parseResultJson, parseResultText } from './parse.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

export function showCommand(ctx: Context): Command {
  return new Command('show')
    .summary('one stored message: whether it is a report, why, and what was parsed')
    .argument('<message>', 'a Message-ID (with or without <>) or the archived page URL')
    .option('-f, --format <format>', 'text or json', choice(['text', 'json'] as const), 'text')
    .option('--body', 'also print the message body')
    .addHelpText('after', `
Examples:
  $ archive show '<917183.2610.1412799634282.JavaMail.zimbra@redhat.com>'   # on the demo database
  $ archive show --body 917183.2610.1412799634282.JavaMail.zimbra@redhat.com
  $ archive show http://lists.gluster.org/pipermail/gluster-devel/2014-October/042363.html`)
    .action(async (ref: string, o) => {
      const { deriveMessage, listHint } = await stage.index();
      const { parseStatusPost } = await stage.status();
      const { findStoredMessage } = await stage.query();
      await withReadOnlyDb(ctx, async (db) => {
        const row = findStoredMessage(db, ref);
        if (!row) throw new ArchiveError('E_NOT_FOUND', `no stored message ${ref}`, 'give a Message-ID or an archived page URL as `archive query --format json` prints them');
        const d = deriveMessage(row.raw, row.source, undefined, listHint(row.listUrl, row.list));
        const m = d.message;
        const from = m.authorName ? `${m.authorName} <${m.authorAddress ?? ''}>` : (m.authorAddress ?? undefined);
        const parsed = parseStatusPost({ subject: m.subject, body: m.cleanText, bodyLines: m.lineKinds, isReply: m.isReply, from, quoting: m.quoting });
        // the verdict the index stored (it weighed the series too); the structure as parsed now
        const p = row.reason !== null ? { ...parsed, isReport: Boolean(row.isReport), reason: row.reason } : parsed;
        const meta = { subject: d.message.subject, author: d.message.authorName, date: d.message.date };
        if (o.format === 'json') {
          ctx.io.stdout(toJson({ list: row.list, period: row.period, url: row.url, messageId: d.message.messageId, ...(parseResultJson(meta, p) as object), ...(o.body ? { body: d.message.body } : {}) }, 2) + '\n');
        } else {
          ctx.io.stdout(safeText(`${row.list} ${row.period}${row.url ? '  ' + row.url : ''}`) + '\n' + parseResultText(meta, p));
          if (o.body) ctx.io.stdout('\n' + safeText(d.message.body, { multiline: true }) + '\n');
        }
      });
    });
}
