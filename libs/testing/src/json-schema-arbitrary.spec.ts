import fc from 'fast-check';
import { z } from 'zod';
import { arbitraryFromJsonSchema, type JsonSchema, type JsonSchemaArbitraryOptions } from './json-schema-arbitrary';

/** What the services document for a request body (openApiSchemaOf in @zc/platform). */
function openApi(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' });
}

/** Every generated value is valid input for the zod schema, as is and after the trip through JSON that an HTTP body takes. */
function expectOnlyValidInput(schema: z.ZodType, options: JsonSchemaArbitraryOptions & { jsonSchema?: JsonSchema; numRuns?: number } = {}): void {
  const { jsonSchema = openApi(schema), numRuns = 200, ...generation } = options;
  fc.assert(
    fc.property(arbitraryFromJsonSchema(jsonSchema, generation), (value) => {
      for (const body of [value, JSON.parse(JSON.stringify(value))]) {
        const result = schema.safeParse(body);
        if (!result.success) throw new Error(`${JSON.stringify(body)} is rejected:\n${z.prettifyError(result.error)}`);
      }
    }),
    { numRuns },
  );
}

function sample(schema: JsonSchema, options?: JsonSchemaArbitraryOptions): unknown[] {
  return fc.sample(arbitraryFromJsonSchema(schema, options), { numRuns: 300, seed: 7 });
}

/** Levels of objects and arrays, 0 for a scalar. */
function nesting(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(nesting));
}

describe('arbitraryFromJsonSchema', () => {
  it('generates valid bodies for an application form: formats, patterns, bounds, enums, optional and nullable fields, arrays, unions, nesting, defaults', () => {
    const application = z.strictObject({
      id: z.uuid(),
      birthDate: z.iso.date(),
      submittedAt: z.iso.datetime(),
      email: z.email(),
      homepage: z.url().optional(),
      creditCode: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/),
      name: z.string().trim().min(1).max(20),
      slug: z.string().regex(/^[a-z0-9-]+$/),
      digest: z.string().regex(/^[0-9a-f]{64}$/),
      yearsOfService: z.int().min(0).max(50),
      score: z.number().gt(0).lte(100),
      level: z.enum(['junior', 'intermediate', 'senior']),
      kind: z.literal('application'),
      remark: z.string().optional(),
      reviewer: z.string().nullable(),
      tags: z.array(z.string().min(1).max(8)).min(1).max(5),
      contact: z.union([z.email(), z.string().regex(/^1\d{10}$/)]),
      address: z.strictObject({
        city: z.string().min(2),
        lines: z.array(z.string()).max(2),
        location: z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).optional(),
      }),
      priority: z.int().min(1).max(5).default(3),
    });
    expectOnlyValidInput(application);
  });

  it('generates each branch of a discriminated union (oneOf) and literals of every kind', () => {
    const decision = z.discriminatedUnion('outcome', [
      z.strictObject({ outcome: z.literal('approve'), note: z.string().max(10).optional() }),
      z.strictObject({ outcome: z.literal('reject'), reasons: z.array(z.enum(['late', 'incomplete'])).min(1) }),
      z.strictObject({ outcome: z.literal('defer'), until: z.iso.date(), flag: z.literal(true), code: z.literal([1, 'one']), nothing: z.null() }),
    ]);
    expectOnlyValidInput(decision);
    const outcomes = new Set(sample(openApi(decision)).map((value) => (value as { outcome: string }).outcome));
    expect(outcomes).toEqual(new Set(['approve', 'reject', 'defer']));
  });

  it('keeps numbers within inclusive and exclusive bounds and on multiples', () => {
    const numbers = z.strictObject({
      positive: z.number().positive(),
      nonNegative: z.int().nonnegative(),
      halfOpen: z.number().gte(-1).lt(1),
      between: z.int().gt(0).lt(3),
      halves: z.number().multipleOf(0.5).min(-2).max(2),
      tenths: z.number().multipleOf(0.1),
      evens: z.int().multipleOf(2).min(1).max(9),
      int32: z.int32(),
      anyNumber: z.number(),
    });
    expectOnlyValidInput(numbers);
  });

  it('merges intersections (allOf), follows references to definitions, and fills records keyed by an enum', () => {
    const address = z.strictObject({ city: z.string().min(2), postcode: z.string().regex(/^\d{6}$/) }).meta({ id: 'ArbitraryTestAddress' });
    const body = z.intersection(
      z.object({ home: address.nullable(), previous: z.array(address).max(2), handle: z.string().regex(/^[a-z]+$/).regex(/^.{2,6}$/) }),
      z.object({ quotas: z.record(z.enum(['tianjin', 'beijing']), z.int().nonnegative()), extras: z.partialRecord(z.enum(['a', 'b']), z.string()) }),
    );
    const jsonSchema = openApi(body);
    expect(JSON.stringify(jsonSchema)).toContain('#/definitions/ArbitraryTestAddress');
    expectOnlyValidInput(body, { jsonSchema });
  });

  it('understands draft 2020-12 output too: numeric exclusive bounds, type arrays, tuples, $defs and property names', () => {
    const tag = z.string().min(1).max(5).meta({ id: 'ArbitraryTestTag' });
    const body = z.strictObject({
      ratio: z.number().gt(0).lt(1),
      count: z.int().gt(-3).lte(3),
      label: z.string().nullable(),
      pair: z.tuple([z.string(), z.int()]),
      tags: z.array(tag).max(3),
      scores: z.record(z.string().regex(/^[a-z]{1,4}$/), z.number()),
      partial: z.partialRecord(z.enum(['x', 'y']), z.boolean()),
    });
    const jsonSchema = z.toJSONSchema(body, { io: 'input' });
    expect(JSON.stringify(jsonSchema)).toContain('#/$defs/ArbitraryTestTag');
    expectOnlyValidInput(body, { jsonSchema });
  });

  it('resolves #/components/schemas references against the root it is given', () => {
    const comment = z.strictObject({ text: z.string().trim().min(1).max(200), mentions: z.array(z.uuid()).max(3) });
    const document = { openapi: '3.0.0', components: { schemas: { Comment: openApi(comment) } } };
    expectOnlyValidInput(comment, { jsonSchema: { $ref: '#/components/schemas/Comment' }, root: document });
  });

  it('falls back to small JSON values for an empty schema and for a reference it cannot follow', () => {
    for (const schema of [{}, { $ref: '#/components/schemas/Missing' }, { $ref: 'https://example.com/schema.json' }]) {
      for (const value of sample(schema)) {
        const json = JSON.stringify(value);
        expect(JSON.stringify(JSON.parse(json))).toBe(json);
        expect(nesting(value)).toBeLessThanOrEqual(3);
      }
    }
  });

  it('sometimes includes an optional property and sometimes leaves it out', () => {
    const values = sample(openApi(z.strictObject({ required: z.string(), optional: z.int().optional(), defaulted: z.boolean().default(false) }))) as Record<string, unknown>[];
    expect(values.every((value) => 'required' in value)).toBe(true);
    for (const key of ['optional', 'defaulted']) {
      expect(values.some((value) => key in value)).toBe(true);
      expect(values.some((value) => !(key in value))).toBe(true);
    }
  });

  it('caps array lengths at maxArrayLength (3 by default) but never below minItems or above maxItems', () => {
    const lengths = (schema: z.ZodType, options?: JsonSchemaArbitraryOptions) => new Set(sample(openApi(schema), options).map((value) => (value as unknown[]).length));
    expect(lengths(z.array(z.int()))).toEqual(new Set([0, 1, 2, 3]));
    expect(lengths(z.array(z.int()), { maxArrayLength: 1 })).toEqual(new Set([0, 1]));
    expect(lengths(z.array(z.int()).min(5), { maxArrayLength: 2 })).toEqual(new Set([5]));
    expect(lengths(z.array(z.int()).min(1).max(2), { maxArrayLength: 10 })).toEqual(new Set([1, 2]));
  });

  it('keeps strings to 40 characters unless minLength or a pattern asks for more', () => {
    const lengths = (schema: z.ZodType) => sample(openApi(schema)).map((value) => (value as string).length);
    expect(Math.max(...lengths(z.string()))).toBeLessThanOrEqual(40);
    expect(new Set(lengths(z.string().min(50)))).toEqual(new Set([50]));
    expect(new Set(lengths(z.string().regex(/^[0-9a-f]{64}$/)))).toEqual(new Set([64]));
  });

  it('stops recursion at maxDepth: optional branches are left out, arrays left empty, nullable values null', () => {
    const category = z.strictObject({
      name: z.string().min(1),
      get children() {
        return z.array(category).optional();
      },
    });
    const jsonSchema = openApi(category);
    expect(JSON.stringify(jsonSchema)).toContain('"$ref":"#"');
    for (const maxDepth of [0, 1, 2, 3]) {
      expectOnlyValidInput(category, { maxDepth, numRuns: 100 });
      expect(Math.max(...sample(jsonSchema, { maxDepth }).map(nesting))).toBeLessThanOrEqual(maxDepth + 1);
    }
    expect(Math.max(...sample(jsonSchema, { maxDepth: 6 }).map(nesting))).toBeGreaterThan(4);

    // Required recursion ends in empty arrays and nulls, so the values still parse.
    const node = z.strictObject({
      get children() {
        return z.array(node);
      },
      get parent() {
        return node.nullable();
      },
    });
    expectOnlyValidInput(node, { maxDepth: 2, numRuns: 100 });
    type Tree = string | Tree[];
    const tree: z.ZodType<Tree> = z.lazy(() => z.union([z.string().max(3), z.array(tree)]));
    expectOnlyValidInput(tree, { maxDepth: 1, numRuns: 100 });
  });

  it('fails when built, not while generating, for a schema it cannot meet', () => {
    expect(() => arbitraryFromJsonSchema({ type: 'string', pattern: '^a{1,3}$', minLength: 5 })).toThrow(/cannot generate strings/);
    expect(() => arbitraryFromJsonSchema({ type: 'object', properties: { self: { $ref: '#' } }, required: ['self'] })).toThrow(/nest deeper/);
  });
});
