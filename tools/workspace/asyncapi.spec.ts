import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ALL_EVENTS, ALL_TOPICS, FEED_SOURCES, FEED_TOPICS } from '@zc/contracts';
import { ASYNCAPI_PATH, renderAsyncApi } from '../generate-asyncapi';

describe('AsyncAPI document', () => {
  it('is up to date with the zod schemas (run `npm run asyncapi` when this fails)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(renderAsyncApi());
  });

  it('describes every topic, every event and every feed record', () => {
    const document = parse(renderAsyncApi());
    const addresses = Object.values(document.channels as Record<string, { address: string }>).map((channel) => channel.address);
    expect(addresses.sort()).toEqual([...ALL_TOPICS, ...FEED_TOPICS].sort());
    const names = Object.values(document.components.messages as Record<string, { name: string }>).map((message) => message.name);
    expect(names.sort()).toEqual([...ALL_EVENTS.map((event) => event.type), ...FEED_SOURCES.map((source) => `${source} record`)].sort());
  });
});
