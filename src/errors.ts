// A fatal problem with a place: a file that cannot be read or parsed, an invalid config.
// Readers and the config loader return or throw these; only the CLI prints them and exits 2.

export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

export class PostlintError extends Error {
  constructor(
    message: string,
    readonly location: Location = {},
  ) {
    super(message);
    this.name = "PostlintError";
  }

  /** "file:line:col: message", with as much of the place as is known. */
  format(): string {
    const { file, line, column } = this.location;
    const place = [file, line, line !== undefined ? (column ?? 1) : undefined].filter((part) => part !== undefined).join(":");
    return place ? `${place}: ${this.message}` : this.message;
  }
}

/** Node's errno errors in words a user understands. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
