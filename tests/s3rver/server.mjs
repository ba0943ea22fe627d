// Starts s3rver (an S3-compatible server) on 127.0.0.1 for kgen's S3 state-store tests.
// Usage: node server.mjs DIRECTORY [BUCKET...]
// Prints one line `{"port":N}` when it listens; stops when its standard input closes (the test
// process ended or closed it) or on SIGTERM, and removes nothing but what it was given.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const S3rver = require('s3rver');

const [directory, ...buckets] = process.argv.slice(2);
if (!directory) {
  console.error('usage: node server.mjs DIRECTORY [BUCKET...]');
  process.exit(2);
}

const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: buckets.map((name) => ({ name })),
});

const { port } = await server.run();
process.stdout.write(JSON.stringify({ port }) + '\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}

process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
