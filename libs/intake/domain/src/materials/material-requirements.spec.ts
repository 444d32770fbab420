import { materialProblems, type DeclaredMaterial } from './material-requirements';

const paper: DeclaredMaterial = {
  type: 'paper',
  title: '计量器具检定方法研究',
  parts: ['journal-cover', 'copyright-page', 'contents', 'full-text'],
  firstPageStamped: true,
  cn: 'CN 11-1234/TB',
  issn: '1000-1158',
};

describe('R-RV-6 evidence per material type', () => {
  it('accepts a complete, stamped paper with CN and ISSN, and a complete book and opinion', () => {
    expect(
      materialProblems([
        paper,
        { type: 'book', title: '标准化概论', parts: ['cover', 'isbn-page', 'contents-marking-own-chapters'], firstPageStamped: true, isbn: '978-7-111-12345-6' },
        { type: 'peer-expert-opinion', title: '同行专家评议', parts: ['signed-opinion', 'expert-title-certificate'], firstPageStamped: true },
      ]),
    ).toEqual([]);
  });

  it('lists every missing part of every item, the missing stamp and the missing CN/ISSN', () => {
    const problems = materialProblems([
      { ...paper, parts: ['full-text'], cn: undefined },
      { type: 'award', title: '科技进步奖', parts: [], firstPageStamped: false },
    ]);
    expect(problems.every((p) => p.ruleId === 'R-RV-6')).toBe(true);
    expect(problems.map((p) => p.field)).toEqual([
      'materials.0.parts',
      'materials.0.parts',
      'materials.0.parts',
      'materials.0.cn',
      'materials.1.parts',
      'materials.1.firstPageStamped',
    ]);
  });

  it('wants a peer-expert opinion signed and with the expert’s title certificate', () => {
    const problems = materialProblems([{ type: 'peer-expert-opinion', title: '评议', parts: ['signed-opinion'], firstPageStamped: true }]);
    expect(problems.map((p) => p.reason.en)).toEqual(['"评议" (peer-expert-opinion) lacks expert-title-certificate']);
  });
});
