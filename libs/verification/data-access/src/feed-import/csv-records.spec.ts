import { csvRecords } from './csv-records';

async function read(text: string, afterLine = 0) {
  const rows = [];
  for await (const row of csvRecords((async function* () { yield* text.split('\n'); })(), afterLine)) rows.push(row);
  return rows;
}

describe('CSV records from lines', () => {
  it('reads plain lines against the header, with their line numbers, skipping blank lines and a BOM', async () => {
    expect(await read('\uFEFFa,b\n1,2\n\n3,4')).toEqual([
      { line: 2, fields: { a: '1', b: '2' }, raw: '1,2' },
      { line: 4, fields: { a: '3', b: '4' }, raw: '3,4' },
    ]);
  });

  it('reads quoted fields, with commas, doubled quotes and line breaks, at the line they start on', async () => {
    const rows = await read('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n5,6');
    expect(rows).toEqual([
      { line: 2, fields: { a: 'x, y', b: 'say "hi"' }, raw: '"x, y","say ""hi"""' },
      { line: 3, fields: { a: 'two\nlines', b: 'z' }, raw: '"two\nlines",z' },
      { line: 5, fields: { a: '5', b: '6' }, raw: '5,6' },
    ]);
  });

  it('reports a wrong field count and a quote never closed, and carries on', async () => {
    const rows = await read('a,b\n1,2,3\n"open,2\n7,8');
    expect(rows).toEqual([
      { line: 2, error: 'malformed CSV: 3 fields, the header has 2', raw: '1,2,3' },
      { line: 3, error: 'malformed CSV: a quoted field is never closed', raw: '"open,2\n7,8' },
    ]);
  });

  it('starts after a given line, to resume', async () => {
    expect((await read('a,b\n1,2\n3,4\n5,6', 3)).map((row) => row.line)).toEqual([4]);
  });
});
