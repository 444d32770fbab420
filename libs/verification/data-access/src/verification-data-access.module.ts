import { Module } from '@nestjs/common';
import { VerificationPrisma } from './verification-prisma.service';

@Module({ providers: [VerificationPrisma], exports: [VerificationPrisma] })
export class VerificationDataAccessModule {}
