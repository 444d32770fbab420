export * from './draw/draw-random';
export * from './draw/expert-draw';
export * from './draw/seed-commitment';
export * from './meeting/tally';
export * from './meeting/attendance';
export * from './review-plan/review-plan-rules';
export * from './pool/pool-report';
