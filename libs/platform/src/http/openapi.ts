import { z } from 'zod';

/** OpenAPI schema for a zod schema, so /docs shows the same rules the pipe enforces. */
export function openApiSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as Record<string, unknown>;
  return rest;
}
