import { nextInt } from '../../core/rng';
import type { World } from '../../world';

/** Seconds to provision a build container, by compute type (seeded spread within the range). */
const PROVISIONING_MS: Record<string, [number, number]> = {
  BUILD_GENERAL1_SMALL: [14_000, 26_000],
  BUILD_GENERAL1_MEDIUM: [16_000, 28_000],
  BUILD_GENERAL1_LARGE: [18_000, 32_000],
  BUILD_GENERAL1_XLARGE: [30_000, 60_000],
  BUILD_GENERAL1_2XLARGE: [60_000, 120_000],
};

export const rand = (world: World, min: number, max: number) => nextInt(world.rng, min, max);

export function provisioningMs(world: World, computeType: string): number {
  if (computeType.startsWith('BUILD_LAMBDA_')) return rand(world, 600, 2000);
  const [min, max] = PROVISIONING_MS[computeType] ?? [20_000, 40_000];
  return rand(world, min, max);
}

/** Time to wait in QUEUED when capacity is free. */
export const queuedMs = (world: World) => rand(world, 300, 1200);

/** DOWNLOAD_SOURCE: a clone of 1.5-3 s plus 1 ms per KB; a LOCAL_SOURCE_CACHE hit halves it. */
export function downloadMs(world: World, bytes: number, sourceCache: boolean): number {
  const ms = rand(world, 1500, 3000) + Math.round(bytes / 1024);
  return sourceCache ? Math.round(ms / 2) : ms;
}

export const finalizingMs = (world: World) => rand(world, 1500, 3500);
