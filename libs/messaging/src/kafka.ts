import { Logger } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type LogEntry, type Producer } from 'kafkajs';

/** Where the brokers are, and who this client is to them (SASL/SCRAM-SHA-512). */
export interface KafkaAccess {
  brokers: string[];
  sasl?: { username: string; password: string };
  /** TLS (SASL_SSL) with these CA certificates (PEM); plaintext when absent. */
  tlsCa?: string[];
}

export interface KafkaSettings extends KafkaAccess {
  clientId: string;
  /** Partitions for topics this process creates. */
  partitions: number;
  /** The topics this client uses, made sure to exist at connect (all of the platform's when absent). */
  topics?: string[];
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

export function createKafka(settings: KafkaAccess & { clientId: string }): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: settings.brokers,
    ...(settings.sasl ? { sasl: { mechanism: 'scram-sha-512' as const, ...settings.sasl } } : {}),
    ...(settings.tlsCa ? { ssl: { ca: settings.tlsCa } } : {}),
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
