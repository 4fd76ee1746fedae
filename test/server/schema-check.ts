/**
 * A small JSON-Schema checker for the OpenAPI response schemas (the subset src/server/openapi.ts uses:
 * type (incl. arrays of types and 'integer'), enum, properties, required, items, additionalProperties,
 * format 'date'). Returns the list of violations, each with its JSON path.
 */
type Schema = Record<string, unknown>;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Violations of `schema` by `value` (empty when it conforms). */
export function check(value: unknown, schema: Schema, path = '$'): string[] {
  const out: string[] = [];
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    out.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const t = typeOf(value);
    const ok = types.some((x) => x === t || (x === 'integer' && t === 'number' && Number.isInteger(value)));
    if (!ok) return [...out, `${path}: expected ${types.join('|')}, got ${t}`];
  }
  if (schema.format === 'date' && typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    out.push(`${path}: ${JSON.stringify(value)} is not a date`);
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const r of (schema.required as string[]) ?? []) if (!(r in obj)) out.push(`${path}.${r}: missing`);
    const props = (schema.properties as Record<string, Schema>) ?? {};
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) out.push(...check(v, props[k], `${path}.${k}`));
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        out.push(...check(v, schema.additionalProperties as Schema, `${path}.${k}`));
      }
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((v, i) => {
      out.push(...check(v, schema.items as Schema, `${path}[${i}]`));
    });
  }
  return out;
}
