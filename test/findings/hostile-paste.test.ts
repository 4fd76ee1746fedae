import { describe, it } from 'node:test';
import fc from 'fast-check';
import { prepareArticle } from '../../src/findings/article/prepare.ts';
import { check, OPTS, PIECES } from '../helpers/hostile-check.ts';

// Articles pasted as HTML, Markdown or text (src/findings/article/prepare.ts) never crash the checker: any
// mix of newsroom pieces, markup and page furniture gives every sentence a status and every claim a verdict.
// The evaluator is synthetic (test/helpers/hostile-check.ts); no market data is involved.
describe('hostile pastes never crash the checker', () => {
  it('any mix of pieces and markup pasted as HTML, Markdown or text gives statuses and verdicts (fast-check, seeded)', async () => {
    const markup = [
      ...PIECES,
      '<p>',
      '<table><tr><td>',
      '</td><td>',
      '<th>Friday</th>',
      '<li>',
      '<h2>',
      '<script>',
      '<!--',
      '<div hidden>',
      '| ',
      '\n|---|---|\n',
      '[^1]',
      '[a](',
      '**',
      '> ',
      'Updated Nov. 10, 2016',
      'By Dana Whitcombe',
      'Read more: ',
      '\r\n',
      '  ',
      'YTD',
      'Q4',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...markup), { maxLength: 60 }),
        fc.constantFrom('html' as const, 'markdown' as const, 'text' as const),
        (parts, format) => check(prepareArticle(parts.join(''), { format, event: OPTS.event }).text),
      ),
      { seed: 20161110, numRuns: 300 },
    );
  });
});
