export * from './verification-prisma.service';
export * from './verification-data-access.module';
export * from './generated/prisma/client';
