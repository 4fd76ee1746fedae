/**
 * `capgap check --file` and POST /api/check on whole articles as pasted (test/fixtures/articles/raw/), on
 * the embedded data. Expected numbers: test/findings/reference/newsroom/round4.py (Python's csv module over
 * the source CSVs): ^RUT 2016-06-23 → 06-24 −3.8116%, IWM 2016-06-23 → 06-27 −6.9594%; the FT page's
 * expected verdicts (ft-brexit-2016-06-27-html.yaml): 16 supported, 1 not supported, 2 cannot check.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.ts';
import { createApp } from '../../src/server/app.ts';
import { embeddedStore, hasEmbedded } from '../server/embedded-store.ts';

const RAW = new URL('../fixtures/articles/raw/', import.meta.url).pathname;
const FT = `${RAW}ft-brexit-2016-06-27-page.html`;

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), isTTY: false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('capgap check --file reads an article as pasted', {
  skip: !hasEmbedded && 'data/*.parquet not built',
}, () => {
  it('an HTML page: read as HTML, dated by its own date, each number stated, computed, with its data dates', async () => {
    const r = await run(['check', '--file', FT, '--event', '2016-06-23']);
    assert.equal(r.code, 1, 'a claim is not supported (IWM since the vote: -6.0 against -6.96%)');
    assert.match(
      r.out,
      /^Read as HTML; article dated 2016-06-27 from "27 June 2016" \(give --to to change it\)/,
    );
    assert.match(r.out, /return of \^RUT from 2016-06-23 to 2016-06-24 \| -3\.8% \| -3\.81% \| supported/);
    assert.match(
      r.out,
      /return of IWM since 2016-06-23 through 2016-06-27 \| -6\.0% \| -6\.96% \| not supported/,
    );
    assert.match(r.out, /\[data: 2016-06-23 → 2016-06-24, yfinance\/\^RUT through \d{4}-\d{2}-\d{2}\]/);
    assert.match(
      r.out,
      /By Harriet Lowe in London and Sam Ortiz in New York\n {3}not a quantitative claim \(a byline\)/,
    );
    assert.doesNotMatch(
      r.out,
      /fell 12%|down 5%|Traders on the floor|Read more/,
      'script, style, figure, aside dropped',
    );
  });

  it('--to wins over the article’s date; a bad --input-format is misuse naming the value', async () => {
    const r = await run(['check', '--file', FT, '--event', '2016-06-23', '--to', '2016-06-24', '--json']);
    const doc = JSON.parse(r.out);
    assert.deepEqual(doc.article, {
      format: 'html',
      date: '2016-06-24',
      dateFrom: 'given',
      eventDate: '2016-06-23',
      eventFrom: 'given',
    });
    const bad = await run(['check', '--file', FT, '--input-format', 'pdf']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /invalid --input-format: "pdf"; expected one of text, html, markdown/);
  });
});

describe('POST /api/check reads HTML and Markdown bodies', {
  skip: !hasEmbedded && 'data/*.parquet not built',
}, () => {
  it('text/html: the article’s date from the page, the verdicts of the FT page', async () => {
    const store = await embeddedStore();
    try {
      const app = createApp({ store, web: false, timeoutMs: 120_000 });
      const r = await app.request('/api/check?event=2016-06-23', {
        method: 'POST',
        headers: { 'content-type': 'text/html' },
        body: readFileSync(FT, 'utf8'),
      });
      assert.equal(r.status, 200);
      const doc = (await r.json()) as { article: unknown; summary: Record<string, number>; text: string };
      assert.deepEqual(doc.article, {
        format: 'html',
        date: '2016-06-27',
        dateFrom: '27 June 2016',
        eventDate: '2016-06-23',
        eventFrom: 'given',
      });
      assert.equal(doc.summary.supported, 16);
      assert.equal(doc.summary['not supported'], 1);
      assert.equal(doc.summary['cannot check'], 2);
      assert.ok(!doc.text.includes('<'), 'the text read has no markup');
      // Without ?event=, the page's "the referendum" names the Brexit vote as of its date: the same verdicts.
      const own = await app.request('/api/check', {
        method: 'POST',
        headers: { 'content-type': 'text/html' },
        body: readFileSync(FT, 'utf8'),
      });
      const ownDoc = (await own.json()) as {
        article: { eventDate: string; eventFrom: string };
        summary: unknown;
      };
      assert.equal(ownDoc.article.eventDate, '2016-06-23');
      // The page's first words that name the vote: its headline's "Brexit vote" (read since the fifteenth
      // round), before the first paragraph's "Britain's vote to leave" and "Since the referendum".
      assert.equal(ownDoc.article.eventFrom, 'Brexit vote (Brexit referendum)');
      assert.deepEqual(ownDoc.summary, doc.summary);
      const bad = await app.request('/api/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'x', format: 'pdf' }),
      });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /format/);
    } finally {
      store.close();
    }
  });
});
