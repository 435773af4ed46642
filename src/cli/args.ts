/** Splits `--name value` / `--flag` options from positional arguments. */
export function parseArgs(args: string[], flags: readonly string[] = []) {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options[name] = inline;
      else if (flags.includes(name) || i + 1 >= args.length || args[i + 1]!.startsWith('--')) options[name] = true;
      else options[name] = args[++i]!;
    } else positional.push(a);
  }
  return { options, positional };
}
