/**
 * Output stage: what a build's worker thread starts with (piscina's `workerData`, set by
 * pool.ts, taken by worker.ts): the campaign's pictures the main thread checked and prepared.
 */
import {
  adoptPreparedImages,
  type PreparedImage,
  preparedImages,
  prepareLogo,
  prepareMap,
} from '../layout/images.js';
import type { BuildInputs } from './inputs.js';

/**
 * What a build's worker thread starts with (piscina's `workerData`): the campaign's pictures the
 * main thread prepared, and that it checked them. A worker then neither reads the images again
 * nor asks libvips (load/image-process.ts) to make the same bytes.
 */
export interface BuildWorkerData {
  images: PreparedImage[];
}

/**
 * The pictures the workers will draw, prepared here first: the logo and the map when a kind of
 * the build prints them (the signature and seal were prepared with the signing, output/signing.ts). One that
 * fails is left to the workers, whose groups then say why.
 */
export async function picturesForWorkers(inputs: BuildInputs): Promise<PreparedImage[]> {
  const { logo, map, signature, seal } = inputs.campaign.assets ?? {};
  if (logo && inputs.kinds.some((k) => k.printsLogo)) await prepareLogo(logo).catch(() => {});
  if (map && inputs.kinds.some((k) => k.printsMap)) await prepareMap(map).catch(() => {});
  return preparedImages([logo, map, signature, seal].filter((f) => f !== undefined));
}

/** In a build's worker thread: takes what the main thread handed over (BuildWorkerData). */
export function adoptWorkerData(data: BuildWorkerData): void {
  adoptPreparedImages(data.images);
}
