import type { Config } from '../config.js';
import type { Io } from './io.js';

/** What every command gets: the io, the resolved configuration, and a way to set the exit code. */
export interface Context {
  io: Io;
  config(): Config;
  setExit(code: number): void;
}
