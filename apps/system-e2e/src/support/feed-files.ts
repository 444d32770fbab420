import { spawn } from 'node:child_process';
import type { FeedSourceName } from '@zc/contracts';
import { WORKSPACE_ROOT } from '@zc/testing';
import { TEST_SYSTEM } from './test-system';

export interface ImportReport {
  importId: string;
  linesRead: number;
  rowsAccepted: number;
  rowsAlreadyHeld: number;
  rowsRejected: number;
  alreadyImported: boolean;
  resumedAfterLine: number;
  rejectReasons: Record<string, number>;
}

/** Runs the import tool as ops would, in its own process; resolves with its report or how it died. */
export function runImport(source: FeedSourceName, file: string, format: 'csv' | 'ndjson', env: Record<string, string> = {}, chunk = 1_000) {
  return new Promise<{ report?: ImportReport; signal: NodeJS.Signals | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'tools/feeds/import-feed.ts', '--source', source, '--file', file, '--format', format, '--chunk', String(chunk)], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATABASE_URL: TEST_SYSTEM.databaseUrl('verification'), ...env },
    });
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (_code, signal) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      resolve({ report: last.startsWith('{') ? (JSON.parse(last) as ImportReport) : undefined, signal, output });
    });
  });
}
