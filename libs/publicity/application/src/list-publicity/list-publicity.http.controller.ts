import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { maskIdentityNumber } from '@zc/national-standards';

@ApiTags('publicity')
@Controller('publicity')
export class ListPublicityHttpController {
  constructor(private readonly prisma: PublicityPrisma) {}

  /** The public listing: no login, and nothing beyond what the public needs (R-PB-5). */
  @Public()
  @Get()
  async list() {
    // On display, and held past their end while an objection is open (R-PB-2).
    const windows = await this.prisma.publicityWindow.findMany({ where: { status: { in: ['open', 'held'] } }, orderBy: { opensAt: 'asc' }, take: 500 });
    const candidates = await this.prisma.candidate.findMany({ where: { declarationId: { in: windows.map((w) => w.declarationId) } } });
    const byDeclaration = new Map(candidates.map((c) => [c.declarationId, c]));
    return windows.map((window) => {
      const candidate = byDeclaration.get(window.declarationId);
      return {
        windowId: window.id,
        name: candidate?.applicantName,
        idNumber: candidate?.idNumber ? maskIdentityNumber(candidate.idNumber) : null,
        employerCreditCode: candidate?.employerCreditCode,
        series: candidate?.series,
        level: candidate?.level,
        status: window.status,
        opensAt: window.opensAt,
        closesAt: window.closesAt,
      };
    });
  }
}
