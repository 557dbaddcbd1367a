// The device side: a one-shot PouchDB replication from the hub into a LevelDB database,
// in its own process so its peak memory is its own. Prints one JSON line.
// Usage: node device.js URL DATA_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const PouchDB = require('pouchdb');

const [url, dataDir] = process.argv.slice(2);
fs.mkdirSync(dataDir, { recursive: true });
const Pouch = PouchDB.defaults({ prefix: path.join(dataDir, '/') });

async function main() {
  const local = new Pouch('content');
  const t = process.hrtime.bigint();
  // PouchDB's defaults (batches of 100 changes), as an app would replicate.
  const info = await Pouch.replicate(url, local);
  const secs = Number(process.hrtime.bigint() - t) / 1e9;
  await local.close();
  console.log(JSON.stringify({
    secs,
    docs_written: info.docs_written,
    ok: info.ok,
    max_rss_kb: process.resourceUsage().maxRSS,
  }));
}
main().catch((e) => { console.error(e); process.exit(1); });
