export * from './verification-prisma.service';
export * from './verification-data-access.module';
export * from './generated/prisma/client';
export * from './feed-import/social-security-file-importer';
