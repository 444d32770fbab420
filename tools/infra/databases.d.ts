export const SERVICES: readonly string[];
export function databaseUrl(service: string, prefix?: string): string;
export function generateClients(): Promise<void>;
export function migrateDatabases(options?: { prefix?: string }): Promise<void>;
export function dropDatabases(options: { prefix: string }): Promise<void>;
export function freshDatabases(options: { prefix: string }): Promise<void>;
