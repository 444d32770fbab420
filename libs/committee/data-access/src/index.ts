export * from './committee-prisma.service';
export * from './committee-data-access.module';
export * from './generated/prisma/client';
export * from './json-columns';
