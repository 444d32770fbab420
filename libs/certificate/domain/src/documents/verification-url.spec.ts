import { verificationUrl } from './verification-url';

const ID = '3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b';
const CODE = '0123456789ab';

describe('verification URL (R-CT-2)', () => {
  it('is the base, the certificate and its check code, and nothing else', () => {
    expect(verificationUrl('https://zc.example.gov.cn', ID, CODE)).toBe(`https://zc.example.gov.cn/certificates/${ID}/verification?code=${CODE}`);
  });

  it('drops trailing slashes and keeps a base path', () => {
    expect(verificationUrl('http://localhost:3005/', ID, CODE)).toBe(`http://localhost:3005/certificates/${ID}/verification?code=${CODE}`);
    expect(verificationUrl('https://hrss.example.cn/zc//', ID, CODE)).toBe(`https://hrss.example.cn/zc/certificates/${ID}/verification?code=${CODE}`);
  });

  it.each(['zc.example.gov.cn', 'ftp://zc.example.gov.cn', 'javascript:alert(1)', '', 'https://zc.example.gov.cn/?name=张三', 'https://user:pw@zc.example.gov.cn'])(
    'refuses the base %p',
    (base) => {
      expect(() => verificationUrl(base, ID, CODE)).toThrow(/base URL/);
    },
  );

  it.each(['42', `${ID}x`, '3f2b8c1e9a4d4e2f8b6a1c2d3e4f5a6b', '11010519491231002X', `${ID}/../admin`])('refuses the certificate id %p', (id) => {
    expect(() => verificationUrl('https://zc.example.gov.cn', id, CODE)).toThrow(/UUID/);
  });

  it.each(['0123456789AB', '0123456789a', '0123456789abc', 'ghijklmnopqr', '0123456789ab&name=x'])('refuses the check code %p', (code) => {
    expect(() => verificationUrl('https://zc.example.gov.cn', ID, code)).toThrow(/check code/);
  });
});
