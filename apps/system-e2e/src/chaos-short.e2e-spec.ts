import { Cleanup, runChaos, TEST_CHAOS_ENVIRONMENT } from './support/chaos-environment';

/**
 * The short chaos run of `npm run chaos` (tools/chaos/README.md), inside `npm test`: 20
 * declarations through all six services while service instances are SIGKILLed and restarted, the
 * test broker is restarted once and PostgreSQL once. PostgreSQL is the machine's server, so its
 * restart is skipped when CHAOS_RESTART_POSTGRES=0 (a workstation whose PostgreSQL others use).
 */
describe('chaos (short): services killed, the broker and the database restarted, while declarations flow', () => {
  // Stops the services, the monkey and the database pools the run started, pass or fail.
  const cleanup = new Cleanup();
  afterAll(() => cleanup.run(() => undefined));

  it('ends every declaration in exactly one final state, with one certificate per pass and no unexplained dead letter', async () => {
    const restartPostgres = process.env['CHAOS_RESTART_POSTGRES'] !== '0';
    const result = await runChaos({
      count: 20,
      seed: Number(process.env['CHAOS_SEED'] ?? 20_231_020),
      killEveryMs: 8_000,
      maxKills: 3,
      restartKafka: true,
      restartPostgres,
      batchSize: 10,
      concurrency: 3,
      settleTimeoutMs: 120_000,
      environment: TEST_CHAOS_ENVIRONMENT,
      log: (line) => process.stderr.write(`[chaos] ${line}\n`),
    }, cleanup);
    expect(result.chaos.filter((r) => r.step.kind === 'kill').length).toBeGreaterThanOrEqual(1);
    expect(result.chaos.filter((r) => r.step.kind === 'kafka')).toHaveLength(1);
    expect(result.chaos.filter((r) => r.step.kind === 'postgres')).toHaveLength(restartPostgres ? 1 : 0);
    expect(result.report.breaches).toEqual([]);
    expect(result.report.declarationsInIntake).toBe(20);
    // Seeded intents: 2 of 20 fail verification, 2 are voted down, 16 pass.
    expect(result.report.byFinalState).toEqual({ 'certificate-issued': 16, 'verification-failed': 2, 'committee-failed': 2 });
    expect(result.report.certificates).toBe(16);
    expect(result.report.dlt.unexplained).toBe(0);
  }, 420_000);
});
