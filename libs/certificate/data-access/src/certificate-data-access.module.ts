import { Module } from '@nestjs/common';
import { CertificatePrisma } from './certificate-prisma.service';

@Module({ providers: [CertificatePrisma], exports: [CertificatePrisma] })
export class CertificateDataAccessModule {}
