/**
 * The Dockerfile's final stage as the container runs it: WORKDIR, ENV, EXPOSE, VOLUME, CMD and
 * HEALTHCHECK's command (exec forms, JSON arrays), for a test that runs the same command where
 * Docker cannot build the image.
 */
import { readFile } from 'node:fs/promises';

export interface ContainerSpec {
  workdir: string;
  env: Record<string, string>;
  expose: string[];
  volumes: string[];
  cmd: string[];
  healthcheck: string[];
}

export async function readDockerfile(path: string): Promise<ContainerSpec> {
  const text = (await readFile(path, 'utf8')).replace(/\\\n\s*/g, '');
  const stages = text.split(/^FROM\s/m);
  const last = stages.at(-1) ?? '';
  const spec: ContainerSpec = {
    workdir: '/',
    env: {},
    expose: [],
    volumes: [],
    cmd: [],
    healthcheck: [],
  };
  for (const line of last.split('\n')) {
    const [, word = '', rest = ''] = /^(\w+)\s+(.*)$/.exec(line.trim()) ?? [];
    if (word === 'WORKDIR') spec.workdir = rest;
    if (word === 'ENV') {
      for (const m of rest.matchAll(/(\w+)=("[^"]*"|\S+)/g)) {
        spec.env[m[1] ?? ''] = (m[2] ?? '').replace(/^"|"$/g, '');
      }
    }
    if (word === 'EXPOSE') spec.expose.push(...rest.split(/\s+/));
    if (word === 'VOLUME') spec.volumes.push(...rest.split(/\s+/));
    if (word === 'CMD') spec.cmd = JSON.parse(rest) as string[];
    if (word === 'HEALTHCHECK')
      spec.healthcheck = JSON.parse(rest.replace(/^.*?CMD\s+/, '')) as string[];
  }
  return spec;
}
