/**
 * Chaos run (issue 8): while N declarations flow through all six services, a seeded monkey
 * SIGKILLs and restarts random service instances at intervals, restarts the Kafka broker once and
 * PostgreSQL once; then, with everything up and quiet, checks that every declaration is in exactly
 * one final state (the intended one), each pass has exactly one certificate, no dead-letter topic
 * holds an unexplained message and no fact was published twice. Prints the counts; exit 1 on any
 * breach, 2 when the run itself could not be carried out.
 *
 *   npm run chaos -- [--count 200] [--seed S] [--kill-every-ms 8000] [--batch-size 25]
 *                    [--no-restart-postgres] [--no-restart-kafka] [--max-kills 60] [--concurrency 3]
 *
 * Own infrastructure only: Kafka on 9592, databases zc_chaos_*, Redis database 6, ports 46xx.
 * --restart-postgres (on by default) restarts the machine's shared PostgreSQL server: every other
 * user of it sees a few seconds of outage.
 */
import { Cleanup, DEFAULT_OPTIONS, runChaos, type ChaosOptions } from './scenario';

function parseArgs(argv: string[]): ChaosOptions {
  const options: ChaosOptions = { ...DEFAULT_OPTIONS, seed: Math.floor(Math.random() * 2 ** 31) };
  const number = (name: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number, got ${value}`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--count': options.count = number('count', value()); break;
      case '--seed': options.seed = number('seed', value()); break;
      case '--kill-every-ms': options.killEveryMs = number('kill-every-ms', value()); break;
      case '--batch-size': options.batchSize = Math.max(1, number('batch-size', value())); break;
      case '--concurrency': options.concurrency = Math.max(1, number('concurrency', value())); break;
      case '--max-kills': options.maxKills = number('max-kills', value()); break;
      case '--settle-timeout-ms': options.settleTimeoutMs = number('settle-timeout-ms', value()); break;
      case '--restart-postgres': options.restartPostgres = true; break;
      case '--no-restart-postgres': options.restartPostgres = false; break;
      case '--restart-kafka': options.restartKafka = true; break;
      case '--no-restart-kafka': options.restartKafka = false; break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  log(`chaos run: ${options.count} declarations, seed ${options.seed} (again: --seed ${options.seed}), a kill every ${options.killEveryMs} ms, `
    + `Kafka restart ${options.restartKafka ? 'on' : 'off'}, PostgreSQL restart ${options.restartPostgres ? 'on' : 'off'}`);
  const cleanup = new Cleanup();
  let interrupted = false;
  const onSignal = (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping everything this run started…`);
    void cleanup.run(log).then(() => process.exit(130));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  try {
    const result = await runChaos({ ...options, log }, cleanup);
    const { report } = result;
    const kills = result.chaos.filter((r) => r.step.kind === 'kill');
    log('\n=== chaos run summary ===');
    log(`seed ${options.seed}; N ${options.count}; time: setup ${result.seconds.setup.toFixed(0)} s, flow ${result.seconds.flow.toFixed(0)} s, settle+check ${result.seconds.settle.toFixed(0)} s, total ${result.seconds.total.toFixed(0)} s`);
    log(`chaos: ${kills.length} SIGKILLs (${Object.entries(kills.reduce<Record<string, number>>((acc, r) => ((acc[(r.step as { victim: string }).victim] = (acc[(r.step as { victim: string }).victim] ?? 0) + 1), acc), {})).map(([v, n]) => `${v}×${n}`).join(', ')}), `
      + `Kafka restarts ${result.chaos.filter((r) => r.step.kind === 'kafka').length}, PostgreSQL restarts ${result.chaos.filter((r) => r.step.kind === 'postgres').length}, `
      + `services exiting by themselves ${result.selfExits.length}; driver retries ${result.driverRetries}; committee meetings ${result.meetings}`);
    log(`declarations: ${report.cases} driven, ${report.declarationsInIntake} in intake; by state: ${Object.entries(report.byFinalState).map(([s, n]) => `${s} ${n}`).join(', ')}`);
    log(`certificates: ${report.certificates} for ${report.byFinalState['certificate-issued'] ?? 0} certificate-issued declarations`);
    log(`events: ${report.outboxEvents} in outboxes, ${report.auditRecords} in supervision's audit chain`);
    log(`consumers: ${result.stalls} stalls reported; committed lag at the end: ${Object.entries(result.lagAtEnd).map(([service, n]) => `zc-${service} ${n}`).join(', ')}`);
    log(`dead letters: ${report.dlt.total} (explained ${report.dlt.explained}, unexplained ${report.dlt.unexplained})`);
    for (const letter of report.deadLetters) log(`  ${letter.explained ? 'explained' : 'UNEXPLAINED'} ${letter.topic} key ${letter.key}: ${letter.why}`);
    if (result.ok) {
      log('\nPASS: every invariant holds');
      return 0;
    }
    log(`\nFAIL: ${report.breaches.length} breaches`);
    for (const breach of report.breaches.slice(0, 100)) log(`  - ${breach}`);
    if (report.breaches.length > 100) log(`  … and ${report.breaches.length - 100} more`);
    return 1;
  } catch (error) {
    console.error(`chaos run could not complete: ${(error as Error).stack ?? error}`);
    return 2;
  } finally {
    if (!interrupted) await cleanup.run(log);
  }
}

main().then((code) => process.exit(code));
