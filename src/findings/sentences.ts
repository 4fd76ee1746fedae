/**
 * Sentences from findings, in the register of a market news article:
 * "The Russell 2000 has returned 7.2% since the election, against 1.6% for the S&P 500."
 * Every number printed comes from the finding passed in (rounded by ./format.ts); a sentence records the
 * ids of its findings and the footnotes of their conventions. Signs are worded, never printed as "−":
 * gained/lost, outperformed/trailed, added/pulled.
 */
import type { Finding, RecordContext } from './finding.ts';
import { collectFootnotes, type Footnote } from './footnotes.ts';
import { articleDate, count, ordinal, pct, pp, roundHalfAway, usd } from './format.ts';

/** A sentence with the findings its numbers come from and the footnotes of their conventions. */
export interface Sentence {
  text: string;
  findings: string[];
  footnotes: number[];
}

function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** True when a decimal prints as zero at the article's rounding. */
function printsAsZero(decimal: number): boolean {
  return roundHalfAway(Math.abs(decimal * 100), 2) === 0;
}

function period(p: string): string {
  return /^\d{4}-\d{2}(-\d{2})?$/.test(p) ? articleDate(p) : p;
}

/**
 * The record clause of a finding: 'the widest gap since June 2009', 'the widest since records began in
 * July 1926', 'the 3rd largest of 24 US presidential elections since 1928'; provisional periods read
 * 'on track for …'.
 * @example recordPhrase({ rank: 1, of: 1085, among: 'months', historyStart: '1926-07', since: null }, 'gap') // 'the widest gap since records began in July 1926'
 */
export function recordPhrase(r: RecordContext, noun: string, superlative = 'largest'): string {
  const lead = r.provisional ? 'on track for ' : '';
  const start = period(r.historyStart);
  if (r.since !== undefined) {
    const what = `the ${superlative} ${noun}`;
    return r.since === null
      ? `${lead}${what} since records began ${/^\d{4}-\d{2}-\d{2}$/.test(r.historyStart) ? 'on' : 'in'} ${start}`
      : `${lead}${what} since ${period(r.since.period)}`;
  }
  const dir = r.direction === 'smallest' ? 'smallest' : superlative;
  const nth = r.rank === 1 ? `the ${dir}` : `the ${ordinal(r.rank)} ${dir}`;
  return `${lead}${nth} of ${count(r.of)} ${r.among} since ${start}`;
}

function returnSentence(f: Finding): string {
  const name = f.subjects[0].name;
  const since = f.window.label.startsWith('since ');
  const v = f.value;
  let verb: string;
  if (printsAsZero(v)) verb = since ? 'has been flat' : 'was flat';
  else if (v > 0) verb = `${since ? 'has returned' : 'returned'} ${pct(v)}`;
  else verb = `${since ? 'has lost' : 'lost'} ${pct(v)}`;
  let s = `${cap(name)} ${verb} ${f.window.label}`;
  if (since) s += ` (through ${articleDate(f.window.to)})`;
  if (f.comparison) {
    const c = f.comparison.value;
    // After a loss, a gain says so: "has lost 3.9%, against 2.1% for …" reads as a loss of 2.1% too.
    const other = printsAsZero(c)
      ? 'no change'
      : c > 0
        ? `${v < 0 ? 'a gain of ' : ''}${pct(c)}`
        : `a loss of ${pct(c)}`;
    s += `, against ${other} for ${f.comparison.subject}`;
  }
  if (f.record) {
    const per =
      f.window.frequency === 'weekly' ? 'weekly ' : f.window.frequency === 'monthly' ? 'monthly ' : '';
    s += `, ${recordPhrase(f.record, `${per}${v >= 0 ? 'gain' : 'loss'}`)}`;
  }
  return `${s}.`;
}

/** ' (value-weighted)' after a size group's name, so the sentence says which weighting it measures. */
function weighted(f: Finding, id: string): string {
  const w = f.conventions.weighting;
  return w && /^(Lo|Hi|Med) \d+$|-Dec$|^Qnt /.test(id) ? ` (${w}-weighted)` : '';
}

/** A size group's name after its first mention: 'the largest 10%'. */
function shortGroup(name: string): string {
  return name.replace(/ of (US )?stocks( by NYSE breakpoints)?$/, '');
}

function excessSentence(f: Finding): string {
  const [own, bench] = f.subjects;
  const v = f.value;
  const c = f.comparison;
  const who = `${cap(own.name)}${weighted(f, own.id)}`;
  let s: string;
  if (printsAsZero(v)) s = `${who} matched ${bench.name} ${f.window.label}`;
  else s = `${who} ${v > 0 ? 'outperformed' : 'trailed'} ${bench.name} by ${pp(v)} ${f.window.label}`;
  if (f.record)
    s += `, ${recordPhrase(f.record, v >= 0 ? 'margin over the market' : 'shortfall against the market')}`;
  if (c) {
    const ownValue = c.value + v;
    s += `, ${ownValue >= 0 ? 'returning' : 'losing'} ${pct(ownValue)} against ${c.value >= 0 ? (ownValue < 0 ? 'a gain of ' : '') : 'a loss of '}${pct(c.value)} for ${shortGroup(bench.name)}`;
  }
  return `${s}.`;
}

function spreadSentence(f: Finding): string {
  const [small, large] = f.subjects;
  const v = f.value;
  const c = f.comparison;
  const largeShort = shortGroup(large.name);
  const when = cap(f.window.label);
  const who = `${small.name}${weighted(f, small.id)}`;
  // What the gap measures, said with the number when the finding names it ('SMB, French regional
  // breakpoints, in US dollars').
  const measure = f.conventions.other?.measure ? ` (${f.conventions.other.measure})` : '';
  let s: string;
  if (printsAsZero(v)) s = `${when}, ${who} matched ${largeShort}${measure}`;
  else s = `${when}, ${who} ${v > 0 ? 'beat' : 'trailed'} ${largeShort} by ${pp(v)}${measure}`;
  // The record says which way (a record gap for small caps is not a record shortfall), and comes before the
  // legs' returns so that its "since" is not read as their window.
  if (f.record)
    s += `, ${v >= 0 ? recordPhrase(f.record, 'gap in favour of small caps', 'widest') : recordPhrase(f.record, 'shortfall of small caps', 'largest')}`;
  if (c) {
    const smallValue = c.value + v;
    s += `, ${smallValue >= 0 ? 'returning' : 'losing'} ${pct(smallValue)} against ${c.value >= 0 ? (smallValue < 0 ? 'a gain of ' : '') : 'a loss of '}${pct(c.value)} for ${largeShort}`;
  }
  return `${s}.`;
}

function flowSentence(f: Finding): string {
  const who = f.subjects[0].name;
  const v = f.value;
  const week = `in the week ended ${articleDate(f.window.to)}`;
  let s =
    v >= 0 ? `Investors added ${usd(v)} to ${who} ${week}` : `Investors pulled ${usd(v)} from ${who} ${week}`;
  if (f.record) s += `, ${recordPhrase(f.record, v >= 0 ? 'weekly inflow' : 'weekly outflow', 'largest')}`;
  return `${s}.`;
}

function countSentence(f: Finding): string {
  return `${cap(f.subjects[0].name)}: ${count(f.value)} ${f.window.label}.`;
}

/**
 * The sentence for one finding (no footnote markers).
 * @example sentenceFor(rutSinceElection) // 'The Russell 2000 has returned 7.2% since the election (through Nov. 15, 2016), against 1.6% for the S&P 500.'
 */
export function sentenceFor(f: Finding): string {
  switch (f.metric) {
    case 'return':
      return returnSentence(f);
    case 'excess-return':
      return excessSentence(f);
    case 'spread':
      return spreadSentence(f);
    case 'flow':
      return flowSentence(f);
    case 'count':
      return countSentence(f);
    default:
      throw new Error(`no sentence for metric ${JSON.stringify((f as Finding).metric)}`);
  }
}

/**
 * Sentences for findings in order, with numbered footnotes of their conventions and sources.
 * @example const { sentences, footnotes } = writeSentences(findings)
 */
export function writeSentences(findings: readonly Finding[]): {
  sentences: Sentence[];
  footnotes: Footnote[];
} {
  const { footnotes, byFinding } = collectFootnotes(findings);
  const sentences = findings.map((f) => ({
    text: sentenceFor(f),
    findings: [f.id],
    footnotes: byFinding.get(f.id) ?? [],
  }));
  return { sentences, footnotes };
}

/**
 * Footnote markers as compact ranges: [1, 2, 3, 5] → '1–3,5'.
 * @example markerText([1, 2, 3, 5]) // '1–3,5'
 */
export function markerText(nums: readonly number[]): string {
  const s = [...new Set(nums)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    parts.push(j - i >= 2 ? `${s[i]}\u2013${s[j]}` : j === i ? `${s[i]}` : `${s[i]},${s[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
