/** Builds the web console into dist/console (see build.js). */
export function buildConsole(options?: { onlyWhenStale?: boolean }): { built: boolean };
/** Gzip bytes of what the console's first page load needs, largest file first. */
export function initialLoad(): { total: number; files: { file: string; gzip: number }[] };
export const INITIAL_JS_BUDGET: number;
export const CONSOLE_DIR: string;
