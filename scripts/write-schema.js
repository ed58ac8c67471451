// After tsc: writes the config file's JSON Schema, generated from the compiled validator schema
// and rule metadata (src/config/json-schema.ts), to schema/postlintrc.schema.json, the copy that
// ships in the package for editors. test/commands/schema.test.ts checks the committed copy.
import { mkdirSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { configJsonSchema } = await import(new URL("dist/src/config/json-schema.js", root).href);
const target = new URL("schema/postlintrc.schema.json", root);
mkdirSync(new URL("schema/", root), { recursive: true });
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
