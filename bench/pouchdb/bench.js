// PouchDB side of the sync comparison (see README.md): loads the sync benchmark's NDJSON
// dump into express-pouchdb, then a fresh device replicates everything over HTTP on
// 127.0.0.1; then after one changed document, then with nothing changed.
// Usage: node bench.js DUMP.ndjson
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');

const dump = process.argv[2];
if (!dump || !fs.existsSync(dump)) {
  console.error('usage: node bench.js DUMP.ndjson (written by the sync benchmark with DUMP=path)');
  process.exit(2);
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pouch-bench-'));

function run(args) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${args[0]} exited ${code}`))));
  });
}

function du(dir) {
  return Number(execFileSync('du', ['-sb', dir]).toString().split('\t')[0]);
}

async function main() {
  const server = spawn(process.execPath, [path.join(__dirname, 'server.js'), dump, path.join(work, 'hub')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [port, controlPort] = await new Promise((resolve) => {
    server.stdout.on('data', (d) => {
      const m = /PORT (\d+) (\d+)/.exec(String(d));
      if (m) resolve([m[1], m[2]]);
    });
  });
  const url = `http://127.0.0.1:${port}/content`;
  const control = `http://127.0.0.1:${controlPort}/_bench`;
  const stats = async () => (await fetch(`${control}/stats`)).json();
  const reset = () => fetch(`${control}/reset`, { method: 'POST' });
  const device = path.join(work, 'device');

  const phase = async () => {
    await reset();
    const d = await run([path.join(__dirname, 'device.js'), url, device]);
    // Let the server see the sockets close.
    await new Promise((r) => setTimeout(r, 200));
    return { ...d, ...(await stats()) };
  };
  const first = await phase();
  const db = du(device);
  await fetch(`${control}/change?id=${encodeURIComponent('translation:article-7:ar')}`, { method: 'POST' });
  const one = await phase();
  const idle = await phase();
  server.kill();

  const row = (name, p) =>
    `| ${name} | ${p.secs.toFixed(2)} s | ${p.resBody} / ${p.reqBody} | ${p.sockIn + p.sockOut} | ${p.requests} (${p.gzipped} gzip) | ${p.docs_written} | ${(p.max_rss_kb / 1024).toFixed(1)} MB |`;
  console.log('| PouchDB 9 from express-pouchdb | time | body bytes received / sent | socket bytes both ways (headers incl.) | requests | docs written | device peak RSS |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(row('first sync', first));
  console.log(row('one changed document', one));
  console.log(row('nothing changed', idle));
  console.log(`device database after the first sync: ${(db / 1e6).toFixed(1)} MB (LevelDB, du -sb)`);
  console.log(JSON.stringify({ first, one, idle, device_db_bytes: db }));
  fs.rmSync(work, { recursive: true, force: true });
}
main().catch((e) => { console.error(e); process.exit(1); });
