import { Module } from '@nestjs/common';
import { CommitteePrisma } from './committee-prisma.service';

@Module({ providers: [CommitteePrisma], exports: [CommitteePrisma] })
export class CommitteeDataAccessModule {}
