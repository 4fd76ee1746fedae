import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { ConnectorError } from '../../src/connectors/errors.ts';
import { unzipFrench } from '../../src/connectors/french.ts';
import { parseIsharesHistory } from '../../src/connectors/ishares.ts';
import { checkStooqCsv } from '../../src/connectors/stooq.ts';
import { ImportError } from '../../src/formats/errors.ts';

// Property-based fuzzing of the non-JSON bodies the connectors read (fast-check, seeded, bounded): the real
// Stooq IWM download, the real French size-portfolio zip (test/fixtures/connectors, cut from ../shared/data)
// and the iShares spreadsheet format sample (placeholder numbers, see that folder's README), each cut short,
// with bytes overwritten, or with a hostile snippet spliced in. Every body gives a result or a ConnectorError
// or ImportError (a limit, an encoding) with its words, never a TypeError, a RangeError or a hang.

const fx = (n: string) => readFileSync(new URL(`../fixtures/connectors/${n}`, import.meta.url));
const BODIES = {
  stooq: fx('stooq-iwm.us.csv'),
  french: fx('Portfolios_Formed_on_ME_CSV.zip'),
  ishares: fx('ishares-fund-SMPL.sample.xml'),
};
const dec = new TextDecoder();
const RUN: Record<keyof typeof BODIES, (b: Uint8Array) => unknown> = {
  stooq: (b) => checkStooqCsv(dec.decode(b), 'IWM', 'https://stooq.example/iwm'),
  french: (b) => unzipFrench(b, 'https://french.example/p.zip', { maxBytes: 8 * 1024 * 1024 }),
  ishares: (b) => parseIsharesHistory(dec.decode(b), 'SMPL', 'https://ishares.example/smpl'),
};
const SNIPPETS = [
  '<Row>',
  '</Row>',
  '<Cell><Data ss:Type="Number">1e400</Data></Cell>',
  '<Data ss:Type="String">2016-02-30</Data>',
  ']]>',
  '<![CDATA[',
  '&#0;',
  '&amp;&lt;',
  '<Worksheet ss:Name="Historical">',
  'Date,Open',
  '\n',
  '\r',
  ',',
  '"',
  'NaN',
  '\u0000',
  'PK\u0003\u0004',
  'PK\u0005\u0006',
];

test('fast-check: a damaged Stooq, French zip or iShares body gives a result or a clean error, never a JS fault', () => {
  const edit = fc.record({
    op: fc.constantFrom('cut' as const, 'flip' as const, 'splice' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
    snippet: fc.constantFrom(...SNIPPETS),
  });
  const spec = fc.record({
    which: fc.constantFrom('stooq' as const, 'french' as const, 'ishares' as const),
    edits: fc.array(edit, { minLength: 1, maxLength: 3 }),
  });
  fc.assert(
    fc.property(spec, ({ which, edits }) => {
      let b: Uint8Array = new Uint8Array(BODIES[which]);
      for (const e of edits) {
        const at = e.at % Math.max(1, b.length);
        if (e.op === 'cut') b = b.subarray(0, at);
        else if (e.op === 'flip' && b.length) b[at] = e.byte;
        else b = Buffer.concat([b.subarray(0, at), Buffer.from(e.snippet), b.subarray(at)]);
      }
      try {
        RUN[which](b);
      } catch (err) {
        assert.ok(
          err instanceof ConnectorError || err instanceof ImportError,
          `${which}: ${(err as Error)?.stack ?? err}`,
        );
        assert.ok(!/undefined|\[object Object\]/.test((err as Error).message), (err as Error).message);
      }
    }),
    {
      seed: Number(process.env.CAPGAP_FUZZ_SEED ?? 20261130),
      numRuns: Number(process.env.CAPGAP_FUZZ_RUNS ?? 300),
      endOnFailure: true,
    },
  );
});
