import type { Envelope } from '@zc/contracts';
import { claimEvent, claimEvents } from './inbox';
import { enqueueEvent } from './outbox';
import type { OutboxRelay } from './outbox-relay';
import type { SqlExecutor, TransactionRunner } from './sql';

export type Publish = (event: Envelope) => Promise<void>;

/**
 * The one way services change state: the change, the events it causes (outbox) and, for a
 * consumer, the record that the incoming event was handled (inbox) commit together.
 */
export class EventTransactions<TTx extends SqlExecutor = SqlExecutor> {
  constructor(
    private readonly runTransaction: TransactionRunner<TTx>,
    private readonly relay: Pick<OutboxRelay, 'kick'>,
  ) {}

  async execute<T>(work: (tx: TTx, publish: Publish) => Promise<T>): Promise<T> {
    let published = false;
    const result = await this.runTransaction((tx) =>
      work(tx, async (event) => {
        await enqueueEvent(tx, event);
        published = true;
      }),
    );
    if (published) this.relay.kick();
    return result;
  }

  /** Runs `work` for `event` at most once per consumer; returns false for a duplicate. */
  async handleOnce(consumer: string, event: Envelope, work: (tx: TTx, publish: Publish) => Promise<void>): Promise<boolean> {
    return this.execute(async (tx, publish) => {
      if (!(await claimEvent(tx, consumer, event))) return false;
      await work(tx, publish);
      return true;
    });
  }

  /**
   * `handleOnce` for a batch in one transaction: `work` gets the events this consumer has not
   * handled before, in the order given. All of it commits or none.
   */
  async handleNewOnes<E extends Envelope, T>(consumer: string, events: readonly E[], work: (tx: TTx, publish: Publish, fresh: E[]) => Promise<T>): Promise<T> {
    return this.execute(async (tx, publish) => work(tx, publish, await claimEvents(tx, consumer, events)));
  }
}
