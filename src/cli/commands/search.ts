import { Command, InvalidArgumentError } from 'commander';
import { month, choice, positiveInt } from '../options.js';
import { ArchiveError } from '../../errors.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

/** --limit, saying how to exclude a word when `-nfs` was read as `-n fs`. */
function limit(value: string): number {
  try {
    return positiveInt(value);
  } catch (e) {
    if (/^\d/.test(value)) throw e;
    throw new InvalidArgumentError(`expected a number of messages, got "${value}". To exclude the word "-n${value}", put the query after --: archive search -- WORDS -n${value}`);
  }
}

export function searchCommand(ctx: Context): Command {
  return new Command('search')
    .summary('full-text search over messages and report items, newest first (or best matches first)')
    .description(`Search the stored messages (subject, author, body without quotes and signature) and the items of status reports. One result per message, newest first (as notmuch shows them; fast on any archive) or with --sort relevance best first (bm25; a word in the subject counts more than one in the body, and every match is ranked, which takes longer for a common word), with a snippet and the report items that matched.

Query syntax: words (all must match), "a phrase", prefix* (etcd*), -word to exclude, OR between alternatives (nsr OR jbr), and subject:word, author:word or body:word to look in one field. Punctuation is taken literally, so URLs and file names can be searched as they are written.

An excluded word that looks like one of the options below (-nfs reads as -n fs, -famous as -f amous) must come after \`--\`, which ends the options: archive search -- etcd -nfs. Put options before the \`--\`.`)
    .argument('<query...>', 'what to search for')
    .option('--list <name>', 'only messages of this list')
    .option('--author <name>', 'only messages whose author (name or address) contains this')
    .option('--since <YYYY-MM>', 'only messages from this month on', month)
    .option('--until <YYYY-MM>', 'only messages up to this month', month)
    .option('--reports-only', 'only status reports (no replies, questions, announcements)')
    .option('-n, --limit <n>', 'at most this many messages', limit, 20)
    .option('--sort <order>', 'date (newest first) or relevance (best matches first)', choice(['date', 'relevance'] as const), 'date')
    .option('-f, --format <format>', 'text, or json (matches marked <mark>...</mark>; score: bm25 with --sort relevance, null by date)', choice(['text', 'json'] as const), 'text')
    // `-wip` is an excluded word, not an option; a mistyped --option is still refused below.
    .allowUnknownOption()
    .addHelpText('after', `
Examples:
  $ archive search etcd
  $ archive search etcd -n 5                   # the newest five
  $ archive search etcd --sort relevance       # best matches first
  $ archive search "multi-threaded epoll" --reports-only --since 2014-01
  $ archive search 'review.gluster.org/#/c/8913'
  $ archive search reconciliation -wip author:darcy --format json | jq '.[].url'
  $ archive search --reports-only -- etcd -nfs        # exclude "nfs": after --, it is not -n`)
    .action(async (words: string[], o) => {
      const { search, searchToText, TEXT_HIGHLIGHT } = await stage.search();
      const unknown = words.find((w) => /^--[a-z]/i.test(w));
      if (unknown) throw new ArchiveError('E_USAGE', `unknown option '${unknown}'`, 'run `archive search --help` for the options; to search for the text itself, quote it: archive search -- "' + unknown + '"');
      const cfg = ctx.config();
      await withReadOnlyDb(ctx, async (db) => {
        const json = o.format === 'json';
        const highlight = json ? { open: '<mark>', close: '</mark>' } : TEXT_HIGHLIGHT;
        const r = search(db, {
          text: words.join(' '), list: o.list, author: o.author, since: o.since, until: o.until,
          reportsOnly: Boolean(o.reportsOnly), limit: o.limit, sort: o.sort, highlight,
        });
        if (!r.indexed) ctx.io.stderr('warning: the search index is empty; run `archive reindex` once to build it\n');
        if (json) {
          ctx.io.stdout(toJson(r.hits.map((h) => ({
            list: h.list, lists: h.lists, month: h.month, date: h.date, author: h.author, subject: h.subject, url: h.url,
            messageId: h.messageId, isReport: h.isReport, score: h.score, snippet: h.snippet, items: h.items,
          })), 2) + '\n');
        } else ctx.io.stdout(searchToText(r, { color: cfg.color }));
      });
    });
}
