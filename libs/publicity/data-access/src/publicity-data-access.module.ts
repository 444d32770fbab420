import { Module } from '@nestjs/common';
import { PublicityPrisma } from './publicity-prisma.service';

@Module({ providers: [PublicityPrisma], exports: [PublicityPrisma] })
export class PublicityDataAccessModule {}
