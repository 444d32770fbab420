/** Types of normalize-openapi.cjs (plain CommonJS, shared by the generator and the system specs). */
export type ConsoleService = 'intake' | 'verification' | 'committee' | 'publicity' | 'certificate' | 'supervision';
export declare const CONSOLE_SERVICES: readonly ConsoleService[];
export declare const DEFAULT_SERVICE_PORTS: Readonly<Record<ConsoleService, number>>;
/** `servers` dropped, object keys sorted recursively, arrays as they were. */
export declare function normalizeOpenApi(document: unknown): Record<string, unknown>;
/** The committed snapshot's text: the normalized document, 2-space JSON, final newline. */
export declare function renderOpenApiSnapshot(document: unknown): string;
/** JSON pointers where `actual` differs from `expected` (`added /paths/~1x`, `removed …`, `changed …`), at most `limit`. */
export declare function openApiDifferences(expected: unknown, actual: unknown, limit?: number): string[];
