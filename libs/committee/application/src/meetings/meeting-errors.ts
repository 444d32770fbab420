import { ConflictException, ForbiddenException } from '@nestjs/common';

export const conflict = (ruleId: string | null, message: string) => new ConflictException({ statusCode: 409, error: 'Conflict', ruleId, message });
export const forbidden = (message: string) => new ForbiddenException({ statusCode: 403, error: 'Forbidden', message });
