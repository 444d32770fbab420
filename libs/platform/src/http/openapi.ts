import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

/** OpenAPI schema for a zod schema, so /docs shows the same rules the pipe enforces. */
export function openApiSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as Record<string, unknown>;
  return rest;
}

/**
 * Documents each field of a zod query schema as a query parameter, so /docs and the console's
 * generated clients know the filters the pipe accepts.
 */
export function ApiQueryOf(schema: z.ZodObject): MethodDecorator {
  const { properties = {}, required = [] } = openApiSchemaOf(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return applyDecorators(...Object.entries(properties).map(([name, property]) => ApiQuery({ name, required: required.includes(name), schema: property })));
}
