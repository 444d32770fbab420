import { z } from 'zod';

/** `<service>.<aggregate>.<fact>.v<N>`, e.g. `intake.declaration.submitted.v1`. */
export const EVENT_TYPE_PATTERN = /^[a-z]+(\.[a-z][a-z-]*)+\.v[0-9]+$/;

/**
 * The envelope every event travels in. `subject` is the case the event is about (a declaration
 * id for the whole cycle) and is the Kafka key, so all events of one case stay in order.
 */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(EVENT_TYPE_PATTERN, 'must look like <service>.<aggregate>.<fact>.v<N>'),
  source: z.string().min(1),
  subject: z.string().min(1),
  time: z.iso.datetime({ offset: true }),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  data: z.unknown(),
});

export type Envelope<TData = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: TData };
