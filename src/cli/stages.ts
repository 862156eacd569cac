/**
 * The one map from the CLI to the stages below it. Commands load a stage only through these
 * loaders, when they run, so `archive --help` and usage errors start without loading SQLite,
 * undici or the parsers; and every import() is a literal here, so tools (and
 * test/architecture.test.ts) see the whole call graph from command to stage.
 *
 *   command                          stages it loads
 *   sync, import                     sync, store
 *   query, projects, stats, status,
 *   search, reviews, month, export   store, query
 *   series                           store, query, index
 *   lists                            store, sync (list URLs)
 *   show                             store, query, index, status
 *   parse                            mail, status, gzip (from crawl)
 *   reindex                          store, index
 *   serve                            web (which reads through store, query, index, status)
 *   (main.ts, any command)           dbErrors
 */
export const stage = {
  store: () => import('../store/index.js'),
  dbErrors: () => import('../store/dbErrors.js'),
  sync: () => import('../sync/index.js'),
  index: () => import('../index/index.js'),
  query: () => import('../query/index.js'),
  mail: () => import('../mail/index.js'),
  status: () => import('../status/index.js'),
  web: () => import('../web/index.js'),
  /** gzip alone, without the HTTP client (undici) that crawl/index.js brings. */
  gzip: () => import('../crawl/gzip.js'),
} as const;
