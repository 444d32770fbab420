export { pgConfigFromUrl } from './pg-config';
export { createPrismaAdapter, PatchedPrismaPg } from './prisma-pg-adapter';
