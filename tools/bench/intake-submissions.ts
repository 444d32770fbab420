import { performance } from 'node:perf_hooks';
import { ApiClient, declareUntilAccepted, PRINCIPALS, RunningSystem, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, type SystemSettings } from '@zc/testing';
import { dropDatabases, generateClients, migrateDatabases } from '../infra/databases';
import { kafkaCredentials, stopKafka } from '../infra/kafka';
import { ensureSecuredKafka } from '../infra/secured-kafka';
import { ensurePostgres, ensureRedis } from '../infra/services';

/**
 * Intake at a deadline peak: applicants create and submit declarations over HTTP at rising
 * concurrency. Prints declarations per second, p50/p99 latency and errors per level, against a
 * baseline measured in the same run: the same service answering /health/live at the same
 * concurrency (the HTTP floor of one Node process on this machine).
 *
 *   npm run bench:intake -- [--levels 1,4,16,64] [--seconds 8]
 */
const KAFKA_PORT = 9292;
const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]] as const));
const LEVELS = (args.get('--levels') ?? '1,4,16,64').split(',').map(Number);
const SECONDS = Number(args.get('--seconds') ?? '8');

const settings: SystemSettings = {
  env: { KAFKA_BROKERS: `127.0.0.1:${KAFKA_PORT}`, REDIS_URL: 'redis://127.0.0.1:6379/2', LOG_LEVEL: 'warn', TEST_CLOCK: 'enabled', NODE_ENV: 'test', DATABASE_POOL_SIZE: '20' },
  databaseUrl: (service) => `postgresql://postgres@127.0.0.1:5432/zc_bench_${service}`,
  port: () => 4301,
  logDir: `${__dirname}/../../.cache/bench-logs`,
  kafkaPassword: (principal) => kafkaCredentials({ port: KAFKA_PORT })[principal],
};

interface Result {
  done: number;
  errors: number;
  latencies: number[];
  seconds: number;
}

/** Runs `op` from `concurrency` loops for `seconds`; each loop starts its next call when one ends. */
async function load(concurrency: number, seconds: number, op: (i: number) => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await op(next++).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  return { done: latencies.length, errors, latencies, seconds: (performance.now() - started) / 1000 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  await Promise.all([ensurePostgres(), ensureRedis()]);
  const kafka = await ensureSecuredKafka(KAFKA_PORT);
  await generateClients();
  await dropDatabases({ prefix: 'zc_bench_' }); // every run starts empty, so runs compare and applicants never repeat
  await migrateDatabases({ prefix: 'zc_bench_' });
  const system = new RunningSystem(settings, { services: ['intake'] });
  await system.start();
  try {
    const url = system.url('intake');
    await setIntakeClock(url, TIANJIN_2023_REVIEW_DAY);
    const base = 0; // numbers below 18,250,000 are distinct people (R-EL-4)
    const declare = async (i: number) => {
      const n = base + i;
      const applicant = new ApiClient(url).as(PRINCIPALS.applicant(n));
      const draft = await applicant.post<{ id: string }>('/declarations', sampleDeclaration(n));
      if (draft.status !== 201) return false;
      const submitted = await applicant.post(`/declarations/${draft.body.id}/submission`, {});
      return submitted.status === 200;
    };
    const live = async () => (await fetch(`${url}/health/live`)).status === 200;
    const warmUp = await load(4, 2, declare); // JIT, pools, first Kafka batches
    await declareUntilAccepted(url, base + 18_000_000, sampleDeclaration(base + 18_000_000)); // the whole path works

    console.log(`\nintake: create a draft + submit it (eligibility, state, outbox) over HTTP, ${SECONDS} s per level`);
    console.log('concurrency | declarations/s | p50 ms | p99 ms | errors | baseline req/s (/health/live) | ratio');
    let offset = warmUp.done + 4;
    for (const concurrency of LEVELS) {
      const result = await load(concurrency, SECONDS, (i) => declare(offset + i));
      offset += result.done + concurrency;
      const baseline = await load(concurrency, Math.min(SECONDS, 4), live);
      const rate = result.done / result.seconds;
      const baselineRate = baseline.done / baseline.seconds;
      console.log(
        [
          String(concurrency).padStart(11),
          rate.toFixed(1).padStart(14),
          percentile(result.latencies, 50).toFixed(1).padStart(6),
          percentile(result.latencies, 99).toFixed(1).padStart(6),
          String(result.errors).padStart(6),
          baselineRate.toFixed(0).padStart(29),
          (rate / baselineRate).toFixed(3).padStart(5),
        ].join(' | '),
      );
    }
  } finally {
    await system.stop();
    if (kafka.startedHere) await stopKafka({ port: KAFKA_PORT });
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
