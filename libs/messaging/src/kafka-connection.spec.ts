import { KafkaConnection } from './kafka-connection';

describe('KafkaConnection watched consumers (readiness)', () => {
  it('names the consumers that are not in their group, and none once they are', () => {
    const connection = new KafkaConnection({ clientId: 'spec', brokers: ['127.0.0.1:1'], partitions: 1 });
    const feeds = { ready: false, isReady() { return this.ready; } };
    connection.watchConsumer('feed streams', feeds);
    connection.watchConsumer('other', { isReady: () => true });
    expect(connection.consumersNotReady()).toEqual(['feed streams']);
    feeds.ready = true;
    expect(connection.consumersNotReady()).toEqual([]);
  });
});
