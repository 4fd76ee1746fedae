import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DESCRIPTIONS } from '../../src/cli/descriptions.ts';
import { COMMANDS, main } from '../../src/cli/main.ts';
import { VERSION } from '../../src/version.ts';
import { captureIO } from '../helpers/cli.ts';

// The CLI's root: --help lists every command without loading any, --version is package.json's.
describe('capgap (the root command)', () => {
  it('--version prints the version written in package.json', async () => {
    const io = captureIO();
    assert.equal(await main(['--version'], io), 0);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(io.stdout.trim(), pkg.version);
    assert.equal(VERSION, pkg.version);
  });

  it('--help lists every command, each with the description its own meta gives (./descriptions.ts)', async () => {
    for (const [name, load] of Object.entries(COMMANDS)) {
      const cmd = await load();
      const meta = typeof cmd.meta === 'function' ? await cmd.meta() : await cmd.meta;
      assert.equal(meta?.description, DESCRIPTIONS[name as keyof typeof DESCRIPTIONS], name);
    }
    assert.deepEqual(Object.keys(COMMANDS).sort(), Object.keys(DESCRIPTIONS).sort());
    const io = captureIO();
    assert.equal(await main(['--help'], io), 0);
    for (const name of Object.keys(COMMANDS)) assert.match(io.stdout, new RegExp(`\\b${name}\\b`));
  });

  it("--help, and each command's, print on the IO's stdout as plain text when it is not a terminal", async () => {
    for (const argv of [['--help'], ...Object.keys(COMMANDS).map((c) => [c, '--help'])]) {
      const io = captureIO();
      assert.equal(await main(argv, io), 0, argv.join(' '));
      assert.match(io.stdout, /USAGE capgap/, `${argv.join(' ')} printed no usage on stdout`);
      assert.ok(!io.stdout.includes('\u001b['), `${argv.join(' ')} printed terminal colour codes`);
    }
  });

  it('rejects an unknown command with the list of known ones', async () => {
    const io = captureIO();
    assert.equal(await main(['nope'], io), 2);
    assert.match(io.stderr, /unknown command "nope"; try one of: report, import/);
  });
});
