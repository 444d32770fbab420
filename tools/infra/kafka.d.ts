export interface KafkaOptions {
  port?: number;
  controllerPort?: number;
  stateDir?: string;
  libsDir?: string;
}
export const KAFKA_VERSION: string;
export function ensureKafka(options?: KafkaOptions): Promise<{ bootstrap: string; pid: number | null; startedHere: boolean }>;
export function stopKafka(options?: KafkaOptions): Promise<{ stopped: boolean; pid: number | null }>;
export function isPortOpen(host: string, port: number, timeoutMs?: number): Promise<boolean>;
