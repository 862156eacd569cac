/**
 * `/message?id=MESSAGE-ID`: one stored message as text (body with line numbers, the raw mail as
 * stored on request) beside what the parser made of it, and why it is or is not a report.
 * `&lines=30-32` highlights the lines an item came from (`#L30` scrolls there).
 */
import { html, linkify, externalLink, textBlock, type Html } from '../../query/format/html.js';
import { page, projectPath, when, plural } from './layout.js';

export interface MessageViewItem {
  text: string;
  label: string | null;
  startLine: number;
  endLine: number;
  refs: Array<{ kind: string; system: string; id: string | null; url: string; status: string | null }>;
  children: MessageViewItem[];
}

export interface MessageViewSection {
  title: string;
  /** The project the index files it under ('' for none), or null when the message is not indexed as a report. */
  project: string | null;
  style: string;
  isContents: boolean;
  startLine: number;
  endLine: number;
  items: MessageViewItem[];
}

export interface MessageView {
  list: string;
  period: string;
  url: string | null;
  messageId: string | null;
  subject: string;
  author: string;
  authorAddress: string | null;
  date: string | null;
  /** The decoded body: line N here is line N of every item's line range. */
  body: string;
  raw: string;
  rawTruncated: boolean;
  isReport: boolean;
  reason: string;
  /** The verdict is the index's (stored), not only the parser's of now. */
  indexed: boolean;
  sections: MessageViewSection[];
  highlight: [number, number] | null;
}

function itemBlock(i: MessageViewItem): Html {
  const refs = i.refs.filter((r) => r.kind !== 'link');
  return html`<li><a class="prov" href="#L${i.startLine}">${i.startLine === i.endLine ? `L${i.startLine}` : `L${i.startLine}–${i.endLine}`}</a> ${i.label ? html`<span class="label">${i.label}: </span>` : ''}${linkify(i.text)}${refs.length ? html`<div class="small muted">${refs.map((r, n) => html`${n ? ', ' : ''}${r.kind} ${externalLink(r.url, `${r.system} ${r.id ?? ''}`.trim())}${r.status ? ` [${r.status}]` : ''}`)}</div>` : ''}${i.children.length ? html`<ul>${i.children.map(itemBlock)}</ul>` : ''}</li>`;
}

export function messagePage(m: MessageView, dbName: string): string {
  const lines = m.body.split('\n');
  const hl = m.highlight;
  const numbered = lines.map((l, n) => {
    const no = n + 1;
    const on = hl && no >= hl[0] && no <= hl[1];
    return html`<span class="line${on ? ' hl' : ''}" id="L${no}"><span class="ln" aria-hidden="true">${no}</span><span class="tx">${textBlock(l)}</span></span>`;
  });
  const sections = m.sections.map((s) => html`<section>
<h3>${s.title || html`<span class="muted">(untitled)</span>`} <a class="prov" href="#L${s.startLine}">L${s.startLine}–${s.endLine}</a></h3>
<p class="small muted">${s.style} heading${s.isContents ? ', table of contents' : ''}${s.project === null ? '' : s.project ? html`; project <a href="${projectPath(s.project)}">${s.project}</a>` : '; no project name'}</p>
${s.items.length ? html`<ul class="items-tree">${s.items.map(itemBlock)}</ul>` : html`<p class="muted small">no items</p>`}
</section>`);
  const verdict = html`<div class="verdict ${m.isReport ? 'yes' : 'no'}"><strong>${m.isReport ? 'A status report' : 'Not a status report'}</strong>${m.indexed ? '' : html` <span class="muted small">(the parser's verdict now; the index has none)</span>`}<p>${m.reason}</p></div>`;
  const body = html`<h1>${m.subject || '(no subject)'}</h1>
<dl class="headers">
<dt>From</dt><dd>${m.author}${m.authorAddress ? html` <span class="muted">&lt;${m.authorAddress}&gt;</span>` : ''}</dd>
<dt>Date</dt><dd>${when(m.date)}</dd>
<dt>List</dt><dd>${m.list}, ${m.period}</dd>
${m.messageId ? html`<dt>Message-ID</dt><dd><code>${m.messageId}</code></dd>` : ''}
${m.url ? html`<dt>Archived</dt><dd>${externalLink(m.url, m.url)}</dd>` : ''}
</dl>
${verdict}
<div class="two">
<div><h2>Message</h2>
<p class="muted small">The body as decoded (${plural(lines.length, 'line')}); quotes, signature and footer are what the parser skipped.</p>
<pre class="body">${numbered}</pre>
<details><summary>The raw mail as stored${m.rawTruncated ? ' (first 512 KiB)' : ''}</summary><pre class="raw">${textBlock(m.raw)}</pre></details>
</div>
<div class="structure"><h2>What the parser found</h2>
${m.sections.length ? sections : html`<p class="muted">No sections.</p>`}
</div>
</div>`;
  return page({ title: m.subject || 'Message', section: 'message', dbName }, body);
}
