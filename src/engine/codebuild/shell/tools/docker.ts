import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Tool, ToolCall } from '../shell';
import { duration, eprintln, option, println } from './util';

export const DOCKER_DAEMON_ERROR =
  'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';

const digestOf = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));
const ECR = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?/;

const withTag = (image: string) => (/:[^/]+$/.test(image) ? image : `${image}:latest`);
const registryOf = (image: string) =>
  image.split('/')[0]?.includes('.') ? (image.split('/')[0] as string) : 'docker.io';

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(text: string): { keyword: string; text: string }[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ keyword: (l.split(/\s+/)[0] ?? '').toUpperCase(), text: l }));
}

function build(call: ToolCall, args: string[]): number {
  const { io, shell } = call;
  const tags: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '-t' || args[i] === '--tag') tags.push(args[i + 1] ?? '');
  for (const a of args) if (a.startsWith('--tag=')) tags.push(a.slice(6));
  const valueOptions = new Set([
    '-t',
    '--tag',
    '-f',
    '--file',
    '--build-arg',
    '--target',
    '--platform',
    '--cache-from',
    '--label',
    '--network',
    '--progress',
    '--secret',
  ]);
  const context = args.filter((a, i) => !a.startsWith('-') && !valueOptions.has(args[i - 1] ?? '')).pop() ?? '.';
  const file = option(args, '-f', '--file') ?? `${context}/Dockerfile`;
  const dockerfile = shell.fs.read(shell.resolve(file));
  println(io, '#0 building with "default" instance using docker driver');
  println(io, '');
  println(io, '#1 [internal] load build definition from Dockerfile');
  if (dockerfile === undefined) {
    println(io, '#1 transferring dockerfile: 2B done');
    println(io, '#1 DONE 0.0s');
    eprintln(
      io,
      `ERROR: failed to solve: failed to read dockerfile: open ${file.replace(/^\.\//, '')}: no such file or directory`,
    );
    return 1;
  }
  println(io, `#1 transferring dockerfile: ${dockerfile.length}B done`);
  println(io, '#1 DONE 0.0s');
  const steps = instructions(dockerfile);
  const from = steps.find((s) => s.keyword === 'FROM')?.text.split(/\s+/)[1] ?? 'scratch';
  const layerCache = shell.host.build.cache.modes?.includes('LOCAL_DOCKER_LAYER_CACHE') && shell.host.run.cacheRestored;
  let n = 2;
  println(io, `#${n} [internal] load metadata for ${from.includes('/') ? from : `docker.io/library/${from}`}`);
  shell.elapse(duration(call, 800, 2500));
  println(io, `#${n} DONE ${(shell.host.rand(5, 25) / 10).toFixed(1)}s`);
  const runnable = steps.filter(
    (s) =>
      s.keyword !== 'FROM' &&
      ![
        'ENV',
        'ARG',
        'LABEL',
        'EXPOSE',
        'CMD',
        'ENTRYPOINT',
        'USER',
        'WORKDIR',
        'VOLUME',
        'HEALTHCHECK',
        'SHELL',
        'STOPSIGNAL',
        'ONBUILD',
        'MAINTAINER',
      ].includes(s.keyword),
  );
  for (const [i, s] of runnable.entries()) {
    n++;
    println(io, '');
    println(io, `#${n} [${i + 2}/${runnable.length + 1}] ${s.text}`);
    const ms = layerCache ? 0 : s.keyword === 'RUN' ? duration(call, 2000, 20000) : duration(call, 100, 600);
    shell.elapse(ms);
    if (layerCache) {
      println(io, `#${n} CACHED`);
      continue;
    }
    if (s.keyword === 'COPY' || s.keyword === 'ADD') {
      const source = s.text.split(/\s+/).filter((w) => !w.startsWith('--'))[1] ?? '.';
      const missing =
        !/[*?]/.test(source) && !/^https?:/.test(source) && !shell.fs.exists(shell.resolve(`${context}/${source}`));
      if (missing) {
        println(io, `#${n} ERROR: failed to calculate checksum of ref: "/${source}": not found`);
        eprintln(
          io,
          `ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/${source}": not found`,
        );
        return 1;
      }
    }
    if (s.text.includes('cicdlab: fail')) {
      println(io, `#${n} ERROR: process "/bin/sh -c ${s.text.slice(4)}" did not complete successfully: exit code: 1`);
      eprintln(
        io,
        `ERROR: failed to solve: process "/bin/sh -c ${s.text.slice(4)}" did not complete successfully: exit code: 1`,
      );
      return 1;
    }
    println(io, `#${n} DONE ${(ms / 1000).toFixed(1)}s`);
  }
  n++;
  println(io, '');
  println(io, `#${n} exporting to image`);
  println(io, `#${n} exporting layers ${(shell.host.rand(3, 30) / 10).toFixed(1)}s done`);
  const id = digestOf(`${dockerfile}${tags.join(',')}`);
  println(io, `#${n} writing image sha256:${id} done`);
  const images = shell.host.run.docker.images;
  for (const tag of tags.length > 0 ? tags : [`sha256:${id.slice(0, 12)}`]) {
    println(io, `#${n} naming to ${tag.includes('/') ? tag : `docker.io/library/${tag}`} done`);
    if (!images.includes(withTag(tag))) images.push(withTag(tag));
  }
  println(io, `#${n} DONE 0.${shell.host.rand(1, 9)}s`);
  return 0;
}

function push(call: ToolCall, image: string | undefined): number {
  const { io, shell } = call;
  if (!image) {
    eprintln(io, '"docker push" requires exactly 1 argument.');
    return 1;
  }
  const { images, logins } = shell.host.run.docker;
  if (
    !images.includes(withTag(image)) &&
    !(image.includes(':') === false && images.some((i) => i.startsWith(`${image}:`)))
  ) {
    eprintln(io, `An image does not exist locally with the tag: ${image}`);
    return 1;
  }
  const registry = registryOf(image);
  println(io, `The push refers to repository [${image.replace(/:[^/:]+$/, '')}]`);
  if (ECR.test(registry) && !logins.includes(registry)) {
    eprintln(io, 'no basic auth credentials');
    return 1;
  }
  for (let i = 0; i < 4; i++) println(io, `${digestOf(`${image}${i}`).slice(0, 12)}: Pushed`);
  shell.elapse(duration(call, 3000, 15000));
  println(
    io,
    `${withTag(image).split(':').pop()}: digest: sha256:${digestOf(image)} size: ${1500 + shell.host.rand(0, 900)}`,
  );
  return 0;
}

const docker: Tool = (call) => {
  const { argv, io, shell } = call;
  const args = argv.slice(1).filter((a) => a !== '--debug');
  const sub = args[0] ?? '';
  if (sub === '--version' || sub === '-v') {
    println(io, 'Docker version 26.1.4, build 5650f9b');
    return 0;
  }
  if (sub === '' || sub === 'help') return 0;
  if (!shell.host.privileged) {
    eprintln(io, sub === 'build' || sub === 'buildx' ? `ERROR: ${DOCKER_DAEMON_ERROR}` : DOCKER_DAEMON_ERROR);
    return 1;
  }
  const { images, logins } = shell.host.run.docker;
  switch (sub) {
    case 'build':
      return build(call, args.slice(1));
    case 'buildx':
      return args[1] === 'build' ? build(call, args.slice(2)) : 0;
    case 'tag': {
      const [source, target] = args.slice(1);
      if (!source || !target) {
        eprintln(io, '"docker tag" requires exactly 2 arguments.');
        return 1;
      }
      if (!images.includes(withTag(source)) && !source.startsWith('sha256:')) {
        eprintln(io, `Error response from daemon: No such image: ${withTag(source)}`);
        return 1;
      }
      if (/(^|:)$/.test(target) || /\s/.test(target)) {
        eprintln(io, `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format`);
        return 1;
      }
      if (!images.includes(withTag(target))) images.push(withTag(target));
      return 0;
    }
    case 'push':
      return push(
        call,
        args.slice(1).find((a) => !a.startsWith('-')),
      );
    case 'pull': {
      const image = args.slice(1).find((a) => !a.startsWith('-')) ?? '';
      shell.elapse(duration(call, 3000, 12000));
      println(io, `${withTag(image).split(':').pop()}: Pulling from ${image.replace(/:[^/:]+$/, '')}`);
      println(io, `Digest: sha256:${digestOf(image)}`);
      println(io, `Status: Downloaded newer image for ${withTag(image)}`);
      if (!images.includes(withTag(image))) images.push(withTag(image));
      return 0;
    }
    case 'login': {
      const registry =
        args
          .slice(1)
          .filter(
            (a, i, all) => !a.startsWith('-') && !['-u', '--username', '-p', '--password'].includes(all[i - 1] ?? ''),
          )
          .pop() ?? 'docker.io';
      if (args.includes('--password-stdin') && io.stdin.trim() === '') {
        eprintln(io, 'Error: Cannot perform an interactive login from a non TTY device');
        return 1;
      }
      println(io, 'WARNING! Your password will be stored unencrypted in /root/.docker/config.json.');
      println(io, 'Configure a credential helper to remove this warning. See');
      println(io, 'https://docs.docker.com/engine/reference/commandline/login/#credential-stores');
      println(io, '');
      println(io, 'Login Succeeded');
      const host = registry.replace(/^https?:\/\//, '').split('/')[0] as string;
      if (!logins.includes(host)) logins.push(host);
      return 0;
    }
    case 'images':
      println(io, 'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE');
      for (const image of images)
        println(
          io,
          `${image.replace(/:[^/:]+$/, '')}   ${image.split(':').pop()}   ${digestOf(image).slice(0, 12)}   1 minute ago   ${120 + (image.length % 50)}MB`,
        );
      return 0;
    case 'run':
    case 'exec':
    case 'compose':
      shell.elapse(duration(call, 1000, 8000));
      eprintln(io, `cicdlab: simulated 'docker ${sub}' (the container is not run): exit status 0`);
      return 0;
    default:
      return 0;
  }
};

const dockerd: Tool = (call) => {
  if (!call.shell.host.privileged) {
    eprintln(
      call.io,
      'failed to start daemon: Error initializing network controller: error obtaining controller instance: failed to register "bridge" driver: unable to add return rule in DOCKER-ISOLATION-STAGE-1 chain: iptables failed (permission denied: privileged mode is off)',
    );
    return 1;
  }
  call.shell.elapse(1500);
  return 0;
};

export const DOCKER_TOOLS: Record<string, Tool> = {
  docker,
  dockerd,
  'docker-compose': (call) => docker({ ...call, argv: ['docker', 'compose', ...call.argv.slice(1)] }),
};
