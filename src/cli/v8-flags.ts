/**
 * V8 flags a command's process is started with by bin/bdc.js (the process is the command's
 * own there; never set by the library, nor by `main()` run inside another program).
 *
 * `bdc validate` is a short burst of CPU on two threads: V8's optimizing compiler (TurboFan)
 * spends more CPU compiling the validation code, on every thread, than its faster code saves
 * before the run ends. Without it (Maglev's code only), measured on 2 cores: 10,000 orders in
 * 250 files 0.80 → 0.65 s, in 10,000 files 0.92 → 0.77 s, and 100,000 orders no slower
 * (3.5 → 3.4 s). The flag is process-wide, so the validation workers get it too.
 */
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  validate: ['--no-turbofan'],
};

/** The flags for `bdc <command>` (none for most). */
export function v8FlagsFor(command: string | undefined): readonly string[] {
  return command !== undefined && Object.hasOwn(FLAGS, command) ? (FLAGS[command] ?? []) : [];
}
