/** LiveKit adapter: join tokens, RoomService calls and webhook verification through the livekit-server SDK. */
package dev.parley.livekit;
