export * from './publicity-prisma.service';
export * from './publicity-data-access.module';
export * from './generated/prisma/client';
