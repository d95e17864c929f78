/**
 * A WebSocket close frame carries at most 125 bytes: a 2-byte code and a
 * reason of up to 123 bytes of UTF-8 (RFC 6455 §5.5). `ws` throws on a longer
 * reason, which would turn a refusal into a crash, so every reason the server
 * sends goes through here.
 */
export const CLOSE_REASON_MAX_BYTES = 123;

/** The text itself when it fits, else its longest prefix that fits, never cutting a character in two. */
export function closeReason(text: string, maxBytes = CLOSE_REASON_MAX_BYTES): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= maxBytes) return text;
  let reason = '';
  let bytes = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (bytes + size > maxBytes) break;
    reason += character;
    bytes += size;
  }
  return reason;
}
