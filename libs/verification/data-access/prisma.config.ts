import { servicePrismaConfig } from '../../database/src/prisma-cli-config';

export default servicePrismaConfig(__dirname);
