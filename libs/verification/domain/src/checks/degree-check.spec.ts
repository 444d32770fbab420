import { checkDegree, fullYearsBetween, type DegreeRecord } from './degree-check';

const idNumber = '11010519491231002X';
const rules = { minimumYearsSinceGraduation: { intermediate: { bachelor: 5, master: 2 } } };
const education = { degree: 'bachelor' as const, institution: '天津大学', major: '测控技术与仪器', graduatedOn: '2019-07-01', studyMode: 'full-time' as const };
const record = (overrides: Partial<DegreeRecord> = {}): DegreeRecord => ({
  id: '1',
  source: 'degree',
  batchId: 'b1',
  receivedAt: new Date(0),
  idNumber,
  certificateNumber: '100561201905000123',
  degree: 'bachelor',
  institution: '天津大学',
  major: '测控技术与仪器',
  graduatedOn: '2018-07-01',
  studyMode: 'full-time',
  ...overrides,
});
const declaration = { idNumber, level: 'intermediate', education };

describe('degree check (R-VF-3)', () => {
  it('passes a matched degree with enough years to the cut-off, counting from the feed date', () => {
    const verdict = checkDegree(declaration, [record()], rules, '2023-12-31');
    expect(verdict).toMatchObject({ status: 'passed' });
    expect(verdict.reason).toContain('5 full years');
  });

  it('treats a part-time degree exactly like a full-time one', () => {
    const fullTime = checkDegree(declaration, [record()], rules, '2023-12-31');
    const partTime = checkDegree(declaration, [record({ studyMode: 'part-time' })], rules, '2023-12-31');
    expect(partTime.status).toBe(fullTime.status);
  });

  it('fails a matched degree with too few years for the level', () => {
    const verdict = checkDegree(declaration, [record({ graduatedOn: '2019-07-01' })], rules, '2023-12-31');
    expect(verdict.status).toBe('failed');
    expect(verdict.reason).toContain('4 full years');
  });

  it('sends a person the feed knows without the declared degree to manual review', () => {
    const verdict = checkDegree(declaration, [record({ degree: 'associate', institution: '天津职业大学' })], rules, '2023-12-31');
    expect(verdict.status).toBe('manual-review');
    expect(verdict.reason).toContain('associate from 天津职业大学');
  });

  it('requires the certificate number when the applicant gave one', () => {
    const verdict = checkDegree({ ...declaration, education: { ...education, certificateNumber: '999' } }, [record()], rules, '2023-12-31');
    expect(verdict.status).toBe('manual-review');
  });

  it('is pending while the feed knows nothing of the person', () => {
    expect(checkDegree(declaration, [], rules, '2023-12-31').status).toBe('pending');
  });

  it('counts whole years', () => {
    expect(fullYearsBetween('2018-07-01', '2023-06-30')).toBe(4);
    expect(fullYearsBetween('2018-07-01', '2023-07-01')).toBe(5);
  });
});
