/**
 * The one map from the CLI to the stages below it. Commands load a stage only through these
 * loaders, when they run, so `archive --help` and usage errors start without loading SQLite,
 * undici or the parsers; and every import() is a literal here, so tools (and
 * test/architecture.test.ts) see the whole call graph from command to stage.
 *
 *   command                          stages it loads
 *   sync, import                     sync, store
 *   query, stats, status, export     store, query
 *   search, projects, month, reviews store, and that one query with its renderer
 *   series                           store, query, index
 *   lists                            store, sync (list URLs)
 *   show                             store, query, index, status
 *   parse                            mail, status, gzip (from crawl)
 *   reindex                          store, index
 *   serve                            web (which reads through store, query, index, status)
 *   (main.ts, any command)           dbErrors
 *   (any reading command)            connection (store when the database must be migrated first)
 *
 * `command` loads a command's own definition (its options, help and action): program.ts asks
 * only for the one being run.
 */
export const stage = {
  store: () => import('../store/index.js'),
  /** Opening a database whose schema is current, without the migrations or the writers of store/index.js. */
  connection: () => import('../store/connection.js'),
  dbErrors: () => import('../store/dbErrors.js'),
  sync: () => import('../sync/index.js'),
  index: () => import('../index/index.js'),
  query: () => import('../query/index.js'),
  mail: () => import('../mail/index.js'),
  status: () => import('../status/index.js'),
  web: () => import('../web/index.js'),
  /** gzip alone, without the HTTP client (undici) that crawl/index.js brings. */
  gzip: () => import('../crawl/gzip.js'),
  /**
   * One query with its renderer, for the commands a person runs most (a few modules, not every
   * query, renderer and the parser that query/index.js brings): what `search`, `projects`,
   * `month` and `reviews` load.
   */
  search: async () => ({ ...(await import('../query/search.js')), ...(await import('../query/format/search.js')) }),
  projects: async () => ({ ...(await import('../query/overview.js')), ...(await import('../query/format/csv.js')) }),
  month: async () => ({ ...(await import('../query/monthDigest.js')), ...(await import('../query/format/digest.js')) }),
  reviews: async () => ({ ...(await import('../query/reviews.js')), ...(await import('../query/format/reviews.js')) }),
  command: {
    sync: async () => (await import('./commands/sync.js')).syncCommand,
    import: async () => (await import('./commands/import.js')).importCommand,
    query: async () => (await import('./commands/query.js')).queryCommand,
    projects: async () => (await import('./commands/overview.js')).projectsCommand,
    series: async () => (await import('./commands/series.js')).seriesCommand,
    search: async () => (await import('./commands/search.js')).searchCommand,
    reviews: async () => (await import('./commands/reviews.js')).reviewsCommand,
    month: async () => (await import('./commands/month.js')).monthCommand,
    export: async () => (await import('./commands/export.js')).exportCommand,
    status: async () => (await import('./commands/overview.js')).statusCommand,
    lists: async () => (await import('./commands/lists.js')).listsCommand,
    stats: async () => (await import('./commands/overview.js')).statsCommand,
    show: async () => (await import('./commands/show.js')).showCommand,
    parse: async () => (await import('./commands/parse.js')).parseCommand,
    reindex: async () => (await import('./commands/overview.js')).reindexCommand,
    serve: async () => (await import('./commands/serve.js')).serveCommand,
  },
} as const;
