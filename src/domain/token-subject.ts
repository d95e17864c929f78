/**
 * Which token subjects (`sub`, the user ID) are accepted. OpenID Connect
 * Core (section 2) defines `sub` as at most 255 ASCII characters; every
 * identity provider's format fits in visible ASCII (U+0021–U+007E):
 * "auth0|abc123", "google-oauth2|1084…", numeric Google subjects, UUIDs,
 * e-mail addresses, URLs. Whitespace, control characters, NUL and non-ASCII
 * never appear in a real subject, and a user ID is shown and stored everywhere.
 */
export const SUBJECT_MAX_LENGTH = 255;

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

export function isUsableSubject(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= SUBJECT_MAX_LENGTH && VISIBLE_ASCII.test(value)
  );
}
