// 1:1 calls: the ringing dialog on every tab of the callee, the caller's "calling…" dialog, and the call itself.
import { api } from './api.js';
import { state, user, displayName } from './state.js';
import { joinMedia } from './media.js';
import { h, mount, avatar, toast } from './ui.js';

let current = null;   // { call, dialog, media }

function dialog(...content) {
  const box = h('div', { class: 'call-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Call' }, ...content);
  document.getElementById('overlay').append(box);
  return box;
}

function finish(message) {
  current?.media?.leave();
  current?.dialog.remove();
  current = null;
  if (message) toast(message);
}

export async function startCall(person, media) {
  if (current) return toast('You are already in a call.', 'error');
  try {
    const call = await api('POST', '/calls', { callee_id: person.id, media });
    const box = dialog(avatar(person), h('h2', {}, `Calling ${displayName(person)}…`),
      h('p', { class: 'muted' }, media === 'video' ? 'Video call' : 'Audio call'),
      h('div', { class: 'actions' }, h('button', { class: 'danger', onclick: () => api('POST', `/calls/${call.id}/cancel`).catch(() => {}).then(() => finish()) }, 'Cancel')));
    current = { call, dialog: box };
    box.querySelector('button').focus();
  } catch (error) {
    toast(error.code === 'callee_busy' ? `${displayName(person)} is in another call.` : error.message, 'error');
  }
}

async function ring(call) {
  if (current) return;
  const caller = await user(call.caller_id);
  const accept = h('button', { class: 'primary', onclick: () => answer(call) }, 'Accept');
  const box = dialog(avatar(caller), h('h2', {}, `${displayName(caller)} is calling`),
    h('p', { class: 'muted' }, call.media === 'video' ? 'Incoming video call' : 'Incoming audio call'),
    h('div', { class: 'actions' }, accept,
      h('button', { class: 'danger', onclick: () => api('POST', `/calls/${call.id}/decline`).catch(() => {}).then(() => finish()) }, 'Decline')));
  box.classList.add('ringing');
  current = { call, dialog: box };
  accept.focus();
}

async function answer(call) {
  try {
    const { livekit } = await api('POST', `/calls/${call.id}/accept`);
    inCall(call, livekit);
  } catch (error) {
    finish(error.message);
  }
}

async function inCall(call, livekit) {
  const peer = await user(call.caller_id === state.me.id ? call.callee_id : call.caller_id);
  const stage = h('div', { class: 'stage' });
  const controls = h('div', { class: 'actions' });
  const box = dialog(h('h2', {}, `In a call with ${displayName(peer)}`), stage, controls);
  box.classList.add('in-call');
  current.dialog.remove();
  Object.assign(current, { call, dialog: box });
  const media = await joinMedia(livekit, stage, { video: call.media === 'video' });
  current.media = media;
  mount(controls,
    media ? h('button', { onclick: () => media.toggleMic() }, 'Mute / unmute') : null,
    media && call.media === 'video' ? h('button', { onclick: () => media.toggleCamera() }, 'Camera on / off') : null,
    h('button', { class: 'danger', onclick: () => api('POST', `/calls/${call.id}/end`).catch(() => {}).then(() => finish()) }, 'Hang up'));
  controls.lastChild.focus();
}

/** Real-time call events: ring, stop ringing, join on accept, tidy up when it ends. */
export async function onCallEvent(event) {
  const { call } = event;
  const mine = current?.call.id === call.id;
  switch (event.type) {
    case 'call.incoming': return ring(call);
    case 'call.accepted':
      if (mine) inCall(call, (await api('POST', `/calls/${call.id}/token`)).livekit);
      return;
    case 'call.answered_elsewhere': return mine && finish('Answered on another device.');
    case 'call.declined': return mine && finish('The call was declined.');
    case 'call.cancelled': return mine && finish('Missed call: the caller hung up.');
    case 'call.missed': return mine && finish('No answer.');
    case 'call.ended': return mine && finish('Call ended.');
    default:
  }
}

/** After a reconnect: a call that rings for me right now, from the catch-up. */
export function ringFromSync(calls, meId) {
  const ringing = calls.find((c) => c.status === 'ringing' && c.callee_id === meId);
  if (ringing) ring(ringing);
}
