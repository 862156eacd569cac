/**
 * Reads the hand-labelled corpus in fixtures/status-corpus: `NN-name.txt` (a few `Header: value`
 * lines, a blank line, then the body as pipermail shows it) and `NN-name.expected.json`.
 * The header block is parsed here on purpose (no dependency on src/mail).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StatusInput } from '../../src/status/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '../../fixtures/status-corpus');

export interface ExpectedSection {
  title: string;
  isContents: boolean;
  items: string[];
  labels?: Array<string | null>;
}

export interface Expected {
  isReport: boolean;
  sections?: ExpectedSection[];
  reviews?: string[];
  bugs?: string[];
  /** `mail:<message-id>` / `commit:<hash>` refs of all items, distinct, in order (checked when present). */
  otherRefs?: string[];
  /** Status of each post-level review, in order (`String(status)`, checked when present). */
  reviewStatus?: string[];
}

export interface CorpusPost {
  name: string;
  input: StatusInput;
  expected: Expected;
}

export function splitPost(raw: string): StatusInput {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut >= 0 ? text.slice(0, cut) : text;
  const body = cut >= 0 ? text.slice(cut + 2) : '';
  let subject = '';
  let isReply = false;
  for (const line of head.split('\n')) {
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const name = m[1].toLowerCase();
    if (name === 'subject') subject = m[2];
    if ((name === 'in-reply-to' || name === 'references') && m[2].trim()) isReply = true;
  }
  return { subject, body, isReply };
}

export function loadCorpus(): CorpusPost[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const input = splitPost(readFileSync(join(CORPUS_DIR, f), 'utf8'));
      const expected = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      return { name, input, expected };
    });
}
