/**
 * Reads a server-sent event stream until an event of the given name arrives; returns what was read.
 * Gives up after `timeoutMs` with an error that shows what did arrive, so a missing event fails
 * the test instead of hanging it.
 */
export async function untilEvent(
  stream: Response,
  name: string,
  timeoutMs = 60_000,
): Promise<{ text: string; cancel(): Promise<void> }> {
  const reader = stream.body!.getReader();
  let text = '';
  const deadline = Date.now() + timeoutMs;
  while (!text.includes(`event: ${name}`)) {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()))));
    const next = await Promise.race([reader.read(), timedOut]);
    clearTimeout(timer);
    if (next === 'timeout') {
      await reader.cancel().catch(() => {});
      throw new Error(`no "${name}" event within ${timeoutMs} ms; the stream said:\n${text}`);
    }
    if (next.done) break;
    text += new TextDecoder().decode(next.value);
  }
  return { text, cancel: () => reader.cancel() };
}
