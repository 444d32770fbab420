import { stopKafka } from '../../../../tools/infra/kafka';

export default async function globalTeardown(): Promise<void> {
  const startedHere = (globalThis as { __zcKafkaStartedHere?: number[] }).__zcKafkaStartedHere ?? [];
  await Promise.all(startedHere.map((port) => stopKafka({ port })));
}
