import type { z } from 'zod';
import type { Envelope } from './envelope';
import type { Topic } from './topics';

export interface EventDefinition<TType extends string = string, TData extends z.ZodType = z.ZodType> {
  readonly type: TType;
  readonly topic: Topic;
  readonly summary: string;
  readonly data: TData;
}

export function defineEvent<TType extends string, TData extends z.ZodType>(
  definition: EventDefinition<TType, TData>,
): EventDefinition<TType, TData> {
  return definition;
}

export type EventData<D extends EventDefinition> = z.infer<D['data']>;
export type EventOf<D extends EventDefinition> = Envelope<EventData<D>> & { type: D['type'] };
