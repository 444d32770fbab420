import { Module } from '@nestjs/common';
import { IntakePrisma } from './intake-prisma.service';

@Module({ providers: [IntakePrisma], exports: [IntakePrisma] })
export class IntakeDataAccessModule {}
