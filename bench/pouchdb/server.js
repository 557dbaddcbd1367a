// The hub side: express-pouchdb over PouchDB's LevelDB adapter, loaded from the sync
// benchmark's NDJSON dump. Counts requests, response body bytes after compression (what the
// device downloads), request body bytes and raw socket bytes (HTTP headers included).
// Usage: node server.js DUMP.ndjson DATA_DIR  -> prints "PORT <n>" once loaded.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const express = require('express');
const PouchDB = require('pouchdb');

const [dumpPath, dataDir] = process.argv.slice(2);
fs.mkdirSync(dataDir, { recursive: true });
const Pouch = PouchDB.defaults({ prefix: path.join(dataDir, '/') });

const stats = () => ({
  requests: 0, resBody: 0, reqBody: 0, gzipped: 0, acceptGzip: 0, sockIn: 0, sockOut: 0,
});
let counts = stats();
const sockets = new Set();

async function load() {
  const db = new Pouch('content');
  const lines = readline.createInterface({ input: fs.createReadStream(dumpPath) });
  let batch = [];
  let n = 0;
  for await (const line of lines) {
    if (!line) continue;
    batch.push(JSON.parse(line));
    if (batch.length === 1000) {
      await db.bulkDocs(batch);
      n += batch.length;
      batch = [];
    }
  }
  if (batch.length) { await db.bulkDocs(batch); n += batch.length; }
  await db.close();
  return n;
}

async function main() {
  const t = Date.now();
  const n = await load();
  console.error(`loaded ${n} docs in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const app = express();
  // Control endpoints for the driver, on their own port so they are not counted.
  const control = express();
  control.get('/_bench/stats', (req, res) => {
    const out = { ...counts };
    for (const s of sockets) { out.sockIn += s.bytesRead - s._benchIn; out.sockOut += s.bytesWritten - s._benchOut; }
    res.json(out);
  });
  control.post('/_bench/reset', (req, res) => {
    counts = stats();
    for (const s of sockets) { s._benchIn = s.bytesRead; s._benchOut = s.bytesWritten; }
    res.json({ ok: true });
  });
  control.post('/_bench/change', async (req, res) => {
    const db = new Pouch('content');
    const doc = await db.get(req.query.id);
    doc.title = 'A corrected title';
    await db.put(doc);
    res.json({ ok: true });
  });
  // Count before express-pouchdb's own compression middleware wraps res.write, so the
  // bytes counted are the compressed ones that cross the wire.
  app.use((req, res, next) => {
    counts.requests += 1;
    counts.reqBody += Number(req.headers['content-length'] || 0);
    if (/gzip/.test(req.headers['accept-encoding'] || '')) counts.acceptGzip += 1;
    const write = res.write;
    const end = res.end;
    const size = (chunk, enc) => (chunk ? Buffer.byteLength(chunk, typeof enc === 'string' ? enc : undefined) : 0);
    res.write = function (chunk, enc, cb) { counts.resBody += size(chunk, enc); return write.call(this, chunk, enc, cb); };
    res.end = function (chunk, enc, cb) {
      if (typeof chunk !== 'function') counts.resBody += size(chunk, enc);
      if (/gzip/.test(String(res.getHeader('content-encoding') || ''))) counts.gzipped += 1;
      return end.call(this, chunk, enc, cb);
    };
    next();
  });
  app.use('/', require('express-pouchdb')(Pouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: path.join(dataDir, 'log.txt') }));
  const controlServer = control.listen(0, '127.0.0.1', () => {
    const server = app.listen(0, '127.0.0.1', () => {
      console.log(`PORT ${server.address().port} ${controlServer.address().port}`);
    });
    server.on('connection', (s) => {
      s._benchIn = 0; s._benchOut = 0;
      sockets.add(s);
      s.on('close', () => {
        counts.sockIn += s.bytesRead - s._benchIn;
        counts.sockOut += s.bytesWritten - s._benchOut;
        sockets.delete(s);
      });
    });
  });
}
main().catch((e) => { console.error(e); process.exit(1); });
