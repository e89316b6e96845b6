// One live connection per tab: a WebSocket opened with a one-time ticket (the token never goes in a URL), or,
// when WebSocket is blocked, the same events as Server-Sent Events read through fetch (so the bearer header
// can be sent). Reconnects with exponential backoff and jitter; each (re)connect triggers a catch-up.
import { api, bearer, refresh } from './api.js';

const PING_MS = 25_000;

export class Realtime {
  constructor({ onEvent, onStatus, onOpen, onRevoked }) {
    Object.assign(this, { onEvent, onStatus, onOpen, onRevoked });
    this.mode = 'websocket';
    this.failuresBeforeOpen = 0;
    this.attempt = 0;
    this.stopped = false;
    addEventListener('offline', () => this.drop('Offline'));
    addEventListener('online', () => this.reconnectNow());
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    this.close();
  }

  /** Sends a frame over the socket; false when there is none (SSE mode or disconnected). */
  send(frame) {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  async connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.onStatus('Connecting…');
    try {
      if (this.mode === 'websocket') await this.openSocket();
      else await this.openStream();
    } catch {
      this.scheduleRetry();
    }
  }

  async openSocket() {
    const { ticket } = await api('POST', '/realtime/tickets');
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/api/v1/ws?ticket=${encodeURIComponent(ticket)}`);
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.failuresBeforeOpen = 0;
      this.connected();
      this.pinger = setInterval(() => this.send({ type: 'ping' }), PING_MS);
    };
    socket.onmessage = (message) => {
      const event = JSON.parse(message.data);
      if (event.type !== 'pong') this.onEvent(event);
    };
    socket.onclose = (close) => {
      clearInterval(this.pinger);
      if (this.socket !== socket) return;
      this.socket = null;
      if (close.code === 4001) return this.onRevoked();
      if (!opened && ++this.failuresBeforeOpen >= 2) this.mode = 'sse';
      this.scheduleRetry();
    };
  }

  async openStream() {
    if (!bearer()) await refresh();
    const controller = new AbortController();
    this.stream = controller;
    const response = await fetch('/api/v1/events', {
      headers: { Authorization: `Bearer ${bearer()}`, Accept: 'text/event-stream' }, signal: controller.signal,
    });
    if (response.status === 401) await refresh();
    if (!response.ok) throw new Error(`event stream answered ${response.status}`);
    this.connected();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) {
          if (!line.startsWith('data:')) continue;
          const event = JSON.parse(line.slice(5));
          if (event.type === 'session.revoked') return this.onRevoked();
          this.onEvent(event);
        }
      }
    } catch { /* aborted or dropped: retry below */ }
    if (this.stream === controller) {
      this.stream = null;
      this.scheduleRetry();
    }
  }

  connected() {
    this.attempt = 0;
    this.onStatus(this.mode === 'websocket' ? 'Live' : 'Live (SSE)');
    this.onOpen();
  }

  scheduleRetry() {
    if (this.stopped) return;
    this.onStatus(navigator.onLine ? 'Reconnecting…' : 'Offline');
    const delay = Math.min(30_000, 500 * 2 ** this.attempt++) * (0.75 + Math.random() / 2);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  reconnectNow() {
    this.attempt = 0;
    this.close();
    this.connect();
  }

  drop(status) {
    this.close();
    this.onStatus(status);
  }

  close() {
    clearTimeout(this.retryTimer);
    clearInterval(this.pinger);
    const { socket, stream } = this;
    this.socket = null;
    this.stream = null;
    socket?.close();
    stream?.abort();
  }
}
