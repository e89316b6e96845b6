// The Socket.IO relay that `bench/run fanout --peer socketio` measures Parley against: rooms, no persistence.
// Each connection joins the room named in its connect auth ({room}); a "send" event carrying a Parley-shaped
// message.send frame is relayed to the whole room (the sender too, as Parley echoes to the sender's devices)
// as a message.created-typed event and acked to the sender, so one load client reads both servers alike.
// PORT (default 3000), REDIS_URL (set: the Redis adapter, for two or more processes), REDIS_KEY (channel prefix).
'use strict';
const http = require('node:http');
const { Server } = require('socket.io');

async function main() {
  const port = Number(process.env.PORT || 3000);
  const httpServer = http.createServer((req, res) => {
    res.writeHead(req.url === '/ready' ? 200 : 404, { 'content-type': 'text/plain' });
    res.end(req.url === '/ready' ? 'ready' : 'not found');
  });
  const io = new Server(httpServer, { transports: ['websocket'], perMessageDeflate: false, serveClient: false });
  if (process.env.REDIS_URL) {
    const { createClient } = require('redis');
    const { createAdapter } = require('@socket.io/redis-adapter');
    const pub = createClient({ url: process.env.REDIS_URL });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createAdapter(pub, sub, { key: process.env.REDIS_KEY || 'parley-bench-peer' }));
  }
  io.on('connection', (socket) => {
    const room = socket.handshake.auth && socket.handshake.auth.room;
    if (typeof room === 'string') {
      socket.join(room);
    }
    socket.on('send', (frame) => {
      if (!frame || typeof frame.conversation_id !== 'string') {
        socket.emit('failure', { type: 'error', ref: frame && frame.ref, error: { code: 'validation_failed' } });
        return;
      }
      io.to(frame.conversation_id).emit('m', {
        type: 'message.created', conversation_id: frame.conversation_id, message: { content: frame.content },
      });
      socket.emit('ack', { type: 'ack', ref: frame.ref });
    });
  });
  httpServer.listen(port, '127.0.0.1', () => console.log(`socket.io peer listening on 127.0.0.1:${port}`));
  const stop = () => io.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
