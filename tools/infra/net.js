'use strict';
// Shared helpers for the infra scripts (ports, waiting, child processes).
// Node built-ins only: these scripts must work before `npm install` has run.

const net = require('node:net');
const { spawn } = require('node:child_process');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true when something accepts TCP connections on host:port. */
function isPortOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Polls `check` every `intervalMs` until it returns a truthy value, then
 * returns that value. On timeout throws an Error whose message is
 * `describe()` (called only then, so it can gather diagnostics lazily).
 */
async function waitFor(check, { timeoutMs, intervalMs = 200, describe }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() >= deadline) {
      throw new Error(describe ? await describe() : `timed out after ${timeoutMs} ms`);
    }
    await sleep(intervalMs);
  }
}

/** Waits until host:port accepts connections; throws after timeoutMs. */
function waitForPort(host, port, timeoutMs = 30000) {
  return waitFor(() => isPortOpen(host, port), {
    timeoutMs,
    describe: () => `${host}:${port} did not accept TCP connections within ${timeoutMs} ms`,
  });
}

/**
 * Runs a command to completion; resolves { code, output } (stdout+stderr
 * interleaved) so callers can put the output into their own error messages.
 */
function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', (err) => {
      reject(err.code === 'ENOENT' ? new Error(`Command not found: ${cmd} (is it installed and on PATH?)`) : err);
    });
    child.once('close', (code) => resolve({ code, output }));
  });
}

module.exports = { isPortOpen, waitFor, waitForPort, sleep, run };
