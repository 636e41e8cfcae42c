/**
 * The URL of a module beside the calling one, with the caller's own extension: `.ts` when
 * the sources run (a checkout, Node's type stripping), `.js` when the compiled package runs
 * (`lib/`, installed under node_modules where Node strips no types). For the modules started
 * by path (a worker, a child process), which the compiler's import rewriting does not see.
 */
export function siblingModule(name: string, callerUrl: string): URL {
  const extension = new URL(callerUrl).pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./${name}${extension}`, callerUrl);
}
