// Every string that reaches the page (post text, handles, messages, rule ids from plugins, file
// paths) goes through here: the page must show a post containing `<script>` as text, never run it.

/** Characters HTML cannot carry as text (NUL, other C0 controls, lone surrogates) become U+FFFD, one for one, so offsets still line up. */
const NOT_HTML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for element content and for quoted attribute values alike. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replace(NOT_HTML_TEXT, "\uFFFD")
    .replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
