// Joining a LiveKit room for a call or a meeting. The SDK (vendored UMD build) loads only when needed.
import { h, mount } from './ui.js';

let sdk;

function loadSdk() {
  sdk ??= new Promise((resolve, reject) => {
    const script = h('script', { src: '/app/vendor/livekit-client.umd.js' });
    script.onload = () => resolve(window.LivekitClient);
    script.onerror = () => reject(new Error('the LiveKit client could not be loaded'));
    document.head.append(script);
  });
  return sdk;
}

/**
 * Connects to `livekit` ({url, token}) and shows every participant's video in `stage`. Resolves to a handle with
 * `leave()`, `toggleMic()`, `toggleCamera()`; on failure shows a clear message in `stage` and resolves to null.
 */
export async function joinMedia(livekit, stage, { video = true, what = 'call' } = {}) {
  mount(stage, h('p', { class: 'media-status' }, 'Connecting audio and video…'));
  let room;
  try {
    const { Room, RoomEvent } = await loadSdk();
    room = new Room({ adaptiveStream: true, dynacast: true });
    const attach = (track) => {
      if (track.kind === 'video' || track.kind === 'audio') stage.append(track.attach());
    };
    room.on(RoomEvent.TrackSubscribed, attach);
    room.on(RoomEvent.TrackUnsubscribed, (track) => track.detach().forEach((el) => el.remove()));
    await withTimeout(room.connect(livekit.url, livekit.token), 8000);
    mount(stage);
    await room.localParticipant.setMicrophoneEnabled(true).catch(() => {});
    if (video) {
      await room.localParticipant.setCameraEnabled(true).catch(() => {});
      const own = [...room.localParticipant.videoTrackPublications.values()][0]?.track;
      if (own) stage.append(Object.assign(own.attach(), { className: 'self' }));
    }
    return {
      leave: () => room.disconnect(),
      toggleMic: () => room.localParticipant.setMicrophoneEnabled(!room.localParticipant.isMicrophoneEnabled),
      toggleCamera: () => room.localParticipant.setCameraEnabled(!room.localParticipant.isCameraEnabled),
    };
  } catch (error) {
    room?.disconnect();
    mount(stage, h('div', { class: 'media-status error', role: 'alert' },
      h('strong', {}, 'Audio and video are unavailable.'),
      h('p', {}, `Parley could not reach the media server at ${livekit.url} (${error.message || error}).`),
      h('p', {}, what === 'call' ? 'The call itself is connected; ask whoever runs this Parley to start LiveKit, then call again.'
        : 'You are in the meeting and its chat works; ask whoever runs this Parley to start LiveKit, then rejoin.')));
    return null;
  }
}

function withTimeout(promise, millis) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), millis))]);
}
