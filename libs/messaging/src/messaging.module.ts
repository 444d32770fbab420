import {
  Injectable,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { ConsumerSettings } from './group-consumer';
import { EventTransactions } from './event-transactions';
import type { KafkaSettings } from './kafka';
import { KafkaConnection } from './kafka-connection';
import { KafkaEventServer, type EventScope } from './kafka-event.server';
import { OutboxRelay, type RelaySettings } from './outbox-relay';
import type { SqlExecutor, TransactionRunner } from './sql';

export interface MessagingOptions {
  kafka: KafkaSettings;
  consumer: ConsumerSettings;
  relay: RelaySettings;
  runTransaction: TransactionRunner<SqlExecutor>;
  /** Transactions of raw SQL only, without the ORM's per-statement cost (the relay's). */
  runRawTransaction: TransactionRunner<SqlExecutor>;
  /** Single statements outside a transaction (the relay's look for pending events). */
  rawSql: SqlExecutor;
  eventScope?: EventScope;
}

export const MESSAGING_OPTIONS: InjectionToken = Symbol('MESSAGING_OPTIONS');

/**
 * Starts the relay once the app is up, and on shutdown stops taking events, finishes the ones in
 * hand and flushes the relay before the database and HTTP server go away.
 */
@Injectable()
class MessagingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly server: KafkaEventServer,
    private readonly connection: KafkaConnection,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.server.close();
    await this.relay.stop();
    await this.connection.disconnect();
  }
}

@Module({})
export class MessagingModule {
  static forRootAsync(options: {
    imports?: ModuleMetadata['imports'];
    inject?: InjectionToken[];
    useFactory: (...args: never[]) => MessagingOptions;
  }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [
        { provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] },
        {
          provide: KafkaConnection,
          inject: [MESSAGING_OPTIONS],
          useFactory: async (o: MessagingOptions) => {
            const connection = new KafkaConnection(o.kafka);
            await connection.connect();
            return connection;
          },
        },
        {
          provide: OutboxRelay,
          inject: [MESSAGING_OPTIONS, KafkaConnection],
          useFactory: (o: MessagingOptions, c: KafkaConnection) => new OutboxRelay(o.runRawTransaction, c.producer, o.relay, o.rawSql),
        },
        {
          provide: EventTransactions,
          inject: [MESSAGING_OPTIONS, OutboxRelay],
          useFactory: (o: MessagingOptions, relay: OutboxRelay) => new EventTransactions(o.runTransaction, relay),
        },
        {
          provide: KafkaEventServer,
          inject: [MESSAGING_OPTIONS, KafkaConnection],
          useFactory: (o: MessagingOptions, c: KafkaConnection) => new KafkaEventServer(c, o.consumer, o.eventScope),
        },
        MessagingLifecycle,
      ],
      exports: [KafkaConnection, OutboxRelay, EventTransactions, KafkaEventServer],
    };
  }
}

