/** Meeting use cases: scheduling, joining, moderation, chat, recording, timers and LiveKit's webhooks. */
package dev.parley.application.meeting;
