/** Reads a server-sent event stream until an event of the given name arrives; returns what was read. */
export async function untilEvent(stream: Response, name: string): Promise<{ text: string; cancel(): Promise<void> }> {
  const reader = stream.body!.getReader();
  let text = '';
  while (!text.includes(`event: ${name}`)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  return { text, cancel: () => reader.cancel() };
}
