import { Counter, Gauge, Histogram, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter) ?? new Counter({ name, help, labelNames });
}

function gauge(name: string, help: string, labelNames: string[]): Gauge {
  return (register.getSingleMetric(name) as Gauge) ?? new Gauge({ name, help, labelNames });
}

export const messagingMetrics = {
  published: counter('zc_events_published_total', 'Events published from the outbox', ['topic']),
  consumed: counter('zc_events_consumed_total', 'Events taken from Kafka, by outcome', ['type', 'outcome']),
  deadLettered: counter('zc_events_dead_lettered_total', 'Messages sent to a dead-letter topic', ['topic']),
  handlerSeconds:
    (register.getSingleMetric('zc_event_handler_seconds') as Histogram) ??
    new Histogram({ name: 'zc_event_handler_seconds', help: 'Event handling time', labelNames: ['type'] }),
  consumerLag: gauge('zc_consumer_lag', 'Messages beyond the consumer group\'s committed offset', ['group', 'topic', 'partition']),
  oldestUnhandled: gauge('zc_consumer_oldest_unhandled_seconds', 'Age of the oldest message the consumer group has not handled yet', ['group', 'topic', 'partition']),
  stalledPartitions: gauge('zc_consumer_stalled_partitions', 'Partitions of this member with a backlog and no progress for the stall timeout', ['group']),
  consumerRestarts: counter('zc_consumer_restarts_total', 'Consumers replaced by a new group member, by reason', ['group', 'reason']),
};
