import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configPath, loadConnectorConfig } from '../../src/connectors/config.ts';
import { fetchSettings, sourceUrl } from '../../src/connectors/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'capgap-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('connector config file', () => {
  it('configPath is $CAPGAP_CONFIG, else config.yaml beside the store', () => {
    assert.equal(
      configPath('/data/capgap.duckdb', { CAPGAP_CONFIG: '/etc/capgap.yaml' }),
      '/etc/capgap.yaml',
    );
    assert.equal(configPath('/data/capgap.duckdb', {}), '/data/config.yaml');
  });
  it('reads the connectors section; a missing file or section is an empty config', () => {
    const f = file(
      'ok.yaml',
      'report: {}\nconnectors:\n  sec_user_agent: Jane Doe jane@example.com\n  ishares_products: { iwn: 1/x }\n  urls: { stooq: http://127.0.0.1:9 }\n',
    );
    const c = loadConnectorConfig(f);
    assert.equal(c.secUserAgent, 'Jane Doe jane@example.com');
    assert.deepEqual(c.isharesProducts, { IWN: '1/x' });
    assert.deepEqual(c.urls, { stooq: 'http://127.0.0.1:9' });
    assert.deepEqual(loadConnectorConfig(join(dir, 'absent.yaml')), {});
    assert.deepEqual(loadConnectorConfig(file('other.yaml', 'report: {}\n')), {
      file: join(dir, 'other.yaml'),
    });
  });
  it('names the file and the key when the config is wrong', () => {
    assert.throws(
      () => loadConnectorConfig(file('bad.yaml', 'connectors: [\n')),
      /bad\.yaml: not valid YAML/,
    );
    assert.throws(
      () => loadConnectorConfig(file('k.yaml', 'connectors:\n  user_agent: x\n')),
      /k\.yaml: unknown key connectors\.user_agent/,
    );
    assert.throws(
      () => loadConnectorConfig(file('u.yaml', 'connectors:\n  urls: { bloomberg: x }\n')),
      /unknown key connectors\.urls\.bloomberg/,
    );
    assert.throws(
      () => loadConnectorConfig(file('t.yaml', 'connectors:\n  sec_user_agent: 42\n')),
      /connectors\.sec_user_agent must be a string/,
    );
  });
  it('fetchSettings: options win over the environment, which wins over the file', () => {
    const db = join(dir, 'store.duckdb');
    writeFileSync(
      join(dir, 'config.yaml'),
      'connectors:\n  cache_dir: /from/file\n  urls: { stooq: http://file }\n',
    );
    assert.equal(fetchSettings({ db }, {}).ctx.cache.dir, '/from/file');
    assert.equal(fetchSettings({ db }, { CAPGAP_CACHE: '/from/env' }).ctx.cache.dir, '/from/env');
    assert.equal(
      fetchSettings({ db, cacheDir: '/from/option' }, { CAPGAP_CACHE: '/from/env' }).ctx.cache.dir,
      '/from/option',
    );
    const { cfg, ctx } = fetchSettings({ db, maxAgeHours: '2', timeoutSeconds: '5', retries: '1' }, {});
    assert.deepEqual([ctx.maxAgeMs, ctx.http?.timeoutMs, ctx.http?.retries], [7_200_000, 5000, 1]);
    assert.equal(sourceUrl('stooq', cfg, {}), 'http://file');
    assert.equal(sourceUrl('stooq', cfg, { CAPGAP_STOOQ_URL: 'http://env' }), 'http://env');
    assert.throws(() => fetchSettings({ db, maxAgeHours: 'soon' }, {}), /invalid --max-age: "soon"/);
    assert.throws(() => fetchSettings({ db, cache: 'never' }, {}), /invalid --cache: "never"/);
  });
});
