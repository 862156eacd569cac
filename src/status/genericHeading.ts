/**
 * Generic headings: they name a kind of status or a part of any report (`Current Progress:`,
 * `Next Steps`, `Still to do`, `In other news`, `Tickets I have worked on`, `Contents`, an Apache board
 * report's `Health report`, `PMC changes`, `Committer base changes`, Chinese minutes' `参会人员` (attendees)
 * and `议题` (topics)), never a project, so their items belong to the project the post reports on. Pure.
 */

/** Words that make up generic headings; a heading made only of these (and filler words) is generic. */
const VOCABULARY = new Set(`
done completed complete finished accomplished accomplishments achievements achieved activities activity
progress status update updates current recent overall general other misc miscellaneous miscellanea various
work working worked key major main minor upcoming open known ongoing pending outstanding remaining lingering left wip
in news notes note items item tasks task goals goal results result changes change discussion discussions discussed
questions question help wanted action actions points this last next previous coming week weeks month months year quarter
cycle sprint steps step plans plan planned planning future todo to do still blockers blocker blocked blocking
issues issue problems problem risks risk highlights highlight summary summaries contents table index topics
tickets ticket bugs bug fixed fixes fix features feature reviews review reviewed meetings meeting events event
links link thanks acknowledgements introduction intro overview background schedule timeline important dates
date deadlines deadline announcements announcement agenda attendees present absent participants minutes
whats what's new closed opened merged landed resolved unresolved report reports personal my our i we have has focus information development
been stuff things misc. other tl;dr tldr conclusion conclusions feedback comments comment requests request
help needed asks ask call calls out in-progress follow followup follow-up up ups up-coming also more project
aa aas ai ais newsworthy short long term freeze freezes frozen fixing good bad
community decision decisions decided calendar
changelog changelogs improvements improvement enhancements enhancement internal sponsors
accepted accept declined decline likely active hold withdrawn rejected approved
attending attendance regrets apologies missing roll approval recurring deferred standup stand-up bashing housekeeping aob location minute taker takers quorum
dagsorden tagesordnung referat protokoll anwesend teilnehmer deltagere deltagare verschiedenes sonstiges eventuelt varia divers presenti assenti asistentes présents excusés
tilstedeværende fraværende afbud tilstede ad zu pkt punkt tagesordnungspunkt
what did needs need be implemented
nouveautés nouveautes corrections correctifs neuigkeiten novità novedades cambios änderungen
参会人员 与会人员 出席人员 参会者 议题 议程 会议纪要 纪要 会议记录 遗留问题 决议 结论 待办事项 行动项 出席者 欠席者 議題 議事 議事録 決定事項 報告事項 その他
`.split(/\s+/).filter(Boolean));

/**
 * Parts every report of a kind has that say nothing of its progress: an Apache board report's
 * `Description`, `Health report`, `PMC changes`, `Committer base changes`, `Releases`, `Mailing list
 * activity`; a CentOS SIG's quarterly report's `Purpose` and `Membership`. They name no project, but they are no sign of a report either (see isPartHeading).
 */
const PARTS = new Set(`
description health pmc ppmc committer committers contributors contributor developers users
base release releases mailing list lists jira objectives objective period statistics stats metrics include includes
purpose membership
learnings learned lessons challenges challenge solutions acknowledgments acknowledgment retrospective references resources
`.split(/\s+/).filter(Boolean));

/**
 * Sides of any software project a report may be about, on the project's own list: `Status of the
 * driver`, `translation status`, `Refactoring progress`, `Kernel inclusion status`, `News from
 * trunk / release`, `Progress, deadlines and budget`. A subject naming only these names no
 * project of its own: the list's (see isAspectName). (And sides of a community's organisation:
 * `Draft Minutes for Membership Meeting` on wplug-members, `Governance meeting` on Jenkins' forum.)
 */
const ASPECTS = new Set(`
driver drivers translation translations translators refactoring refactor documentation docs doc website site
packaging packages package build builds porting port kernel inclusion upstream upstreaming merge merging trunk
branch branches tests test testing infrastructure budget code development migration governance membership
`.split(/\s+/).filter(Boolean));

/** Filler that may stand between vocabulary words. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'on', 'and', 'or', 'to', 'from', 'with', 'since', 'by', 'at', 'so', 'far', '&', '+', '/']);

/** Counters, dates and times: `Summary of week 3 and week 4`, `Plan for week-2 (23 May to 29 May)`, `23th March 2022, 21:00-22:00 UTC+0`. */
/** A day written year first, alone: `2017-02-18`, `2020/10/04`. */
const ISO_DAY = /^\s*[#=*]*\s*(?:19|20)\d\d([-/.])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])\s*[#=*:]*\s*$/;
const COUNTER = /^(?:\d{0,2}(?:am|pm)|(?:utc|gmt|cet|cest|bst|pst|pdt|est|edt|ist|jst)(?:[+-]\d{1,2})?|\d{1,4}(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

export function isGenericHeading(title: string): boolean {
  return generic(title, false);
}

/** A generic heading, or one naming a part of a report that names no project (`PMC changes`). */
export function isPartHeading(title: string): boolean {
  return generic(title, true);
}

/** A name made of a project's sides and report words only (`translation status`, `the driver`): no project's own. */
export function isAspectName(title: string): boolean {
  return generic(title, true, true);
}

function generic(title: string, parts: boolean, aspects = false): boolean {
  // (`2017-02-18` heading a meeting's notes, SuperCollider's dev meetings: its day, whose project the post's)
  if (ISO_DAY.test(title)) return true;
  // a parenthesised note (dates, `(this week)`) says when, not what
  // (and a middle dot is punctuation: `1 · Progress update`, a GSoC check-in's numbered part)
  const words = title.trim().toLowerCase().slice(0, 300).replace(/\([^()]*\)/g, ' ').replace(/['’]s(?![\p{L}\p{N}])/gu, ' ').replace(/[:.,;!*_#=\[\]()"'`·]+/g, ' ').replace(/[-–—]+/g, ' ').split(/\s+/).filter(Boolean);
  // (dates and times count as none of the eight: `21th April 2022, 6:00 - 7:00 am UTC+0`)
  if (words.length === 0 || (words.length > 8 && words.filter((w) => !COUNTER.test(w)).length > 8)) return false;
  let vocab = 0;
  let month = false;
  for (const w of words) {
    if (VOCABULARY.has(w) || (parts && PARTS.has(w)) || (aspects && ASPECTS.has(w))) vocab++;
    else if (!FILLER.has(w) && !COUNTER.test(w)) return false;
    else if (/^\D/.test(w) && COUNTER.test(w)) month = true;
  }
  // (`July 3-7`, `10-14 July`: when, not what; a bare `2019` may name a release)
  return vocab > 0 || month;
}
