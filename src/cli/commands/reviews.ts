import { Command } from 'commander';
import { choice } from '../options.js';
import type { Context } from '../context.js';
import { withReadOnlyDb } from '../database.js';
import { loadAliases } from '../aliases.js';
import { safeText, safeData, toJson } from '../../query/format/safeText.js';
import { stage } from '../stages.js';

/** How many reviews text output shows without --all. */
const LAST = 50;

const SYSTEMS = ['gerrit', 'github', 'gitlab', 'bugzilla', 'patchwork', 'launchpad', 'mail', 'commit', 'cve', 'other'] as const;

export function reviewsCommand(ctx: Context): Command {
  return new Command('reviews')
    .summary('code reviews mentioned in reports, with their lifecycle across months')
    .description(`List every code review (Gerrit change, GitHub/GitLab pull or merge request, patch) that status reports mention, with its lifecycle: the first and last month it was mentioned, the status words seen next to it over time (e.g. "under review -> merged"), the projects it was reported under and each report that mentions it. The same change written as two URLs counts once. With --bugs, bug-tracker entries are listed too.`)
    .argument('[review]', 'only this review: its URL (any spelling) or its number')
    .option('-p, --project <name>', 'only reviews mentioned under this project (aliases apply)')
    .option('--system <system>', `only this system: ${SYSTEMS.join(', ')}`, choice(SYSTEMS))
    .option('--bugs', 'include bugs')
    .option('--all', `text output: every review (by default the ${LAST} mentioned most recently, which a person can read; json always holds every one)`)
    .option('-f, --format <format>', 'text or json', choice(['text', 'json'] as const), 'text')
    .addHelpText('after', `
Examples:
  $ archive reviews --project NSR
  $ archive reviews http://review.gluster.org/#/c/8913/
  $ archive reviews --system github --format json | jq '.[] | select(.lastStatus == "merged") | .url'
  $ archive reviews --bugs --system bugzilla`)
    .action(async (ref: string | undefined, o) => {
      const { reviewLifecycles, reviewsPage, reviewsToText } = await stage.reviews();
      const cfg = ctx.config();
      const aliases = loadAliases(cfg);
      await withReadOnlyDb(ctx, async (db) => {
        const q = { project: o.project, system: o.system, bugs: Boolean(o.bugs), ref, aliases };
        if (o.format === 'json') ctx.io.stdout(toJson(reviewLifecycles(db, q), 2) + '\n');
        else ctx.io.stdout(reviewsToText(reviewsPage(db, q, o.all ? undefined : LAST), { color: cfg.color }));
      });
    });
}
