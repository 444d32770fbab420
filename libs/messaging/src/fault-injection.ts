/**
 * Crash points for resilience tests. `FAULT_POINT=relay.before-publish` makes the process die
 * right after its state change committed and before the event reached Kafka;
 * `relay.after-publish` dies after publishing and before marking the outbox row sent.
 * Unset in production: the check is a string comparison.
 */
export type FaultPoint = 'relay.before-publish' | 'relay.after-publish';

export function crashIfFaultPoint(point: FaultPoint): void {
  if (process.env['FAULT_POINT'] === point) {
    process.stderr.write(`fault injection: SIGKILL at ${point}\n`);
    process.kill(process.pid, 'SIGKILL');
  }
}
