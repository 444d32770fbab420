export * from './findings-feed';
export * from './findings-stream.http.controller';
export * from './subscriptions.http.controller';
export * from './supervision-subscriptions.config';
export * from './webhook-delivery.queue';
