import { csvCell, csvLine } from './declarations-csv';

describe('CSV export cells', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvLine(['张三', 'a,b', 'say "hi"', 'two\nlines', null, 3])).toBe('张三,"a,b","say ""hi""","two\nlines",,3\r\n');
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
