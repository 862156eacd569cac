import { Command, InvalidArgumentError } from 'commander';
import type { Context } from '../context.js';
import { loadAliases } from '../aliases.js';
import { safeText } from '../../query/format/safeText.js';
import { stage } from '../stages.js';
import { stopSignal } from '../signals.js';

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new InvalidArgumentError(`expected a port from 0 to 65535 (0 picks a free one), got "${value}"`);
  return Number(value);
}

export function serveCommand(ctx: Context): Command {
  return new Command('serve')
    .summary('a read-only web view of the database: projects, timelines, months, search, messages')
    .description(`Serve the database as web pages on this machine: every project with a sparkline of its reports, each project's timeline (months across, one lane per item from its first mention to its last, added / changed / carried / stale / merged / dropped), its reports with each item linked to the line of the message it came from, review lifecycles, month digests, full-text search, and each message beside what the parser made of it.

The database is opened read-only and nothing can be written through the view; pages have no JavaScript, and everything quoted from mail is shown as text. It listens on 127.0.0.1 unless --host says otherwise. Stop it with Ctrl-C.`)
    .option('--port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--host <address>', 'address to listen on; 0.0.0.0 makes the view reachable from other machines', '127.0.0.1')
    .addHelpText('after', `
Examples:
  $ archive --db data/demo.db serve            # then open http://127.0.0.1:8080/
  $ archive serve --port 9000
  $ archive serve --host 0.0.0.0               # reachable from the network: prints a warning`)
    .action(async (o: { port: number; host: string }) => {
      const { startServer, isLoopback } = await stage.web();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      const server = await startServer({ dbPath: cfg.dbPath, host: o.host, port: o.port, aliases, log: (line) => ctx.io.stderr(line + '\n') });
      if (!isLoopback(o.host)) {
        ctx.io.stderr(safeText(`warning: listening on ${o.host}: anyone who can reach this machine on port ${server.port} can read the whole archive (read-only, no login). Use --host 127.0.0.1 unless that is what you want.`) + '\n');
      }
      ctx.io.stdout(safeText(`Serving ${cfg.dbPath} read-only at ${server.url}/  (Ctrl-C to stop)`) + '\n');
      const sig = await stopSignal();
      await server.close();
      ctx.io.stdout(`stopped (${sig})\n`);
    });
}
