// Shared by the suites: fixture paths and running the built CLI as a user does.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/postlint.js ...args` from the repository root, without colors or CI noise. */
export function postlint(args: string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", CI: "true", ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [`${ROOT}bin/postlint.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: "utf8",
    env,
    timeout: 30000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON report of a CLI run. */
export function jsonReport(run: CliRun): Array<{ filePath: string; errorCount: number; warningCount: number; messages: any[] }> {
  return JSON.parse(run.stdout);
}
