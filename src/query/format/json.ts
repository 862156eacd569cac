/** JSON output of `archive query`: the documented contract (README, "JSON contract"). */
import type { ProjectHistory } from '../history.js';

export function historyToJson(h: ProjectHistory): unknown {
  return {
    project: h.project,
    names: h.names,
    reports: h.reports.map((r) => ({
      list: r.list,
      lists: r.lists,
      month: r.month,
      date: r.date,
      author: r.author,
      subject: r.subject,
      url: r.url,
      messageId: r.messageId,
      section: r.section,
      lines: r.lines,
      gapBefore: r.gapBefore,
      items: r.items.map((i) => ({ text: i.text, urls: i.urls, status: i.status, label: i.label, stale: i.stale, children: i.children, lines: i.lines })),
      reviews: r.reviews,
      bugs: r.bugs,
      dropped: r.dropped,
    })),
    mentions: h.mentions,
  };
}
