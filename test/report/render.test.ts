import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/findings/finding.ts';
import { pct, pp } from '../../src/findings/format.ts';
import { renderReport, reportFiles } from '../../src/report/render.ts';
import { sampleReport } from './sample-report.ts';
import { assertSnapshot } from './snapshot.ts';

const report = sampleReport();

/** Every decimal number a finding can print: its value, the comparison's, and the subject's own return. */
function printable(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    const vals = [f.value];
    if (f.comparison) vals.push(f.comparison.value, f.comparison.value + f.value);
    for (const v of vals) {
      out.add(pct(v).replace('%', ''));
      out.add(pp(v, true).replace(' pp', ''));
    }
  }
  return out;
}

describe('renderReport', () => {
  it('json holds every finding to 12 significant digits (the JSON edge, src/json.ts), with sentences and footnotes', () => {
    const doc = JSON.parse(renderReport(report, 'json'));
    assert.equal(doc.findings.length, 5);
    const rut = doc.findings.find((f: Finding) => f.id.startsWith('return-^RUT'));
    // ^RUT.csv: 1302.14001 / 1195.14001 − 1 (closes of Nov 15 and Nov 8, 2016)
    assert.equal(rut.value, Number((1302.14001 / 1195.14001 - 1).toPrecision(12)));
    assert.equal(rut.comparison.value, Number((2180.38989 / 2139.56006 - 1).toPrecision(12)));
    assert.equal(rut.command, 'capgap report --event 2016-11-08 --to 2016-11-15 --json');
    assert.equal(doc.sentences.length, 5);
    assert.ok(doc.footnotes.every((n: { n: number; text: string }) => n.text.length > 0));
    assert.equal(doc.charts[0].svg, undefined, 'JSON carries chart metadata, not SVG');
    // Snapshot with numbers in percent, rounded to one decimal (raw decimals would round to 0.1 and hide changes).
    const scaled = JSON.stringify(
      doc,
      (k, v) => (typeof v === 'number' && ['value', 'difference'].includes(k) ? v * 100 : v),
      2,
    );
    assertSnapshot('report.json', scaled);
  });

  it('article: headline from the first finding, and no decimal number that is not a finding', () => {
    const text = renderReport(report, 'article');
    const [headline] = text.split('\n');
    // French monthly VW Nov 2016: 9.75 − 3.42 = 6.33 → "6.3"; widest since Apr 2010 (9.83), scanned by hand.
    assert.equal(
      headline,
      '# Smallest US stocks beat largest by 6.3 points in November 2016, widest gap since April 2010',
    );
    const body = text.split('\n---\n')[0];
    const allowed = printable(report.findings);
    for (const m of body.matchAll(/\d+\.\d+/g))
      assert.ok(allowed.has(m[0]), `number ${m[0]} in the article is no finding's`);
    // The latest window end among the findings: the monthly spread's, Nov 30, 2016.
    assert.match(body, /data through Nov\. 30, 2016/);
    assertSnapshot('article.md', text);
  });

  it('markdown links the PNGs that reportFiles writes, and defines every footnote it marks', () => {
    const files = reportFiles(report, ['md', 'png'], { pngScale: 0.25 });
    const names = files.map((f) => f.name).sort();
    assert.deepEqual(names, [
      'charts/bucket-window.png',
      'charts/bucket-window.svg',
      'charts/event-set.png',
      'charts/event-set.svg',
      'report.md',
    ]);
    const md = String(files.find((f) => f.name === 'report.md')!.data);
    assert.match(md, /!\[[^\]]+\]\(charts\/bucket-window\.png\)/);
    const marked = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
    const defined = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]));
    assert.deepEqual([...marked].sort(), [...defined].sort());
    assertSnapshot('report.md', md);
  });

  it('html is one self-contained file: inline SVG, no scripts, links, images or remote URLs', () => {
    const html = renderReport(report, 'html');
    assert.equal((html.match(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/g) ?? []).length, 4); // 2 charts × (frame + Plot body)
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    const urls = [...html.matchAll(/https?:\/\/[^"'\s)]+/g)].map((m) => m[0]);
    assert.deepEqual([...new Set(urls)], ['http://www.w3.org/2000/svg']);
    for (const f of report.findings)
      assert.ok(html.includes(`id="finding-${f.id.replace(/&/g, '&amp;')}"`), f.id);
  });

  it('html says each thing once: a headline finding is not repeated, and each bullet carries one note', () => {
    const ids = report.findings.map((f) => f.id);
    const html = renderReport(
      {
        ...report,
        sections: [
          { title: 'Headline findings', findings: ids.slice(0, 2) },
          { title: 'Everything', findings: ids },
        ],
      },
      'html',
    );
    const bullets = [...html.matchAll(/<li data-findings="([^"]+)">(.*?)<\/li>/g)];
    assert.deepEqual(
      bullets.map((b) => b[1]),
      ids,
    );
    for (const b of bullets) assert.equal((b[2].match(/<a href="#fn/g) ?? []).length, 1, b[2]);
    assert.doesNotMatch(html, /notes \d+\u2013\d+/);
  });

  it('rejects an unknown format and a section naming a missing finding', () => {
    assert.throws(() => renderReport(report, 'pdf' as 'md'), /invalid format: "pdf"/);
    assert.throws(
      () => renderReport({ ...report, sections: [{ title: 'x', findings: ['nope'] }] }, 'md'),
      /no finding "nope"/,
    );
  });
});
