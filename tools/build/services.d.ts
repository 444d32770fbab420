/** Compiles the services and their libraries to JavaScript under dist/services/<digest> (see services.js). */
export function buildServices(options?: { out?: string }): { dir: string; built: boolean; files: number; ms: number };
