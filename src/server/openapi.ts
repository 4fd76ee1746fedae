/**
 * The OpenAPI 3.1 document of the API, served at /openapi.json. Tests check real responses against the
 * schemas (openapi-schemas.ts), so they stay true. Parameters list the same allow-lists and bounds the
 * routes enforce.
 */
import { VERSION } from '../version.ts';
import { get } from './openapi-ops.ts';
import { dataPaths } from './openapi-paths-data.ts';
import { eventPaths } from './openapi-paths-events.ts';
import { withRegions } from './openapi-regions.ts';
import type { Schema } from './openapi-schemas.ts';

export { SCHEMAS } from './openapi-schemas.ts';

/**
 * The OpenAPI document.
 * @example openApiDocument().paths['/api/returns-since']
 */
export function openApiDocument(): Schema {
  const doc = baseDocument();
  withRegions(doc.paths as Parameters<typeof withRegions>[0]);
  return doc;
}

function baseDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'capgap API',
      version: VERSION,
      description:
        'Read-only: the size effect around market events. Returns are decimals; dates ISO (YYYY-MM-DD).',
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    components: {
      securitySchemes: {
        importToken: { type: 'http', scheme: 'bearer', description: 'the value of CAPGAP_IMPORT_TOKEN' },
      },
    },
    paths: {
      '/api/health': get('liveness and schema version', [], 'health'),
      '/api/datasets': get('datasets in the store, with provenance, and table row counts', [], 'datasets'),
      '/api/events': get('event presets (date, news timing)', [], 'events'),
      '/api/schemes': get('size schemes, weightings and request bounds', [], 'schemes'),
      ...eventPaths(),
      ...dataPaths(),
    },
  };
}
