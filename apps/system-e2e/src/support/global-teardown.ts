import { stopKafka } from '../../../../tools/infra/kafka';
import { TEST_KAFKA_PORT } from './test-infrastructure';

export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { __zcKafkaStartedHere?: boolean }).__zcKafkaStartedHere) await stopKafka({ port: TEST_KAFKA_PORT });
}
