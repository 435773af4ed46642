/** One subcommand of the `sopu` command line. */
export interface Command {
  name: string;
  /** One line shown by `sopu --help`. */
  summary: string;
  /** Usage text shown by `sopu help <name>`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: string[]): Promise<number>;
}
