import { diffPlans } from './plan-diff';

describe('plan version diff', () => {
  const v1 = { id: 'tianjin-2023', year: 2023, channels: { normal: true, green: false }, stages: { meetings: { closes: '2023-12-31' } }, excluded: ['a', 'b'], rules: [{ level: 'senior', years: 5 }] };

  it('finds nothing between equal documents, whatever their key order', () => {
    expect(diffPlans(v1, JSON.parse(JSON.stringify({ ...v1, id: v1.id })))).toEqual([]);
    expect(diffPlans({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
  });

  it('names each changed, added and removed leaf by its path', () => {
    const v2 = { ...v1, channels: { normal: true }, stages: { meetings: { closes: '2024-03-31' } }, excluded: ['a'], rules: [{ level: 'senior', years: 4 }, { level: 'primary', years: 1 }], note: 'extended' };
    expect(diffPlans(v1, v2)).toEqual([
      { path: 'channels.green', kind: 'removed', before: false },
      { path: 'excluded', kind: 'changed', before: ['a', 'b'], after: ['a'] },
      { path: 'note', kind: 'added', after: 'extended' },
      { path: 'rules[0].years', kind: 'changed', before: 5, after: 4 },
      { path: 'rules[1]', kind: 'added', after: { level: 'primary', years: 1 } },
      { path: 'stages.meetings.closes', kind: 'changed', before: '2023-12-31', after: '2024-03-31' },
    ]);
  });

  it('reports a whole document replaced by something else at the root', () => {
    expect(diffPlans(1, 2)).toEqual([{ path: '(document)', kind: 'changed', before: 1, after: 2 }]);
  });
});
