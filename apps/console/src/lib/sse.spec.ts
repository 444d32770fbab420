import { SseParser } from './sse';

describe('framing a text/event-stream', () => {
  it('dispatches an event at the blank line, with its id and type', () => {
    expect(new SseParser().push('id: 7\nevent: finding\ndata: {"a":1}\n\n')).toEqual([{ id: '7', event: 'finding', data: '{"a":1}' }]);
  });

  it('joins chunks split anywhere, CRLF included, and skips keep-alive comments', () => {
    const parser = new SseParser();
    const text = ': keep-alive\r\n\r\nid: 8\r\ndata: first\r\ndata: second\r\n\r\nid: 9\r\ndata: x\r\n\r\n';
    const events = [...text].flatMap((char) => parser.push(char));
    expect(events).toEqual([
      { id: '8', event: 'message', data: 'first\nsecond' },
      { id: '9', event: 'message', data: 'x' },
    ]);
  });

  it('holds an unfinished event until its blank line comes', () => {
    const parser = new SseParser();
    expect(parser.push('id: 1\ndata: half')).toEqual([]);
    expect(parser.push('\n\n')).toEqual([{ id: '1', event: 'message', data: 'half' }]);
  });
});
