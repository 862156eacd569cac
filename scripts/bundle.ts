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
 * Kept outside: better-sqlite3 (a native addon, loaded from node_modules as before) and the
 * reindex worker, which is an entry of its own, `deriveWorker.js`, beside the chunk that starts
 * it (src/index/derivePool.ts finds it there). Bundled by rolldown, which vitest's vite already
 * brings. dist/src/ stays as tsc built it, for the tests, the bench and the scripts.
 */
import { build } from 'rolldown';
import { builtinModules } from 'node:module';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(dist, 'bundle');

rmSync(out, { recursive: true, force: true });
await build({
  input: {
    archive: path.join(dist, 'src/cli/bin.js'),
    deriveWorker: path.join(dist, 'src/index/deriveWorker.js'),
  },
  platform: 'node',
  external: ['better-sqlite3', ...builtinModules, /^node:/],
  logLevel: 'warn',
  output: { dir: out, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
});
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
chmodSync(path.join(out, 'archive.js'), 0o755);
