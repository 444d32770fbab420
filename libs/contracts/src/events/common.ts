import { z } from 'zod';

export const declarationId = z.uuid().describe('The declaration this event is about');
export const outcome = z.enum(['passed', 'failed']);
