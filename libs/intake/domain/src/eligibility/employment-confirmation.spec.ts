import { employmentProblem } from './employment-confirmation';

describe('R-RV-2 employment relation', () => {
  it('accepts a labour-contract filing, a social-security registration, or 6 months of wage records', () => {
    expect(employmentProblem({ kind: 'labour-contract-filing', filingNumber: 'TJ-2023-0001' })).toBeNull();
    expect(employmentProblem({ kind: 'social-security-registration' })).toBeNull();
    expect(employmentProblem({ kind: 'wage-records', months: 6 })).toBeNull();
  });

  it('refuses fewer than 6 months of wage records', () => {
    expect(employmentProblem({ kind: 'wage-records', months: 5 })).toMatchObject({ ruleId: 'R-RV-2', field: 'employment.months' });
  });
});
