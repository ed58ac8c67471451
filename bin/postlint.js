#!/usr/bin/env node
import { main } from "../dist/postlint.mjs";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
