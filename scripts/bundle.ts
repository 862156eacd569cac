/**
 * The last step of `npm run build`: the CLI that `archive` runs (package.json `bin`, the bench,
 * the tests that spawn it), bundled from what tsc built into dist/bundle/. One module for what
 * every command loads (the program, commander) and one chunk per stage a command loads when it
 * runs (src/cli/stages.ts), so a command reads a few files instead of dozens of modules: on
 * the bench's million messages, `archive search` starts about 9 ms sooner (issue 12).
 *
 * As CommonJS (dist/bundle/package.json says so to Node): an ES module entry makes Node load its
 * ES module loader, which `archive search` paid about 14 ms more for, and `archive --version` 6.
 * The sources stay ES modules; only the bundle's format changes (a stage's import() becomes a
 * require of its chunk when the command runs).
 *
 * better-sqlite3's JavaScript is bundled too: Node's loading of its dozen CommonJS files cost
 * `archive search` about 7 ms (and an ES import of it made Node lex them first). Its native
 * addon stays in node_modules, found by better-sqlite3's own `bindings` package, told where
 * better-sqlite3 is installed (from inside the bundle it would look beside the bundle). The
 * JavaScript must be the addon's own version: the bundle refuses to start on another one (after
 * an `npm install` that changed better-sqlite3 without building; `npm install` builds).
 *
 * The reindex worker is an entry of its own, `deriveWorker.js`, beside the chunk that starts it
 * (src/index/derivePool.ts finds it there). Bundled by rolldown, which vitest's vite already
 * brings. dist/src/ stays as tsc built it, for the tests, the bench and the scripts.
 */
import { build } from 'rolldown';
import { builtinModules, createRequire } from 'node:module';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(dist, 'bundle');

const sqliteVersion = (createRequire(import.meta.url)('better-sqlite3/package.json') as { version: string }).version;

/** What better-sqlite3's `require('bindings')` gets in the bundle (see above). */
const BINDINGS = `const { createRequire } = require('node:module');
const pkg = require.resolve('better-sqlite3/package.json');
const { version } = require(pkg);
if (version !== ${JSON.stringify(sqliteVersion)}) {
  throw new Error('better-sqlite3 ' + version + ' is installed, but archive was built with ' + ${JSON.stringify(sqliteVersion)} + ': run npm run build');
}
const root = pkg.slice(0, -'package.json'.length);
module.exports = (name) => {
  // Where \`npm install\` builds it; bindings' search of a dozen places only when it is not there.
  try {
    return require(root + 'build/Release/' + name);
  } catch (error) {
    if (error.code !== 'MODULE_NOT_FOUND') throw error;
    return createRequire(pkg)('bindings')({ bindings: name, module_root: root });
  }
};
`;

/**
 * commander requires node:child_process when it loads, for subcommands that are executables of
 * their own, which archive has none of: loading it cost every command about 4 ms. It is required
 * when commander would spawn one instead.
 */
const COMMANDER_EAGER = "const childProcess = require('node:child_process');";
const COMMANDER_LAZY = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";

rmSync(out, { recursive: true, force: true });
await build({
  input: {
    archive: path.join(dist, 'src/cli/bin.js'),
    deriveWorker: path.join(dist, 'src/index/deriveWorker.js'),
  },
  platform: 'node',
  external: [...builtinModules, /^node:/],
  logLevel: 'warn',
  plugins: [{
    name: 'better-sqlite3-bindings',
    resolveId: (id) => (id === 'bindings' ? '\0bindings' : null),
    load: (id) => (id === '\0bindings' ? BINDINGS : null),
  }, {
    name: 'commander-lazy-child-process',
    transform: (code, id) => {
      if (!/commander[\\/]lib[\\/]command\.js$/.test(id)) return null;
      if (!code.includes(COMMANDER_EAGER)) throw new Error(`${id} no longer requires node:child_process as scripts/bundle.ts expects: update COMMANDER_EAGER`);
      // One line for one line: the source map stays right (map: null keeps it).
      return { code: code.replace(COMMANDER_EAGER, COMMANDER_LAZY), map: null };
    },
  }],
  // Without the doc comments (/** ... */): Node reads and scans every byte of a chunk it loads, and
  // they were 40% of what `archive search` loads (commander's, and the 66 KB history of
  // src/status/parserVersion.ts for one number). The source map still leads to the sources.
  output: { dir: out, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true, comments: { legal: true, annotation: true, jsdoc: false } },
});
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
chmodSync(path.join(out, 'archive.js'), 0o755);
