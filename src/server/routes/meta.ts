/**
 * Routes about what the server holds: health, datasets with provenance, event presets, size schemes and
 * the OpenAPI document.
 */
import type { Hono } from 'hono';
import { EVENT_SETS, eventSet } from '../../events/event-sets.ts';
import { SCHEMA_VERSION } from '../../store/schema.ts';
import { VERSION } from '../../version.ts';
import { answer, JSON_TYPE, LIMITS, type ServerState, toJson } from '../context.ts';
import { PRESETS } from '../data/presets.ts';
import { SCHEMES } from '../data/schemes.ts';
import { openApiDocument } from '../openapi.ts';
import { readQuery } from '../params.ts';

/** Registers /api/health, /api/datasets, /api/events, /api/schemes and /openapi.json. */
export function registerMeta(app: Hono, state: ServerState): void {
  app.get('/api/health', async (c) => {
    readQuery(new URL(c.req.url), []);
    const shed = state.shedder;
    return c.json({
      ok: true,
      version: VERSION,
      schemaVersion: SCHEMA_VERSION,
      cached: state.cache.size,
      ...(shed ? { load: { lagMs: Math.round(shed.lag), shedding: shed.share, shed: shed.shed } } : {}),
    });
  });

  app.get('/api/datasets', (c) => {
    readQuery(new URL(c.req.url), []);
    return answer(c, state, 'datasets', JSON_TYPE, async () => {
      const rows = await state.store.all(
        `SELECT name, kind, vintage, source, citation, file, sha256, rows::DOUBLE AS rows,
                strftime(imported_at, '%Y-%m-%dT%H:%M:%SZ') AS imported_at
         FROM datasets ORDER BY name LIMIT ${LIMITS.maxRows}`,
      );
      const counts = await state.store.counts();
      return toJson({ datasets: rows, tables: counts });
    });
  });

  app.get('/api/events', (c) => {
    readQuery(new URL(c.req.url), []);
    return answer(c, state, 'events', JSON_TYPE, async () =>
      toJson({
        events: PRESETS,
        sets: Object.fromEntries(EVENT_SETS.map((name) => [name, eventSet(name)])),
        conventions: {
          timing:
            'after-close: t0 is the next session and the base is the event day close; before-open and intraday: t0 is the event day (or next session) and the base the previous close',
        },
      }),
    );
  });

  app.get('/api/schemes', (c) => {
    readQuery(new URL(c.req.url), []);
    // Capabilities from the data: a weighting is offered only if the store has its daily series, and each
    // scheme says from and through which dates its legs run (so the page offers nothing the data cannot
    // answer, and says so before asking).
    return answer(c, state, 'schemes', JSON_TYPE, async () => {
      const daily = await state.store.all<{ weighting: string; from: string; through: string }>(
        `SELECT weighting, strftime(min(date), '%Y-%m-%d') AS "from", strftime(max(date), '%Y-%m-%d') AS through
         FROM portfolio_series WHERE frequency = 'daily' AND measure = 'return' GROUP BY weighting`,
      );
      const bars = await state.store.all<{ id: string; from: string; through: string }>(
        `SELECT id, strftime(min(date), '%Y-%m-%d') AS "from", strftime(max(date), '%Y-%m-%d') AS through
         FROM bars WHERE id IN ('^RUT', '^GSPC') GROUP BY id`,
      );
      const schemes = SCHEMES.map((s) => {
        if (s.kind === 'bars') {
          const legs = [s.small, s.large].map((id) => bars.find((b) => b.id === id));
          const held = legs.every((b) => b !== undefined);
          // both legs are needed: the later start and the earlier end
          const from = held ? legs.map((b) => b.from).sort()[1] : null;
          const through = held ? legs.map((b) => b.through).sort()[0] : null;
          return { ...s, from, through, unavailable: [] };
        }
        const have = s.weightings.filter((w) => daily.some((d) => d.weighting === w));
        const unavailable = s.weightings
          .filter((w) => !have.includes(w))
          .map((w) => ({ weighting: w, reason: `no daily ${w}-weighted size portfolios in the data` }));
        const value = daily.find((d) => d.weighting === 'value');
        return {
          ...s,
          weightings: have,
          from: value?.from ?? null,
          through: value?.through ?? null,
          unavailable,
        };
      });
      return toJson({ schemes, limits: LIMITS });
    });
  });

  app.get('/openapi.json', (c) => {
    readQuery(new URL(c.req.url), []);
    return c.json(openApiDocument());
  });
}
