export * from './supervision-prisma.service';
export * from './supervision-data-access.module';
export * from './generated/prisma/client';
