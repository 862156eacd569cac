/**
 * Is this message a status report? Evidence, not vetoes: the subject's cues and kinds, the
 * body's structure (sections, items, review and bug links, progress words), reply-ness and
 * quoting, negative kinds (patch, announcement, CFP, agenda, proposal, bot, diff, job) and the
 * series the post belongs to each add or take away weight; a post whose evidence adds up to
 * THRESHOLD or more is a report. The reason lists the evidence with its weights, in words a user
 * can read in `archive show`.
 */
import { prepareLines, isText, isFlattened, frontMatterLines, type PreparedBody } from './lines.js';
import { extractUrls } from './urls.js';
import { classifyUrl } from './reviewUrl.js';
import { labelOf, DONE_LEAD_IN } from './labels.js';
import { isGenericHeading } from './genericHeading.js';
import { wordingEvidence, WORDING_CAP } from './wording.js';
import { charTable, isAttributionLine } from '../mail/index.js';
import { wordTable, wordMask, scanText } from './wordMask.js';
import type { SeriesHint, StatusInput, StatusItem, StatusSection } from './types.js';
import { THRESHOLD } from './threshold.js';

export interface Evidence {
  /** Which kind of evidence, the same for every post (`subject.cue.status-update`): what the learned weights are keyed by. */
  key: string;
  /** What was seen, e.g. `subject says "status update"`. */
  what: string;
  weight: number;
}

export interface Detection {
  isReport: boolean;
  reason: string;
  score: number;
  /** The score without the series' evidence: what the post says by itself. */
  baseScore: number;
  evidence: Evidence[];
}

/** A post whose evidence weighs this much or more is a report (threshold.ts). */
export { THRESHOLD };
/**
 * What a subject with no cue, date or counter weighs: most posts are not reports (base rate). -3.5
 * since parser 11: on whole real archives (twisted-python 49,802 messages, openbmc 22,118) the
 * posts it newly leaves out were 37, about 30 of them questions and design threads with headings
 * (the rest release follow-ups and a progress note); on the labelled corpus, where reports are far
 * commoner than on a list, it cost 3 of 489 reports. -4.5 since parser 12 (design threads with
 * headings on openbmc); -5 since parser 13: twisted-python 106 -> 97 and openbmc 101 -> 98 reports,
 * the posts left out discussions (`Bloody Twisted VFS`, `Lore with PIL`, `BMCWeb auth primer`),
 * for 1 of the corpus's 638 reports (`Development Plans`, R, 1997).
 */
const NO_CUE_WEIGHT = -5;
/** A subject naming plans or work finished (see subjectEvidenceOf): less than a cue, more than no report named. */
const PLAN_SUBJECT_WEIGHT = -2;
const PLAN_SUBJECT = /\b(?:road-?map|plans?|to-?do list|task list|completed|finished|nearly complete|almost complete|backports|conclusions|decisions|what['’]?s next|next steps|delivered)\b/i;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const PAREN_PERIOD = new RegExp(String.raw`\((?:[^()]*\b(?:${MONTHS})\b[^()]*|[^()]*\bweek\b[^()]*|\s*w\d{1,2}\s*|\s*\d{4}-\d{2}(?:-\d{2})?\s*|\s*R-\d+\s*)\)`, 'i');
// (and year first, as a file of minutes is named: `2021-Sept.md`, the Open Bioinformatics Foundation's board)
const MONTH_YEAR = new RegExp(String.raw`\b(?:${MONTHS})\b,?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d[-_ ](?!may\b)(?:${MONTHS})(?![a-z])`, 'i');

/** A release's milestone (a freeze, a cutoff, a candidate, a snapshot) and how near it is, in a subject. */
export const RELEASE_MILESTONE = /^(?=.*\b(?:next week|next (?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|in (?:a|one|two|three|\d+) (?:hours?|days?|weeks?)|in a (?:couple|few)(?: of)? (?:hours|days|weeks)|\d+ (?:hours?|days?|weeks?) (?:to|until|left)|until|ahead|coming(?: up)?|approaching|delayed|extra week|today|status|update|reminder|is active|is now in|upcoming|slip(?:s|ped|ping)?|soon|tonight|important|not (?:there|out) yet|(?:un)?frozen|due(?:\s+(?:out|on|in))|working on|created|going into|\d{1,2}:?\d{2}\s*UTC)\b)(?=.*?\b(?<cue>(?:\d+\.\d+(?:\.\d+)?\s+(?:final|branch)\b|(?:feature|code|string|api|abi|branch|trunk|tree|release|maint)[- ]?(?:un)?frozen|(?:un)?frozen(?=\s*(?:[,;:!]|$))|(?:feature|code|final|grand-feature)(?:\s*\/\s*code|\s+code)?\s+(?:freeze|cutoff)|(?:(?:hard|soft)\s+)?codefreeze|cutoffs?|freeze|rampdown\s+phase\s+(?:one|two|1|2)|snapshots?|tagged|branching|branch[- ]?off|\d+\.\d+(?:\.\d+)?\s*(?:rc|b|a|beta|alpha)\s*\d+|(?:rc|beta|alpha)\s*\d+))\b)/i;

/** The translators' deadline before a release, in a subject (a release milestone: see CUES). */
const TRANSLATIONS_DUE = /^(?=.*(?:\b\d+\.\d+|\b(?:next|upcoming|coming)\s+release\b))(?=.*\b(?<due>(?:call|deadline)\s+for\s+(?:\S+\s+){0,3}?translations|translations\s+(?:for|before)\s+(?:the\s+)?(?:next|upcoming|coming)\s+release|translations\s+(?:needed|deadline|due))\b)/i;

/** Subject cues: [pattern, weight, name]. The first one that matches counts, plus a period marker. */
/** `blktests failures with v6.10 kernel`: a test suite's known failures against a release (a regressions cue; not a problem report). */
const TEST_FAILURES = /^\s*(?:\[[^\]]{0,40}\]\s*)*(?!(?:build|compile|compilation|boot|link|install)\b)[\w.-]{3,30}\s+(?:test\s+)?failures\s+(?:with|on|for|against)\s+(?:the\s+)?(?:v|linux\s*|kernel\s*)?\d+\.\d+/i;

const CUES: Array<[RegExp, number, string]> = [
  [/\bstatus\s+reports?\b/i, 2.5, 'status-report'],
  // (and a quarter's update of a named group, the year and the quarter first: OpenSSF's TAC reports `2024 Q4 Vulnerability
  // Disclosure WG`, `2025 Q3 ORBIT WG`, Hyperledger's `2021 Q2 Hyperledger Cactus`; 16 such subjects among the real posts,
  // all reports)
  [/\b(weekly|monthly|bi-?weekly|fortnightly|quarterly|daily)\s+(status|update|report|summary|news|digest|recap|roundup|notes)|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:19|20)\d\d(?:\s+|\s*[-\/]\s*)Q[1-4](?:\s*\+\s*Q[1-4])?\s+(?=[a-z])/i, 2.5, 'periodic-update'],
  [/\bstatus\s+(update|mail|summary)s?\b/i, 2.5, 'status-update'],
  [/\bwhat'?s cooking\b/i, 3, 'whats-cooking'],
  // git's other series: what a branch of a repository holds (`What's in git.git (stable)`)
  [/\bwhat'?s in\s+\S+\.git\b/i, 2.5, 'whats-in-repo'],
  [/\bbits from\b/i, 2.5, 'bits-from'],
  // (`President's Letter July 2005`, `President's April Letter` on amsat-bb: an organisation's head
  // telling its members each month what it did, as a DPL's bits do)
  [/\b(?:president|chair(?:man|person)?|executive director)'?s\s+(?:\p{L}+\s+)?(?:letter|column|corner)\b|\bletter from the (?:president|chair(?:man|person)?|executive director)\b/iu, 2.5, 'leader-letter'],
  [/\b(team|project|progress|development|dev|community|engineering)\s+(update|report|status)s?\b/i, 2.5, 'team-update'],
  [/\brelease countdown\b|\bcountdown for week\b/i, 2.5, 'countdown'],
  // A release manager's countdown: a milestone and how near it is, or a release's status
  // (`Reminder: 12 weeks to 3.7 feature code cutoff`, `3.3 rc1 next week`, `3.7.0rc1 Delayed`,
  // `Xen 4.18 release: Reminder about code freeze`, `3.7.1 and 3.6.7 Release Update`, `JDK 21 enters Rampdown
  // Phase One next Thursday`); as strong as
  // linux-next's or git's series names: its body is often a few lines of prose
  [RELEASE_MILESTONE, 3, 'release-milestone'],
  [/\brelease\s+(?:status|update)\b|\b\d+\.\d+(?:\.\d+)?(?:(?:rc|b|a)\d+)?\s+(?:release\s+)?(?:status|update)\b/i, 2, 'release-status'],
  // (`1.8.4 release delayed`, `v1.8.2 still held up...`: how a release stands, told by its manager; 3 since parser 62,
  // as a milestone's countdown: `1.8.4 release delayed` over three paragraphs of why, Open MPI 2014)
  // (and how near it is: `gpsd-2.31 is imminent; here is the TODO list`, `KLog 0.5.0 in a few days... Translations needed`,
  // `cdrtools-3.0-final is close, please test!!!`: a release's manager telling where it stands)
  // (and a release named by its stage, not its number: `ImageJ2 beta delayed`, the project lead telling that the beta due
  // by the roadmap is postponed, ImageJ 2011)
  // (and when it is due: `R 2.14.0 scheduled for October 31, 2.13.2 for September 30`, R's release manager on r-announce)
  // (and its stabilization phase begun: `gPodder 0.12.0 stabilization phase`, the maintainer telling what is in and what
  // is left before the release, gPodder 2008)
  [/\bv?\d+\.\d+(?:\.\d+)?(?:(?:rc|b|a)\d+|-final)?\s+(?:release\s+|(?:feature\s+)?freeze\s+)?(?:is\s+)?(?:still\s+)?(?:delayed|held up|on hold|slipp(?:ed|ing)|postponed|imminent|(?:very\s+)?close|in a few days|around the corner|scheduled for|stabili[sz]ation\s+(?:phase|period))\b|\b(?:release|beta|alpha|rc\s*\d*)\s+(?:is\s+)?(?:still\s+)?(?:delayed|postponed|slipp(?:ed|ing))\b/i, 3, 'release-delayed'],
  // (and its merge window closed, `Closing the merge window for 1.6.0`, Junio's status of what is in by -rc0, git 2008)
  // (`update on the status of the new release` (X2Go 2010), `Status of release` (Smb4K 2007), `Update on Trunk and 0.7.0
  // release` (Mapnik 2009), `2.0.0-beta6 release in progress` (ImageJ 2012): how a release stands, told by its manager;
  // as strong as a milestone's countdown, and like it a subject's word only: a body speaks of releases everywhere)
  // (and a maintainer's tree closed for a release, `IIO tree closed for new stuff for 5.17.`, `[ANNOUNCE] Renesas tree
  // closed for v5.3`: what is in and what waits for the next; not `closing`, a notice of the date to come)
  [/\b(?:status|update|progress) (?:of|on) (?:the )?(?:[\w.+-]+\s+){0,3}?release\b|\brelease\s+(?:is\s+)?in progress\b|\bclos(?:ing|ed|es)\s+the\s+merge\s+window\b|\bmerge\s+window\s+(?:is\s+)?(?:now\s+)?closed\b|\btrees?\s+(?:is\s+|are\s+)?(?:now\s+)?closed\s+for\b/i, 3, 'release-status-of'],
  [/\blinux-next:\s*tree for\b/i, 3, 'linux-next'],
  // (`2.6.19-rc5: known regressions (v3)`, `known unfixed regressions`, `known regressions with patches`: a
  // release's open regressions, listed for its maintainers, as regzbot's reports later were; and `Linux 5.4 kselftest known
  // issues`, a test suite's build failures against a release, each with its status)
  // (and `blktests failures with v6.10 kernel`: a test suite's known failures against a release, listed for its
  // maintainers each cycle as a release's regressions are; not a build's or a boot's, a problem met once)
  [new RegExp(String.raw`\breported regressions\b|\bregressions (report|list|status)\b|\b(?<!\btest\s)regression (list|status)\b|\bknown (?:unfixed )?regressions\b|\b\d+\.\d+(?:-rc\d+)?\s+(?:[\w.-]+\s+){0,2}known issues\b|${TEST_FAILURES.source}`, 'i'), 2.5, 'regressions'],
  // (`Last week on the design list`, `This Fortnight on perl5-porters`: what a list said, told by who follows it)
  // (and `Fourth week: Some UI integration`, `libglade Removal: The First Week`, `Outreachy - first month recap`: a student's
  // or an intern's account of one week or month of the work; 5 such subjects among the real posts, all reports; not a
  // week of a month, `the first week of May`, when something is to happen)
  [/\b(weekly|monthly) news\b|\bnewsletter\b|\bthis (week|month) in\b|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:last|past) (?:week|month) (?:in|at) \S|^\s*a (?:week|month) of (?:the )?[\w.+-]+\s*:|\b(?:this|last) (?:week|fortnight|month) on\b|\bweek in review\b|(?:^|[:\-–]\s*|\bthe\s+|\bmy\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|[4-9]th|1[0-2]th)\s+(?:week|month)\b(?!\s+(?:of|in)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s+year|(?:19|20)\d\d)|\s+(?:of|in)\s*$)/i, 2.5, 'newsletter'],
  // (and a GSoC student's `Week-7 check-in` with the mentor: where the work stands that week)
  [/\bweek[\s-]*#?\d{1,2}\b.{0,40}\b(report|update|status|progress|summary|check-?in)\b|\b(report|update|status|progress)\b.{0,20}\bweek\s*#?\d{1,2}\b/i, 2.5, 'week-n'],
  // (`[GSoC - TCG Continuous Benchmarking] [#4] Listing QEMU Helpers`: a tag naming the GSoC project)
  // (and `Community Bonding Period: JuliaAstro`: a GSoC student's report on the weeks before coding, not `GSoC 2020
  // Community Bonding Outline`, a plan for them)
  // (and a student's summary, midterm or bonding period, `GSoC community bonding`, `digiKam | GSoC 15 the summary`)
  [/\[gsoc\]|\[gsoc\b[^\]]{1,60}\]|\b(?:gsoc|google summer of code)\b.{0,30}\b(week|report|update|progress|summary|midterm|mid-term|community bonding(?!\s+(?:outline|plans?)\b))|\bcommunity bonding (?:period|report|week|update)\b/i, 2.5, 'gsoc'],
  // (`[Design] [Sum] Last week on the design list`: OSAF's lists tagged their weekly summaries)
  [/\[sum\]|\b(meeting|irc)\s+(summary|minutes|notes|recap|report)\b|\bminutes\s+(of|from)\b.{0,40}\bmeeting\b|\bsummary of\b.{0,40}\b(meeting|week|month)\b/i, 2.5, 'meeting-summary'],
  // (`Outcome of the round table meeting`: what a meeting decided, told after it; a subject's, not an
  // opening's: `the most important outcome of the meeting was` opens a letter as often as minutes)
  [/\boutcomes?\s+of\b.{0,40}\b(?:meeting|round\s*table|summit|workshop)\b/i, 2.5, 'meeting-outcome'],
  // (`The state of gpsd`, `[Gpsd-users] State of GPSD`: a subject that opens saying so)
  [/\bstate of the\b|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:the\s+)?state\s+of\s+(?!the\s+art\b)[\p{L}\d]/iu, 2.5, 'state-of'],
  // (`Current state of bcm43xx-softmac`; weaker: an opening's "the current state of" is often an overview's)
  // (`The current state (tgt and IBM VIO server LLD)`)
  [/\bcurrent state of\b|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:the\s+)?current state\s*(?:\(|$)/i, 2, 'current-state'],
  // (and a numbered meeting named by its number alone, `All Core Devs: Meeting 8`, `Execution Layer Meeting 175`, `Weekly
  // Members Meeting 7`: a series' meeting told by its count)
  [/\b(?:meeting|tele?con)\b.{0,30}(\b(19|20)\d\d|\b\d{1,2}[./-]\d{1,2}|#\s*\d+)|\b((19|20)\d\d|\d{1,2}[./-]\d{1,2}).{0,30}\b(?:meeting|tele?con)\b|\bmeeting\s+(?:no\.?\s*)?\d{1,3}\s*$/i, 2, 'dated-meeting'],
  // (and a news sheet by another name, `Jabber Journal #20 (2004-12-17)`, `Chicken Gazette - Issue 2`)
  [/\bsummary (for|of)\b.{0,60}\d|\b(report|update|news|newsletter|summary|journal|gazette)\b.{0,12}(\bissue\b|#|\bno\.?)\s*\d+/i, 2.5, 'numbered-summary'],
  [/\bstatus\b/i, 2, 'status'],
  // (`Wineconf wrap up`, `Wrap-up of wineconf`: a gathering's summary)
  // (`Linaro Release 12.01 Postmortem Summary`, `Yellow weekly retrospective`: a cycle looked back on)
  // (and a year or a life looked back on, and ahead: `GNUstep in the year 2009: A look back and a look forward`,
  // `LedgerSMB year overview 2015`, `Be.L.U.G.: past, present, future`, `Where We Are and Where We Are Going`)
  // (not a release's notes: `Release Notes for NorduGrid ARC 6.7`, `3.1 release notes draft` tell what a release holds)
  [/\b(updates?|reports?|news|summary|progress|weekly|monthly|recap|roundup|wrap[- ]?up|digest|minutes|(?<!\brelease\s{1,3})notes|weeknotes?|stats|statistics|results|highlights|post-?mortems?|retrospectives?|debrief(?:ing)?|dev(?:elopment)?\s+(?:log|diar(?:y|ies))|devlogs?|accomplishments)\b|\b(?:19|20)\d\d\s+in\s+review\b|\b(?:a\s+)?look(?:ing)?\s+back\b|\byear\s+(?:\d{1,2}\s+)?(?:in\s+review|overview|in\s+retrospect)\b|\b(?:annual|yearly|quarterly)\s+review\b|\bpast,?\s+present,?\s+(?:and\s+)?future\b|\bwhere we are and where we(?:'re|\s+are)\s+going\b/i, 2, 'report-word'],
  // (in the list's own language: `Rapport of the first Conf Call`, `Release Plan / Statusbericht`)
  // (Czech and Slovak minutes of a meeting, `Zapis zo schodzky`, `Zapis zo Skype schodzky`: as strong as English minutes)
  // (Spanish `Acta de reunión 26-04-2005`, `acta reunion_23_11_04`; Portuguese `Ata da reunião`; Dutch
  // `notulen`; German `Sitzungsprotokoll`, `Protokoll der Sitzung`; French `procès-verbal`, `Compte rendu de la
  // réunion`, `Compte rendu du CA du 5 Juin 2004` (of the board, the conseil d'administration, CULTe); Italian `verbale della riunione`, `Resoconto della riunione`; Danish `Referat af bestyrelsesmøde`,
  // `mødereferat`; Swedish `Mötesprotokoll`; Portuguese `Acta da 2ª Assembleia Geral da ANSOL`; Italian `Verbale_Consiglio 130717`; Galician `Resumo da xuntanza`, Spanish `Resumen de la reunión`;
  // Slovene, Croatian and Serbian `Zapisnik sestanka UO 17.11.2005`; Spanish and Catalan `borrador acta
  // asamblea final`, `Acta 13/02/10`, `acta assemblea`, `resum assemblea`; Italian `report assemblea`)
  [/\bz[aá]pis\s+(?:z[eo]?)\s+(?:\S+\s+){0,2}?(?:sch[uů]dz?ky|sch[uů]ze|schodzky|porady|zased[aá]n[ií]|shrom[aá][žz]d[eě]n[ií])(?![a-z\u00c0-\u024f])|[-–]\s*z[aá]pis\s*(?:\(|$)|\bactas?[\s_]+(?:de[\s_]+(?:la[\s_]+)?)?reuni[oó]n(?![a-z])|\bactas?\s+(?:de\s+(?:la\s+)?|del\s+)?(?:asamblea|assemblea|assamblea|junta)\b|\bacta\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\bresum\s+(?:de\s+l'|de\s+la\s+)?assemblea\b|\b(?:report|rapporto)\s+(?:dell'|della\s+)?assemblea\b|\ba(?:c)?ta\s+da\s+(?:reuni[aã]o|(?:\d{1,2}\S{0,2}\s+)?assembleia(?:\s+geral)?)\b|\bnotulen\b|\b(?:sitzungs|besprechungs|treffen)protokoll\b|\bprotokolle?\s+(?:der|des|vom|zur|zum)\b|^\s*protokoll\s+(?:(?:19|20)\d\d[.-]\d\d?[.-]\d\d?|\d\d?\.\d\d?\.(?:19|20)?\d\d)\s*$|\bmitschrift\b|\bproc[eè]s[- ]verbal\b|\bverbale[\s_]+(?:della\s+|dell'|del\s+|di\s+)?(?:riunione|assemblea|consiglio|direttivo|incontro|adunanza|seduta)\b|\bresoconto\s+(?:della\s+|dell'|del\s+|dell[ao]\s+)?(?:riunione|assemblea|incontro)\b|\breferat\s+(?:af|fra|fr[aå]n)\b|^\s*referat\s*$|m[øö]dereferat\b|\bm[öø]tesprotokoll\b|\bcompte[- ]rendu\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+)?(?:r[ée]union|conseil|bureau|assembl[ée]e|CA|AG[OE]?)\b|\bresum(?:o|en)\s+(?:da|de\s+la|de)\s+(?:xuntanza|reuni[aã]o|reuni[oó]n|assembleia|asamblea)(?![a-z])|\bzapisnik(?:a|u)?\b/i, 2.5, 'meeting-summary-other-language'],
  // (a dated meeting in the list's own language, after its minutes' words: Italian `riunione-assemblea
  // del 6 febbraio 2003`, German `Treffen 23.06.2004`, Danish `bestyrelsesmøde den 24. august 2004`,
  // `generalforsamling i AaUUG 2005-05-17`, Norwegian and Swedish `styremøte`, `årsmöte`)
  // (French `Réunion: 27 mars 2003` (Linux-Québec), accented as French writes it (`Reunion Island 2003` is a place), and a board's or a general assembly's meeting of a day, `CA de l'ABUL du
  // 28 mars 2002`: CA, the conseil d'administration; AG, the assemblée générale; `CA 15 juillet 2018`, the Liège hackerspace's, without `du`)
  [/(?:\b(?:riunione|assemblea|treffen|sitzung|vergadering|reunión|réunion(?!\s+island)|generalforsamling(?:en)?|conseil\s+d['’]administration)\b|m[øö]d(?:e|et)\b|m[øö]t(?:e|et)\b).{0,30}(\b(19|20)\d\d|\b\d{1,2}[./-]\d{1,2}|#\s*\d+)|\b((19|20)\d\d|\d{1,2}[./-]\d{1,2}).{0,30}(?:\b(?:riunione|assemblea|treffen|sitzung|vergadering|reunión|réunion(?!\s+island)|generalforsamling(?:en)?)\b|m[øö]d(?:e|et)\b|m[øö]t(?:e|et)\b)|\b(?:ca|ag[oe]?|bureau|assembl[ée]e\s+g[ée]n[ée]rale(?:\s+(?:extra)?ordinaire)?)\s+(?:(?:de\s+l['’]|de\s+|du\s+)\S+\s+)?(?:du\s+)?\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?:19|20)\d\d\b|\b(?:(?:deelnemers|leden|bestuurs)vergadering|vorstands?sitzung|reuni[aã]o)\b.{0,30}?(?:\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d\b|\b\d{1,2}\.?\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?:19|20)\d\d\b)|\b(?:19|20)\d\d-\d\d-\d\d[-\s]+(?:vorstands?sitzung|(?:deelnemers|leden|bestuurs)vergadering)\b|\b(?:[IVXLC]{1,7}|\d{1,3}(?:ª|º|a)?)\s+assembleia[- ]geral\b/i, 2, 'dated-meeting'],
  // (status, `Stav veci na serveru`; German `Stand der Dinge`, French `avancement`)
  // (and a week's or a month's news: French `Checkins de la semaine`, `hebdo`; German `Aktualisierung`,
  // `Neuigkeiten`, `Wochenbericht`, `Neuer Zwischenstand` (an interim status); Spanish `actualización`, `novedades`, `semanal`)
  // (Italian `Resoconto di Sabato 19 marzo`: an account of a meeting or a day; French `bilan moral de
  // l'association`, `bilan d'activité`: an association's yearly report to its members; Danish and
  // Norwegian `Bestyrelsens beretning for 2003`, `årsberetning`, German `Jahresbericht`, Dutch `jaarverslag`)
  // (Turkish `Durum raporu`, a status report; not `Hata raporu`, a bug's)
  // (and in Japanese or Chinese, written without spaces: `2019年3月 定例会報告` (a regular meeting's report), `議事録`
  // (minutes), `周报` and `月報` (a week's or a month's report), `会议纪要` (a meeting's summary), `進捗` (progress);
  // (and a numbered meeting held, `第 13 次运营会议召开`, `第一次线下会议`: the Nth meeting of a body, not its notice, 通知,
  // its agenda, 议程, or its invitation, 邀请)
  // no ASCII word gates them: a subject that holds a CJK character turns this cue's bit on, see CJK_CUE_BIT)
  [/\b(rapport|rapporto|bericht|statusbericht|zwischenstand|wochenbericht|monatsbericht|jahresbericht|gesch(?:[aä]|ae)ftsbericht|t(?:[aä]|ae)tigkeitsbericht|rechenschaftsbericht|kurzbericht|jaarverslag|(?:[åa]rs)?beretning(?:en)?|sprawozdanie|informe|relat[óo]rio|compte[- ]rendu|verslag|stav|stand der|fortschritte?|avancement|aktualisierung|neuigkeiten|actualizaci[oó]n|novedades|nouveaut[eé]s|nouvelles|de la semaine|hebdo(?:madaire)?|semanal|resoconto|zusammenfassung|podsumowanie|bilan\s+(?:moral|d'activit[eé]s?|annuel)|verksamhetsber[äa]ttelse|delrapport|slutrapport|l[äa]gesrapport)(?![a-z])|(?<![a-z\u00c0-\u024f])[åÅ]rs(?:beretning|melding)(?:en)?(?![a-z])|[報报]告|議事(?:要?録|概要|要旨)|议事录|(?:会议|例会)?纪要|(?<!定)例会|第\s*[一二三四五六七八九十百\d]{1,4}\s*次[^，,。通议]{0,10}会议(?![^\n]{0,20}(?:通知|议程|预告|邀请))|[週周月年][報报]|進捗|(?<![\u0400-\u04ff])протокол\s*(?:№\s*)?\d|(?<![\u0400-\u04ff])протокол\s+(?:заседания|собрания|засідання|зборів|на\s+заседание)|загальн[іи]\s+збор|общ(?:ее|о)\s+с[оъ]брани|(?<![\u0400-\u04ff])(?:седниц[аеи]|записник)(?![\u0400-\u04ff])|(?<![\u0400-\u04ff])(?:отч[её]т|звіт)(?![\u0400-\u04ff])|\b(?:durum|faaliyet|ilerleme)\s+rapor(?:u|lar)?(?![a-z])/i, 2, 'report-word-other-language'],
  // (`new developments in Total Open Station`)
  // (and a maintainer's `Next btrfs development cycle open - 5.4`, `Planning the 4.5 development cycle`: where a
  // release cycle stands, what it took and what it will take)
  // (and a subject that is only the changes lately made, `[HarvestMan-devel] Recently committed changes`, `Summary of
  // latest changes`, `recent changes`: what was done, told to the list; not a question about them, `recent changes broke X`)
  // (and the commits of a stretch of days, Jelix's weekly `checkins du 09 au 15`, `checkins du 31/01 au 06/02`)
  // (and a maintainer's plans for a merge window, `InfiniBand 2.6.17 merge plans`, `-mm merge plans for 2.6.20`: what the
  // tree holds and what of it goes to the release, a tree's status)
  [/\b(?:new|recent|latest)\s+developments?\s+(?:in|on|of|for|at)\b|\bdevelopment cycle\b|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:(?:a\s+)?summary\s+of\s+)?(?:the\s+)?(?:recent(?:ly)?|latest)\s+(?:committed\s+|merged\s+)?changes\s*(?:$|\(|[-:–]|\s+(?:in|to|on|for)\s+\S+\s*$)|^\s*(?:\[[^\]]{1,60}\]\s*)*(?:check-?ins|commits)\s+(?:du|from|between)\s+\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\s+(?:au|to|and|-)\s+\d{1,2}\b|\bmerge\s+plans?\s+for\s+(?:v|linux\s*|kernel\s*)?\d+\.\d+|\b\d+\.\d+(?:\.\d+)?(?:-rc\d+)?\s+merge\s+plans?\b/i, 2, 'developments'],
];

/**
 * An update or a status a machine has, not a report: `BIOS update`, `in-band firmware update`,
 * `watchdog status`; a new version of a document: `CCLA Schedule A update 2024-06-28`, `Update to HPE
 * CLA for OpenBMC`, `clang-format update`; a change asked for: `Update to the xyz.openbmc_project.Dump.Create`,
 * `Update phosphor-defaults with ...`; a verb or an adjective (`does not update`, `results in`): `ways to report both Altitude and Pressure`,
 * `feedback on in-progress GUI designs`.
 */
const TECHNICAL_CUE = /\b(?:firmware|code|bios|software|package|system|kernel|image|os|driver|flash|fw|sw|ota|dynamic|page|in-band|out-of-band|c?cla|icla|schedule a|agreement|licen[cs]e|contract|config(?:uration)?|clang-format|fru|readme|copyright)\s+updates?\b|\bupdates?\s+(?:to|of)\s+(?:\S+\s+){0,3}(?:c?cla|icla|agreement|licen[cs]e|contract|faq|readme|manual|handbook)\b|\bupdate\s*\/\s*patch\b|\b(?:to|please)\s+(?:report|update)\b|\bin-progress\b|\b(?:chassis|watchdog|power|link|port|exit|return|http|health|sensor|host|boot|gpio|leds?|fan|error)\s+status\b|\bstatus\s+(?:code\s+)?[1-5]\d\d\b|(?:^\s*|\]\s*)update\s+(?:to\s|\S+\s+with\s)|\b(?:not|will|would|should|can|cannot|can't|could|must|doesn't|won't)\s+update\b|\bresults?\s+in\b|\b(?:bug|crash|error|problem|issue|vulnerability|regression)\s+reports?\b|\bforward progress\b|\btreasurer'?s?\s+reports?\b|\b(?:u-?boot|bootloader|toolchain|compiler|library|recipe|dependenc(?:y|ies))\s+updates?\b(?!\s*\(\d)|(?<![\w.])v?\d+(?:\.\d+)+[\w.-]*\s+update\b(?!\s*:)|\b(?:metric|telemetry)\s+reports?\b|\breports?\s+definitions?\b|\bprogress\s+codes?\b|\bupdate\s*service\b|\b(?:daily|weekly|monthly)\s+(?:download|bandwidth|limits?|quotas?|fees?|costs?|price|payments?|backups?)\b|(?:^\s*|[\]:]\s*)update\s+[a-z]\w*[_.]\w/gi;

/** A project's year, named as a subject's whole (`GIMP in 2012`): every word before `in` holds a capital. */
const YEAR_IN = /^\s*(?:\[[^\]]{1,60}\]\s*)*(?:(?=[\p{L}\p{N}.+-]*\p{Lu})[\p{L}\p{N}.+-]+\s+){1,3}in\s+(?:19|20)\d\d\s*(?::|$)/u;

/**
 * A month's own work told as the subject's whole: `My LTS January`, `Debian LTS work, October 2015`, `Free software activities
 * in February 2018` (Debian contributors' monthly reports).
 */
const MONTH_WORK = /^\s*(?:\[[^\]]{1,60}\]\s*)*(?:my\s+(?:(?!(?:since|until|till|before|after|from|in|on|of|for)\s)[\p{L}\p{N}.+-]+\s+){1,2}(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\s+(?:19|20)\d\d)?|(?:[\p{L}\p{N}.+-]+\s+){0,4}(?:work|activities|contributions)\s*(?:,|\s+in|\s+for|\s+during)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:19|20)\d\d)\s*$/iu;

/** A word every cue holds: most subjects have none, and are spared the cue patterns. */
const CUE_WORD = /(?:durum|faaliyet|ilerleme)\s+rapor|(?:annual|yearly|quarterly)\s+review|(?:recent(?:ly)?|latest)\s+(?:committed\s+|merged\s+)?changes|(?:check-?ins|commits)\s+(?:du|from|between)\s+\d|merge\s+plans?\s+for\s|\d\s+merge\s+plan|[報报]告|議事(?:要?録|概要|要旨)|议事录|纪要|例会|次[^，,。]{0,10}会议|conseil\s+d|\bca\s+\d|\d[\s\/-]+q[1-4]\b|\b(?:ag[eo]?|bureau)\s+\d|[週周月年][報报]|進捗|status|report|look(?:ing)?\s+back|year\s+(?:\d{1,2}\s+)?(?:in\s+review|overview|in\s+retrospect)|\sin\s+(?:19|20)\d\d|past,?\s+present|where we are and|imminent|close|in a few days|stabili[sz]ation|around the corner|zwischenstand|failures|mortem|retrospective|debrief|devlog|dev\s+log|diar|accomplishments|\d\s+in\s+review|outcome|update|letter|mitschrift|referat|resoconto|resum|rampdown|riunione|assemblea|treffen|sitzung|vergadering|reuni|r[ée]union|\sdu\s+\d|wrap[- ]?up|freeze|cutoff|snapshot|tagged|release|rc\s*\d|known\s+issues|\d[ab]\d|\d\s+(?:final|branch)\b|frozen|merge\s+window|beta|alpha|weekly|monthly|daily|quarterly|cooking|what'?s in|bits from|countdown|tree for|regression|news|this (week|month)|month of|week|month|fortnight|\[sum\]|gsoc|summer of code|bonding|minutes|notes|summary|state of|current state|meeting|tele?con|progress|recap|roundup|digest|journal|gazette|stats|statistic|result|highlights|team|development|rapport|bericht|informe|relat[óo]rio|compte|verslag|stav|stand der|fortschritt|avancement|z[aá]pis|acta|ata da|notulen|protokoll|verbal|aktualisierung|neuigkeiten|actualizaci|novedades|nouveaut|nouvelles|semaine|hebdo|semanal|bilan|zusammenfassung|podsumowanie|beretning|melding|verksamhetsber|протокол|збор|собрани|събрани|седниц|записник|отч[её]т|звіт|sprawozdanie|assembleia|generalforsamling|m[øö]d|m[øö]t|delayed|held up|on hold|scheduled for|slipp|postponed|developments?|\(/i;

/**
 * One RegExp that matches wherever one of `patterns` does: where it does not, none of them is
 * worth trying (one scan instead of one each: 3x faster on an opening). Null when a pattern has a
 * backreference or a flag that would not mean the same in the union.
 */
function anyOf(patterns: RegExp[]): RegExp | null {
  if (patterns.some((p) => /\\[1-9k]/.test(p.source) || /[msuyv]/.test(p.flags))) return null;
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'i');
}
/** The weight of a cue the opening lines are searched for. */
const OPENING_CUE_WEIGHT = 2.5;
/** The cues an opening line is searched for (a release's milestone is a subject's word: a body speaks of rc1 and freezes everywhere). */
const OPENING_CUES = CUES.filter(([, w, name]) => w >= OPENING_CUE_WEIGHT && name !== 'release-milestone' && name !== 'release-status-of' && name !== 'meeting-outcome');
const OPENING_CUES_ANY = anyOf(OPENING_CUES.map(([p]) => p));

/** A date or counter in the subject: reports come in series, so their subjects carry one. */
const MONTH_DAY = new RegExp(String.raw`\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'i');
/** A date without separators, `Progress 20050801`, a month of a year, `OpenThesaurus-News 8/2011`, or a day and month before the year, `8/1 2003`. */
const COMPACT_DATE = /\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b|(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\b|(?<![\d/])\d{1,2}\/\d{1,2}\s+(?:19|20)\d\d\b/;
/** The day first, as much of the world writes it: `meeting notes - 18 Oct`, `Minutes 23 Feb`, `MACE-MList call, 26-Oct-05`. */
/** Half a month or a year: `in the First Half of July`, `second half of 2015`. */
const HALF_PERIOD = new RegExp(String.raw`\b(?:first|second|last|latter)\s+half\s+of\s+(?:(?:${MONTHS})\b|(?:19|20)\d\d\b)`, 'i');
const DAY_MONTH = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+|-)(?:${MONTHS})\b`, 'i');
/**
 * A month's report named by the month and what it covers: `November 2019 in Reproducible Builds`,
 * `postmarketOS in 2024-09: systemd, PCB, talks`. The date stands at the start of the subject or
 * right after a short name, and the name's end (`:`, `(`, ` - ` or the subject's end) follows it.
 */
// (without its year, the months written out and the name in capitals: `March and April in KDE PIM`, `November in Servo: ...`,
// `October to January in Minetest (16)`)
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_IN_NAME = new RegExp(String.raw`^(?:${MONTH_NAMES})(?: (?:and|&|to|through) (?:${MONTH_NAMES}))? in \p{Lu}[\p{L}\p{N}.+-]*(?: \p{Lu}[\p{L}\p{N}.+-]*){0,3}(?=\s*(?:$|[:(]|- ))`, 'u');
const MONTH_IN = new RegExp(String.raw`^(?:(?:${MONTHS})\.? (?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])) in \p{L}[\p{L}\p{N}.+ -]{0,40}|^[\p{L}\p{N}][\p{L}\p{N}.+ -]{0,40}? in (?:(?:${MONTHS})\.? (?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2]))(?=\s*(?:$|[:(]|- ))`, 'iu');
// (a date written day first with dots, or with a month named in Danish, Norwegian, Swedish or German:
// `medlemsmøde den 11.08.2002`, `lørdag den 5. januar 2002`)
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b|\b\d{1,2}\.\s*(?:januar|februar|marts|m[aä]rz|april|maj|mai|juni|juli|august|september|oktober|november|dezember|december)\s+(?:19|20)\d\d\b/i;
/** A meeting's follow-up named by a subject (see subjectEvidenceOf). */
/** A summit's session notes tagged as one of a numbered series: `[TOPIC 1/17]`, `[NOTES 01/11]`. */
const SESSION_NOTES_TAG = /^\s*\[(?:topic|notes)\s+\d{1,2}\/\d{1,2}\]/i;
// (and told after it: `[Lancaster] meeting last night`, `discussions in the meeting yesterday`, `1st April Meeting Follow-up`,
// `Social Follow-up`: of the corpus's such subjects 5 are its recaps, the one other a reply to one)
const FOLLOW_UP_MEETING = /\bfollow[- ]?ups?\s+(?:from|to|on|of)\b.{0,40}?\bmeeting\b|\b(?:meeting|meet-?up|social|gathering)s?\s+(?:last\s+(?:night|week)|yesterday|follow[- ]?ups?)\b/i;
// (a meeting named by its number, as a date names it: `Minutes of the 291st GridPP PMB meeting`, `Minutes of the 26th
// GridPP Project Management Board`, GridPP's weekly minutes 2002-2008)
const ORDINAL_MEETING = /\b\d{1,4}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,5}?(?:meeting|board|session|assembly|council|committee|conference|plenum)\b/i;
// (a year looked back on: `2021 Retrospective - ORI`, `The NetBSD Foundation 2003 Annual Report`)
const YEAR_REVIEWED = /\b(?:19|20)\d\d\s+(?:retrospective|year in review|annual report|yearly report)\b|\b(?:retrospective|year in review|annual report|yearly report)\s+(?:for\s+|of\s+)?(?:19|20)\d\d\b/i;
const PERIOD_MARKS: RegExp[] = [PAREN_PERIOD, MONTH_YEAR, MONTH_DAY, DAY_MONTH, COMPACT_DATE, DOTTED_DATE, /(?<![\d/.])(?:[12]\d|3[01]|0?[1-9])\/(?:1[0-2]|0?[1-9])(?![\d/])/, /\b(19|20)\d\d-\d\d(-\d\d)?\b|\b(?:19|20)\d\d\/(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\b(?!\s*\d{1,2}:\d\d)/, /(?:\b(?:week|issue|no\.?|number)\s*|(?<!\b(?:ticket|bug|pr|pull request|was)\s*)#\s*)\d{1,4}\b/i, /\b(?:update|report|summary|notes|minutes|status|progress)\s+\d{1,3}\b(?![.:,]\d)/i, /\bR-\d+\b/, /\b\d{1,2}-\d{1,2}\b/, ORDINAL_MEETING, YEAR_REVIEWED];

/**
 * Subject kinds that are not reports: [pattern, what, weight, name]. The first that matches counts.
 * (`release update: release notes, base freeze`: the notes are a topic of the update, not released)
 */
/** A newsletter's subject listing its topics after it: `Mar17 TUG news: voting, conferences, membership, book reviews`. */
const NEWS_TOPICS = /\b(?:news|newsletter)\s*:\s*[^:,]+,[^:,]+,/i;
const NEGATIVE_SUBJECT: Array<[RegExp, string, number, string]> = [
  // (`[LTP v2 1/1] ima_tpm.sh: ...`: a series' version and place without the word PATCH)
  [/\[(?:[\w ,.-]*\s)?(PATCH|PULL|GIT PULL)\b|^\s*\[?(PATCH|PULL)\b|\[[^\]]{0,40}\bv\d{1,2}\s+\d{1,3}\/\d{1,3}\]|\sv\d{1,2}\s*$(?<!\b(?:agenda|minutes|notes|report|summary|update|status)\s+v\d{1,2}\s*)/i, 'patch mail', -8, 'patch'],
  [/^\s*\[bug \d+\]|\bbuild (failed|fixed|is back to normal|unstable|still failing|#\d+)|\[jenkins\]|\bjenkins build\b|\bsvn commit\b|(?<!(?:n't|\bnot|\bno|\bstop)\s)\bcommits? to\b|\b(?:cvs|git|hg|gentoo)\s+commit(?:\s+in\b|\s*:)|^\s*\[[\w.-]{1,40}-commits?\]|\bcommit (?:report|notification)s?\b|^\s*r\d+\s*[-:]|\bsummary of .{0,40}tracker issues\b|^\s*patchwork summary\b|\b(bug|ticket|issue)s?\s+(summary|digest|stats)\b|\b(?:weekly|daily|monthly)\s+(?:bug|ticket|issue)s?\s+reports?\b|\bdigest,?\s+vol\b|\bcron\b.{0,20}\boutput\b|^(?!.*\bprogress\b).*\b(?:buildbot|automated)\b|\bcoverity\b|\b(?:kself|k?unit)?test results?\b|\b(lkft|kernelci(?=\.org\b|.*\b(?:reports?|results?|regressions?|runs|baseline|boot|builds?)\b)|syzbot|0-?day|kernel test robot)\b|\btest reports?\b/i, 'bot or tracker notification', -6, 'bot'],
  [/\b(cfp|call for (papers|proposals|participation|presentations|talks|speakers|sessions|nominations|volunteers|mentors|candidates)|call for (?:[\w-]+\s+)?(?:ideas|projects)|call for test(?:ing|ers))\b|\bdeadline\b.{0,30}\b(abstracts?|papers?|submissions?|proposals?)\b|\b(extended abstracts?|submission deadline)\b/i, 'call for papers', -5, 'cfp'],
  // `MSIX Enabling Error on TX2`, `... returning a non-zero exit code`: a problem to solve, not progress told
  // (and what a kernel prints when it goes wrong, or how a boot does: `Report: suspicious RCU usage in security code`,
  // `[report] Booting delayed on arm64`)
  [/\b(errors?|failed|failures?|exit code|traceback|segfault|crash(es|ed)?|oops|panic)\b|\bBUG(?::| at)|\binvalid opcode\b|\b(deadlock|lockdep)\b|\bbug in\b|^\s*(?:\[[^\]]*\]\s*)*\[REGRESSION\]|\bsuspicious rcu usage\b|\brcu stalls?\b|\buse-after-free\b|\bnull(?:-| )pointer dereference\b|\bhung task\b|\bgeneral protection fault\b|\bboot(?:ing)? (?:delayed|hangs?|fails?)\b/i, 'a problem report', -4, 'problem'],
  // (not an intern's account of the work: `Outreachy Internship Update (week 10 & 11)`, `OBMC Internship Project: Per-Build
  // Code Coverage`, `SciPy Internship: 2021-2022`)
  [/\b(jobs?|hiring|vacanc(y|ies)|job openings?|positions? (open|available)|internships?(?!.{0,40}\b(?:updates?|reports?|progress|week|blog|project|summary|status|experiences?|(?:19|20)\d\d)\b))\b/i, 'job posting', -5, 'job'],
  // (`crates.io incident report for 2020-02-20`, `Security Incident Disclosure`, `Incident Report: Organizations Team
  // privileges`: one incident's account, however it is headed; all 4 such subjects among the real posts are labelled so)
  // (and an outage's or a downtime's, told after or announced before: `Mail outage post-mortem`, `Advance Downtime
  // Notification`; all 5 such subjects among the real posts are labelled so; a release's post-mortem is its team's report)
  [/\bincident\s+(?:reports?|disclosures?|response|post-?mortems?|summary)\b|\bsecurity\s+incident\b|\b(?:outages?|downtime)\b/i, 'an incident\'s account', -4, 'incident'],
  // (`Looking for somebody to take meeting notes for the Nixpkgs Architecture Team`: a call for a hand, whatever it is for)
  [/^\s*(?:\[[^\]]*\]\s*)*(?:looking for|seeking)\s+(?:somebody|someone|anyone|volunteers?|a volunteer|helpers?|people)\s+(?:to|who)\b/i, 'a call for help', -4, 'help-wanted'],
  [/\[ANNOUNCE\]|^\s*(?:\[ANN\]|ANN:)(?![^:]{0,80}\b(?:stats|statistics|status|reports?|summary|news)\b)\s*[^:]{0,60}\bv?\d+\.\d+|(?<!\b(?:update|report|newsletter|news|minutes|notes|summary|digest)\s+)(?<!\b(?:update|report|newsletter|news|digest)\s+#?\d{1,4}\s*:.*)\breleased\b|\buploaded\b|(?<!\brelease (?:update|status)\b.*)\brelease notes?\b|^\s*notes for (?:the )?(?:v?\d[\w.-]*\s+)?release\b|\bsummary of changes (?:for|in) (?:version|release|v?\d)|^\s*(?:\[[^\]]*\]\s*)*dev(?:elopment)?\s+snapshot\s*:|\b(is|now) available\b|\bavailable for (?:testing|download)\b|\bannounc(e|ing|ement)\b.{0,40}\b(release|v?\d+\.\d+)|\bv?\d+\.\d+(\.\d+|-\d+\b)?(-?rc\d*)?\s+(is\s+)?(out|available)\b|(?<!\bstatus of (?:the |a )?)\bnew release\b|^\s*(?:\[[^\]]*\]\s*)*(?!(?:protokoll|minutes|notulen|referat|verbale|acta|ata|notes)\s)[\w.+-]+\s+v?\d+(?:\.\d+)+\S*\s*$|\bv?\d+\.\d+(?:\.\d+)?\s+highlights\s*$/i, 'release announcement', -4.5, 'release'],
  // (and a call to meet in the list's own language: `Einladung zum Treffen des DeepaMehta e.V. am 04.08`, `Tagesordnung`,
  // `indkaldelse`, `innkalling`, `kallelse`, `uitnodiging`, `convocatoria`, `convocazione`, `ordre du jour`)
  [/\b(reminder|agenda|invitations?|survey|poll|irc log|call to meet|let'?s meet|doodle|rsvp|einladung|tagesordnung|indkaldelse|innkalling|dagsorden|kallelse|dagordning|uitnodiging|convocatoria|convocazione|convocation|ordre du jour|ordine del giorno|orden del d[ií]a)\b/i, 'meeting or agenda mail', -4, 'agenda'],
  // `0x14: COVID-19 update, postponement of Netdev conf 0x14`, `2017 12 28 TSC meeting - canceled`, `ReactOS July
  // Meeting Minutes postponed`: a gathering called off or moved is a notice, whatever else its subject says
  [/\b(?:meetings?|minutes|conf(?:erence)?|call|sync|summit|workshop|hackfest|sprint|meet-?up|event|workgroup)\b.{0,60}\b(?:cancel(?:l?ed|l?ing|lation)|postpone(?:d|ment))\b|\b(?:cancel(?:l?ed|l?ing|lation)|postpone(?:d|ment))\b.{0,40}\b(?:meetings?|conf(?:erence)?|call|sync|summit|workshop|hackfest|sprint|meet-?up|event|workgroup)\b/i, 'a gathering called off', -4, 'called-off'],
  // (`Core sprint 2017 - Sep 4 - Sep 9, Menlo Park`, `PyPy "Berlin" sprint (29th Sep - 4th Oct 2003)`: a sprint's days
  // to come, announced; its report says so, `Twisted Sprint Report (2013-09-23)`)
  [new RegExp(String.raw`^(?!.*\b(?:reports?|summary|recap|minutes|notes|wrap[- ]?up|results|highlights|updates?|status)\b)(?=.*\b(?:sprints?|hackathons?|hackfests?)\b).*(?:\b\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:${MONTHS})\s*)?[-–]\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*(?:(?:${MONTHS})\s+)?\d{1,2}\b)`, 'i'), 'a gathering announced', -4, 'gathering'],
  // (`Minutes of Atlantic UBL TC call ... - VOTING MEETING`: a meeting that may vote, not an election)
  [/\b(elections?|ballots?|candidacy|nominations?|voting(?!\s+meeting)|vote)\b/i, 'election or vote', -4, 'election'],
  // (`07/14/2022 ESLint TSC Meeting Transcript`, `Inkscape Board Meeting Transcript for Friday, 2021-12-03`: what
  // was said, word for word, not what its writer made of it; of the real posts so titled 5 are logs, none a summary)
  // (and `Logs for the MRL Meeting Held on 2020-01-15`, Monero's: a meeting's IRC log, posted whole)
  [/^(?!.*\b(?:minutes|notes|summary|recap|report)\b).*(?:\b(?:meeting|call|session|chat|irc)\s+transcripts?\b|^\s*logs\s+for\s+the\s+(?:\S+\s+){0,3}meeting\b)/i, 'a meeting\'s transcript', -6, 'transcript'],
  // `Board meeting Friday Dec 6th at 10am Pacific`: when to meet, not what was said
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report)\b).*\bmeetings?\b.*(\bat\s+\d{1,2}(:\d\d)?\s*(am|pm)\b|\b\d{1,2}[:.]?\d\d\s*(utc|gmt|cet|cest|pst|pdt|est|edt)\b)/i, 'a meeting\'s time', -3, 'meeting-time'],
  // (`Further details of UK TUG AGM, 2pm on Saturday 16 November`: an annual general meeting's)
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report)\b).*\b(?:agm|egm),?\s+\d{1,2}(:\d\d)?\s*(am|pm)\b/i, 'a meeting\'s time', -3, 'meeting-time'],
  // (`TSC 2020-12-15 (Tues) 7 am Pacific`, Akraino's wiki: the hour and the zone of a call, its agenda's title)
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report)\b).*\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+(?:pacific|eastern|central|mountain|utc|gmt|cet|cest|pst|pdt|est|edt|cst|cdt|mst|mdt)\b/i, 'a meeting\'s time', -3, 'meeting-time'],
  // (`New regular meeting times for 2009`, `Meeting schedule`, `2014 Board Meeting Dates`: when a group will meet;
  // all 9 such subjects among the real posts are notices)
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report)\b).*\bmeetings?\s+(?:times?|schedules?|dates?)\b/i, 'a meeting\'s time', -3, 'meeting-time'],
  // `CDM next Wednesday: ...`, `Packager meetings for tonight`: what is coming, not what was done
  // (`Coming soon: Weekly updates`, `... Releases Coming Soon`: what is to come, announced)
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report|highlights)\b).*\b((next|coming) (mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|coming soon)\b/i, 'something coming', -3, 'coming'],
  // `Security Working Group - Wednesday July 24`, `GUI workgroup - this Wednesday Jul 17`: the day it
  // meets; its minutes come as `... - results` or `... minutes`
  [/^(?!.*\b(minutes|notes|summary|recap|mom|report|results|highlights|updates?|status)\b)(?=.*\b(meetings?|group|workgroup|wg|call|sync|committee|board|council|team)\b).*\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i, 'a meeting\'s day', -3, 'meeting-day'],
  // (in German, Danish and Norwegian: `Teamsitzung am Freitag, 10. Februar 2006`, a meeting to come; not
  // `Referat af SSLUG's bestyrelsesmøde lørdag den 5. januar 2002`, the minutes of one)
  [/^(?!.*\b(minutes|notes|summary|recap|report|referat|protokoll|mitschrift|bericht)\b)(?=.*(?:sitzung|treffen|m[øö]de|m[øö]te|stammtisch|versammlung|plenum)).*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mandag|tirsdag|onsdag|torsdag|fredag|l[øö]rdag|s[øö]ndag)\b/i, 'a meeting\'s day', -3, 'meeting-day'],
  [/(?<!\bfollow[- ]?ups?\s+(?:from|to|on|of)\b.{0,40})\bmeetings?\b(?!.*\b(19|20)\d\d\b|.*\d{1,2}[./-]\d{1,2}|.*#\s*\d)/i, 'meeting mail', -1.5, 'meeting'],
  // (`process management`, `process control` name software, not a procedure; `Policy SIG`, `Policy WG` name a group, APNIC's)
  [/\b(how to|howto|guidelines?|guidance|procedure|process(?!\s+(?:management|manager|monitoring|isolation|control))|instructions|please send|policy(?!\s+(?:sig|wg|working\s+group|committee|team)\b))\b|\b(?:19|20)\d\d-xx-xx\b|\byyyy-mm-dd\b/i, 'procedure or guidance mail', -5.5, 'procedure'],
  // (a template, however much of a report's shape it has: `Project-Monthly-Report-Template.md`, `TEMPLATE_minutes.md`,
  // `Sync Meeting Agenda Template`; all 28 such subjects among the real posts are look-alikes)
  [/(?<![a-z])templates?(?![a-z])/i, 'a template', -9, 'template'],
  // `[LSF/MM/BPF TOPIC] State Of The Page`, `[TECH TOPIC] DAMON: Current Status and Future Plans`: a
  // session proposed for a conference, however much status it tells (all 5 such posts among the real ones)
  [/\[(?:tech topic|topic|lsf\/mm(?:\/bpf)? topic|ksummit(?:-discuss)? topic|maintainers summit)\]/i, 'a session proposed for a conference', -5.5, 'topic'],
  // (`Confidential Computing microconference 2022 planning kick-off`, `Maintainers / Kernel Summit 2021 planning
  // kick-off`: a call to propose topics; not `Plasma 5.22 Kickoff Notes`)
  [/^\s*(\[[^\]]*\]\s*)*(proposal|proposed|propose|proposing|rfc|design)\b|\b(proposal|proposed|propose|proposing|rfc|requests? for comments?)\b|\bplanning\s+kick-?off\b|^\s*(?:\[[^\]]*\]\s*)*application\s+for\b|\b(?:graduation|sandbox|incubation|incubating|membership)\s+application\b|\[design\]|\[(?:tech topic|topic|maintainers summit|lsf\/mm(?:\/bpf)? topic|ksummit(?:-discuss)? topic)\]/i, 'proposal', -4, 'proposal'],
  [/\b(discussion|idea|thoughts|question|help)\b/i, 'discussion', -2, 'discussion'],
];

/**
 * The whole words (wordMask.ts) one of which every match of a subject's pattern holds, by the
 * pattern's name: most subjects hold none of most patterns' words and are spared them. (The
 * release announcement's `name 1.2` holds a dot instead: see negativeSubjectMask.)
 */
const CUE_GATE_WORDS: Record<string, string[]> = {
  'status-report': ['status'],
  'periodic-update': ['weekly', 'monthly', 'biweekly', 'fortnightly', 'quarterly', 'daily', 'q'],
  'status-update': ['status'],
  'whats-cooking': ['cooking'],
  'whats-in-repo': ['git'],
  'bits-from': ['bits'],
  'leader-letter': ['president', 'presidents', 'chair', 'chairs', 'chairman', 'chairmans', 'chairperson', 'director', 'directors', 'letter'],
  'team-update': ['team', 'project', 'progress', 'development', 'dev', 'community', 'engineering'],
  countdown: ['countdown'],
  'release-milestone': ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'until', 'ahead', 'coming', 'approaching', 'delayed', 'today', 'status', 'update', 'reminder', 'active', 'now', 'upcoming', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'slip', 'slips', 'slipped', 'slipping', 'soon', 'tonight', 'important', 'there', 'out', 'frozen', 'unfrozen', 'due', 'working', 'created', 'going', 'utc'],
  'release-status': ['release', 'status', 'update'],
  'release-status-of': ['release', 'closing', 'closed', 'closes'],
  'release-delayed': ['delayed', 'held', 'hold', 'slipped', 'slipping', 'postponed', 'imminent', 'close', 'few', 'corner', 'scheduled', 'stabilization', 'stabilisation'],
  'linux-next': ['linux'],
  regressions: ['regression', 'regressions', 'failures', 'issues'],
  newsletter: ['weekly', 'monthly', 'newsletter', 'week', 'month', 'fortnight'],
  'week-n': ['week'],
  gsoc: ['gsoc', 'bonding', 'summer'],
  'meeting-summary': ['meeting', 'irc', 'minutes', 'summary', 'sum'],
  'meeting-outcome': ['outcome', 'outcomes'],
  'state-of': ['state'],
  'current-state': ['state'],
  // (`møde`, `möte`: the letter that is no ASCII letter parts the word, `m` and `de`)
  // (`réunion`: `r` and `union`)
  'dated-meeting': ['meeting', 'telcon', 'telecon', 'conseil', 'ca', 'ag', 'ago', 'age', 'bureau', 'assembl', 'assemblee', 'riunione', 'assemblea', 'treffen', 'sitzung', 'vergadering', 'reuni', 'reunion', 'union', 'generalforsamling', 'generalforsamlingen', 'de', 'det', 'te', 'tet', 'du', 'deelnemersvergadering', 'ledenvergadering', 'bestuursvergadering', 'vorstandssitzung', 'vorstandsitzung', 'assembleia'],
  'numbered-summary': ['summary', 'report', 'update', 'news', 'newsletter', 'journal', 'gazette'],
  status: ['status'],
  'report-word': ['update', 'updates', 'report', 'reports', 'news', 'summary', 'progress', 'weekly', 'monthly', 'recap', 'roundup', 'wrap', 'wrapup', 'digest', 'minutes', 'notes', 'stats', 'statistics', 'results', 'highlights', 'postmortem', 'postmortems', 'mortem', 'mortems', 'retrospective', 'retrospectives', 'debrief', 'debriefing', 'log', 'diary', 'diaries', 'devlog', 'devlogs', 'accomplishments', 'review', 'look', 'looking', 'year', 'past', 'where', 'annual', 'yearly', 'quarterly', 'weeknote', 'weeknotes'],
  // (`zápis`: the accented letter is no ASCII letter, and parts the word)
  'meeting-summary-other-language': ['zapis', 'pis', 'acta', 'actas', 'resum', 'assemblea', 'asamblea', 'assamblea', 'junta', 'ata', 'notulen', 'sitzungsprotokoll', 'besprechungsprotokoll', 'treffenprotokoll', 'protokoll', 'protokolle', 'proc', 'verbal', 'verbale', 'mitschrift', 'resoconto', 'referat', 'dereferat', 'tesprotokoll', 'compte', 'resumo', 'resumen', 'zapisnik', 'zapisnika', 'zapisniku'],
  'report-word-other-language': ['durum', 'faaliyet', 'ilerleme', 'rapport', 'rapporto', 'bericht', 'zwischenstand', 'jahresbericht', 'jaarverslag', 'beretning', 'beretningen', 'sprawozdanie', 'podsumowanie', 'rsmelding', 'arsmelding', 'verksamhetsber', 'verksamhetsberattelse', 'delrapport', 'slutrapport', 'lagesrapport', 'gesrapport', 'rsberetning', 'rsberetningen', 'arsberetning', 'statusbericht', 'wochenbericht', 'monatsbericht', 'ftsbericht', 'geschaeftsbericht', 'tigkeitsbericht', 'taetigkeitsbericht', 'rechenschaftsbericht', 'kurzbericht', 'informe', 'relat', 'relatorio', 'compte', 'verslag', 'stav', 'stand', 'fortschritt', 'fortschritte', 'avancement', 'aktualisierung', 'neuigkeiten', 'actualizaci', 'actualizacion', 'actualizaciones', 'novedades', 'nouveaut', 'nouveautes', 'nouvelles', 'semaine', 'hebdo', 'hebdomadaire', 'semanal', 'resoconto', 'zusammenfassung', 'bilan'],
  developments: ['development', 'developments', 'changes', 'checkins', 'commits', 'merge'],
  // TECHNICAL_CUE (`update service` may be written `UpdateService`)
  technical: ['update', 'updates', 'updateservice', 'status', 'report', 'reports', 'progress', 'result', 'results', 'daily', 'weekly', 'monthly'],
};
const NEGATIVE_SUBJECT_GATE_WORDS: Record<string, string[]> = {
  patch: ['patch', 'pull', 'v'],
  bot: ['bug', 'bugs', 'build', 'jenkins', 'svn', 'commit', 'commits', 'r', 'summary', 'ticket', 'tickets', 'issue', 'issues', 'digest', 'cron', 'buildbot', 'coverity', 'test', 'automated', 'lkft', 'kernelci', 'syzbot', 'day', 'kernel', 'kselftest', 'unittest', 'kunittest'],
  cfp: ['cfp', 'call', 'deadline', 'extended', 'submission'],
  problem: ['error', 'errors', 'failed', 'failure', 'failures', 'exit', 'traceback', 'segfault', 'crash', 'crashes', 'crashed', 'oops', 'panic', 'bug', 'invalid', 'deadlock', 'lockdep', 'regression', 'suspicious', 'stall', 'stalls', 'after', 'dereference', 'hung', 'protection', 'boot', 'booting'],
  'help-wanted': ['looking', 'seeking'],
  job: ['job', 'jobs', 'hiring', 'vacancy', 'vacancies', 'position', 'positions', 'internship', 'internships'],
  release: ['announce', 'ann', 'released', 'uploaded', 'release', 'available', 'announcing', 'announcement', 'out', 'new', 'changes', 'snapshot', 'highlights'],
  agenda: ['reminder', 'agenda', 'invitation', 'invitations', 'survey', 'poll', 'irc', 'call', 'let', 'lets', 'doodle', 'rsvp', 'einladung', 'tagesordnung', 'indkaldelse', 'innkalling', 'dagsorden', 'kallelse', 'dagordning', 'uitnodiging', 'convocatoria', 'convocazione', 'convocation', 'ordre', 'ordine', 'orden'],
  gathering: ['sprint', 'sprints', 'hackathon', 'hackathons', 'hackfest', 'hackfests'],
  election: ['election', 'elections', 'ballot', 'ballots', 'candidacy', 'nomination', 'nominations', 'voting', 'vote'],
  transcript: ['transcript', 'transcripts', 'logs'],
  incident: ['incident', 'outage', 'outages', 'downtime'],
  'meeting-time': ['meeting', 'meetings', 'agm', 'egm', 'pacific', 'eastern', 'central', 'mountain', 'utc', 'gmt', 'cet', 'cest', 'pst', 'pdt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt'],
  coming: ['next', 'coming', 'tomorrow', 'tonight'],
  // (`lørdag`, `søndag`: the letter that is no ASCII letter parts the word)
  'meeting-day': ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'rdag', 'ndag', 'lordag', 'sondag'],
  meeting: ['meeting', 'meetings'],
  'called-off': ['cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation', 'postponed', 'postponement'],
  procedure: ['how', 'howto', 'guideline', 'guidelines', 'guidance', 'procedure', 'process', 'instructions', 'please', 'policy', 'xx', 'yyyy'],
  template: ['template', 'templates'],
  topic: ['topic', 'summit'],
  proposal: ['proposal', 'proposed', 'propose', 'proposing', 'rfc', 'design', 'request', 'requests', 'topic', 'summit', 'kick', 'kickoff', 'application'],
  discussion: ['discussion', 'idea', 'thoughts', 'question', 'help'],
  // the words of a summary (see subjectEvidenceOf), not a kind
  summary: ['summary', 'minutes', 'notes', 'recap', 'report', 'update', 'results', 'highlights', 'outcome', 'outcomes', 'referat', 'protokoll', 'verbale', 'notulen', 'mitschrift', 'resoconto', 'beretning', 'rsberetning', 'beretningen'],
  // the sender's address (see subjectEvidenceOf), not a kind
  robot: ['noreply', 'reply', 'bugzilla', 'jenkins', 'buildbot', 'tracker', 'notification', 'notifications', 'mailer', 'cron', 'bot', 'gerrit', 'trac', 'lkft', 'kernelci', 'syzbot', 'robot', 'ci', 'cki', 'notify'],
};
function gateWordsOf(table: Record<string, string[]>, names: string[]): string[][] {
  return names.map((n) => {
    const w = table[n];
    if (!w) throw new Error(`detectReport: no gate words for ${n}`);
    return w;
  });
}
const CUE_WORDS = wordTable(gateWordsOf(CUE_GATE_WORDS, [...CUES.map(([, , n]) => n), 'technical']));
const TECHNICAL_BIT = 1 << CUES.length;
/**
 * The cue of a report in Japanese or Chinese, or in Cyrillic (`Протокол 1/2005`, `Загальні збори №8`), tried on any subject that
 * holds a CJK or Cyrillic character (its words have no ASCII letters).
 */
const CJK_CUE_BIT = 1 << CUES.findIndex(([, , n]) => n === 'report-word-other-language');
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff]/;
/**
 * The words a title line must hold for its subject evidence to find a cue of 2.5 or more: a strong
 * cue's, or TECHNICAL_CUE's (whose `update foo_bar` may cut a word, leaving the rest of it).
 */
const TITLE_CUE_BITS = CUES.reduce((m, [, w], k) => (w >= 2.5 ? m | (1 << k) : m), TECHNICAL_BIT);
const NEGATIVE_SUBJECT_WORDS = wordTable(gateWordsOf(NEGATIVE_SUBJECT_GATE_WORDS, [...NEGATIVE_SUBJECT.map(([, , , n]) => n), 'robot', 'summary']));
const RELEASE_BIT = 1 << NEGATIVE_SUBJECT.findIndex(([, , , n]) => n === 'release');
const ROBOT_BIT = 1 << NEGATIVE_SUBJECT.length;
const SUMMARY_BIT = ROBOT_BIT << 1;
// (`Outcome of the round table meeting`: what a meeting decided, told after it)
// (and minutes or a report in the list's own language: Danish `Referat af ...`, `Bestyrelsens beretning`)
const SUMMARY_WORD = /\b(summary|minutes|notes|recap|report|update|results|highlights|outcomes?|referat|protokoll|verbale|notulen|mitschrift|resoconto)\b|beretning\b/i;

/**
 * A sender that is a machine. A word ends at any character that is no letter: an address's parts
 * are joined by `_` as often as by `-` or `.` (`ci_notify@linaro.org`, Linaro's kselftest results).
 */
const ROBOT_SENDER = /(?<![a-z])(no-?reply|noreply|bugzilla|jenkins|buildbot|tracker|notifications?|notify|mailer-daemon|cron|bot|gerrit|trac|lkft|kernelci|syzbot|test robot|ci|cki)(?![a-z])/i;

/**
 * The negative kinds a subject, or any text made of it by blanking parts of it, may be of (bit k:
 * NEGATIVE_SUBJECT[k]; and SUMMARY_BIT): no other can match.
 */
function negativeSubjectMask(subject: string): number {
  // (a release's `name 1.2` holds no word of its own, but a dot)
  return wordMask(subject, NEGATIVE_SUBJECT_WORDS) | (subject.includes('.') ? RELEASE_BIT : 0);
}

/** Body phrases of the kinds that are not reports: [pattern, what, weight]. */
/**
 * [pattern, what, weight, words one of which the text must hold for the pattern to be tried, name,
 * whole words (see wordMask.ts) one of which every match of the pattern holds].
 */
const NEGATIVE_BODY: Array<[RegExp, string, number, string[], string, string[]]> = [
  // (not `is pleased to announce the results of its participation`: a summary of what was done)
  // (`The Linux man-pages maintainer proudly announces:`, man-pages 5.04, 2019)
  [/\b(we are|i am|i'm|we're) (very |so )?(happy|pleased|proud|glad|excited) to announce\b(?! the (?:results?|outcome|summary|status|progress)\b)|\bis (happy|pleased|proud) to announce\b(?! the (?:results?|outcome|summary|status|progress)\b)|\bannounce the (release|availability)\b|\bproudly announces?\b|\bavailable for download\b|\bcan be downloaded\b/i, 'announces a release', -3, ['announce', 'download'], 'announce', ['announce', 'announces', 'download', 'downloaded']],
  [/\bthe following changes since commit\b|\bare available in the git repository at\b|\bplease pull\b(?![^.\n]{0,40}\band\s+(?:give|try|test)\b)/i, 'a pull request', -6, ['pull', 'changes since commit'], 'pull', ['commit', 'repository', 'pull']],
  [/\b(has|have) been uploaded to\b|\bsnapshot .{0,40} uploaded\b/i, 'announces an upload', -3, ['uploaded'], 'upload', ['uploaded']],
  // (`The CF standard name table has been updated to version 49`: a new version of something, announced)
  [/\b(?:has|have) (?:now )?been (?:updated|upgraded) to (?:version|v)\s?\d/i, 'announces a new version', -3, ['updated to', 'upgraded to'], 'announce', ['updated', 'upgraded']],
  // (`AfNOG3 invites presentations on backbone engineering`: a conference's call, 2002)
  [/\bcall for (papers|proposals|participation|presentations|talks)\b|\bsubmission deadline\b|\bsubmit (a|your) (talk|paper|proposal)\b|\binvites?\s+(?:presentations|papers|proposals|talks|submissions|abstracts)\b/i, 'calls for papers', -3.5, ['call for', 'submi', 'invite'], 'cfp', ['call', 'submission', 'submit', 'invite', 'invites']],
  [/\b(announce|submit|put forward) (my|our) candidacy\b|\bmy candidacy (for|as)\b/i, 'a candidacy', -3.5, ['candidacy'], 'candidacy', ['candidacy']],
  // (`I have a question regarding p2pdma support`, `Can someone help me understand`, `Thanks in advance`)
  [/\b(?:i have a question|(?:so )?my questions? (?:here |then |now )?(?:is|are)|can (?:someone|anyone|somebody) (?:help|explain|tell|point)|could (?:someone|anyone|somebody) (?:please )?(?:help|explain|tell|point)|does anyone know|thanks? (?:you )?in advance|any (?:help|hints?|ideas|pointers|advice) (?:would be|is|are|will be) (?:greatly |much |very much )?appreciated)\b/i, 'asks for help', -2, ['question', 'questions', 'someone', 'anyone', 'somebody', 'advance', 'appreciated'], 'asks', ['question', 'questions', 'someone', 'anyone', 'somebody', 'know', 'advance', 'appreciated']],
  // (a meeting's issue that asks who will come, `Please use the following emoji reactions in this post to indicate
  // your availability`, Node.js' and the OpenJS Foundation's meeting issues: the call, its agenda and its links, never the minutes)
  [/\bemoji\s+reactions\b.{0,60}\bindicate\s+your\s+availability\b|\bindicate\s+your\s+availability\b.{0,40}\b(?:attending|react)/is, 'calls to a meeting (asks who will attend)', -6, ['availability'], 'availability', ['availability']],
  // (a meeting's page that says it did not take place, `Canceled due to low attendance / nothing urge to discuss` under
  // a Node.js TSC meeting's `## Agenda`: a line of its own, not an item of a list)
  [/^[ \t]*(?:the[ \t]+)?(?:(?:meeting|call)[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+|is[ \t]+)?)?cancell?ed\b(?![ \t]*:)/im, 'a meeting called off', -6, ['cancel'], 'called-off', ['canceled', 'cancelled']],
  // (its forms that name an agenda hold none of its whole words: AGENDA_INVITE is their gate)
  [/(?<!\b(?:invited|asked)\s+(?!you\b)\w+\s+to\s+)\bjoin (us|the meeting)\b.{0,80}\b(at|on)\b|(?<!\b(?:next|another|further|follow-?up)\s+(?:\w+\s+)?)\bmeeting (will be|is) (held|scheduled)\b|\bproposed agenda\b(?!\s+(?:was|were|has been)\s+(?:approved|adopted|accepted|agreed|amended)\b)|(?<!\b(?:sent|posted|circulated|published|mailed)\s+(?:out\s+)?(?:an?|the|his|her|their)\s+(?:\w+\s+)?)\bagenda (for|of) (the|this)\b(?! next\b)(?!\s+\w+\s+(?:was|were|has been)\s+(?:approved|adopted|accepted|agreed|amended)\b)(?!\s+\w+\s+(?:was|were)\s)|\b(have |has )?called for an? (\w+ ){0,2}meeting\b|\b(?:if you|those who|anyone who|everyone who) (?:plans?|wants?|wish(?:es)?|intends?) to (?:attend|come|participate)\b.{0,80}\bplease (?:register|rsvp|sign up|let)\b|\b(?:innkalle|innkalles|indkalde|indkaldes)\s+til\s+(?:(?:ordinært?|ekstraordinært?|ordinær|ekstraordinær)\s+)?(?:årsmøte|generalforsamling|medlemsmøte)/iu, 'invites to a meeting', -3.5, ['join', 'agenda', 'meeting will be', 'meeting is', 'called for a', 'plan to attend', 'nkalle', 'ndkalde'], 'invite', ['join', 'held', 'scheduled', 'called', 'attend', 'come', 'participate', 'innkalle', 'innkalles', 'indkalde', 'indkaldes']],
];

/** A list item's opening (its marker and at most four words): what a match that heads a topic of a list has before it on its line. */
const ITEM_OPENING = /^\s*(?:[*\u2022+-]|\d{1,2}[.)])\s+(?:\S+\s+){0,4}$/;

/** Whether every match of `pat` in `text` heads an item of a list (see ITEM_OPENING), and there is one. */
function onlyListed(pat: RegExp, text: string): boolean {
  let any = false;
  for (const m of text.matchAll(new RegExp(pat.source, 'gi'))) {
    any = true;
    if (!ITEM_OPENING.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))) return false;
  }
  return any;
}

const INVISIBLE_PADDING = /[\u200b-\u200d\u2060\ufeff\u034f](?:[ \u00a0]*[\u200b-\u200d\u2060\ufeff\u034f]){4}/;

/** Words that say what was done or is planned. */
const PROGRESS = /\b(merged|landed|done|completed?|finished|in progress|work in progress|wip|working on|worked on|next (week|month|steps?|cycle)|plan(?:ned|s|ning)? to|blocked|blockers?|fixed|reviewed|will merge|started|ongoing|implemented|added support|under review|needs? review|waiting (for|on)|progress|status|graduated|cooking|pending|postponed|deferred)\b/gi;

/** First characters of diff and commit-mail lines: d, I, @, +, -, M, A, R. */
const DIFF_START = new Set([100, 73, 64, 43, 45, 77, 65, 82]);

/** ASCII letters, digits and the punctuation of prose. */
const ASCII_WORDY = (() => {
  const t = new Uint8Array(128);
  for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\'"()/*#=[]<>@&%+_-') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/**
 * How much of the first `n` characters is text a person wrote: visible characters, and those of
 * them that are letters, digits or prose punctuation. Controls, C1, Latin-1 symbols, U+FFFD and
 * odd ASCII symbols are not (one pass, no allocation: it runs on every message).
 */
function readability(text: string, n: number): { visible: number; wordy: number } {
  let visible = 0;
  let bad = 0;
  const end = Math.min(text.length, n);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) continue;
    visible++;
    if (c < 128) {
      if (!ASCII_WORDY[c]) bad++;
    } else if (c < 160 || (c >= 161 && c <= 191) || c === 215 || c === 247 || c === 0xfffd) {
      bad++;
    }
  }
  return { visible, wordy: visible - bad };
}

/**
 * The characters readability counts against the text, by UTF-16 code unit: ASCII controls, DEL and
 * the symbols ASCII_WORDY leaves out, C1, Latin-1 symbols and U+FFFD (letters of other scripts and
 * surrogates are not): a text with none is spared the count. Also the invisible characters a
 * marketing mail pads its preview line with (INVISIBLE_PADDING: not counted, looked for only where flagged).
 */
const NOT_PLAIN = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) t[c] = ASCII_WORDY[c] || c === 9 || c === 10 || c === 13 || c === 32 ? 0 : 1;
  for (let c = 128; c < 0xc0; c++) t[c] = c === 0xa0 ? 0 : 1;
  t[0xd7] = 1;
  t[0xf7] = 1;
  t[0xfffd] = 1;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x034f]) t[c] = 1;
  return t;
})();

/** "here is the", "this is our", "welcome to the": the post names itself. */
const SELF_REFERENCE = /\b(here is|here's|here are|this is|these are|welcome to|below is|below are|attached is|the following is|presenting|find)\b[^.!?]{0,30}$/i;

const OPENING_SAYS_WEIGHT = 1.5;
/** The same opening in a post whose subject is unknown: the only words that name the post (see detectReport). */
const OPENING_SAYS_ALONE_WEIGHT = 3;
/** What a meeting leaves on record, in an opening that says what the post is (`the minutes`, `some notes`, `summary of the discussions`). */
const MEETING_RECORD = /\b(?:notes|minutes|MoM|summary|summari[sz]\w*|agreed|discussions?)\b/i;

/** The first three lines of the post's own text, as one line (at most 400 characters). */
/**
 * The writer naming the post a status or progress report: `Here's an updated status report on ...`; or a look back
 * over its project's year (`I'll be looking back over the past year, recounting some of our many successes`, Exherbo
 * 2009; parser 121).
 */
const OPENING_NAMES_REPORT = /\bhere(?:'s| is| are)\s+(?:an?|the|my|our|this week'?s|today'?s|this month'?s)\s+(?:[\w-]+\s+){0,2}?(?:status|progress)\s+(?:reports?|updates?)\b|\b(?:welcome to|this is)\s+(?:an?|the|my|our|this)\s+(?:[\w-]+\s+){0,3}?(?:status|progress)\s+(?:reports?|updates?)\b|\blook(?:ing)?\s+back\s+(?:over|at|on)\s+(?:the|our)\s+(?:past|last|previous|first)\s+(?:year|decade|\w+\s+(?:years|months))\b/i;

function openingText(prep: PreparedBody): string {
  const out: string[] = [];
  for (const l of prep.lines) {
    if (!isText(l)) continue;
    out.push(l.text);
    if (out.length === 3) break;
  }
  return out.join(' ').slice(0, 400);
}

/** A line that is only a footnote's mark or a link (what follows a post's last words). */
const MARK_OR_LINK = /^\s*(?:\[[\w.-]{1,30}\]:?\s*)?(?:<?(?:https?|ftp):\/\/\S+>?)?\s*$/i;
/** A question the list is asked (not `Thoughts?`, `Comments?`: a few words inviting replies). */
const ASKING = /(?:^|[.!:]\s+)((?:is|are|does|do|did|can|could|would|will|has|have|should|what|when|why|how|where|who|any)\s+[^.!?]{15,200}\?)\s*$/i;

/** The question that closes the post's own text (its last two lines of text, links and footnote marks aside), or null. */
function closingQuestion(prep: PreparedBody): string | null {
  const last: string[] = [];
  for (let i = prep.lines.length - 1; i >= 0 && last.length < 2; i--) {
    const l = prep.lines[i];
    if (!isText(l) || MARK_OR_LINK.test(l.text)) continue;
    last.unshift(l.text.trim());
  }
  if (last.length === 0 || !last[last.length - 1].endsWith('?')) return null;
  const m = ASKING.exec(last.join(' '));
  return m ? m[1] : null;
}

const OPINION_ASK = /(?:^|[.!:)]\s+|^\W*)((?:any\s+|other\s+|your\s+)?(?:thoughts|opinions|comments|objections|feedback|ideas|suggestions|concerns)(?:\s+(?:on|about)\s+[^.!?]{1,60})?|what do (?:you|people|others|folks|we)(?: all| guys)? think(?:\s+[^.!?]{1,60})?|(?:does|would) (?:this|that|it) (?:sound|make sense|work)[^.!?]{0,40}|(?:is|would) (?:this|that|it) (?:be )?(?:ok|okay|acceptable|fine|reasonable)[^.!?]{0,40})\s*\?+\s*$/i;

/** The question a post ends on when it asks the list what it thinks (`Thoughts?`, `What do you think?`). */
function closingOpinionAsk(prep: PreparedBody): string | null {
  let signOff = 0;
  for (let i = prep.lines.length - 1; i >= 0; i--) {
    const l = prep.lines[i];
    if (!isText(l) || MARK_OR_LINK.test(l.text)) continue;
    const t = l.text.trim();
    // (a sign-off under it: `Cheers,` / `Anne`)
    if (!t.endsWith('?') && t.length <= 30 && ++signOff <= 3) continue;
    if (!t.endsWith('?')) return null;
    const m = OPINION_ASK.exec(t);
    return m ? m[1] : null;
  }
  return null;
}

/**
 * An opening that says the post is the writer's progress, update or minutes (see detectReport).
 * (`This was my ninth month working on LTS and ELTS`: a funded developer's monthly report; `I send in
 * a report of the activities performed by the Cocoon Project`; `please find the board report below` (Apache Felix, 2020),
 * `Here's a proposed draft for the first report to the ASF Board` (Apache Lucy, 2012), `I have prepared a DRAFT of the
 * quarterly board report`: a project's report to its board, sent to its list for comments first)
 * (`I would like to provide a brief SPI update for you` (SPI 2004), `I would like to take an opportunity to send out a
 * State of the LUG update for 2015` (NBLUG), `I figured I'd update everyone on the current train of thought` (Gtk# 2005))
 * (`During the week I worked on the following:`, `Over the past two weeks I have been working on the following:`: a
 * period, then what the writer did in it, Samba's GSoC student 2020)
 * (`This is a report on LogFest 92` (Lojban 1992), `Here is a condensed version of what we covered` (Edubuntu 2009),
 * `After a long hiatus, here's an update for this list` (CHITS 2007), `I've included my notes on the last IFSO
 * discussion below` (FSFE 2004), `Below is a brief overview of what I've been getting up to` (a DPL's bits, 2019))
 */
// (and in the list's own language: Danish `Hermed referatet fra generalforsamlingen`, German `Hier ist das Protokoll`,
// Italian `eccomi a fare il resoconto`, French `Voici le compte-rendu`)
const OPENING_SAYS = /\b(?:shar(?:e|ing)|send(?:ing)?|post(?:ing|ed)?|here(?:'s| is| are| with)(?: sending)?)\s+(?:you\s+)?(?:(?:my|our|the|this week'?s|today'?s)\s+)?(?:latest\s+|weekly\s+|monthly\s+|quick\s+|short\s+|brief\s+)?(?:progress|update|status(?: update| report)?|report|notes|minutes|MoM|summary)(?=\s*(?:[.,:;!(\[]|$)|\s+(?:of|from|for|on|in|with|about|since)\b)|^\s*(?:(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!.]?\s+)?(?:highlights|summary|minutes|notes|MoM)\s+(?:from|of)\s+(?:the|this|today'?s|last|our)\b|\b(?:i|we)\s+(?:provide|give|send|post|attach|attached|present|have attached|'ve attached)\s+(?:you\s+)?(?:this|the|my|our|an?)\s+(?:brief\s+|quick\s+|short\s+)?(?:update|status|report|summary|minutes|notes)\b|\b(?:please find (?:below|attached|here)|attached,? please find)\b.{0,40}\b(?:report|update|minutes|notes|summary|status)\b|\bhere(?:'s| is)\s+(?:my|our)\s+(?:(?:19|20)\d\d|annual|yearly|quarterly|monthly|weekly)\b.{0,50}\breport\b|^\s*(?:(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!.]?\s+)?welcome to (?:the|this|our)\b[^.!?]{0,50}\b(?:update|newsletter|report|digest|news|edition|issue)\b|^\s*(?:(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!.]?\s+)?(?:(?:an?|just a|the)\s+)?(?:quick\s+|short\s+|brief\s+)?(?:update|status update|status report|progress report)\s+(?:on|about|for|from)\b|^\s*(?:(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!.]?\s+)?just a (?:quick|short|brief) update\b|\b(?:i|we)(?:'ve|\s+have)?\s+attached\s+(?:(?:the|my|our)\s+)?(?:minutes|notes|report|summary|update)\b|\b(?:minutes|notes|report|summary)\b.{0,80}(?<!\brelease\s)\bis (?:now )?available\b|\bthe \S{2,20} met (?:on|today|yesterday|last)\b|\bsummariz(?:e|ing) (?:the |our )?(?:discussions|meeting|what happened|current (?:situation|status|state))\b|\bthis (?:was|is) my (?:first|second|third|\w+th|\d{1,2}(?:st|nd|rd|th)) (?:month|week|quarter) (?:working on|of work(?:ing)? on|on|with|for)\b|\b(?:a|my|our|the) (?:short |brief )?report (?:of|on) (?:the )?(?:activities|work done|progress made)\b|\blet (?:everyone|everybody|you(?: all)?|people|the list) know (?:what(?:'s| is) happening|where (?:we|things) (?:are|stand)|(?:about )?the (?:current )?(?:status|state|progress))\b|\bplease find (?:the|my|our|this)\s+(?:[\w-]+\s+){0,3}?(?:report|update|minutes|notes|summary)\s+(?:below|attached|here)\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:prepared|drafted|written|put together)\s+(?:a|the|our|my)\s+(?:[\w-]+\s+){0,4}?(?:report|update|summary|minutes|notes)\b|\bhere(?:'s| is)\s+(?:a|the|my|our)\s+(?:proposed\s+|first\s+)?draft\s+(?:of|for)\s+(?:the|our|my|a)\s+(?:[\w-]+\s+){0,3}?(?:report|update|minutes|notes)\b|\bsend(?:ing)?\s+out\s+(?:a|an|the|our|my)?\s*(?:quick\s+|brief\s+|short\s+)?(?:[\w-]+\s+){0,4}?(?:update|status report|progress report|summary)s?\b|\b(?:i|we)(?:\s+would|'d)\s+like\s+to\s+(?:provide|give|send|share|post)\s+(?:you\s+)?(?:a|an|the|our|my|this)\s+(?:brief\s+|quick\s+|short\s+)?(?:[\w-]+\s+){0,3}?(?:update|status report|progress report|summary)\b|\bupdate (?:everyone|everybody|you all|the list) on\b|^\s*(?:(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!.]?\s+)?(?:(?:over|during|in|for)\s+the\s+(?:past|last|previous)\s+(?:few\s+|two\s+|three\s+|couple of\s+)?(?:weeks?|days|months?)|(?:during|over)\s+the\s+week|(?:this|last)\s+week)\s*,?\s+(?:i|we)(?:'ve|\s+have)?\s+(?:been\s+)?(?:work|focus|implement|fix|add|spen[dt]|finish|complet|start)\w*|\bhere(?:'s| is) an? (?:quick |short |brief )?(?:update|status update|progress report|summary)\b|\bthis is (?:a|my|our) (?:short |brief |quick |rough )?(?:report|summary|write-?up|recap|record) (?:on|of|from|about)\b|\b(?:update|report) on the (?:current )?(?:status|progress|state) of\b|\bthis is (?:my|our|the) (?:(?:19|20)\d\d |annual |yearly |quarterly |monthly |weekly |bi-?weekly |fortnightly )[\w -]{0,30}?\b(?:report|update)\b|\b(?:below is|here is|here's) (?:a|an|the|my) (?:brief |short |quick |condensed )?(?:overview|version|summary|list) of what (?:i|we)(?:'ve| have)? (?:been|did|done|covered|discussed|achieved|accomplished)\b|\b(?:i|we)(?:'ve| have)? (?:included|put|posted) (?:my|our|the) notes\b|\bsummary of the discussions? held\b|\b(?:i|we) took (?:some )?notes (?:during|at|of|in)\b|\b(?:i|we)(?:'ve| have)? updated (?:our|the) meeting notes\b|\bthe (?:list of )?points (?:that )?we(?:'ve| have)? agreed on\b|\b(?:hermed|her er)\s+(?:referat(?:et)?|beretning(?:en)?)\b|\b(?:hier (?:ist|sind)|anbei)\s+(?:das\s+|die\s+|der\s+)?(?:protokoll|mitschrift|bericht|zusammenfassung)\b|\b(?:ecco|fare)\s+(?:il|un)\s+(?:resoconto|verbale|riassunto)\b|\bvoici\s+(?:le|un)\s+(?:compte[- ]rendu|r[ée]sum[ée]|rapport)\b/i;

/**
 * An opening that asks (`I'm struggling with the performance of my web app`, `I just wonder why our
 * Board didn't share any update`, `Where do we stand with Xen 4.13 regarding blockers`, `I was
 * wondering if anyone was still working on the project`): a question under a report's words.
 */
const OPENING_ASKS = /\b(?:i(?:'m| am) (?:looking for|struggling)|(?:i(?:'ve| have) been|i was|i am|i'm) wondering|i (?:just )?wonder (?:why|if|whether)|where do we stand)\b/i;

/**
 * An opening that tells of a meeting to come: `We will have Regular Community Meeting tomorrow at 14:30 UTC`
 * (openSUSE 2022), `Next #pypy-sync meeting on freenode.net is tomorrow`, `our next LUG meeting is on this coming
 * WEDNESDAY` (Herefordshire LUG 2009), `next Council meeting #206, which will take place tomorrow` (ICANN 2024):
 * a call to meet, whatever its list of topics looks like.
 */
const OPENING_MEETS = /\bnext\s+(?:[\w#.-]+\s+){0,3}?(?:meeting|call|sync)\b[^.!?]{0,60}?\b(?:is|will be|will take place|takes place)\s+(?:on\s+|at\s+)?(?:tomorrow|today|tonight|this|next|on|at|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bwe will have (?:a |the |our )?(?:[\w-]+\s+){0,3}?(?:meeting|call|sync)\s+(?:tomorrow|today|tonight|this|next|on)\b/i;

/**
 * An opening that proposes: `This is a proposal for a plan for Apache Camel 4`, `We would like to request community
 * feedback and proposals on the future of the mailing list` (bitcoin-dev 2023), `I would like to request a clarification`, `we're looking for your input on how to
 * proceed` (AbiWord 2008), `here I share my thoughts, as a proposal` (GRASS 2003): a plan put up for discussion. (Not
 * `I'd like to propose`: a release manager's countdown proposes its schedule, AbiWord on the road to 1.0, 2001.)
 */
const OPENING_PROPOSES = /\bthis is a proposal\b|\b(?:i|we)(?:'d| would) like to (?:request|raise a discussion|apply for)\b|\bas a proposal\b|\blooking for (?:your |community )?(?:input|feedback|opinions|comments)\b/i;

/** What every OPENING_RELEASE holds (a quick look first: most openings have none, and are spared the pattern's look-behind). */
const RELEASE_WORDS = /\b(?:is|been)\s+(?:now\s+|just\s+)?(?:released|out|available|cut)\b|\b(?:released|uploaded)\b/i;
/**
 * An opening that announces a release: `squashfs-tools-ng 0.7 is released`, `groff 1.23 release
 * candidate 3, 1.23.0.rc3, is now available`, `The release for Project Clearwater sprint "Tauros" has
 * been cut`, `I've just released a new version of the audit daemon`, `I have uploaded the first
 * fetchmail 6.3.8 release candidate`: what the subject's `released` or `is available` says, said
 * by the body. (Not a release to come: `until after v5.13-rc1 has been released`.)
 */
const OPENING_RELEASE = /(?<!\b(?:until|after|before|when|once|if|unless)\s+(?:[\w.~'-]+\s+){0,4}[(\[]?[\w.~-]*)(?:\bv?\d+(?:\.\d+)+[\w.~-]*|\brelease|\bversion\s+v?\d[\w.~-]*|\brelease candidate|\brc\d*)\b[^.!?]{0,60}?\b(?:is|has been|have been)\s+(?:now\s+|just\s+)?(?:released|out|available|cut)\b|\bi(?:'ve| have)?\s+(?:just\s+)?released\b|\bi(?:'ve| have)?\s+(?:just\s+)?uploaded\s+(?:the|a)\s+(?:[\w.-]+\s+){0,4}?(?:release|version|rc\d*|tarball)|\bthis release is available\b/i;

/** What a meeting is called, in an opening that hands over its notes or tells of it (MEETING_NOTES, MEETING_HELD). */
const GATHERING = String.raw`(?:meetings?|calls?|summit|sessions?|hangout|bof|workshop|hackathon|hackfest|sprint|conference|ptg|meet-?up|telcon|teleconference|gathering|assembly|agm|f2f|face[- ]to[- ]face|mid-?cycle|town ?hall)`;
/**
 * An opening that hands over the notes of a meeting held: `Here are my notes from yesterday's team
 * meeting.`, `Please find below notes and Actions Items from the ... WG call on Monday`, `Below are the
 * meeting notes from today's community meeting`.
 * (not `please find attached the notes`: the notes are elsewhere, and the post only covers them)
 */
const MEETING_NOTES = new RegExp(String.raw`\b(?:here(?:'s| is| are)|below (?:are|is)|(?:please )?find (?:below|here)|these are|this is)\s+(?:\w+\s+){0,3}?(?:notes|minutes|summary|recap|highlights|write-?up|report|mom|takeaways|action (?:items|points)|record)\b[^.!?]{0,80}?\b(?:sync(?:-up)?|${GATHERING})\b`, 'i');
/** What every MEETING_NOTES and MEETING_HELD holds (a quick look first). */
const GATHERING_WORD = new RegExp(String.raw`\b(?:sync(?:-up)?|met|${GATHERING})\b`, 'i');
/**
 * An opening that tells of a meeting held: `the biweekly TCL/Tk meeting took place today`, `This
 * year's QEMU summit was held on October 21st`, `TripleO held a midcycle meetup`, `Yesterday ..., we
 * held a meeting on irc`, `The Parrot Developer Summit met for over three hours`, `Last week we had a
 * gathering of libreswan/openswan people in Helsinki` (parser 121: of the corpus's openings that say `we had
 * a ... meeting`, 21 tell of one held, 5 do not, and of those 7 reports then left out it takes 7 and one
 * look-alike, a recap that asks its readers what to do, Tor Browser 2019). (Not what was had of a meeting: `we
 * had a good review of outstanding f2f action items`.)
 */
const MEETING_HELD = new RegExp(String.raw`\b${GATHERING}\s+(?:was held|were held|took place|has taken place|happened|met)\b|\b(?:board|council|committee|tsc|toc|steering\s+group)\s+met\s+(?:today|yesterday|on|last|this|earlier)\b|\bheld\s+(?:a|an|our|their|its|the)\s+(?:[\w+#-]+\s+){0,4}?${GATHERING}\b|\bwe\s+had\s+(?:a|an|our|the)\s+(?:(?!(?:of|for|on|about|to)\s)[\w+#/-]+\s+){0,4}?${GATHERING}\b`, 'i');
/** A quote's mark inside a line, where an archive page flattened a quote into the line above it: `wrote: > Hi all, > > Here's`. */
const FLATTENED_QUOTE = /\S\s+>\s/;
/** A subject's kinds that say when a meeting is to be held: a post handing over its notes answers that call. */
const MEETING_CALL = /^(?:subject|title)\.not\.(?:meeting|meeting-time|meeting-day|agenda|coming)$/;

/** A report covers a period: "this week", "since last report", "changes since 20240627", "in November". */
const PERIOD_WORDS = new RegExp(String.raw`\b(this|last|past|previous|next|coming) (week|month|quarter|cycle|sprint|fortnight)\b|\bsince (the )?(last|previous) (report|update|status|week|month|meeting|call)\b|\bchanges since\b|\bduring (the )?(last|past|previous) (week|month|quarter)\b|\b(?:over|in|during|for) the (?:past|last) (?:few|two|three|four|several|couple of) (?:weeks|months)\b`, 'i');

/** A line that hands the reader a link to the real minutes, log or write-up. */
const POINTER = /^\s*(full )?(minutes|meeting minutes|notes|meeting notes|log|full log|logs|summary|write-?up|report|details|slides)( \(?(text|html|txt)\)?)?\s*(are|is)?\s*(available|posted|here|at|in)?\s*:?\s*<?https?:\/\//im;

/** A placeholder a form leaves to fill in: `[YYYY-MM-DD]`, `MONTH 2026 Videoconference`, `{MONTH} {DAY}`, `<enter date here>`, `<!-- date -->`, `{{date}}`. */
const PLACEHOLDER = /\bYYYY(?:-MM(?:-DD)?)?\b|\bMONTH\b|\{(?:MONTH|DAY|DATE|YEAR)\}|<\s*(?:!--[^>]{0,60}--|(?:enter|insert|add|your|date|name|project)\b[^<>]{0,40})>|\{\{\s*[\w.]{1,30}\s*\}\}/;
/** A line of an IRC log: a time, then `<nick>` or `* nick` (an action). */
const CHAT_LINE = /^\s*\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+(?:<\s?[@+%]?[^\s<>]{1,30}>|\*\s+[^\s*]{1,30}\s)/;
/** MeetBot's opening of the minutes it writes (Fedora, OpenStack, OPNFV, Ubuntu meetings on IRC). */
const MEETBOT = /^\s*Meeting started by \S{1,40} at \d{1,2}:\d\d(?::\d\d)?\b/i;
/** Lines that only meeting minutes have. */
const MINUTES_LINE = /^\s*(attendees|attending|present|participants|absent|apologies|regrets|in the call|on the call|on call|chair|minutes|minuter|minute taker|note ?taker|scribe|facilitator|action items?|decisions?|agreed|resolved)\s*:|^\s*AI:|^\s*#(topic|agreed|action|info|link)\b|^\s*\*\s*(action|agreed|info)\b|\bmeeting (started|ended|summary)\b/i;

/** "I added", "we have fixed", "I am working on", "I managed to port": a report tells what its writers did. */
// (`I could finally get the driver reindented`, `I have enabled the compat.h mechanism`, `I could backport the driver`)
// (`I took Dave's ca65 assembler version, and added IIgs support` (ADT 2006), `we moved the ... to`, `we identified`,
// `I discovered`, `we gave a talk`: past deeds a developer's note and a meeting's summary tell; not `discussed`,
// `held`, `met`, `agreed`, which a call to meet and a proposal use as often, nor `reached`, `we have reached a point`)
// (`We also continued` (Calcite's state of the project, 2017), `we noted`; not `I went`, which tells of a try as often
// as of a deed: `so I went digging through the most recent documentation` over a question, Samba 2024)
// (`We have already started` (TinkerPop's board report, 2019), `I went ahead and updated ADT`, `I have also got command line
// arguments working` (R's GNOME interface, 1999), `I've been making more headway with FAT12 write support`)
const ACCOMPLISHED = /\b(?:i|we)(?:'ve|'m|'re| have| had| am| are| also| finally| just| now| then| mostly| could| already| successfully| went ahead and){0,2}\s+(?:managed to |started |begun |began |been |continued |continue |finally )?(?:add|fix|implement|finish|complet|merg|push|wr[io]t|rewr[io]t|port|land|releas|start|work|improv|updat|refactor|clean|document|test|review|upload|upgrad|migrat|convert|introduc|remov|packag|deploy|set up|sent|submitt|spent|made|did|(?:enabl|backport|integrat|renam|creat|redesign|rework|simplifi|optimi[sz]|publish|rebas|translat)ed\b|(?:mov|discover|identifi|not|continu)ed\b|(?:took|gave)\b|get\s+\S+\s+(?:\S+\s+)?\w+ed\b|(?:got|get)\s+(?:\S+\s+){1,4}(?:working|running|compiling|booting)\b|validated\b|making\s+(?:\w+\s+)?(?:progress|headway)\b)\w*/gi;

/** A line that introduces what follows as what was done or is planned ("Here's what I've done lately:"). */

const TREE_START = new Set([99, 116, 110, 105]); // c t n i
/** Headings of a design or problem write-up (OpenBMC's design template, a proposal mail). */
const DESIGN_HEADING = /^(?:\d+[.)]\s*)?(?:the\s+)?(?:background(?:\s+and\s+references)?|motivation|problem(?:\s+(?:description|statement))?|the issue|proposal|proposed\s+(?:design|solution|approach|interface|userspace interface|changes?)|(?:a\s+)?\(?proposed\)?\s+path\s+forward|related work|how to fix|analysis|desired results?|alternatives?(?:\s+considered)?|requirements|use[- ]cases?|rationale|non-goals|open questions|what'?s the solution\??)\s*:?$/i;

/**
 * A roll call on a line of its own near the top: `Attendees: Jos Purvis, Ben Wilson, ...`, `Present:`,
 * Spanish `Asistentes:`, German `Anwesend:`, `Teilnehmer:`, French `Présents:`, Italian `Presenti:`,
 * Danish `Deltagere:`, Dutch `Aanwezig:`, Slovene `Prisotni:`: who was at a meeting, told after it.
 * (and French minutes' sentence of it, `Étaient présents et à jour de leur cotisation :`, Toulibre's general assembly)
 * (not `Participants:`, which heads a design session's or a workshop's notes as well: `Design session
 * "Using the new VCPU counters in XAPI"` at Xen Summit 2022, ideas and open questions, no minutes)
 */
/**
 * A heading over what a version brings, `NEW features of cdrtools-3.01a09:`, `WHAT'S NEW IN LTTng 2.15?`: the
 * changelog of a release announcement (cdrtools' `... ready` mails list them per library, as a report lists its areas).
 * Not `New features for Linux 5.19` (Landlock's news: what landed in a kernel the project does not release) nor
 * `Changes since 2.28:` (gpsd's state of the project tells what changed since its last release).
 */
const CHANGELOG_HEADING = /^\s*(?:[-*=#]+\s*)?(?:new features|what'?s new)\s+(?:of|in)\s+(?:[\w.+-]+\s+){0,2}?[\w.+-]*?v?\d+\.\d+[\w.+-]*\s*[:?]\s*$/i;
const ROLL_CALL = /^\s*(?:[-*•]\s*)?(?:attendees|attending|attended|present|participants|in attendance|roll ?call|asistentes|presentes|anwesend|teilnehmer|(?:[ée]taient\s+)?pr[ée]sents(?:\s+et\s+[^:\n]{1,50}?)?|presenti|deltagere|aanwezig|prisotni|scribes?|minute[- ]?takers?|note[- ]?takers?|keeper of the minutes|(?:minutes|notes) (?:taken|recorded) by|出席(?:者|委員)?|参加者|出席者)(?:\s+list)?(?:\s*\/\s*[a-z]{3,20})?(?:\s*\([^()]{1,40}\))?\s*[:：]/i;

/** One line of a roll of attendees: a person's name and, in brackets, whom they are with (`Ira McDonald (High North Inc.)`). */
const ATTENDEE = /^\s*(?:[-*•]\s*)?\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3}\s+\([^()]{2,40}\)$/u;

/** First non-blank characters of MINUTES_LINE's anchored forms (lower-cased): a c d m p r # *; its other form says "meeting". */
const MINUTES_FIRST = new Set([97, 99, 100, 102, 105, 109, 110, 111, 112, 114, 115, 35, 42]);
/** A line starting with `c` (after spaces and tabs) may be a minutes line (white space `\s` takes that is not ASCII goes on to the regex). */
const minutesStart = (c: number): boolean => c < 33 || c > 127 || MINUTES_FIRST.has(c | 32);

/** A tree's daily state, as linux-next writes it: what changed since the last tree, conflicts gained, commits merged. */
const TREE_STATE = /^\s*(?:changes since \S*\d{6,}|the \S+ tree (?:gained|lost|still has) (?:a |\d+ )?(?:conflicts?|build failures?)\b|non-merge commits \(relative to|i have created today's \S+ tree\b)/i;

/** "my work so far", "progress on 4.0", "I decided to", "is going": prose that reports. */
// (`I finally got my opengl back and thus nearly finished up all the internal freetype rendering support` (OpenLayer
// 2006), `So i figured out how to modify the ID fields`; not `I've got`, `We've got`, what one has)
// (`I'm working on`, `we are currently working on`: the writer's own work under way, a phrase of progress as well as
// the deed ACCOMPLISHED counts; `cleaning up the higher-order test cases (which I'm working on now)`, Glimmer-CISM 2011)
const PROGRESS_PHRASE = /\b(?:my|our) (?:work|progress|plan)\b|\bso far\b|\bprogress (?:on|with|of)\b|\b(?:i|we) (?:decided|managed|now have|have now|got)\b|\b(?:i|we)(?:'ve| have)? (?:finally |also |just )?figured out\b|\b(?:i|we) finally got\b|\bhow .{1,30} is going\b|\bproof[- ]of[- ]concept\b|\b(?:i|we)(?:'m|'re| am| are) (?:currently |still |now |also )?working on\b|\b(?:my|our) next (?:steps?|tasks?) (?:will|are|is)\b|\b(?:i|we) still (?:need|have) to\b|\b(?:my|our) (?:intent|intention) is to\b|\bnext,? (?:i|we)(?:'ll| will| plan to)\b/gi;

const STATUS_HEADING = /^(done|completed?|finished|accomplishments?|achievements?|in progress|work in progress|ongoing|next( steps?)?|what'?s next|plans?|planned|upcoming|blockers?|blocked|highlights|this week|last week|next week|status|progress|todo|to do|new topics|cooking|graduated.*|stalled|discarded)\b/i;

/**
 * The number of quotes a post answers, when it opens with a quote (or the attribution over one)
 * and writes its own text below it; 0 otherwise.
 */
function answersQuotes(prep: PreparedBody, quoting: StatusInput['quoting']): number {
  let blocks = 0;
  let inQuote = false;
  let first: 'quote' | 'own' | null = null;
  for (const l of prep.lines) {
    if (l.masked === 'quote') {
      if (!inQuote) blocks++;
      inQuote = true;
      first ??= 'quote';
    } else if (isText(l)) {
      inQuote = false;
      first ??= 'own';
    }
  }
  // (quotes the mail stage took out: their count, and where the first one started)
  const total = Math.max(blocks, quoting?.blocks ?? 0);
  const firstOwn = prep.lines.find((l) => isText(l))?.no ?? Infinity;
  const opensQuoted = first === 'quote' || (quoting?.firstLine !== undefined && quoting.firstLine <= firstOwn + 1);
  return opensQuoted && total >= 1 ? total : 0;
}

export function stripTags(subject: string): string {
  let s = subject.trim();
  for (let k = 0; k < 8; k++) {
    // (an old mailer's forward, `[Fwd: Re: Moving forward with WebKit/GTK+]`, is the subject it forwards, forwarded)
    const fwd = /^\[(fwd?|fw)\s*:\s*(.{1,300})\]$/i.exec(s);
    if (fwd) return `${fwd[1]}: ${fwd[2].trim()}`;
    const next = s.replace(/^\[[^\]]{0,80}\]\s*/, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

function walk(items: StatusItem[], f: (it: StatusItem) => void): void {
  for (const it of items) {
    f(it);
    walk(it.children, f);
  }
}

/** Each match of the global `re` in `text` until `f` says stop (an exec loop: matchAll copies the RegExp at every call). */
function eachMatch(re: RegExp, text: string, f: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) if (f(m)) break;
  re.lastIndex = 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// (`答复:`, `回复:`, `回覆:`: Chinese mail clients' reply marks)
const REPLY_SUBJECT = /^(re|aw|sv|antw|odp|vs|fw|fwd|wg|tr|答复|回复|回覆)\s*(\[\d+\])?\s*[:：]/i;
const REPLY_ANYWHERE = /(?:\b(?:re|aw|sv|antw|odp|vs|fw|fwd|wg|tr)|答复|回复|回覆)\s*(\[\d+\])?\s*[:：]/gi;

/** The last subject's evidence: the index asks for it twice per message (quickVerdict, then detectReport). */
let memo: { subject: unknown; isReply: unknown; from: unknown; ev: Evidence[] } | null = null;

const RETITLED = 'a reply retitled as the meeting\'s results';

/** Evidence from the subject and headers alone (the series' weight apart). */
function subjectEvidence(input: StatusInput): Evidence[] {
  if (memo && memo.subject === input?.subject && memo.isReply === input?.isReply && memo.from === input?.from) return memo.ev;
  const ev = subjectEvidenceOf(input);
  memo = { subject: input?.subject, isReply: input?.isReply, from: input?.from, ev };
  return ev;
}

/** `New topic (was: Re: old topic)`: the thread's old subject, which says nothing of this post. */
export const WAS_SUBJECT = /\s*[(\[]\s*was\s*:.*$/i;
/** What every WAS_SUBJECT holds (a quick look first: most subjects have none). */
const WAS_COLON = /was\s*:/i;

/** How a release to come stands, in a subject its manager tags `[ANNOUNCE]`. */
const RELEASE_STATUS = /\brelease status\b|\btrees?\s+(?:is\s+|are\s+)?(?:now\s+)?closed\s+for\b|\bstatus of (?:\S+\s+){0,2}(?:bugs|blockers|issues)\b/i;

function subjectEvidenceOf(input: StatusInput, titleLine = false): Evidence[] {
  const rawSubject = typeof input?.subject === 'string' ? (WAS_COLON.test(input.subject) ? input.subject.replace(WAS_SUBJECT, '') : input.subject) : '';
  // (the kinds and the summary's words are read in texts made of the subject by blanking parts of it: they hold no word it does not)
  const kinds = negativeSubjectMask(rawSubject);
  const ev: Evidence[] = [];
  let s = stripTags(rawSubject);
  const re = REPLY_SUBJECT.exec(s);
  if (re) {
    const fwd = /^(fw|fwd|wg|tr)/i.test(re[1]);
    ev.push(fwd ? { key: 'subject.forwarded', what: `forwarded copy ("${re[0]}")`, weight: -3 } : { key: 'subject.reply', what: `reply ("${re[0]}" subject)`, weight: -2.5 });
    s = stripTags(s.slice(re[0].length));
  } else if (input?.isReply) {
    ev.push({ key: 'subject.in-thread', what: 'in a thread (In-Reply-To)', weight: -1 });
  }
  const summary = (kinds & SUMMARY_BIT) !== 0 && SUMMARY_WORD.test(s);
  // `Re: Security Working Group meeting - Wednesday June 26 - results`: an answer to a meeting's
  // invitation, retitled by its writer as what the meeting did
  // (not a reply to that reply, which keeps its subject: `Re: ... - results` quoting the results,
  // which themselves open by quoting the invitation)
  const retitled = re && !input?.quoting?.quotesReply && !input?.quoting?.quotesOther ? /\s[-–—:]\s*((?:summary\s+)?results?|minutes|notes|summary|highlights|recap|outcomes?)\s*$/i.exec(s) : null;
  // (it stands in for the reply's weight: retitled, it is no longer an answer in a discussion)
  const replyAt = ev.findIndex((e) => e.what.startsWith('reply'));
  if (retitled && replyAt >= 0) ev.splice(replyAt, 1, { key: 'subject.retitled-results', what: `${RETITLED} ("${retitled[0].trim()}")`, weight: 2.5 });
  // List tags (`[debian-devel-announce]`) say where, not what: the kinds are read without them.
  // (not a patch's own tag: `[PATCH 4.19 00/93]` holds dots too)
  const kindText = rawSubject.replace(/\[(?!\s*(?:PATCH|PULL|GIT PULL|RFC)\b)(?![^\]]*\bv\d{1,2}\s+\d{1,3}\/\d{1,3}\])[^\]]*[-_.][^\]]*\]/gi, ' ');
  for (let k = 0; k < NEGATIVE_SUBJECT.length; k++) {
    if ((kinds & (1 << k)) === 0) continue;
    const [pat, what, weight, name] = NEGATIVE_SUBJECT[k];
    if (summary && what.startsWith('meeting')) continue;
    const m = pat.exec(kindText);
    // (a reminder of a release's milestone is its countdown, not a meeting's)
    if (m && ((name === 'agenda' && /^reminder$/i.test(m[0].trim())) || name === 'coming') && RELEASE_MILESTONE.test(s)) continue;
    // (`blktests failures with v6.10 kernel`: the failures a test suite's maintainer lists each cycle, not a problem met)
    if (m && name === 'problem' && TEST_FAILURES.test(s)) continue;
    // (nor a vote that is one topic among others a newsletter's subject lists: `Mar17 TUG news: voting, conferences, membership`)
    if (m && name === 'election' && NEWS_TOPICS.test(s)) continue;
    // `[ANNOUNCE] PUCK Notes - 2024.01.24 - ...`: the tag announces the notes, not a release
    // (and `[ANNOUNCE] Xen 4.15 - release status, branching tomorrow`, `... - call for notification/status of significant
    // bugs`: a release manager's status of the release to come; not a page `for team status updates` announced)
    if (m && (summary || RELEASE_STATUS.test(s) || RELEASE_MILESTONE.test(s)) && name === 'release' && /^\[ANNOUNCE\]$/i.test(m[0].trim()) && !pat.exec(kindText.replace(m[0], ' '))) continue;
    if (m) {
      ev.push({ key: `subject.not.${name}`, what: `${what} (subject says "${m[0].trim()}")`, weight });
      break;
    }
  }
  if (/\?\s*$/.test(s)) ev.push({ key: 'subject.question-mark', what: 'question (subject ends with "?")', weight: -4 });
  // `[YYYY-MM-DD] Week in Review`, `Core Dev Team Weekly Sync <enter date here>`: a blank form to fill in
  if ((rawSubject.includes('<') || rawSubject.includes('YYYY') || rawSubject.includes('MONTH') || rawSubject.includes('{')) && PLACEHOLDER.test(rawSubject)) ev.push({ key: 'subject.not.template', what: 'a template (its subject holds a placeholder)', weight: -6 });
  // (`Status of the development package lme4a` with no question mark titles a report: both such
  // subjects among the real posts do)
  // (`status of bugzilla #99171 - mdraid broken for O_DIRECT`: asks how one bug stands)
  // `Some thoughts on Linux benchmarks results & processing`, `Thoughts about mid-term strategy`: a view put up
  // for discussion (all 7 such subjects among the real posts; not `... release status and thoughts on 3.0`)
  if (/^(?:(?:some|a few|random|more|my|initial|early)\s+)?thoughts\s+(?:on|about|regarding)\b/i.test(s)) ev.push({ key: 'subject.thoughts', what: `a view put up for discussion (subject starts "${s.split(/\s+/).slice(0, 3).join(' ')}")`, weight: -4 });
  // `Regarding the Weekly GSoC student reports`, `About the state of Btrfs RAID 5/6`, `The Future of This Week in
  // Rust`: a post about something, its reports included, not one of them (all 13 such subjects among the real posts;
  // a body's first line `Regarding NURBS curves` only says what it answers)
  if ((titleLine ? /^the\s+future\s+of\s/i : /^(?:regarding|about|the\s+future\s+of)\s/i).test(s)) ev.push({ key: 'subject.about', what: `about something (subject starts "${s.split(/\s+/).slice(0, 2).join(' ')}")`, weight: -3 });
  // `Upcoming changes in AppArmor aa-status output`, `Upcoming enhancements to run-unit-test-docker`: changes told
  // before they come (not `Upcoming OpenBMC release 2.11`, how a release to come stands)
  if (/^upcoming\s+(?:changes|enhancements|improvements|features)\b/i.test(s)) ev.push({ key: 'subject.upcoming-changes', what: 'changes to come (subject starts "Upcoming")', weight: -3 });
  // `Draft of Git Rev News edition 71`: a newsletter's next edition, its draft put up for contributions and review before
  // it is out (the git list, monthly; not `Draft of IRC meeting summary for review`, a meeting's summary itself)
  if (/^draft\s+of\s+.{0,60}?\b(?:edition|issue)\s+#?\d{1,4}\b/i.test(s)) ev.push({ key: 'subject.draft-edition', what: 'a newsletter\'s draft, put up for contributions (subject starts "Draft of")', weight: -3 });
  // (a NEWS file is a release's notes drafted for its tarball, not news of the project: `NEWS file for 0.3.x`, OpenOCD 2009)
  if (/\bnews\s+(?:file|entry|entries)\b/i.test(s)) ev.push({ key: 'subject.news-file', what: 'a release\'s NEWS file (subject says "NEWS file")', weight: -5 });
  if (/^(any status|what('s| is) the status|question|inquiry|query)\b|^status of (?:the )?(?:bug(?:zilla)?|ticket|issue|pr|pull request)\s*#?\d/i.test(s)) ev.push({ key: 'subject.question', what: `question (subject starts "${s.split(/\s+/).slice(0, 2).join(' ')}")`, weight: -4 });
  // (white space squeezed by replacing only runs and non-spaces; leading tags looked for only when the subject starts with one or a space)
  const squeezed = rawSubject.replace(/\s{2,}|[^\S ]/g, ' ');
  const c0 = squeezed.charCodeAt(0);
  // (a dotted name is code, not a cue: `twisted.news cleanups`, `app.reports`; nor is what a machine
  // updates or reports: `PSU firmware update`, `chassis status`)
  // (the first tag is the list's, unless it names a report: `[SUMMARY] Flink 1.19 Release Sync`;
  // not `[report]` or `[STATUS]`, which the kernel's lists use for bug reports and CI bots; but `[STATUS 2.5]`, how a
  // release line stands: Guillaume Boissiere's weekly status of the 2.5 kernel, 2002-2003)
  // (a dotted name holds a dot, a reply's mark a colon; TECHNICAL_CUE one of its words)
  const untagged = c0 === 91 || c0 === 32 ? squeezed.replace(/^(\s*\[[^\]]{0,80}\])*\s*/, (tags) => tags.replace(/^\s*\[(?!\s*(?:summary|minutes|notes|gsoc|outreachy)\s*\]|\s*status\s+v?\d+(?:\.\d+)+\s*\])[^\]]{0,80}\]/i, ' ')) : squeezed;
  const unreplied = untagged.includes(':') || untagged.includes('：') ? untagged.replace(REPLY_ANYWHERE, ' ') : untagged;
  const undotted = unreplied.includes('.') ? unreplied.replace(/\b[a-z_]\w*(?:\.(?!git\b)[a-z_]\w*)+\b/g, ' ') : unreplied;
  const undottedCues = wordMask(undotted, CUE_WORDS);
  const cueText = (undottedCues & TECHNICAL_BIT) !== 0 ? undotted.replace(TECHNICAL_CUE, ' ') : undotted;
  // (the cues cueText may hold: no other can match)
  const cues = (cueText === undotted ? undottedCues : wordMask(cueText, CUE_WORDS)) | (CJK.test(cueText) ? CJK_CUE_BIT : 0);
  // (a call for a hand names what the hand is for, not a report: `Looking for somebody to take meeting notes for ...`; nor
  // does an incident's account: `crates.io incident report`)
  const asksHelp = ev.some((e) => e.key === 'subject.not.help-wanted' || e.key === 'subject.not.incident');
  for (let k = 0; k < (cues !== 0 && !asksHelp ? CUES.length : 0); k++) {
    if ((cues & (1 << k)) === 0) continue;
    const [pat, weight, name] = CUES[k];
    const m = pat.exec(cueText);
    if (m) {
      // (a subject without a CUE_WORD has no cue: every cue but a release's milestone holds one)
      if (name === 'release-milestone' && !CUE_WORD.test(cueText)) break;
      // (`REMINDER CDJDN Meeting is this Wednesday 6/13/07`: a meeting's date in a call to meet is when it meets)
      if (name === 'dated-meeting' && ev.some((e) => /^subject\.not\.(?:agenda|meeting-time|meeting-day|coming|gathering)$/.test(e.key))) break;
      // (a cue read from the whole subject shows the words it turned on)
      ev.push({ key: `subject.cue.${name}`, what: `subject says "${(m.groups?.cue ?? m[0]).trim()}"`, weight });
      break;
    }
  }
  // (`Call for Sonata 1.5 translations`, `Deadline for Translations (ccPublisher 2.2)`, `Translations for the next
  // release`: the translators' deadline before a release, a release manager's milestone told to its translators, where no
  // other cue named it; a version or the next release named, not a call for translators)
  const due = cues === 0 || !ev.some((e) => e.key.startsWith('subject.cue.')) ? (cueText.includes('ranslations') ? TRANSLATIONS_DUE.exec(cueText) : null) : null;
  if (due) ev.push({ key: 'subject.cue.release-milestone', what: `subject says "${due.groups!.due.trim()}"`, weight: 3 });
  // (`GIMP in 2012`, `Mozilla Localization in 2023`, `Nim in 2020: A short recap`: a project's year told, named as the
  // subject's whole, where no other cue named it; not `BLUG administration in 2001`, a topic, nor `New feature in
  // 2025.07.11`, a version; case-sensitive, so apart from CUES)
  const year = !due && cueText.includes(' in ') && !ev.some((e) => e.key.startsWith('subject.cue.')) ? YEAR_IN.exec(cueText) : null;
  if (year) ev.push({ key: 'subject.cue.year-in', what: `subject says "${year[0].trim().slice(0, 40)}"`, weight: 2 });
  // (and a month's own work, where no other cue named it)
  const month = !due && !year && !ev.some((e) => e.key.startsWith('subject.cue.')) && /\b(?:my|work|activities|contributions)\b/i.test(cueText) ? MONTH_WORK.exec(cueText) : null;
  if (month) ev.push({ key: 'subject.cue.month-work', what: `subject says "${month[0].trim().slice(0, 40)}"`, weight: 2 });
  // every mark holds a digit, or a parenthesis (`(October)`)
  // (the date of an agenda, a call to meet or a sprint announced is when it meets, not what period it reports on:
  // `Agenda for 18 November SPDX call`)
  const meets = ev.some((e) => /^subject\.not\.(?:agenda|meeting-time|meeting-day|coming|gathering)$/.test(e.key));
  // (a meeting's follow-up, `Follow-up From May 25th Meeting/Accessibility Team Goals`: what it decided, told after it,
  // where no other cue named it; a subject's only: in a body the line is an agenda's item, `* Follow up from last meeting`)
  const followUp = !meets && !ev.some((e) => e.key.startsWith('subject.cue.')) && /follow|last|yesterday/i.test(cueText) ? FOLLOW_UP_MEETING.exec(cueText) : null;
  if (followUp) ev.push({ key: 'subject.cue.meeting-follow-up', what: `subject says "${followUp[0].trim()}"`, weight: 2.5 });
  // `[TOPIC 1/17] Reftable`, `[NOTES 01/11] SHA-256 and interoperability work`: one session's notes of a summit, posted
  // one topic a mail under its index as a patch series is (the Git Contributor's Summit, 2020-2025; not a reply to one)
  const session = !re && !ev.some((e) => e.key.startsWith('subject.cue.')) && rawSubject.includes('/') ? SESSION_NOTES_TAG.exec(rawSubject) : null;
  if (session) ev.push({ key: 'subject.cue.session-notes', what: `subject says "${session[0].trim()}"`, weight: 2.5 });
  for (const pat of /[\d(]/.test(s) && !meets ? PERIOD_MARKS : []) {
    const m = pat.exec(s);
    if (m) {
      ev.push({ key: 'subject.dated', what: `dated or numbered subject ("${m[0].trim()}")`, weight: 1 });
      break;
    }
  }
  // (`ownCloud Development in the First Half of July`: half a month or a year, the period a report covers; no digit)
  const half = !meets && !ev.some((e) => e.key === 'subject.dated') && /half of/i.test(s) ? HALF_PERIOD.exec(s) : null;
  if (half) ev.push({ key: 'subject.dated', what: `dated or numbered subject ("${half[0].trim()}")`, weight: 1 });
  // (a month's report named `X in <month>` says what it is, where no other cue did)
  const monthIn = !meets && !ev.some((e) => e.key.startsWith('subject.cue.') || e.key.startsWith('subject.not.')) ? ((/\d\d/.test(untagged) ? MONTH_IN.exec(untagged.trim()) : null) ?? MONTHS_IN_NAME.exec(untagged.trim())) : null;
  if (monthIn) ev.push({ key: 'subject.cue.month-in', what: `subject says "${monthIn[0].trim()}" (a month's report)`, weight: 2 });
  // (an issue's number in a tag of its own, `[REPORT] [GSoC - ...] [#4] Listing QEMU Helpers`, numbers it too)
  const tagged = rawSubject.includes('#') && !meets && !ev.some((e) => e.key === 'subject.dated') ? /^\s*(?:\[[^\]]{0,80}\]\s*)*\[\s*#\s*\d{1,4}\s*\]/.exec(rawSubject) : null;
  if (tagged) ev.push({ key: 'subject.dated', what: `dated or numbered subject ("${tagged[0].replace(/^.*\[/, '[').trim()}")`, weight: 1 });
  // (a subject that is only a working group's name, `Releases WG`, `API Working Group`, heads that group's
  // meeting notes: the body's sections and status labels still have to prove them)
  const group = !meets && !monthIn && /^(?:[A-Z][\w.+-]{0,30}\s+){1,3}(?:WG|[Ww]orking [Gg]roup)\s*$/.exec(untagged.trim());
  if (group) ev.push({ key: 'subject.cue.group', what: `subject says "${group[0].trim()}" (a working group's notes)`, weight: 0.5 });
  // (a wiki page's path for a title, `FoundationsTeam/Meetings/2009/0107`, `TechnicalBoard/TeamReports/10/January`,
  // `SeaMonkey/StatusMeetings/2017-01-10`: a page among a team's meetings or reports, named by its day or month)
  const wikiPage = !meets && untagged.includes('/') && !ev.some((e) => e.what.startsWith('subject says')) ? WIKI_MEETING_PAGE.exec(untagged.trim()) : null;
  if (wikiPage) ev.push({ key: 'subject.cue.wiki-page', what: `subject says "${wikiPage[1]}" (a wiki page of a team's meetings or reports)`, weight: 2 });
  // Most posts on a list are not reports: a subject that neither names one nor carries a date or
  // counter leaves the body to prove it (a subject that is absent says nothing either way), a reply's
  // too (`Re: obmc-console design for multi host support` with headings is a discussion).
  if (!titleLine && s.trim() && !ev.some((e) => e.what.startsWith('subject says') || e.what.startsWith('dated or numbered'))) {
    // (a fresh subject that names a project's plans or a piece of work finished, `Mono roadmap`, `v1.1 plans`, `Finished the
    // track bridge and road bridge`, names what a report tells, loosely: it leaves the body more to prove than a cue
    // does, less than a subject that names nothing; of the corpus's such subjects with nothing against them, most
    // over a body that proves a report are reports)
    const plan = !ev.some((e) => e.weight < 0) ? PLAN_SUBJECT.exec(undotted) : null;
    ev.push(plan
      ? { key: 'subject.plan', what: `subject names plans or work done ("${plan[0]}")`, weight: PLAN_SUBJECT_WEIGHT }
      : { key: 'subject.no-cue', what: 'subject names no report', weight: NO_CUE_WEIGHT });
  }
  // (read without a bracketed tag of the name, or the address's domain: `Ernesto Baschny [cron IT] <ernst@cron-it.de>`
  // is a person at a firm called cron IT; `kernel test robot <lkp@intel.com>`, `ci_notify@linaro.org` are robots)
  // (nor a person's first name: `Gerrit Huizenga <gh@us.ibm.com>` is no code review robot)
  const sender = input?.from && (wordMask(input.from, NEGATIVE_SUBJECT_WORDS) & ROBOT_BIT) !== 0 ? input.from.replace(/^\s*HackMD\s*<no-?reply@hackmd\.io>\s*$|\[[^\]]{0,60}\]|@[^\s<>@]{1,200}|\bGerrit(?=\s+\p{Lu}\p{Ll})/gu, ' ') : '';
  if (sender && ROBOT_SENDER.test(sender)) {
    // (as strong as a bot's subject: a robot's mail is never a person's report, however many sections and items its
    // results hold: Linaro's `kselftest results` mails carry 11 to 17 sections and a thousand items)
    ev.push({ key: 'sender.robot', what: `sent by a robot (${input.from!.slice(0, 60)})`, weight: -6 });
  }
  // `Python governance vote (December 2018): Results`, `2024 X.Org Foundation Election Results`: a vote's outcome, however
  // many tables of ballots it holds, is a notice, not a report (all 13 such subjects among the real posts)
  const vote = ev.findIndex((e) => e.key === 'subject.not.election');
  const results = ev.findIndex((e) => e.key === 'subject.cue.report-word' && /^subject says "results?"$/i.test(e.what));
  if (vote >= 0 && results >= 0) return ev.filter((_, k) => k !== results && k !== vote && ev[k].key !== 'subject.dated').concat({ key: 'subject.not.vote-results', what: `a vote's results (subject says "${/"([^"]*)"/.exec(ev[vote].what)?.[1] ?? 'vote'}" and "${/"([^"]*)"/.exec(ev[results].what)?.[1] ?? 'results'}")`, weight: -6 });
  // A fresh subject (no `Re:`) with a report's strong cue and its date or number, threaded under the post before it
  // (`kiwi: Weekly report 2010-06-06 - 2010-06-11...` under the week's build notice): a series' next issue, as What's cooking
  // and GSoC weekly reports are threaded, not an answer (one that quotes is one)
  if (ev.some((e) => e.key === 'subject.in-thread') && !(input?.quoting && input.quoting.quoted > 0) && ev.some((e) => e.key === 'subject.dated') && ev.some((e) => e.key.startsWith('subject.cue.') && e.weight >= 2.5) && !ev.some((e) => e.weight < 0 && e.key !== 'subject.in-thread')) {
    return ev.filter((e) => e.key !== 'subject.in-thread');
  }
  return ev;
}

/**
 * A verdict that needs no parse: a patch or a bot notification can never add up to a report, and
 * a reply with no list of its own (fewer than three bullet, heading or link lines outside quotes)
 * cannot either, so the index skips parsing such mail. The reason of a settled non-report, or null.
 */
export function quickVerdict(input: StatusInput): string | null {
  if (input?.series?.pin) return null;
  const ev = subjectEvidence(input);
  const neg = ev.filter((e) => e.weight <= -6);
  if (neg.length) return `not a report: ${neg.map((e) => `${e.what} ${fmt(e.weight)}`).join(', ')}`;
  const reply = ev.find((e) => e.what.startsWith('reply') || e.what.startsWith('forwarded') || e.what.startsWith('in a thread'));
  if (!reply) return null;
  // a threaded post whose subject still speaks of a report (git's and GSoC's) is read whatever its shape
  if (ev.reduce((n, e) => n + e.weight, 0) >= 1) return null;
  const body = typeof input?.body === 'string' ? input.body : '';
  let structured = 0;
  let start = 0;
  // (a line, its first 200 characters, is cut out only when it holds a colon or does not start plain)
  let colon = -1;
  for (let n = 0; start <= body.length && n < 5000; n++) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    const cut = Math.min(end, start + 200);
    if (colon < start) {
      colon = body.indexOf(':', start);
      if (colon < 0) colon = body.length;
    }
    if ((colon < cut || !startsPlainAt(body, start, cut)) && STRUCTURE_LINE.test(body.slice(start, cut)) && ++structured >= 3) return null;
    start = end + 1;
  }
  return `not a report: ${reply.what} ${fmt(reply.weight)}, no list of its own`;
}

/** How much text of its own a post has (its lines of text, quotes and signature left out), in characters. */
function ownChars(prep: PreparedBody): number {
  let n = 0;
  for (const l of prep.lines) if (isText(l)) n += l.text.trim().length;
  return n;
}

/** startsPlain(text.slice(start, end), STRUCTURE_OPENERS), without the slice. */
function startsPlainAt(text: string, start: number, end: number): boolean {
  let i = start;
  let c = i < end ? text.charCodeAt(i) : NaN;
  while (c === 32 || c === 9) c = ++i < end ? text.charCodeAt(i) : NaN;
  return c > 32 && c < 127 && STRUCTURE_OPENERS[c] === 0;
}

/** A bullet, numbered item, marked heading or link line (a quick look, before any parse). */
/** What STRUCTURE_LINE's forms without a colon start with (after white space). */
const STRUCTURE_OPENERS = charTable('*+o-0123456789=#[');
const STRUCTURE_LINE = /^\s{0,12}([*\u2022+o-]\s+\S|\d{1,2}[.)]\s+\S|=+\s*\S|-{3,}\s*$|#{1,4}\s*\S|\[[^\]]{2,60}\]\s*$)|^\s*\S.{0,80}:\s*$|https?:\/\//;

/** The weight a series adds to each of its posts: a user's pin, or membership of a series of reports (or of non-reports). */
export function seriesEvidence(hint: SeriesHint | undefined): Evidence | null {
  if (!hint) return null;
  if (hint.pin === 'include') return { key: 'series.pinned', what: `series "${hint.name}" pinned as reports`, weight: 20 };
  if (hint.pin === 'exclude') return { key: 'series.excluded', what: `series "${hint.name}" excluded`, weight: -20 };
  if (hint.count < 3 || hint.reportShare === null) return null;
  if (hint.reportShare >= 0.5) return { key: 'series.reports', what: `member of the series "${hint.name}"`, weight: 2 };
  if (hint.reportShare <= 0.2) return { key: 'series.not-reports', what: `member of the series "${hint.name}", whose posts are not reports`, weight: -1.5 };
  return null;
}

function fmt(w: number): string {
  const r = Math.round(w * 10) / 10;
  return r >= 0 ? `+${r}` : `${r}`;
}

/**
 * The whole words (wordMask.ts) without one of which a body pattern cannot match: most posts hold
 * none of a pattern's and are spared it (one pass over the text instead of a scan by each). Each
 * group lists, for every alternative of its pattern, a word that alternative matches whole.
 */
const GATE_GROUPS = {
  // opening cues (OPENING_CUES): one of these words, or one of the groups below with the pattern it may start (openingMayCue)
  openAny: ['status', 'weekly', 'monthly', 'biweekly', 'fortnightly', 'fortnight', 'sum', 'quarterly', 'daily', 'q', 'cooking', 'git', 'bits', 'team', 'project', 'progress', 'development', 'dev', 'community', 'engineering', 'countdown', 'delayed', 'held', 'hold', 'slipped', 'slipping', 'postponed', 'imminent', 'close', 'few', 'corner', 'scheduled', 'stabilization', 'stabilisation', 'linux', 'newsletter', 'week', 'month', 'gsoc', 'summer', 'state', 'zapis', 'pis', 'summary',
    // (minutes in other languages: meeting-summary-other-language)
    'acta', 'actas', 'resum', 'assemblea', 'asamblea', 'assamblea', 'junta', 'ata', 'notulen', 'sitzungsprotokoll', 'besprechungsprotokoll', 'treffenprotokoll', 'protokoll', 'protokolle', 'proc', 'verbal', 'verbale', 'mitschrift', 'resoconto', 'referat', 'dereferat', 'tesprotokoll', 'compte', 'resumo', 'resumen', 'zapisnik', 'zapisnika', 'zapisniku',
    // (a leader's letter: leader-letter)
    'president', 'presidents', 'chair', 'chairs', 'chairman', 'chairmans', 'chairperson', 'director', 'directors', 'letter'],
  openRegression: ['regression', 'regressions', 'failures'],
  openMeeting: ['meeting', 'irc'],
  openMinutes: ['minutes', 'notes', 'recap', 'summary', 'report'],
  openReport: ['report', 'update', 'news', 'newsletter', 'summary', 'journal', 'gazette'],
  openNumber: ['issue', 'no'],
  period: ['week', 'month', 'quarter', 'cycle', 'sprint', 'fortnight', 'since', 'weeks', 'months'],
  phrase: ['work', 'working', 'progress', 'plan', 'far', 'decided', 'managed', 'now', 'got', 'going', 'concept', 'figured', 'next', 'still', 'intent', 'intention'],
  // PROGRESS: one of these, or `will merge`
  progress: ['merged', 'landed', 'done', 'complete', 'completed', 'finished', 'progress', 'wip', 'working', 'worked', 'next', 'plan', 'planned', 'plans', 'planning', 'blocked', 'blocker', 'blockers', 'fixed', 'reviewed', 'started', 'ongoing', 'implemented', 'added', 'under', 'need', 'needs', 'waiting', 'status', 'graduated', 'cooking', 'pending', 'postponed', 'deferred'],
  will: ['will'],
  merge: ['merge'],
  // an invitation's agenda (AGENDA_INVITE)
  agenda: ['agenda'],
};
/** The invitation's forms that name an agenda (NEGATIVE_BODY's `invite`, whose words are the others'). */
const WILL_MERGE = /\bwill merge\b/i;
const AGENDA_INVITE = /\bproposed agenda\b|\bagenda (?:for|of) /i;
/** The opening cue a regression's word makes. */
const REGRESSIONS_CUE = CUES.find(([, , n]) => n === 'regressions')![0];
/** What a meeting's and a minutes' word make a cue of (OPENING_CUES' meeting-summary, but for its `summary of`). */
const MEETING_MINUTES = /\b(?:meeting|irc)\s+(?:summary|minutes|notes|recap|report)\b|\bminutes\s+(?:of|from)\b/i;
/** A number after a report's word (OPENING_CUES' numbered-summary, but for its `summary for`). */
const REPORT_NUMBER = /(?:issue|#|no\.?)\s*\d/i;
const GATE_NAMES = Object.keys(GATE_GROUPS) as Array<keyof typeof GATE_GROUPS>;
const NEGATIVE_BODY_BIT = GATE_NAMES.length;
const GATE = Object.fromEntries(GATE_NAMES.map((k, i) => [k, 1 << i])) as Record<keyof typeof GATE_GROUPS, number>;
const GATE_WORDS = wordTable([...GATE_NAMES.map((k) => GATE_GROUPS[k]), ...NEGATIVE_BODY.map((x) => x[5])]);

/** Whether an opening (its word mask `m`) may hold one of OPENING_CUES: false only where none can match. */
function openingMayCue(m: number, opening: string): boolean {
  return (m & GATE.openAny) !== 0 || ((m & GATE.openRegression) !== 0 && REGRESSIONS_CUE.test(opening)) || ((m & GATE.openMeeting) !== 0 && (m & GATE.openMinutes) !== 0 && MEETING_MINUTES.test(opening)) || ((m & GATE.openReport) !== 0 && ((m & GATE.openNumber) !== 0 || opening.includes('#')) && REPORT_NUMBER.test(opening));
}

/** Body evidence: structure, links, progress words, quoting and negative kinds. */
function bodyEvidence(body: string, prep: PreparedBody, sections: StatusSection[], strongCue: boolean, quoting?: StatusInput['quoting'], answersAgenda = false, cueUncontested = false, titleRead = false, namedReport = false, kinds?: StatusInput['bodyLines']): { ev: Evidence[]; shape: string } {
  const ev: Evidence[] = [];
  const readable: string[] = [];
  for (const l of prep.lines) if (isText(l)) readable.push(l.text);
  const own = readable.length;
  const all = readable.join('\n');
  // (what no line holds, the whole text does not either: most posts' lines are spared these looks)
  const anyPipe = all.includes('|');
  const anyChanged = all.includes('changed');
  const anyLink = all.includes('://') || all.includes('kernel.org/');

  // One pass over the lines for the line-shaped kinds (patches, diffs, proposals, minutes, labels).
  let signedOff = false;
  let diffstat = false;
  let filesChanged = false;
  let diffLines = 0;
  let draft: string | undefined;
  let minutes = 0;
  let meetbot = false;
  let chatLines = 0;
  // a roll of who attended, at the top with no heading: `Glen Petrie (Seiko-Epson, Inc.)` lines
  let roll = 0;
  let rollBest = 0;
  let rollCall = false;
  let changelog: string | undefined;
  let lineNo = 0;
  let labelLines = 0;
  let leadIns = 0;
  let treeLines = 0;
  let linked = 0;
  let prevShort = false;
  for (const t of readable) {
    const c = t.charCodeAt(0);
    // first and last non-blank characters, found without copying the line
    let first = 0;
    while (first < t.length && (t.charCodeAt(first) === 32 || t.charCodeAt(first) === 9)) first++;
    let last = t.length - 1;
    while (last >= first && (t.charCodeAt(last) === 32 || t.charCodeAt(last) === 9 || t.charCodeAt(last) === 13)) last--;
    const lastChar = last >= 0 ? t.charCodeAt(last) : 0;
    const hasColon = t.includes(':');
    if ((c === 83 || c === 115) && /^Signed-off-by:/i.test(t)) signedOff = true;
    if (anyPipe && t.includes('|') && /^\s*\S+\s+\|\s+\d+\s*[+-]*\s*$/.test(t)) diffstat = true;
    if (anyChanged && t.includes('changed') && /\d+ files? changed/.test(t)) filesChanged = true;
    if (DIFF_START.has(c) && /^(diff --git |Index: \S|@@ -\d|\+\+\+ \S|--- \S+\s+\d{4}-|Modified: \S|Added: \S|Removed: \S)/.test(t)) diffLines++;
    if (!draft && hasColon && (t.charCodeAt(first) | 32) === 115 && /^\s*status\s*:\s*(draft|proposed|under discussion|accepted|rejected)\b/i.test(t)) draft = t;
    // `14:02 < jrandom> 1) 0.3.3 & current updates`: a line of an IRC log (it starts with a digit or `[`)
    const c0 = t.charCodeAt(first);
    if (((c0 >= 48 && c0 <= 57) || c0 === 91) && CHAT_LINE.test(t)) chatLines++;
    // MeetBot's summary of an IRC meeting (`Meeting started by notting at 17:01:20 UTC`): minutes made as the meeting ran
    if (!meetbot && (c0 | 32) === 109 && t.includes('eeting started by') && MEETBOT.test(t)) meetbot = true;
    // every minutes line holds a colon, a `#`, a `*` or the word meeting
    if (t.length < 120 && minutes < 2 && (hasColon || t.includes('#') || t.includes('*') || t.includes('eeting')) && (minutesStart(t.charCodeAt(first)) || t.includes('eeting')) && MINUTES_LINE.test(t)) minutes++;
    if (lineNo++ < 15) {
      if (lineNo <= 12 && (hasColon || t.includes('：')) && !rollCall && ROLL_CALL.test(t)) rollCall = true;
      roll = lastChar === 41 && t.length < 80 && ATTENDEE.test(t) ? roll + 1 : 0;
      if (roll > rollBest) rollBest = roll;
    }
    if (t.length < 60 && (lastChar === 58 || lastChar === 42 || lastChar === 95) && labelOf(t)) labelLines++;
    if (!changelog && t.length < 80 && (lastChar === 58 || lastChar === 63) && CHANGELOG_HEADING.test(t)) changelog = t;
    // both lead-ins end with a colon; a tree's state starts with c, t, n or i
    if (last + 1 < 100 && leadIns < 3 && lastChar === 58 && DONE_LEAD_IN.test(t)) leadIns++;
    if (t.length < 120 && treeLines < 3 && TREE_START.has(t.charCodeAt(first) | 32) && TREE_STATE.test(t)) treeLines++;
    // a bare link under a short line of text: a flattened list of topics with their review or bug
    const hasUrl = hasColon && t.includes('://');
    if (prevShort && hasUrl && t.length < 300 && /^\s*<?https?:\/\/\S+>?\s*$/.test(t)) linked++;
    prevShort = t.length < 100 && !hasUrl && lastChar !== 46 && lastChar !== 58;
  }
  if (rollBest >= 3) minutes = 2;
  // (a diffstat alone, under a subject that names a report, is a tree's state: `[sata] status report,
  // libata-dev queue updated` lists what the queue holds, shortlog and diffstat, with no diff)
  if (signedOff || (diffstat && filesChanged && (diffLines > 0 || !strongCue))) ev.push({ key: 'body.patch', what: 'patch (Signed-off-by or diffstat in the body)', weight: -7 });
  if (diffLines >= 3) ev.push({ key: 'body.diff', what: `diff or commit mail (${diffLines} diff lines)`, weight: -6 });
  // (not draft minutes: RIPE working groups' minutes say `Status: Draft` under their title)
  if (draft && !/\bminutes\b/i.test(all.slice(0, 1_500))) ev.push({ key: 'body.draft', what: `design proposal ("${draft.trim().slice(0, 40)}")`, weight: -4 });
  // a GitHub issue template (its front matter names the form and what it is `about:`): a form to fill in, whatever
  // headings and checkboxes it holds (the PEP submission form of Python's steering council, Kubernetes' comms request)
  const front = /^\s*---[ \t]*\r?\n((?:[A-Za-z_][\w-]{0,40}:[^\n]*\r?\n){2,12})---/.exec(all.slice(0, 1_500));
  if (front && /^name:/m.test(front[1]) && /^about:/m.test(front[1])) ev.push({ key: 'body.issue-template', what: 'a form to fill in (an issue template)', weight: -4 });
  // (or one whose headings say which parts must be filled: `## Summary (mandatory)`, `## Plans of the Project (optional)`;
  // 3 posts of the real corpus have two or more such headings, all forms)
  else if (all.includes('(') && (all.match(FORM_PART) ?? []).length >= 2) ev.push({ key: 'body.form-parts', what: 'a form to fill in (its parts marked mandatory or optional)', weight: -8 });
  const joined = all.slice(0, 8_000);
  // Binary attachments and undecodable charsets: what is left is not text a report could be made of.
  // (text with no character readability counts against it reads as text: most posts are spared the count)
  // (one pass tells the words of the body and of its opening, and whether it holds a character readability counts against it)
  const opening = readable.slice(0, 6).join(' ').slice(0, 600);
  const { prefix: openingMask, all: mask, flagged: notPlain } = scanText(joined, GATE_WORDS, opening.length, NOT_PLAIN, 4000);
  const { visible, wordy } = notPlain ? readability(joined, 4000) : { visible: 0, wordy: 0 };
  if (visible >= 40 && wordy / visible < 0.7) ev.push({ key: 'body.unreadable', what: `not readable text (${Math.round((100 * wordy) / visible)}% letters)`, weight: -6 });
  // A run of invisible characters (zero-width joiners and spaces) pads a marketing mail's preview line:
  // nobody types them, and no report is sent through a mailing tool that hides a teaser (`SBA EIDL Update!`)
  if (notPlain && INVISIBLE_PADDING.test(joined)) ev.push({ key: 'body.marketing', what: 'a marketing mail (a preview line padded with invisible characters)', weight: -4 });
  let lower: string | undefined;
  for (let k = 0; k < NEGATIVE_BODY.length; k++) {
    const [pat, what, weight, words, name] = NEGATIVE_BODY[k];
    if ((mask & (1 << (NEGATIVE_BODY_BIT + k))) === 0 && !(name === 'invite' && (mask & GATE.agenda) !== 0 && AGENDA_INVITE.test(joined))) continue;
    lower ??= joined.toLowerCase();
    if (!words.some((w) => lower!.includes(w))) continue;
    // a newsletter announces things too, and invites to meetings (the DAISY Consortium's newsletter, EPICS's meeting notes):
    // under a report's subject these weigh half, and nothing under a strong cue
    // that nothing in the subject contests (`President's Letter January 2003`: `I am pleased to announce that ...` is
    // one of the letter's news, AMSAT 2003; `Latest OCaml Weekly News`, 2019)
    // (an invitation only past the post's opening lines: one that opens the post calls a meeting, `The Fedora
    // Infrastructure weekly status meeting will be held tomorrow`, whatever its subject says)
    const half = strongCue && (name === 'announce' || (name === 'invite' && (pat.exec(joined)?.index ?? 0) > opening.length));
    if (half && namedReport && cueUncontested) continue;
    // (a call for papers listed among a post's topics is one of its news: `* Call for participation: Will be issued
    // no later than 28 Sept` in the OASIS CMIS4DAM convener call's notes, `4. OCaml 2014 - Call for Presentations`
    // in OCaml Weekly News)
    if (pat.test(joined) && !(name === 'cfp' && onlyListed(pat, joined))) ev.push({ key: `body.not.${name}${half ? '.under-cue' : ''}`, what, weight: half ? weight / 2 : weight });
  }

  // (weaker than the subject's release, -4.5, as strong as `pleased to announce the release`: a report may
  // open with its release's news, `First, SPDX 2.0 has been released` over the SPDX general meeting's minutes;
  // at -2 it let 17 release announcements pass from the body alone, with their changes listed, and held back 2 reports)
  if (!ev.some((e) => e.key.startsWith('body.not.announce'))) {
    const opening3 = openingText(prep);
    const released = RELEASE_WORDS.test(opening3) ? OPENING_RELEASE.exec(opening3) : null;
    if (released) ev.push({ key: 'body.not.opens-release', what: `opens announcing a release ("${released[0].trim().slice(0, 40)}")`, weight: -3 });
    else if (changelog) ev.push({ key: 'body.not.changelog', what: `lists a version's changes ("${changelog.trim().slice(0, 40)}")`, weight: -3 });
  }

  // (the body's own `asks for help` counts once)
  if (!ev.some((e) => e.key === 'body.not.asks')) {
    const opening3 = openingText(prep);
    const asks = /wonder|looking for|struggling|where do we stand/i.test(opening3) ? OPENING_ASKS.exec(opening3) : null;
    if (asks) ev.push({ key: 'body.not.opens-asking', what: `opens asking ("${asks[0].trim().slice(0, 40)}")`, weight: -2 });
    const meets = /\b(?:meeting|call|sync)\b/i.test(opening3) ? OPENING_MEETS.exec(opening3) : null;
    const proposes = /propos|request|looking for/i.test(opening3) ? OPENING_PROPOSES.exec(opening3) : null;
    if (proposes) ev.push({ key: 'body.not.opens-proposing', what: `opens proposing ("${proposes[0].trim().slice(0, 40)}")`, weight: -2 });
    if (meets) ev.push({ key: 'body.not.opens-meeting-to-come', what: `opens with a meeting to come ("${meets[0].trim().slice(0, 40)}")`, weight: -2 });
  }

  // quotes the mail stage already blanked count too (the index gives the parser a cleaned body)
  const quoted = prep.quoted + (quoting?.quoted ?? 0);
  const nonBlank = Math.max(prep.nonBlank, quoting?.nonBlank ?? 0);
  const original = prep.sawOriginalMessage || Boolean(quoting?.forwarded);
  // Written above what it quotes, at some length (a report sent as an answer to its meeting's
  // invitation, Outlook-style): the quote is a tail, not the post.
  let firstQuote = quoting?.firstLine ?? Infinity;
  let lastOwn = 0;
  for (const l of prep.lines) {
    if (l.masked === 'quote' && l.no < firstQuote) firstQuote = l.no;
    else if (isText(l)) lastOwn = l.no;
  }
  const above = own >= 15 && lastOwn < firstQuote;
  // results written between the quoted items of the meeting's agenda they answer
  const answers = answersAgenda && own >= 5;
  // quoted under the post's own headings, three sections or more (`### COSMIC Desktop Print Dialog, by ...` over each
  // contributor's words, OpenPrinting's GSoC news): a compilation of what others wrote, not a reply (a reply quotes the
  // headings too)
  const compiled = quoted > 0 && quotedSections(prep, sections, kinds) >= 3;
  if (nonBlank > 0) {
    const share = quoted / nonBlank;
    if ((share >= 0.5 || (original && quoted >= nonBlank / 3)) && compiled) {
      ev.push({ key: 'quote.compiled', what: `quotes others under its own headings (${quoted} of ${nonBlank} lines quoted)`, weight: -1.5 });
    } else if ((share >= 0.5 || (original && quoted >= nonBlank / 3)) && above) {
      ev.push({ key: 'quote.above', what: `written above a quoted message (${quoted} of ${nonBlank} lines quoted)`, weight: -1.5 });
    } else if ((share >= 0.5 || (original && quoted >= nonBlank / 3)) && answers) {
      ev.push({ key: 'quote.answers-agenda', what: `answers the quoted agenda (${quoted} of ${nonBlank} lines quoted)`, weight: -1.5 });
    } else if (share >= 0.5 || (original && quoted >= nonBlank / 3)) {
      ev.push({ key: 'quote.mostly', what: `mostly quoted (${quoted} of ${nonBlank} lines)`, weight: -5 });
    } else if (share >= 0.25) {
      ev.push({ key: 'quote.partly', what: `partly quoted (${quoted} of ${nonBlank} lines)`, weight: -1.5 });
    }
  }

  const content = sections.filter((x) => !x.isContents);
  const withItems = content.filter((x) => x.items.length > 0);
  let items = 0;
  const reviewKeys = new Set<string>();
  const bugKeys = new Set<string>();
  let labelled = 0;
  for (const sec of content) {
    walk(sec.items, (it) => {
      items++;
      if (it.label) labelled++;
    });
  }
  // Links to reviews and bugs anywhere in the post's own text (URLs only: detection does not
  // need the parser's reading of every reference form, so a non-report is never read for them).
  for (const t of anyLink ? readable : []) {
    if (!t.includes('://') && !/\b(lore|lkml)\.kernel\.org\//.test(t)) continue;
    for (const u of extractUrls(t)) {
      const r = classifyUrl(u);
      (r.kind === 'review' ? reviewKeys : r.kind === 'bug' ? bugKeys : null)?.add(r.key);
    }
  }
  const refs = reviewKeys.size + bugKeys.size;
  const named = content.filter((x) => x.title !== '');
  const namedWithItems = named.filter((x) => x.items.length > 0 || x.text.trim().length > 0);
  let shape = `${plural(named.length || withItems.length, 'section')} with ${plural(items, 'item')}`;
  if (reviewKeys.size) shape += `, ${plural(reviewKeys.size, 'review link')}`;
  if (bugKeys.size) shape += `, ${plural(bugKeys.size, 'bug link')}`;

  // "Minutes: <url>" and a few lines: the report is elsewhere, this mail only points at it.
  if (own < 15 && anyLink && POINTER.test(joined)) ev.push({ key: 'body.pointer', what: 'points to minutes or a report elsewhere', weight: -2.5 });
  // an archive page that lost the post's line breaks leaves a few very long lines of prose: not
  // little text, and no structure to miss
  const lostBreaks = isFlattened(body) || (own <= 3 && readable.some((t) => t.length >= 400 && distinctWords(t.slice(0, 2000)) >= 30));
  // (a few long lines are paragraphs a mailer left unwrapped: text enough to report in prose)
  const paragraphs = own < 10 && all.length >= 600 && distinctWords(all.slice(0, 3000)) >= 40;
  // `... Is there any improvement being worked?` (SELinux, 2024, under `cgroup2 labeling status`): prose
  // that ends asking the list is a question, whatever its subject's status
  const asked = items < 3 && namedWithItems.length === 0 ? closingQuestion(prep) : null;
  if (asked) ev.push({ key: 'body.ends-asking', what: `ends asking ("${asked.slice(0, 40)}")`, weight: -3 });
  else {
    const opinion = closingOpinionAsk(prep);
    if (opinion) ev.push({ key: 'body.ends-asking-opinions', what: `ends asking for opinions ("${opinion.slice(0, 40)}")`, weight: -2 });
  }
  if (own < 4 && items < 2 && !lostBreaks && !paragraphs) ev.push({ key: 'body.little-text', what: `little text of its own (${plural(own, 'line')})`, weight: -2 });
  if (namedWithItems.length >= 4) ev.push({ key: 'body.sections-4', what: `${namedWithItems.length} sections`, weight: 2.5 });
  else if (namedWithItems.length >= 2) ev.push({ key: 'body.sections-2', what: `${namedWithItems.length} sections`, weight: 1.5 });
  if (items >= 20) ev.push({ key: 'body.items-20', what: plural(items, 'item'), weight: 2.5 });
  else if (items >= 8) ev.push({ key: 'body.items-8', what: plural(items, 'item'), weight: 1.5 });
  else if (items >= 3) ev.push({ key: 'body.items-3', what: plural(items, 'item'), weight: 1 });
  else if (items === 0 && namedWithItems.length === 0 && own < 10 && !lostBreaks && !(paragraphs && all.length >= 800)) ev.push({ key: 'body.no-list', what: 'no list or sections', weight: -1.5 });
  if (refs >= 3) ev.push({ key: 'body.refs-3', what: `${plural(refs, 'review or bug link')}`, weight: 2 });
  else if (refs >= 1) ev.push({ key: 'body.refs-1', what: `${plural(refs, 'review or bug link')}`, weight: 1 });

  // a numbered generic heading (`Problem 1`, `Week 3`) is not a kind of status
  const statusHeads = content.filter((x) => x.title && (STATUS_HEADING.test(x.title.trim()) || (isGenericHeading(x.title) && !/\d/.test(x.title)))).length;
  if (statusHeads + labelLines + (labelled ? 1 : 0) >= 1) ev.push({ key: 'body.status-headings', what: 'status headings or labels (done, next, in progress...)', weight: 1.5 });
  // a design or a problem laid out for discussion (`Background`, `The problem`, `Proposal`, `How to
  // fix`): headed like a report, written to be argued over; a report's subject vouches for the rest
  if (!strongCue) {
    const design = content.filter((x) => x.title && x.title.length < 50 && DESIGN_HEADING.test(x.title.trim())).slice(0, 2).map((x) => x.title.trim());
    if (design.length >= 2) ev.push({ key: 'body.design', what: `lays out a design or a problem ("${design[0].slice(0, 30)}", "${design[1].slice(0, 30)}")`, weight: -3 });
  }

  const words = new Set<string>();
  if ((mask & GATE.progress) !== 0 || ((mask & GATE.will) !== 0 && (mask & GATE.merge) !== 0 && WILL_MERGE.test(joined))) {
    eachMatch(PROGRESS, joined, (m) => {
      words.add(m[0].toLowerCase());
      return words.size >= 12;
    });
  }
  if (words.size >= 5) ev.push({ key: 'body.progress-5', what: `progress words (${[...words].slice(0, 3).join(', ')}...)`, weight: 1.5 });
  else if (words.size >= 3) ev.push({ key: 'body.progress-3', what: `progress words (${[...words].join(', ')})`, weight: 1 });

  // The opening lines often say what the post is ("Here is this week's status update", "Minutes of the ESC call").
  // The opening says what the post is when it names itself: a title line on top, or "here is /
  // this is / welcome to" the report (not "as discussed during today's status report").
  const head = readable.slice(0, 2).join(' ');
  const title = head.slice(0, 200);
  // (the opening is the body's first characters, its lines joined by spaces: its words are those of the body's first opening.length characters)
  // Under a strong cue the opening is read too when nothing, in the subject or the body so far, says against the post:
  // an opening that names the post again (`this is bits from DPL for December.` under `Bits from DPL`, Debian 2025;
  // `2010 State of the LUG Address` over the TriLUG chair's address) says it is what its subject says, not an answer
  // or a question under a report's words (a title line read as the subject is not read twice)
  const readOpening = !strongCue || (cueUncontested && !ev.some((e) => e.weight < 0));
  for (const [pat] of readOpening && openingMayCue(openingMask, opening) && OPENING_CUES_ANY?.test(opening) !== false ? OPENING_CUES : []) {
    // the title starts the opening: unless it was cut inside a word, a cue it holds is in the opening too
    const o = pat.exec(opening);
    if (!o && head.length <= 200) continue;
    const t = pat.exec(title);
    const m = t ?? o;
    if (!m) continue;
    const inTitle = t !== null;
    if (inTitle && strongCue && titleRead) continue;
    const before = inTitle ? '' : opening.slice(Math.max(0, m.index - 40), m.index);
    if (inTitle || SELF_REFERENCE.test(before)) {
      ev.push({ key: 'body.opens-with-cue', what: `opens with "${m[0].trim().slice(0, 40)}"`, weight: 1.5 });
      break;
    }
  }
  const period = (mask & GATE.period) !== 0 ? PERIOD_WORDS.exec(joined) : null;
  if (period) ev.push({ key: 'body.period', what: `speaks of a period ("${period[0].trim().slice(0, 40)}")`, weight: 1 });
  // a roll call at the top is the minutes' own mark, as MeetBot's opening line is
  if (rollCall && !(own < 15 && anyLink && POINTER.test(joined))) ev.push({ key: 'body.roll-call', what: 'meeting minutes (a roll call at the top: attendees, participants, present)', weight: 3 });
  else if (minutes >= 2 && !(own < 15 && anyLink && POINTER.test(joined))) ev.push({ key: 'body.minutes', what: 'meeting minutes (attendees, action items or decisions)', weight: 1.5 });
  // the log of a meeting is what was said, not its summary (MeetBot's minutes are)
  if (own >= 10 && chatLines >= own / 2 && !meetbot) ev.push({ key: 'body.chat-log', what: `an IRC log (${chatLines} of ${own} lines)`, weight: -4 });
  if (meetbot && own >= 10) ev.push({ key: 'body.meetbot', what: "MeetBot's summary of a meeting (\"Meeting started by ...\")", weight: 3 });

  let done = 0;
  eachMatch(ACCOMPLISHED, joined, () => ++done >= 4);
  if (done < 4 && (mask & GATE.phrase) !== 0) eachMatch(PROGRESS_PHRASE, joined, () => ++done >= 4);
  if (done >= 3) ev.push({ key: 'body.done-3', what: `says what was done (${done}+ "I/we did" phrases)`, weight: 1.5 });
  else if (done === 2) ev.push({ key: 'body.done-2', what: 'says what was done (2 "I/we did" phrases)', weight: 1 });

  // lists or sections that speak of progress: the shape of a report, whatever the subject says
  const listed = items >= 3 || namedWithItems.length >= 2;
  if (listed && (words.size >= 3 || done >= 2 || period)) ev.push({ key: 'body.lists-progress', what: 'lists what was done or is planned', weight: 1 });

  if (leadIns >= 1 && listed) ev.push({ key: 'body.lead-in', what: 'introduces a list of what was done or is planned', weight: 1.5 });
  if (linked >= 5 && refs >= 4) ev.push({ key: 'body.linked-topics', what: `topics each with its link (${linked})`, weight: 1.5 });
  if (treeLines >= 2) ev.push({ key: 'body.tree-state', what: `a tree's state (${treeLines} lines: changes since, conflicts, commits merged)`, weight: 2 });

  if (isFlattened(body) && items === 0 && refs >= 1) ev.push({ key: 'body.flattened-links', what: 'one flattened line with links', weight: 1.5 });
  return { ev, shape };
}

function distinctWords(text: string): number {
  return new Set(text.toLowerCase().match(/\p{L}{2,}/gu) ?? []).size;
}

/**
 * A wiki page's path among a team's meetings or reports (`FoundationsTeam/Meetings/2009/0107`), ending in its day or month
 * (or in a day written with its month's name, `UbuntuStudio/Meetings/2010Feb10`).
 */
const WIKI_MEETING_PAGE = new RegExp(String.raw`^[\p{L}\p{N}._-]+(?:/[\p{L}\p{N}._-]+)*/(\p{L}*(?:Meetings?|Minutes|Reports?))(?:/[\p{L}\p{N}._-]+)*/(?:[\p{N}._-]*\p{N}[\p{N}._-]*|(?:${MONTHS})|(?:19|20)\d\d[-_]?(?:${MONTHS})[-_]?\d{1,2})$`, "iu");

/** A repository file's name for a subject (`20240814_minutes.md`, `timdream.md`, `2021-04-steering-council-update.md`). */
export const FILE_NAME_SUBJECT = /^\s*([^\s/\\]{1,100})\.(?:md|markdown|mdwn|mdx|txt|rst|adoc|html?)\s*$/i;

/**
 * The post with a repository file's name for its subject read as the words of that name, its hyphens and underscores
 * spaces (between digits they stay: a date): `20240814 minutes`, `2021-04 steering council update`, and its words run
 * together parted (`minutes1102.txt`, W3C's, `ReportFOSDEM.txt`: `minutes 1102`, `Report FOSDEM`; not a short number,
 * `Month2.2020.md`, whose parts would read as a version); a name of no words
 * (`2013-10-03.md`) is no subject, so the file's own title line names it.
 */
function fileNameRead(input: StatusInput): StatusInput {
  const subject = typeof input?.subject === 'string' ? input.subject : '';
  const words = fileNameWords(subject);
  return words === null ? input : { ...input, subject: words };
}

/**
 * A subject that is a repository file's name read as its words (see fileNameRead), or a wiki page's name whose words run
 * together in capitals (`CinderYogaPTGSummary`, `Governance/Foundation/7June2020BoardMinutes`: its last part parted,
 * `Cinder Yoga PTG Summary`); null when it is neither.
 */
export function fileNameWords(subject: string): string | null {
  const m = subject.length <= 120 ? FILE_NAME_SUBJECT.exec(subject) : null;
  // (a page's name, its words joined by underscores and no extension: `thm_2005-06-23_summary`, Plan 9's wiki;
  // `082809_logs_meeting`)
  if (!m && subject.length <= 120 && UNDERSCORED_NAME.test(subject)) return subject.replace(/_+/g, ' ').trim();
  if (!m) return wikiNameWords(subject);
  const words = m[1].replace(/(?<!\d)[-_]+|[-_]+(?!\d)/g, ' ').replace(/(?<=\p{L}{3})(?=\p{N}{3})|(?<=\p{N}{3})(?=\p{L}{3})|(?<=\p{Ll})(?=\p{Lu})/gu, ' ').trim();
  return /\p{L}/u.test(words) ? words : '';
}

/** Words joined by underscores, three or more, no space and no other mark: `thm_2005-06-23_summary`. */
const UNDERSCORED_NAME = /^[\p{L}\p{N}.:-]+(?:_[\p{L}\p{N}.:-]+){2,}$/u;

/** A wiki page's name: no space, its last part words run together, a capital after a small letter or a digit twice at least. */
const WIKI_NAME = /^(?:[\p{L}\p{N}._-]+\/)*((?:[\p{L}\p{N}]*?[\p{Ll}\p{N}]\p{Lu}){2}[\p{L}\p{N}]*)$/u;

function wikiNameWords(subject: string): string | null {
  const m = subject.length <= 120 && !/\s/.test(subject) ? WIKI_NAME.exec(subject) : null;
  if (!m) return null;
  const parted = m[1].replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/gu, ' ');
  return subject.slice(0, subject.length - m[1].length) + parted;
}

/** No subject at all: missing, blank, `(no subject)`, or a word that holds the place of one (`placeholder`, `untitled`). */
function untitledPost(input: StatusInput): boolean {
  const subject = typeof input?.subject === 'string' ? input.subject.trim() : '';
  return subject === '' || /^\(?(?:no subject|placeholder|untitled(?: document)?|no title)\)?$/i.test(subject);
}

/** A heading that says whether its part of a form must be filled: `## Summary (mandatory)`, `**Risks (optional)**`. */
const FORM_PART = /^[ \t]*(?:#{1,6}[ \t]*|\*\*)?[^\n]{2,80}\((?:mandatory|optional|required|if applicable|if any)[^)\n]{0,40}\)[ \t]*(?:\*\*)?:?[ \t]*$/gim;

/** Lines of text under a body's own notes or minutes heading (`## Meeting Notes`, `Minutes`), when 8 or more: 0 else. */
const NOTES_HEADING = /^\s*(?:#{1,4}\s*|\*\*)?(?:meeting\s+)?(?:notes|minutes)(?:\*\*)?\s*:?\s*$/i;
function notesTakenUnder(prep: PreparedBody): number {
  const at = prep.lines.findIndex((l) => isText(l) && l.text.length < 40 && NOTES_HEADING.test(l.text));
  if (at < 0) return 0;
  let n = 0;
  for (let i = at + 1; i < prep.lines.length; i++) if (isText(prep.lines[i]) && prep.lines[i].text.trim()) n++;
  return n >= 8 ? n : 0;
}

/** The body's first line when it reads as a title: short, no sentence end, not a greeting. */
function titleLine(prep: PreparedBody): string {
  // (a reST or setext title's over-line is not the title, nor a page's front matter or a lone HTML tag: `<img src=... />`
  // over `## Agenda for the 70th meeting of Ecma TC39`, nor an HTML comment, `<!--- SPDX-License-Identifier: Apache-2.0 -->`
  // over ONNX's `# Wednesday October 2, 2019 at 9:00am PST`; and a Markdown title is read without its marks)
  const front = frontMatterLines(prep.lines);
  const at = prep.lines.findIndex((l, i) => isText(l) && !front.has(i) && !/^\s*([=*#~_-])\1{3,}\s*$/.test(l.text) && !/^\s*<(?:[a-z][^<>]*|!--.*--)>\s*$/i.test(l.text));
  const t = at >= 0 ? prep.lines[at].text.trim().replace(/^#{1,6}\s+/, '') : '';
  if (t.length < 4 || t.length > 100 || /[.,;!?]$/.test(t) || /^(hi|hello|hey|dear|greetings|all|folks|team)\b/i.test(t)) return '';
  // (`During the MOTU meeting on Friday, August 8th, 2008, the following` / `points were discussed:`:
  // a sentence that opens the text and goes on below, not a title)
  const next = prep.lines[at + 1];
  if (/^(?:during|at|in|on|after|before|since|following)\s+(?:the|our|this|last|today's|yesterday's)\s/i.test(t) && next && isText(next) && /^\s*\p{Ll}/u.test(next.text)) return '';
  // (`1. Liberating the Genode development process`: the first of numbered sections, not a title)
  if (/^(?:\d{1,2}|[IVX]{1,4})[.)]\s/.test(t)) return '';
  // (`29.10.2014 23:07, Egmont Koblinger пишет:`: who wrote the quote below, on a page that lost its `>`)
  if (isAttributionLine(t)) return '';
  return t;
}

/**
 * The evidence of a post's title line, read as its subject: a strong cue on a title line with nothing
 * against it weighs half a point more than in a subject, as much as it takes alone. A title line heads
 * the text the writer sent, where a subject may be the thread's: `2010 State of the LUG Address` over a
 * year's account (TriLUG 2010), `Clang Built Linux Meeting Notes - April 8` over its notes (2020), Spanish
 * `borrador de acta de la asamblea final` (hackmeeting 2004). (Not a form's: `# [YYYY-MM-DD] Week in Review`.)
 */
function titleEvidence(input: StatusInput, titled: string): Evidence[] {
  const ev = subjectEvidenceOf({ ...input, subject: titled }, true);
  if (ev.some((e) => e.weight < 0)) return ev;
  return ev.map((e) => (e.key.startsWith('subject.cue.') && e.weight >= 2.5 ? { ...e, weight: e.weight + TITLE_LINE_BONUS } : e));
}
const TITLE_LINE_BONUS = 0.5;

/** How many of the post's titled sections hold a quoted line (a line belongs to the last section that starts at or before it). */
function quotedSections(prep: PreparedBody, sections: StatusSection[], kinds?: StatusInput['bodyLines']): number {
  const starts = sections.filter((x) => !x.isContents && x.title.trim() !== '').map((x) => x.startLine).sort((a, b) => a - b);
  if (starts.length < 3) return 0;
  const hit = new Set<number>();
  let k = 0;
  for (const l of prep.lines) {
    // (or blanked by the mail stage, which tells its quotes apart: `kinds`)
    if (l.masked !== 'quote' && kinds?.[l.no - 1] !== 'quote') continue;
    while (k + 1 < starts.length && starts[k + 1] <= l.no) k++;
    if (starts[k] <= l.no) hit.add(k);
  }
  return hit.size;
}

export function detectReport(input: StatusInput, sections: StatusSection[], prepared?: PreparedBody): Detection {
  if (typeof input?.body === 'string' && input.body.includes('\u0000') && /\u0000{4,}/.test(input.body.slice(0, 65_536))) {
    return { isReport: false, score: -10, baseScore: -10, evidence: [{ key: 'body.binary', what: 'binary body (NUL bytes)', weight: -10 }], reason: 'not a report (score -10, needs 3): binary body (NUL bytes) -10' };
  }
  const body = typeof input?.body === 'string' ? input.body : '';
  const prep = prepared ?? prepareLines(body);
  input = fileNameRead(input);
  const titled = untitledPost(input) ? titleLine(prep) : '';
  // a post without a subject (a page that lost it, a pasted body) is named by its title line, if it has one
  let head = titled
    ? titleEvidence(input, titled).map((e) => ({ ...e, key: e.key.replace(/^subject\./, 'title.'), what: /^subject says/.test(e.what) ? e.what.replace(/^subject says/, 'no subject; its title line says') : e.what.replace(/\bsubject\b/, 'title line') }))
    : subjectEvidence(input);
  // a forward whose text was read as the post's (meeting notes sent on to the list) is that text,
  // published here; one with much text of its own above what it forwards is the forwarder's post
  let ownLines = 0;
  for (const l of prep.lines) if (isText(l)) ownLines++;
  if (prep.forwardedContent) head = head.map((e) => (e.key === 'subject.forwarded' ? { key: 'subject.forwards-text', what: 'forwards a message, read as its own text', weight: -1 } : e));
  else if (ownLines >= 15) head = head.map((e) => (e.key === 'subject.forwarded' ? { key: 'subject.forwarded-own-text', what: `${e.what}, with ${ownLines} lines of its own`, weight: -1 } : e));
  // `TWN 52` over `Tahoe-LAFS Weekly News, issue number 52`: a subject with no cue whose body opens
  // with a report's title is titled by that line
  const noCue = head.findIndex((e) => e.key === 'subject.no-cue');
  // (a fresh post: not in a thread, and nothing in its subject says it is not a report)
  if (noCue >= 0 && !input?.isReply && !head.some((e) => e.weight < 0 && e.key !== 'subject.no-cue')) {
    const t = titleLine(prep);
    // (most posts' first line holds no cue word: they are spared the subject patterns)
    const cue = t && (wordMask(t, CUE_WORDS) & TITLE_CUE_BITS) !== 0 && CUE_WORD.test(t) ? subjectEvidenceOf({ ...input, subject: t }, true).find((e) => e.what.startsWith('subject says') && e.weight >= 2.5) : undefined;
    if (cue) head = head.map((e, k) => (k === noCue ? { key: 'title.cue', what: `its title line says ${cue.what.replace(/^subject says /, '')}`, weight: cue.weight - 1 } : e));
  }
  // `Experimental modes JT2 and JT4` over "Here's an updated status report on the experimental modes JT2 and JT4 in
  // WSJT" (WSJT 2007): a fresh post whose subject names only its topic, and whose writer names it a status or progress
  // report in its opening, is named by the opening, as by a title line (no look-alike of the corpus opens so under such
  // a subject; `here's a preliminary status report` under `twisted.positioning: status report and request for comments`
  // is read by its subject)
  const topicOnly = head.findIndex((e) => e.key === 'subject.no-cue');
  if (topicOnly >= 0 && !input?.isReply && !head.some((e) => e.weight < 0 && e.key !== 'subject.no-cue')) {
    const named = OPENING_NAMES_REPORT.exec(openingText(prep));
    if (named) head = head.map((e, k) => (k === topicOnly ? { key: 'opening.names-report', what: `its opening names it ("${named[0].trim().slice(0, 40)}")`, weight: 1 } : e));
  }
  // A post whose subject names no report (or names the meeting's call, `Re: Next team meeting: Wed
  // May 12 @19:00 UTC`) and whose opening hands over the notes of a meeting held is those notes: the
  // opening names it as a subject `Notes from the meeting` would, and the call it answers is the meeting's
  // (3 since parser 62, as much as it takes alone: `Here are the notes from the community meeting two weeks ago` over
  // prose notes, Apache Pulsar 2022; `These are the minutes of the Hangout face-to-face yesterday`, Eclipse Californium;
  // `The DC Cypherpunks held their monthly meeting on April 13`, 1996, `The NetBSD Foundation held its Annual Group Meeting`)
  if (!head.some((e) => /^(?:subject|title)\.(?:cue\b|retitled)/.test(e.key))) {
    const opening = openingText(prep);
    const gathers = GATHERING_WORD.test(opening);
    // (not notes quoted on a line an archive page flattened: `Eric On Jan 13, 2010, ... wrote: > Hi all, > > Here's a
    // summary of the development model meeting` is a reply above someone else's notes)
    const found = gathers ? MEETING_NOTES.exec(opening) : null;
    const notes = found && !FLATTENED_QUOTE.test(opening.slice(0, found.index)) ? found : null;
    const held = notes || !gathers ? null : MEETING_HELD.exec(opening);
    if (notes || held) {
      head = head.filter((e) => e.key !== 'subject.no-cue' && e.key !== 'subject.reply' && e.key !== 'subject.in-thread' && !MEETING_CALL.test(e.key));
      head.push(notes
        ? { key: 'opening.meeting-notes', what: `its opening hands over a meeting's notes ("${notes[0].trim().slice(0, 50)}")`, weight: 3 }
        : { key: 'opening.meeting-held', what: `its opening tells of a meeting held ("${held![0].trim().slice(0, 50)}")`, weight: 3 });
    }
  }
  // Under a subject's cue (a meeting named by its date, `Report of the 2004 Annual NetBSD Group Meeting`; `DC Cypherpunks
  // meeting report`; `Minutes of the Debian Perl Team BoF at DebConf`), with nothing against it, the opening is read
  // too: one that hands over the meeting's notes or tells of it held says the post is its notes, not its call, as it
  // does under a subject naming no report (NetBSD 2005 and DC Cypherpunks 1996 were taken from their body alone and left out with their
  // subject; of the posts it is found in, one is no report, a summit's index already taken)
  if (head.some((e) => e.key.startsWith('subject.cue.')) && !head.some((e) => e.weight < 0)) {
    const opening = openingText(prep);
    const found = GATHERING_WORD.test(opening) ? MEETING_NOTES.exec(opening) ?? MEETING_HELD.exec(opening) : null;
    if (found && !FLATTENED_QUOTE.test(opening.slice(0, found.index))) {
      head.push({ key: 'opening.meeting-held-under-cue', what: `its opening tells of the meeting held ("${found[0].trim().slice(0, 50)}")`, weight: 1.5 });
    }
  }
  // An agenda whose notes were taken in it (`Agenda for the June 12 video call of WebAssembly's Community Group` over
  // `## Meeting Notes` and the discussion; WebAssembly's, SPDX's, OpenEMR's files are written so): the meeting was held and
  // this is its record, not its call (of the real posts under an agenda's subject with such a heading, 5 reports have 14
  // lines or more under it, and 2 look-alikes, a template and a call cancelled, have 1 and 2)
  // (not a template's, `NumPyNewcomersHour_meeting_template.md`, whose notes are what to write)
  const filled = head.some((e) => MEETING_CALL.test(e.key)) && !/template/i.test(input?.subject ?? '') ? notesTakenUnder(prep) : 0;
  if (filled) {
    head = head.filter((e) => !MEETING_CALL.test(e.key) && e.key !== 'subject.no-cue');
    head.push({ key: 'body.notes-under-agenda', what: `an agenda with its notes taken (${filled} lines under its notes heading)`, weight: 1.5 });
  }
  const meetingNotes = head.some((e) => e.key === 'opening.meeting-notes' || e.key === 'opening.meeting-held');
  const strongCue = meetingNotes || head.some((e) => /^(subject|no subject; its title line) says/.test(e.what) && e.weight >= 2.5);
  // (a title line read as the subject vouches for the body only when it says something of a report:
  // an OpenBMC design document opening with `## Problem Description` is still laid out for discussion)
  const read = bodyEvidence(body, prep, sections, strongCue || (titled !== '' && head.some((e) => e.weight > 0)), input?.quoting, head.some((e) => e.what.startsWith(RETITLED)), !head.some((e) => e.weight < 0), titled !== '' && head.some((e) => e.key.startsWith('title.cue')), strongCue, input?.bodyLines);
  const shape = read.shape;
  let bodyEv = filled ? read.ev.filter((e) => !/^body\.not\.invite/.test(e.key)) : read.ev;
  // A subject that names a meeting (`IETF-77 Routing Area Open Meeting`), nothing else against it, over a body that opens
  // with the meeting's roll call (`ADs: ...` / `Scribe: ...`) and invites no one: the subject names the meeting as
  // `Minutes of ...` would, and the body is its record
  if (head.some((e) => e.key === 'subject.not.meeting') && bodyEv.some((e) => e.key === 'body.roll-call') &&
      !head.some((e) => e.weight < 0 && e.key !== 'subject.no-cue' && e.key !== 'subject.not.meeting') && !bodyEv.some((e) => /^body\.not\.invite/.test(e.key))) {
    head = head.filter((e) => e.key !== 'subject.no-cue');
  }
  // (a working group's name heads its notes only over the work they track, links to its reviews or bugs:
  // an agenda under `Outreach WG` links none)
  const group = head.findIndex((e) => e.key === 'subject.cue.group');
  if (group >= 0 && !bodyEv.some((e) => e.key.startsWith('body.refs-'))) head = head.map((e, k) => (k === group ? { key: 'subject.no-cue', what: 'subject names no report', weight: NO_CUE_WEIGHT } : e));
  // A release manager's milestone named in the subject, with nothing against it, needs no list: such mails are a few lines of
  // prose (`Reminder: Python 3.4 feature freeze in a week`, `Python 2.6.6 rc 1 planned for today`; python-committers: +3
  // reports, +1 look-alike of the whole corpus, `Reminder: checkins into 3.5 after rc1`, whose label is unsure); a few lines
  // that say where the release stands, not a one-line call (`Reminder that feature freeze for 3.7 is tomorrow. Please make
  // sure your patches have reviews.`, Gluster 2015, a reminder)
  if (head.some((e) => e.key === 'subject.cue.release-milestone') && !head.some((e) => e.weight < 0) && ownChars(prep) >= 200) bodyEv = bodyEv.filter((e) => e.key !== 'body.no-list');
  // Minutes its subject names in the list's own language (`Resoconto riunione di ieri`, `borrador acta asamblea
  // final`, `referat af SSLUGs årsmøde`), written in that language: the body's evidence is read in English words
  // (progress words, "I/we did" phrases, roll calls, wording), which such minutes have none of, so the subject's
  // word is all there is to read, and it weighs as much as it takes alone (Gulli 2012, hackmeeting 2004, SSLUG
  // 2002 and 2003, Genaro 2005)
  if (head.some((e) => e.key === 'subject.cue.meeting-summary-other-language') && notEnglish(prep)) {
    bodyEv.push({ key: 'body.minutes-other-language', what: 'minutes written in the language their subject names them in', weight: 0.5 });
  }
  // (a sprint or a hackathon its opening tells was held is reported on, not announced: `OpenBSD hackathon 2003 (c2k3),
  // Calgary, May 9-20`, "the OpenBSD project held its annual meeting", the final report to its funder)
  if (head.some((e) => e.key === 'opening.meeting-held')) head = head.filter((e) => !/^(?:subject|title)\.not\.gathering$/.test(e.key));
  // (MeetBot's minutes are named by the meeting, `#opnfv-meeting: OPNFV TSC`: no report word needed)
  if (bodyEv.some((e) => e.key === 'body.meetbot')) head = head.filter((e) => e.key !== 'subject.no-cue');
  // A post its subject calls progress, telling in sentences what its writer did, is that progress:
  // a paragraph is how one developer reports it, no list needed (`TBOS2 Progress`: "So far I have a
  // working bootloader ...", mikeos 2008; `progress in automated testing`: "I have updated the
  // buildbot, adding about 20 additional automated tests", linux-cifs 2024)
  if (proseProgress(head, bodyEv)) bodyEv = bodyEv.filter((e) => e.key !== 'body.no-list');
  // A post that opens with what it quotes and answers it piece by piece is a reply, whatever its
  // subject and headers kept (a copy without `Re:` nor In-Reply-To: `GCC Release Status` answered)
  // (a forward is no answer: what it passes on is read as its own text)
  if (!input?.isReply && !prep.forwardedContent && !input?.quoting?.forwarded && !head.some((e) => /^subject\.(?:reply|in-thread|forward|retitled)/.test(e.key))) {
    const answered = answersQuotes(prep, input?.quoting);
    if (answered) bodyEv.push({ key: 'quote.answers', what: `answers a quoted post (opens with a quote; ${answered} in all)`, weight: -2.5 });
  }
  const series = seriesEvidence(input?.series);
  // Wording only ever adds, at most WORDING_CAP: it is read where it can decide, when the rest of
  // the evidence leaves the post that close below the threshold, with or without its series (the
  // same verdicts, and the same `baseScore >= THRESHOLD` the series count, as reading it always)
  // "I'm writing to share my latest progress", "Here with sending MoM of last ... meeting": the
  // writer says what the post is, in words no cue list has; read, like wording, only where it can
  // decide (the same verdicts as reading it always)
  const before = [...head, ...bodyEv].reduce((n, e) => n + e.weight, 0);
  // (wording may add to it: the window reaches as far below as both can lift)
  // (a post whose copy lost its subject names itself only there: an opening that hands over a meeting's
  // notes, minutes or summary weighs as much as such a subject's cue would alone, as one over the notes of
  // a meeting held does (parser 62): `I took some notes during the open NANOG Community meeting`, `Here are
  // the minutes`; not one that quotes another's post, a reply's `:`- or `>`-marked quote)
  const opening = openingText(prep);
  const alone = untitledPost(input) && !/^\s*[:>|]\s/.test(opening);
  const near = (x: number) => x >= THRESHOLD - (alone ? OPENING_SAYS_ALONE_WEIGHT : OPENING_SAYS_WEIGHT) - WORDING_CAP && x < THRESHOLD;
  if ((near(before) || near(before + (series?.weight ?? 0))) && !meetingNotes && !bodyEv.some((e) => e.key === 'body.opens-with-cue')) {
    const says = OPENING_SAYS.exec(opening);
    const weight = alone && says && MEETING_RECORD.test(says[0]) ? OPENING_SAYS_ALONE_WEIGHT : OPENING_SAYS_WEIGHT;
    if (says) bodyEv.push({ key: 'body.opens-saying-what', what: `opens saying what it is ("${says[0].trim().slice(0, 40)}")`, weight });
  }
  const structural = Math.round([...head, ...bodyEv].reduce((n, e) => n + e.weight, 0) * 10) / 10;
  const open = (x: number) => x >= THRESHOLD - WORDING_CAP && x < THRESHOLD;
  const wording = open(structural) || open(structural + (series?.weight ?? 0)) ? wordingEvidence(body) : null;
  const own = wording ? [...head, ...bodyEv, wording] : [...head, ...bodyEv];
  const baseScore = Math.round(own.reduce((n, e) => n + e.weight, 0) * 10) / 10;
  const evidence = series ? [...own, series] : own;
  const score = Math.round((baseScore + (series?.weight ?? 0)) * 10) / 10;
  const isReport = score >= THRESHOLD;
  const shown = [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 6)
    .map((e) => `${e.what} ${fmt(e.weight)}`).join(', ');
  const verdict = isReport ? 'report' : 'not a report';
  return { isReport, score, baseScore, evidence, reason: `${verdict} (score ${score}, needs ${THRESHOLD}): ${shown || shape}` };
}

/** English's commonest words: a text in another language has next to none of them. */
const ENGLISH_WORD = /^(?:the|and|of|to|is|that|with|was|were|this|are|have|will|for)$/;
/**
 * The post's own text is in another language than English: of its first words (30 or more), fewer than
 * one in twenty is one of English's commonest (an English text has one in six or more).
 */
function notEnglish(prep: PreparedBody): boolean {
  let text = '';
  for (const l of prep.lines) {
    if (!isText(l)) continue;
    text += l.text.slice(0, 4_000) + '\n';
    if (text.length >= 4_000) break;
  }
  const words = text.slice(0, 4_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return false;
  let english = 0;
  for (const w of words) if (w.length <= 4 && ENGLISH_WORD.test(w)) english++;
  return english / words.length < 0.05;
}

/** A subject whose cue is the word "progress" over a body with "I/we did" sentences but no list (see detectReport). */
function proseProgress(head: Evidence[], bodyEv: Evidence[]): boolean {
  return head.some((e) => e.key === 'subject.cue.report-word' && /^subject says "progress"$/i.test(e.what))
    && bodyEv.some((e) => e.key === 'body.no-list')
    && bodyEv.some((e) => e.key === 'body.done-2' || e.key === 'body.done-3');
}

/**
 * The patterns that match `text` though their word gate says none can (the gates' own check, for
 * the tests: every pattern gated by words, run on a subject, an opening or a body): empty when the
 * gates only ever spare work.
 */
export function wordGateMisses(text: string): string[] {
  const out: string[] = [];
  const matches = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', '')).test(text);
  const cues = wordMask(text, CUE_WORDS) | (CJK.test(text) ? CJK_CUE_BIT : 0);
  CUES.forEach(([pat, , name], k) => {
    if ((cues & (1 << k)) === 0 && matches(pat)) out.push(`cue ${name}`);
    if (name !== 'release-milestone' && matches(pat) && !CUE_WORD.test(text)) out.push(`cue word ${name}`);
  });
  if ((cues & TECHNICAL_BIT) === 0 && matches(TECHNICAL_CUE)) out.push('technical');
  const kinds = negativeSubjectMask(text);
  NEGATIVE_SUBJECT.forEach(([pat, , , name], k) => {
    if ((kinds & (1 << k)) === 0 && matches(pat)) out.push(`not ${name}`);
  });
  if ((wordMask(text, NEGATIVE_SUBJECT_WORDS) & ROBOT_BIT) === 0 && matches(ROBOT_SENDER)) out.push('robot');
  const mask = wordMask(text, GATE_WORDS);
  NEGATIVE_BODY.forEach(([pat, , , , name], k) => {
    if ((mask & (1 << (NEGATIVE_BODY_BIT + k))) === 0 && !(name === 'invite' && (mask & GATE.agenda) !== 0 && AGENDA_INVITE.test(text)) && matches(pat)) out.push(`body not ${name}`);
  });
  if (!openingMayCue(mask, text) && OPENING_CUES.some(([pat]) => matches(pat))) out.push('opening cue');
  if ((mask & GATE.period) === 0 && matches(PERIOD_WORDS)) out.push('period');
  if ((mask & GATE.phrase) === 0 && matches(PROGRESS_PHRASE)) out.push('progress phrase');
  if ((mask & GATE.progress) === 0 && ((mask & GATE.will) === 0 || (mask & GATE.merge) === 0 || !WILL_MERGE.test(text)) && matches(PROGRESS)) out.push('progress');
  if ((kinds & SUMMARY_BIT) === 0 && matches(SUMMARY_WORD)) out.push('summary');
  if (!WAS_COLON.test(text) && matches(WAS_SUBJECT)) out.push('was');
  return out;
}
