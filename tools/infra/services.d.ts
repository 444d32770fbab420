export function ensurePostgres(): Promise<void>;
export function ensureRedis(): Promise<void>;
export function waitForPort(host: string, port: number, timeoutMs?: number): Promise<true>;
