export * from './wait-for';
export * from './service-process';
export * from './system';
export * from './api-client';
export * from './samples';
export * from './review-flow';
export * from './committee-meeting';
