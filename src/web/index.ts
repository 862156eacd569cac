/**
 * Public surface of the web view (`archive serve`): a read-only HTTP server over the database,
 * its routes and its pages. Only the CLI imports it (through src/cli/stages.ts).
 */
export { startServer, isLoopback, CSP, type ServeOptions, type WebServer } from './server.js';
