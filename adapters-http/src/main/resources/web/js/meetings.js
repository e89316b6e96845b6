// Meetings: create and share a link, join by link (/m/<code>), the waiting room, host controls, meeting chat.
import { api } from './api.js';
import { state, user, displayName } from './state.js';
import { joinMedia } from './media.js';
import { h, mount, form, field, time, toast } from './ui.js';

let open = null;   // the MeetingRoom on screen

export function meetingsScreen() {
  const list = h('ul', { class: 'meetings', 'aria-label': 'Your meetings' });
  const created = h('div', { 'aria-live': 'polite' });
  api('GET', '/meetings?limit=20').then((page) => mount(list, page.items.length
    ? page.items.map((m) => h('li', {}, h('a', { href: `/m/${m.code}` }, m.title), h('span', { class: 'muted' }, ` · ${m.status} · ${time(m.created_at || m.started_at)}`)))
    : h('li', { class: 'empty' }, 'No meetings yet.')))
    .catch((error) => mount(list, h('li', { class: 'empty' }, error.status === 404 ? 'Meetings are not available on this server yet.' : error.message)));
  return h('section', { class: 'page', 'aria-labelledby': 'meetings-title' },
    h('h1', { id: 'meetings-title' }, 'Meetings'),
    form([field('Title', 'title', { required: true, maxlength: '200', placeholder: 'Weekly sync' }),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'waiting_room' }), 'Waiting room: I admit each guest'),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'mute_on_join' }), 'Mute guests when they join')],
    'Create meeting', async (values) => {
      const meeting = await api('POST', '/meetings', { title: values.title,
        settings: { waiting_room: values.waiting_room === 'on', mute_on_join: values.mute_on_join === 'on' } });
      const link = h('input', { readonly: true, value: meeting.join_url, 'aria-label': 'Meeting link', class: 'join-url' });
      mount(created, h('div', { class: 'notice' }, h('p', {}, 'Share this link:'), link,
        h('div', { class: 'actions' },
          h('button', { onclick: () => navigator.clipboard.writeText(meeting.join_url).then(() => toast('Link copied.')) }, 'Copy link'),
          h('a', { class: 'button primary', href: `/m/${meeting.code}` }, 'Start now'))));
    }),
    created, h('h2', {}, 'Recent'), list);
}

/** The /m/<code> page: look the meeting up, join, wait to be admitted, then the room. */
export function meetingPage(code, realtime) {
  const page = h('section', { class: 'page meeting', 'aria-label': 'Meeting' }, h('p', {}, 'Looking the meeting up…'));
  api('GET', `/meetings/code/${encodeURIComponent(code)}`).then((meeting) => {
    mount(page, h('h1', {}, meeting.title), meeting.description ? h('p', {}, meeting.description) : null,
      h('p', { class: 'muted' }, meeting.status === 'ended' ? 'This meeting has ended.' : `Meeting code ${meeting.code}`),
      meeting.status === 'ended' ? null : h('button', { class: 'primary', onclick: () => join(meeting, page, realtime) }, 'Join meeting'));
    page.querySelector('button')?.focus();
  }).catch((error) => mount(page, h('h1', {}, 'Meeting'), h('p', { role: 'alert' },
    error.status === 404 ? 'No meeting has this link (or meetings are not available on this server yet).' : error.message)));
  return page;
}

async function join(meeting, page, realtime) {
  try {
    const joined = await api('POST', '/meetings/join', { code: meeting.code });
    open = new MeetingRoom(joined.meeting, joined.participant, page, realtime);
    if (joined.participant.status === 'waiting') open.waiting();
    else open.enter(joined.livekit);
  } catch (error) {
    toast(error.code === 'meeting_full' ? 'The meeting is full.' : error.message, 'error');
  }
}

class MeetingRoom {
  constructor(meeting, me, page, realtime) {
    Object.assign(this, { meeting, me, page, realtime, messages: new Map(), conversationId: null });
  }

  waiting() {
    mount(this.page, h('h1', {}, this.meeting.title),
      h('div', { class: 'waiting', role: 'status' }, h('div', { class: 'spinner', 'aria-hidden': 'true' }),
        h('p', {}, 'You are in the waiting room. The host will let you in shortly.')),
      h('button', { onclick: () => this.leave() }, 'Leave'));
  }

  async enter(livekit) {
    const host = ['host', 'moderator'].includes(this.me.role);
    this.people = h('ul', { class: 'people', 'aria-label': 'Participants' });
    this.chat = h('ol', { class: 'messages', 'aria-label': 'Meeting chat' });
    this.stage = h('div', { class: 'stage' });
    const input = h('input', { name: 'content', 'aria-label': 'Message to everyone', placeholder: 'Message everyone…', autocomplete: 'off' });
    const chatForm = h('form', { class: 'composer row', onsubmit: async (event) => {
      event.preventDefault();
      if (!input.value.trim()) return;
      const content = input.value;
      input.value = '';
      this.accept(await api('POST', `/meetings/${this.meeting.id}/messages`, { content, client_msg_id: crypto.randomUUID() }));
    } }, input, h('button', { class: 'primary' }, 'Send'));
    mount(this.page, h('header', { class: 'conversation-head' }, h('h1', {}, this.meeting.title),
      h('span', { class: 'actions' },
        h('button', { onclick: () => navigator.clipboard?.writeText(this.meeting.join_url).then(() => toast('Link copied.')) }, 'Copy link'),
        host ? h('button', { class: 'danger', onclick: () => api('POST', `/meetings/${this.meeting.id}/end`).catch((e) => toast(e.message, 'error')) }, 'End for all') : null,
        h('button', { onclick: () => this.leave() }, 'Leave'))),
    h('div', { class: 'meeting-grid' }, this.stage,
      h('aside', {}, h('h2', {}, 'People'), this.people, h('h2', {}, 'Chat'), this.chat, chatForm)));
    this.loadPeople();
    const page = await api('GET', `/meetings/${this.meeting.id}/messages?limit=50`);
    page.items.forEach((m) => this.accept(m));
    if (livekit) this.media = await joinMedia(livekit, this.stage, { video: true, what: 'meeting' });
  }

  async loadPeople() {
    const host = ['host', 'moderator'].includes(this.me.role);
    const page = await api('GET', `/meetings/${this.meeting.id}/participants`);
    const control = (p, action, label) => h('button', { class: 'link', onclick: () =>
      api('POST', `/meetings/${this.meeting.id}/participants/${p.user_id}/${action}`).then(() => this.loadPeople(), (e) => toast(e.message, 'error')) }, label);
    mount(this.people, page.items.filter((p) => ['waiting', 'joined'].includes(p.status)).map((p) => h('li', { class: `person ${p.status}` },
      h('span', { class: 'summary' }, h('strong', {}, p.display_name || 'Guest'),
        h('span', { class: 'preview' }, `${p.role}${p.status === 'waiting' ? ' · waiting' : ''}${p.is_muted ? ' · muted' : ''}`)),
      host && p.user_id !== state.me.id ? h('span', { class: 'actions' },
        p.status === 'waiting' ? control(p, 'admit', 'Admit') : [control(p, 'mute', 'Mute'), control(p, 'remove', 'Remove')]) : null)));
  }

  accept(message) {
    this.conversationId = message.conversation_id;
    this.messages.set(message.seq, message);
    const items = [...this.messages.values()].sort((a, b) => a.seq - b.seq).map((m) => {
      if (m.type === 'system') return h('li', { class: 'system' }, m.content);
      const author = h('span', { class: 'author' });
      user(m.sender_id).then((person) => { author.textContent = displayName(person); });
      return h('li', { class: `message${m.sender_id === state.me.id ? ' mine' : ''}` },
        h('div', { class: 'bubble' }, author, h('p', { class: 'text' }, m.content ?? 'Message deleted')));
    });
    mount(this.chat, items);
    this.chat.scrollTop = this.chat.scrollHeight;
  }

  async leave() {
    this.media?.leave();
    await api('POST', `/meetings/${this.meeting.id}/leave`).catch(() => {});
    open = null;
    location.href = '/#/meetings';
  }

  async onEvent(event) {
    if (event.type === 'meeting.admitted' && event.participant.user_id === state.me.id && this.me.status === 'waiting') {
      this.me = event.participant;
      const { livekit } = await api('POST', `/meetings/${this.meeting.id}/token`);
      return this.enter(livekit);
    }
    if (event.type === 'meeting.removed' && event.participant.user_id === state.me.id) {
      this.media?.leave();
      open = null;
      return mount(this.page, h('h1', {}, this.meeting.title), h('p', { role: 'alert' }, 'The host removed you from the meeting.'));
    }
    if (event.type === 'meeting.ended') {
      this.media?.leave();
      open = null;
      return mount(this.page, h('h1', {}, this.meeting.title), h('p', { role: 'status' }, 'The meeting has ended.'));
    }
    if (this.people) this.loadPeople();
  }
}

/** Events for the open meeting: its participants' comings and goings, and its chat messages. */
export function onMeetingEvent(event) {
  if (!open) return false;
  if (event.type.startsWith('meeting.') && event.meeting_id === open.meeting.id) {
    open.onEvent(event);
    return true;
  }
  if (event.type === 'message.created' && open.chat && (event.conversation_id === open.conversationId
      || !state.conversations.has(event.conversation_id))) {
    open.accept(event.message);
    return true;
  }
  return false;
}
