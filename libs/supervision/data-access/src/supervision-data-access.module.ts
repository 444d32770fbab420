import { Module } from '@nestjs/common';
import { SupervisionPrisma } from './supervision-prisma.service';

@Module({ providers: [SupervisionPrisma], exports: [SupervisionPrisma] })
export class SupervisionDataAccessModule {}
