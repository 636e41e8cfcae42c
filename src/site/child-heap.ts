/**
 * The V8 heap limit of the site build's child process. Left to V8, the heap limit on a machine
 * with plenty of memory is several GiB, so the old generation grows to hundreds of MiB of
 * garbage between collections while Astro renders a page per order per language. A limit sized
 * from the data keeps the collector working and the process's resident memory bounded: a base
 * for Astro, Vite and Starlight (about 100 MiB live), plus room for the orders (their objects take
 * about 4 times their YAML size) with a wide margin.
 */
import { stat } from 'node:fs/promises';
import { yamlFilesUnder } from './yaml-files.ts';

const BASE_MIB = 384;
const PER_YAML_MIB = 8;
const MIB = 1024 * 1024;

/** The heap limit, in MiB, for a site build over that many bytes of order YAML. */
export function siteBuildHeapMiB(ordersYamlBytes: number): number {
  return BASE_MIB + Math.ceil((PER_YAML_MIB * ordersYamlBytes) / MIB);
}

/** The total size of the YAML files under `dir`. */
export async function yamlBytesUnder(dir: string): Promise<number> {
  const sizes = await Promise.all((await yamlFilesUnder(dir)).map(async (file) => (await stat(file)).size));
  return sizes.reduce((total, size) => total + size, 0);
}
