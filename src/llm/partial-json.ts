/**
 * Reading a JSON object while it is still being written (the arguments of a
 * streamed tool call): enough to show a string field as it grows.
 */

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

function skipWhitespace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Reads a JSON string starting at its opening quote; stops before an incomplete escape at the end. */
function readJsonString(text: string, start: number): { value: string; end: number; complete: boolean } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return { value, end: i + 1, complete: true };
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined) break;
    if (e === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (hex.length < 4) break;
      value += String.fromCharCode(Number.parseInt(hex, 16) || 0);
      i += 6;
      continue;
    }
    value += SIMPLE_ESCAPES[e] ?? e;
    i += 2;
  }
  return { value, end: text.length, complete: false };
}

/** The end of the JSON value at `i`, or -1 when it is not complete yet. */
function skipJsonValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    const s = readJsonString(text, i);
    return s.complete ? s.end : -1;
  }
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i]!;
      if (d === '"') {
        const s = readJsonString(text, i);
        if (!s.complete) return -1;
        i = s.end;
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  while (i < text.length && !/[\s,}\]]/.test(text[i]!)) i++;
  return i < text.length ? i : -1; // a literal running to the end may still grow
}

/**
 * The (possibly still growing) value of a top-level string field in partial
 * JSON such as `{"narration":"You step ou`, or null when it has not started.
 * Escapes are decoded; an escape cut at the end is left out until complete.
 */
export function readPartialStringField(json: string, key: string): string | null {
  let i = skipWhitespace(json, 0);
  if (json[i] !== '{') return null;
  i++;
  for (;;) {
    i = skipWhitespace(json, i);
    if (i >= json.length || json[i] === '}') return null;
    if (json[i] === ',') {
      i++;
      continue;
    }
    if (json[i] !== '"') return null;
    const name = readJsonString(json, i);
    if (!name.complete) return null;
    i = skipWhitespace(json, name.end);
    if (json[i] !== ':') return null;
    i = skipWhitespace(json, i + 1);
    if (i >= json.length) return null;
    if (name.value === key) return json[i] === '"' ? readJsonString(json, i).value : null;
    const end = skipJsonValue(json, i);
    if (end < 0) return null;
    i = end;
  }
}
