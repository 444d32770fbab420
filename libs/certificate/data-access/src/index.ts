export * from './certificate-prisma.service';
export * from './certificate-data-access.module';
export * from './generated/prisma/client';
