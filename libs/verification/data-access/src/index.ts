export * from './verification-prisma.service';
export * from './verification-data-access.module';
export * from './generated/prisma/client';
export * from './feed-import/feed-file-importer';
export * from './feed-import/feed-tables';
export * from './feed-records/feed-record-store';
export * from './agency-pull/agency-query.client';
