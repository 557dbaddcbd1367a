// A small W3C WebDriver client over plain HTTP, and the helpers to start tauri-driver and the
// app for a test: no package to install beyond Node itself.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts tauri-driver (which starts WebKitWebDriver) with `env` passed down to the app, and
 * resolves once it accepts connections.
 */
export async function startDriver({ env = {}, log = () => {} } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  const child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      output += chunk;
      log(String(chunk));
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited (${child.exitCode}):\n${output}`);
    try {
      await fetch(`${url}/status`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`tauri-driver did not listen on ${url}:\n${output}`);
      await sleep(100);
    }
  }
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(5_000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      // A WebKit helper that outlives the driver may still hold these pipes open; let go of
      // them so Node can exit once the test is done.
      child.stdout.destroy();
      child.stderr.destroy();
      child.unref();
    },
  };
}

async function call(url, method, path, body) {
  const res = await fetch(url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path}: HTTP ${res.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (!res.ok) {
    const v = json.value ?? {};
    const err = new Error(`${method} ${path}: ${v.error ?? res.status}: ${v.message ?? text}`);
    err.webdriverError = v.error;
    throw err;
  }
  return json.value;
}

/** Starts the app at `application` through the driver; resolves to a session. */
export async function openApp(driverUrl, application) {
  const value = await call(driverUrl, 'POST', '/session', {
    capabilities: {
      alwaysMatch: { browserName: 'wry', 'tauri:options': { application } },
    },
  });
  return new Session(driverUrl, value.sessionId);
}

export class Session {
  constructor(url, id) {
    this.url = url;
    this.id = id;
  }

  cmd(method, path, body) {
    return call(this.url, method, `/session/${this.id}${path}`, body);
  }

  /** Runs `script` (a function body) in the page and returns its value. */
  execute(script, args = []) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Runs `script` (a function body whose last argument is a callback) and returns what it passes. */
  executeAsync(script, args = []) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  /** The element matching the CSS `selector`, or null. */
  async find(selector) {
    try {
      const el = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
      return el[ELEMENT];
    } catch (e) {
      if (e.webdriverError === 'no such element') return null;
      throw e;
    }
  }

  /**
   * Waits until `probe()` returns a truthy value and returns it. Look-ups fail while the page is
   * still loading, so errors count as "not yet" until the deadline.
   */
  async waitFor(what, probe, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        const value = await probe();
        if (value) return value;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) {
        const page = await this.execute('return document.body ? document.body.innerText.slice(0, 800) : "(no body)"').catch(
          (e) => `(page unreadable: ${e.message})`,
        );
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}` +
            (last ? `; last error: ${last.message}` : '') +
            `\n--- text on screen ---\n${page}`,
        );
      }
      await sleep(50);
    }
  }

  /** Waits for an element matching `selector` and returns it. */
  waitForElement(selector, timeoutMs) {
    return this.waitFor(`an element matching ${selector}`, () => this.find(selector), timeoutMs);
  }

  click(element) {
    return this.cmd('POST', `/element/${element}/click`, {});
  }

  /** Types `text` into the element (a form field). */
  type(element, text) {
    return this.cmd('POST', `/element/${element}/value`, { text });
  }

  text(element) {
    return this.cmd('GET', `/element/${element}/text`);
  }

  /** A PNG screenshot of the window, as bytes. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  async close() {
    await this.cmd('DELETE', '').catch(() => {});
  }
}
