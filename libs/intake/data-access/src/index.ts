export * from './intake-prisma.service';
export * from './intake-data-access.module';
export * from './generated/prisma/client';
