import { Writable } from 'node:stream';
import pino from 'pino';
import { loggedRequest, REDACTED_PATHS } from './logging';

describe('logs never hold identity numbers or credentials', () => {
  it('record a request by its path alone, whatever its query string says', () => {
    expect(loggedRequest({ id: 'c1', method: 'GET', url: '/integrity-records?idNumber=11010519491231002X&active=true' })).toEqual({ id: 'c1', method: 'GET', url: '/integrity-records' });
  });

  it('redact identity numbers at any depth an object is logged with, and the authorization header', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: REDACTED_PATHS }, sink);
    logger.info({ idNumber: '11010519491231002X', declaration: { idNumber: '11010519491231002X', applicant: { idNumber: '11010519491231002X' } }, req: { headers: { authorization: 'Bearer x' } } }, 'declared');
    expect(lines.join('')).not.toContain('11010519491231002X');
    expect(lines.join('')).not.toContain('Bearer x');
  });
});
