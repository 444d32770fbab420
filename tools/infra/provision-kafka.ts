import { parseArgs } from 'node:util';
import { provisionKafka } from '@zc/messaging';
import { kafkaCredentials } from './kafka';

/**
 * Creates the platform's topics and ACLs on a broker, as its administrator. Idempotent.
 *   node -r @swc-node/register tools/infra/provision-kafka.ts --port 9092     (a local broker of tools/infra/kafka.js)
 *   KAFKA_BROKERS=… KAFKA_ADMIN_USERNAME=… KAFKA_ADMIN_PASSWORD=… node -r @swc-node/register tools/infra/provision-kafka.ts
 */
const { values } = parseArgs({ options: { port: { type: 'string' }, partitions: { type: 'string', default: process.env['KAFKA_PARTITIONS'] ?? '3' } } });

const admin = values.port
  ? { brokers: [`127.0.0.1:${values.port}`], sasl: { username: 'admin', password: kafkaCredentials({ port: Number(values.port) })['admin'] as string } }
  : {
      brokers: (process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092').split(','),
      sasl: { username: process.env['KAFKA_ADMIN_USERNAME'] ?? 'admin', password: process.env['KAFKA_ADMIN_PASSWORD'] ?? '' },
    };

provisionKafka(admin, Number(values.partitions)).then(
  ({ topics, acls }) => console.log(`Kafka at ${admin.brokers.join(',')}: ${topics} topics and ${acls} ACLs in place`),
  (error: Error) => {
    console.error(`provisioning Kafka at ${admin.brokers.join(',')} failed: ${error.message}`);
    process.exit(1);
  },
);
