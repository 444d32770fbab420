export interface KafkaOptions {
  port?: number;
  controllerPort?: number;
  stateDir?: string;
  libsDir?: string;
}
/** Passwords by principal (`admin`, the services, `feed-<source>`). */
export type KafkaCredentials = Record<string, string>;
export const KAFKA_VERSION: string;
export const KAFKA_PRINCIPALS: readonly string[];
export function ensureKafka(options?: KafkaOptions): Promise<{ bootstrap: string; pid: number | null; startedHere: boolean; credentials: KafkaCredentials }>;
export function stopKafka(options?: KafkaOptions): Promise<{ stopped: boolean; pid: number | null }>;
export function kafkaCredentials(options?: KafkaOptions): KafkaCredentials;
export function isPortOpen(host: string, port: number, timeoutMs?: number): Promise<boolean>;
