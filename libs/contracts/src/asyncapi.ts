import { z } from 'zod';
import { envelopeSchema } from './envelope';
import { ALL_EVENTS } from './registry';
import { FeedRecordSchemas } from './feed-records';
import { ALL_TOPICS, deadLetterTopicOf, FEED_SOURCES, FeedTopics } from './topics';

/**
 * AsyncAPI 3.0 description of every topic and event, derived from the zod schemas so that it
 * cannot drift from what the services validate. The committed copy is checked by a test.
 */
export function buildAsyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const envelope = z.toJSONSchema(envelopeSchema.omit({ data: true }), { target: 'draft-2020-12' });

  for (const topic of ALL_TOPICS) {
    const events = ALL_EVENTS.filter((event) => event.topic === topic);
    const channelId = channelIdOf(topic);
    channels[channelId] = {
      address: topic,
      description: `Events of ${topic}; the Kafka key is the envelope subject. Dead letters go to ${deadLetterTopicOf(topic)}.`,
      messages: Object.fromEntries(events.map((event) => [messageIdOf(event.type), { $ref: `#/components/messages/${messageIdOf(event.type)}` }])),
    };
    operations[`publish-${channelId}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId}` },
      summary: `Published by the ${topic.split('.')[0]} service through its transactional outbox.`,
    };
  }
  for (const source of FEED_SOURCES) {
    const topic = FeedTopics[source];
    const channelId = channelIdOf(topic);
    const messageId = `${channelId}-record`;
    channels[channelId] = {
      address: topic,
      description: `The ${source} agency's records, plain JSON (not platform events); key them by idNumber. Bad records go to ${deadLetterTopicOf(topic)} with the reason.`,
      messages: { [messageId]: { $ref: `#/components/messages/${messageId}` } },
    };
    operations[`receive-${channelId}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId}` },
      summary: 'Taken by verification, which stores each batch with its provenance and data-quality report.',
    };
    messages[messageId] = {
      name: `${source} record`,
      title: `${source} record`,
      summary: `One ${source} record; the same fields are the CSV headers of a bulk file and the records of the agency's query service.`,
      contentType: 'application/json',
      payload: z.toJSONSchema(FeedRecordSchemas[source], { target: 'draft-2020-12' }),
    };
  }
  for (const event of ALL_EVENTS) {
    messages[messageIdOf(event.type)] = {
      name: event.type,
      title: event.type,
      summary: event.summary,
      contentType: 'application/json',
      payload: {
        allOf: [
          envelope,
          {
            type: 'object',
            properties: { type: { const: event.type }, data: z.toJSONSchema(event.data, { target: 'draft-2020-12' }) },
            required: ['type', 'data'],
          },
        ],
      },
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Professional-title evaluation platform events',
      version: '1.0.0',
      description: 'Generated from libs/contracts by `npm run asyncapi`. Do not edit by hand.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function channelIdOf(topic: string): string {
  return topic.replace(/\./g, '-');
}

function messageIdOf(type: string): string {
  return type.replace(/\./g, '-');
}
