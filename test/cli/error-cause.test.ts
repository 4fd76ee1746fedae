import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CliError } from '../../src/cli/context.ts';
import { parseEventsJson } from '../../src/events/parse-events.ts';
import { ApiError } from '../../src/server/errors.ts';

// A rethrow names the bad value in its own message and keeps the original error as `cause`.
describe('rethrown errors keep their cause', () => {
  it('parseEventsJson: the message names the file, the cause is JSON.parse’s SyntaxError', () => {
    const err = (() => {
      try {
        parseEventsJson('{"events": [', { file: 'mine.json' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected parseEventsJson to throw');
    })();
    assert.match(err.message, /^mine\.json: not valid JSON/);
    assert.ok(err.cause instanceof SyntaxError);
  });

  it('the CLI and HTTP error classes carry a cause beside their exit code and status', () => {
    const inner = new RangeError('window [0, 400] leaves the data');
    const cli = new CliError(inner.message, 2, { cause: inner });
    assert.equal(cli.exitCode, 2);
    assert.equal(cli.cause, inner);
    const api = new ApiError(422, inner.message, 'window', { cause: inner });
    assert.deepEqual([api.status, api.parameter, api.cause], [422, 'window', inner]);
    assert.equal(new CliError('plain').cause, undefined);
  });
});
