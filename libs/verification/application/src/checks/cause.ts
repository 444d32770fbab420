import type { Envelope } from '@zc/contracts';

/** Why a check changed, for the events it publishes. */
export interface Cause {
  correlationId: string;
  causedBy?: Envelope;
}

export const eventMetaOf = (cause: Cause) => ({ source: 'verification', correlationId: cause.correlationId, causedBy: cause.causedBy });
