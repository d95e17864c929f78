/**
 * What free text typed by a person may contain. NUL and lone surrogates are
 * not storable text (PostgreSQL refuses NUL; a lone UTF-16 surrogate is not a
 * Unicode character); control characters (C0, DEL, C1) are never typed text,
 * and some rewrite the terminal or log viewer that later shows them (ANSI
 * escape sequences start with ESC, U+001B). Long texts keep line breaks (LF,
 * or CR LF as browsers' text areas send it) and tabs; one-line texts keep none.
 */
export type TextLines = 'single' | 'multi';

/** Why `value` is not acceptable text, as a message for the person who sent it; null when it is. */
export function textProblem(value: string, lines: TextLines): string | null {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isHighSurrogate(code) && isLowSurrogate(value.charCodeAt(index + 1))) {
      index++;
      continue;
    }
    if (isHighSurrogate(code) || isLowSurrogate(code)) {
      return `must be valid Unicode text (lone surrogate ${codePoint(code)} at character ${index + 1})`;
    }
    if (code === 0) return `must not contain NUL characters (U+0000 at character ${index + 1})`;
    if (isControl(code) && !(lines === 'multi' && isLineBreakOrTab(value, index))) {
      const allowed = lines === 'multi' ? 'other than line breaks and tabs' : 'or line breaks';
      return `must not contain control characters ${allowed} (${codePoint(code)} at character ${index + 1})`;
    }
  }
  return null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). */
function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function isLineBreakOrTab(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code === 0x0a || code === 0x09) return true;
  // A carriage return only as the first half of CR LF: a lone CR moves a terminal's cursor back.
  return code === 0x0d && value.charCodeAt(index + 1) === 0x0a;
}

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
