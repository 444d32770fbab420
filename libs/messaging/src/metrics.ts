import { Counter, Histogram, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter) ?? new Counter({ name, help, labelNames });
}

export const messagingMetrics = {
  published: counter('zc_events_published_total', 'Events published from the outbox', ['topic']),
  consumed: counter('zc_events_consumed_total', 'Events taken from Kafka, by outcome', ['type', 'outcome']),
  deadLettered: counter('zc_events_dead_lettered_total', 'Messages sent to a dead-letter topic', ['topic']),
  handlerSeconds:
    (register.getSingleMetric('zc_event_handler_seconds') as Histogram) ??
    new Histogram({ name: 'zc_event_handler_seconds', help: 'Event handling time', labelNames: ['type'] }),
};
