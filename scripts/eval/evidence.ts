/**
 * The detection evidence of each real post, as the index's parse path computes it
 * (src/index/deriveMessage.ts), each piece named by its kind (Evidence.key): the features the
 * weights are learned over.
 */
import { readStoredMessage } from '../../src/index/index.js';
import { parseStatusPost, quickVerdict } from '../../src/status/index.js';
import { withoutSubject, type RealPost } from './corpus.js';

export interface Sample {
  post: RealPost;
  /** false: the same post scored from its body alone (subject removed). */
  withSubject: boolean;
  want: boolean;
  /** Settled without a parse (patch, bot, reply with no list): not weighed. */
  settled: boolean;
  evidence: Array<{ key: string; what: string; weight: number }>;
}

function sample(post: RealPost, raw: Buffer, withSubject: boolean): Sample {
  const message = readStoredMessage(raw, 'mbox');
  const from = message.authorName ? `${message.authorName} <${message.authorAddress ?? ''}>` : (message.authorAddress ?? undefined);
  const input = { subject: message.subject, body: message.cleanText, bodyLines: message.lineKinds, isReply: message.isReply, from, quoting: message.quoting };
  const settled = quickVerdict(input) !== null;
  const parse = settled ? null : parseStatusPost(input, { refs: false });
  const evidence = parse?.evidence ?? [];
  return { post, withSubject, want: post.label.isReport, settled, evidence };
}

export function samplesOf(posts: RealPost[]): Sample[] {
  const out: Sample[] = [];
  for (const p of posts) {
    out.push(sample(p, p.raw, true));
    out.push(sample(p, withoutSubject(p.raw), false));
  }
  return out;
}
