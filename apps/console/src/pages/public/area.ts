import { page } from '../../lib/roles';

/** Pages anyone may open without signing in (R-PB-2, R-PB-5, R-CT-2). */
export const PUBLIC_PAGES = [
  page('/publicity', { 'zh-CN': '评审结果公示', en: 'Results on publicity' }, 'public', () => import('./Publicity')),
  page('/certificates/verification', { 'zh-CN': '证书查验', en: 'Verify a certificate' }, 'public', () => import('./CertificateVerification')),
  page('/certificates/:id/verification', { 'zh-CN': '证书查验', en: 'Verify a certificate' }, 'public', () => import('./CertificateVerification'), { menu: false }),
];
