import { Injectable } from '@nestjs/common';
import { PrismaService } from '@zc/platform';
import { PrismaClient } from './generated/prisma/client';

/** The publicity service's own database; no other service reads it. */
@Injectable()
export class PublicityPrisma extends PrismaService(PrismaClient) {}
