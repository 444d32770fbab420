import { Injectable } from '@nestjs/common';
import { PrismaService } from '@zc/platform';
import { PrismaClient } from './generated/prisma/client';

/** The intake service's own database; no other service reads it. */
@Injectable()
export class IntakePrisma extends PrismaService(PrismaClient) {}
