export { AuditLog, verifyAuditLog } from './audit-log';
export { VerifyAuditHttpController } from './verify-audit.http.controller';
export { AuditAnchorScheduler } from './audit-anchor.scheduler';
