/** One Server-Sent Event as the stream framed it. */
export interface ServerSentEvent {
  id?: string;
  event: string;
  data: string;
}

/**
 * Frames a text/event-stream (WHATWG HTML §9.2): `field: value` lines, a blank line dispatches,
 * `:` lines are comments (keep-alives), several `data:` lines join with newlines. Chunks may split
 * anywhere, even inside a CRLF. Written here because EventSource cannot send Authorization.
 */
export class SseParser {
  private buffer = '';
  private event: { id?: string; event?: string; data: string[] } = { data: [] };

  push(chunk: string): ServerSentEvent[] {
    this.buffer += chunk;
    const dispatched: ServerSentEvent[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      // A lone CR at the very end may be half of a CRLF still to come.
      if (this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + (this.buffer.startsWith('\r\n', newline) ? 2 : 1));
      const event = this.line(line);
      if (event) dispatched.push(event);
    }
    return dispatched;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === '') {
      const { id, event, data } = this.event;
      this.event = { data: [] };
      return data.length > 0 ? { id, event: event ?? 'message', data: data.join('\n') } : undefined;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.event.data.push(value);
    else if (field === 'event') this.event.event = value;
    else if (field === 'id' && !value.includes('\0')) this.event.id = value;
    return undefined;
  }
}

export interface StreamOptions {
  headers: () => Record<string, string>;
  onEvent: (event: ServerSentEvent) => void;
  onState?: (state: 'open' | 'reconnecting') => void;
  signal: AbortSignal;
}

/**
 * Follows an event stream until aborted: reconnects with growing pauses (1 s up to 30 s) and sends
 * the last id it saw as Last-Event-ID, so the server resumes after it with nothing lost.
 */
export async function followEventStream(url: string, options: StreamOptions): Promise<void> {
  let lastEventId: string | undefined;
  let pause = 1_000;
  while (!options.signal.aborted) {
    try {
      const response = await fetch(url, { headers: { accept: 'text/event-stream', ...options.headers(), ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }, signal: options.signal });
      if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
      options.onState?.('open');
      pause = 1_000;
      const parser = new SseParser();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const event of parser.push(value)) {
          if (event.id) lastEventId = event.id;
          options.onEvent(event);
        }
      }
    } catch {
      if (options.signal.aborted) return;
    }
    options.onState?.('reconnecting');
    await new Promise((resolve) => setTimeout(resolve, pause));
    pause = Math.min(pause * 2, 30_000);
  }
}
