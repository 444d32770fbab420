import { KafkaConnection } from './kafka-connection';

describe('KafkaConnection watched consumers (readiness)', () => {
  it('names the consumers that are not in their group or are stalled, with why, and none once they are ready', () => {
    const connection = new KafkaConnection({ clientId: 'spec', brokers: ['127.0.0.1:1'], partitions: 1 });
    const feeds = { ready: false, isReady() { return this.ready; }, notReadyReason: () => 'stalled: feeds.degree.v1:0 lag 3, no progress for 61 s' };
    connection.watchConsumer('feed streams', feeds);
    connection.watchConsumer('other', { isReady: () => true, notReadyReason: () => '' });
    expect(connection.consumersNotReady()).toEqual(['feed streams (stalled: feeds.degree.v1:0 lag 3, no progress for 61 s)']);
    feeds.ready = true;
    expect(connection.consumersNotReady()).toEqual([]);
  });
});
