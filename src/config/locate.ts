// Where a key path ("rules.profanity[1].allow") sits in a YAML or JSON config file, so a config
// error can say file:line:col. Best effort: JavaScript configs and unreadable files give nothing.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { Node, Pair } from "yaml";
import { yaml } from "../lazy.js";

export function locateConfigKey(file: string, keyPath: string): { line: number; column: number } | undefined {
  if ([".js", ".cjs", ".mjs", ".ts"].includes(extname(file))) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const { isMap, isSeq, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  let node: Node | null | undefined = document.contents;
  if (file.endsWith("package.json") && isMap(node)) node = node.get("postlint", true) as Node | undefined;
  let position: number | undefined = node?.range?.[0];
  for (const segment of keyPath.match(/[^.[\]]+/g) ?? []) {
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === segment);
      if (!pair) break;
      position = (pair.key as Node | null)?.range?.[0] ?? position;
      node = pair.value as Node | null;
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      node = node.items[Number(segment)] as Node | undefined;
      position = node?.range?.[0] ?? position;
    } else {
      break;
    }
  }
  if (position === undefined) return undefined;
  const at = lineCounter.linePos(position);
  return { line: at.line, column: at.col };
}
