import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { consumersLeftDead } from './verify';

const line = (msg: string, context?: string) => JSON.stringify({ level: 30, service: 'publicity', ...(context ? { context } : {}), msg });
const crash = line('consumer crashed: Failed to find group coordinator; restart=false', 'EventConsumer');

function logs(files: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chaos-logs-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(path.join(dir, name), lines.join('\n'));
  return dir;
}

describe('consumers kafkajs gave up on during a chaos run', () => {
  it('is not a breach when the consumer rejoined its group, or the process started again', () => {
    const dir = logs({
      'publicity-4104.log': [line('publicity listening on 0.0.0.0:4104'), crash, line('rejoined the consumer group after a crash', 'EventConsumer')],
      'intake-4101.log': [crash, line('intake listening on 0.0.0.0:4101')],
    });
    expect(consumersLeftDead(new Map(), dir)).toEqual([]);
  });

  it('names a consumer that crashed for good and never came back, even after another consumer rejoined', () => {
    const dir = logs({ 'verification-4102.log': [crash, line('rejoined the consumer group after a crash', 'RecordStreamConsumer')] });
    expect(consumersLeftDead(new Map(), dir)).toEqual([expect.stringContaining('verification-4102.log: ')]);
  });

  it('reads only what was written since the run started', () => {
    const dir = logs({ 'publicity-4104.log': [crash, line('earlier run ends here')] });
    const offsets = new Map([['publicity-4104.log', Buffer.byteLength(`${crash}\n`)]]);
    expect(consumersLeftDead(offsets, dir)).toEqual([]);
  });
});
