import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

export interface FieldIssue {
  field: string;
  reason: string;
}

/** Validates a body or query with zod; a 400 names every bad field and why. Nothing runs on failure. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues: FieldIssue[] = result.error.issues.map((issue) => ({
      field: issue.path.join('.') || '(body)',
      reason: issue.message,
    }));
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues });
  }
}
