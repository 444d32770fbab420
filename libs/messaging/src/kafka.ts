import { Logger } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type LogEntry, type Producer } from 'kafkajs';

export interface KafkaSettings {
  clientId: string;
  brokers: string[];
  /** Partitions for topics this process creates. */
  partitions: number;
}

const nestLogger = new Logger('kafkajs');

/**
 * kafkajs warns on every idempotent producer that limited retries weaken exactly-once delivery.
 * We do not rely on Kafka's exactly-once: the outbox re-publishes and consumers' inboxes dedupe.
 */
const EXPECTED_WARNINGS = ['Limiting retries for the idempotent producer'];

function logCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    if (EXPECTED_WARNINGS.some((warning) => message.startsWith(warning))) return;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) nestLogger.error(line);
    else if (level === logLevel.WARN) nestLogger.warn(line);
  };
}

export function createKafka(settings: KafkaSettings): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    logLevel: logLevel.WARN,
    logCreator,
    retry: { initialRetryTime: 200, retries: 10, maxRetryTime: 5_000 },
  });
}

/** Idempotent producer, one request in flight: per-key order survives retries. */
export function createProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}
