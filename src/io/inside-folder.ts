/** Whether a path (already resolved: links followed) is a folder or lies under it. Pure. */
import { sep } from 'node:path';

export function isInside(child: string, root: string): boolean {
  return child === root || child.startsWith(root.endsWith(sep) ? root : root + sep);
}
