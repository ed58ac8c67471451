// The document around the report. The Content-Security-Policy allows only this page's own
// style and script (by hash) and no network at all: the file is self-contained by construction,
// and even a post that slipped past escaping could not run a script or load anything.
import { createHash } from "node:crypto";
import { escapeHtml } from "./escape.js";
import { FILTER_SCRIPT } from "./filters.js";
import { STYLES } from "./styles.js";

const hash = (source: string) => `'sha256-${createHash("sha256").update(source).digest("base64")}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${hash(STYLES)}`,
  `script-src ${hash(FILTER_SCRIPT)}`,
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function renderPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#posts">Skip to the posts</a>
<div class="page">
${body}
</div>
<script>${FILTER_SCRIPT}</script>
</body>
</html>
`;
}
