// Parley Web: the app shell, the router and the real-time wiring.
import { api, refresh, onSignedOut } from './api.js';
import { Realtime } from './realtime.js';
import { state, watch, changed, loadConversations, loadContacts } from './state.js';
import { loginScreen, registerScreen, forgotScreen, resetScreen, verifyLinkScreen, verifyBanner } from './auth.js';
import { conversationList, ConversationView } from './chat.js';
import { peopleScreen } from './people.js';
import { profileScreen } from './profile.js';
import { onCallEvent, ringFromSync } from './calls.js';
import { meetingsScreen, meetingPage, onMeetingEvent } from './meetings.js';
import { h, mount, avatar, toast } from './ui.js';

const app = document.getElementById('app');
let realtime = null;
let view = null;        // the open ConversationView
let sidebar = null;

function route() {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  if (path === '/reset-password') return mount(app, resetScreen(params.get('token')));
  if (path === '/verify-email' && params.get('token')) return mount(app, verifyLinkScreen(params.get('token')));
  if (!state.me) {
    const screen = { '#/register': registerScreen, '#/forgot': forgotScreen }[location.hash] || loginScreen;
    return mount(app, screen(signedIn));
  }
  showSignedIn();
}

async function signedIn(me) {
  state.me = me;
  const sync = await api('GET', '/sync');
  state.since = sync.next_since;
  await Promise.all([loadConversations(), loadContacts()]);
  realtime = new Realtime({ onEvent, onStatus, onOpen: catchUp, onRevoked: signedOut });
  realtime.start();
  if (location.hash === '#/login' || location.hash === '#/register') location.hash = '#/chats';
  route();
}

function signedOut() {
  realtime?.stop();
  realtime = null;
  state.me = null;
  view?.close();
  view = null;
  history.replaceState(null, '', '/#/login');
  route();
}

function showSignedIn() {
  const [, section, id] = location.hash.split('/');
  const meetingCode = !section && location.pathname.startsWith('/m/') ? decodeURIComponent(location.pathname.slice(3)) : null;
  view?.close();
  view = null;
  sidebar?.stop();
  sidebar = conversationList(section === 'c' ? id : null);
  let main;
  if (meetingCode) main = meetingPage(meetingCode, realtime);
  else if (section === 'people') main = peopleScreen();
  else if (section === 'profile') main = profileScreen(signedOut);
  else if (section === 'meetings') main = meetingsScreen();
  else if (section === 'c' && id) {
    view = new ConversationView(id, realtime);
    view.open().catch((error) => toast(error.message, 'error'));
    main = view.element;
  } else main = h('section', { class: 'page empty-state' }, h('h1', {}, `Hello, ${state.me.display_name}`),
    h('p', {}, 'Pick a conversation, or find people to talk to.'), h('a', { class: 'button primary', href: '#/people' }, 'Find people'));
  const nav = (href, label, active) => h('a', { href, 'aria-current': active ? 'page' : null }, label);
  mount(app,
    h('header', { class: 'topbar' },
      h('a', { class: 'brand', href: '/#/chats' }, h('img', { src: '/app/icon.svg', alt: '' }), 'Parley'),
      h('nav', { 'aria-label': 'Sections' },
        nav('/#/chats', 'Chats', !meetingCode && (!section || section === 'chats' || section === 'c')),
        nav('/#/people', 'People', section === 'people'),
        nav('/#/meetings', 'Meetings', section === 'meetings' || meetingCode),
        nav('/#/profile', 'Profile', section === 'profile')),
      h('span', { class: 'status', id: 'live-status', role: 'status', 'data-state': state.live.startsWith('Live') ? 'live' : 'down' }, state.live),
      h('a', { href: '/#/profile', class: 'me', 'aria-label': 'Your profile' }, avatar(state.me))),
    state.me.email_verified ? null : verifyBanner(state.me, () => { state.me.email_verified = true; }),
    h('div', { class: `shell section-${meetingCode ? 'meeting' : section || 'chats'}${section === 'c' ? ' in-conversation' : ''}${meetingCode ? ' wide' : ''}` },
      h('aside', { class: 'sidebar', 'aria-label': 'Conversations' }, h('h2', { class: 'visually-hidden' }, 'Conversations'), sidebar.element),
      h('main', { id: 'main', tabindex: '-1' }, main)));
}

function onStatus(status) {
  state.live = status;
  const badge = document.getElementById('live-status');
  if (badge) {
    badge.textContent = status;
    badge.dataset.state = status.startsWith('Live') ? 'live' : 'down';
  }
}

/** On every (re)connect: what changed since the last sync, then the open conversation's missing messages. */
async function catchUp() {
  try {
    const sync = await api('GET', `/sync?since=${encodeURIComponent(state.since)}`);
    if (sync.reset) return location.reload();
    state.since = sync.next_since;
    await loadConversations();
    if (view && sync.conversations.some((c) => c.id === view.id)) await view.catchUp();
    ringFromSync(sync.calls || [], state.me.id);
    if (sync.contact_requests?.length) peopleScreen.refresh?.();
  } catch (error) {
    toast(`Could not catch up: ${error.message}`, 'error');
  }
}

function onEvent(event) {
  if (onMeetingEvent(event)) return;
  const type = event.type;
  if (type.startsWith('message.')) {
    const conversation = state.conversations.get(event.conversation_id);
    if (!conversation) return loadConversations();
    const message = event.message;
    if (message.seq >= (conversation.last_message?.seq ?? 0)) conversation.last_message = message;
    if (type === 'message.created') {
      conversation.last_seq = Math.max(conversation.last_seq, message.seq);
      const reading = view?.id === conversation.id && !document.hidden;
      if (message.sender_id !== state.me.id && !reading && message.seq > conversation.last_read_seq) conversation.unread_count += 1;
      state.conversations.delete(conversation.id);
      state.conversations = new Map([[conversation.id, conversation], ...state.conversations]);
    }
    changed('conversations');
  } else if (type === 'receipt.read' && event.user_id === state.me.id) {
    const conversation = state.conversations.get(event.conversation_id);
    if (conversation && event.seq > conversation.last_read_seq) {
      Object.assign(conversation, { last_read_seq: event.seq, unread_count: event.seq >= conversation.last_seq ? 0 : conversation.unread_count });
      changed('conversations');
    }
  } else if (type === 'presence') {
    state.presence.set(event.user_id, event.status);
    changed('presence');
  } else if (type.startsWith('conversation.') || type.startsWith('participant.')) {
    loadConversations();
  } else if (type.startsWith('call.')) {
    return onCallEvent(event);
  } else if (type.startsWith('contact.')) {
    if (type === 'contact.request.received') toast('You have a new contact request.');
    if (type === 'contact.request.accepted') toast('A contact request was accepted.');
    loadContacts();
    peopleScreen.refresh?.();
  }
  if (view && event.conversation_id === view.id) view.apply(event);
}

document.addEventListener('visibilitychange', () => !document.hidden && view?.markRead());
addEventListener('hashchange', () => route());
onSignedOut(() => state.me && signedOut());
watch((what) => what === 'me' && state.me && document.querySelector('.topbar .me')?.replaceChildren(avatar(state.me)));

async function boot() {
  const needsAccount = !['/reset-password', '/verify-email'].includes(location.pathname);
  if (needsAccount && await refresh()) {
    try {
      return await signedIn(await api('GET', '/auth/me'));
    } catch { /* fall through to sign-in */ }
  }
  route();
}
boot();
