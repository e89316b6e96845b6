// What the whole client shares: who I am, a cache of people, presence, conversations, and a change signal.
import { api } from './api.js';

export const state = {
  me: null,
  users: new Map(),          // id -> Promise<user>
  presence: new Map(),       // user id -> 'online' | 'offline'
  conversations: new Map(),  // id -> conversation (as GET /conversations returns it)
  peers: new Map(),          // direct conversation id -> other user's id
  since: null,               // the /sync token of the last catch-up
  live: 'Connecting…',
};

const listeners = new Set();

/** Subscribes to changes; returns the unsubscribe function. */
export function watch(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function changed(what) {
  for (const listener of [...listeners]) listener(what);
}

const DELETED = { display_name: 'Unknown user', username: 'unknown', avatar_url: null };

export function user(id) {
  if (!id) return Promise.resolve(DELETED);
  if (id === state.me?.id) return Promise.resolve(state.me);
  if (!state.users.has(id)) state.users.set(id, api('GET', `/users/${id}`).catch(() => DELETED));
  return state.users.get(id);
}

export function displayName(person) {
  return person.display_name || person.username;
}

export async function loadConversations() {
  const page = await api('GET', '/conversations?limit=100');
  state.conversations = new Map(page.items.map((c) => [c.id, c]));
  await Promise.all(page.items.filter((c) => c.type === 'direct' && !state.peers.has(c.id)).map(async (c) => {
    const participants = await api('GET', `/conversations/${c.id}/participants`);
    const other = participants.items.find((p) => p.user_id !== state.me.id);
    state.peers.set(c.id, other?.user_id ?? state.me.id);
  }));
  changed('conversations');
}

export async function loadContacts() {
  const page = await api('GET', '/contacts?limit=100');
  for (const contact of page.items) {
    state.users.set(contact.user.id, Promise.resolve(contact.user));
    if (contact.presence) state.presence.set(contact.user.id, contact.presence.status);
  }
  changed('presence');
  return page.items;
}

/** The title and the person of a conversation: the other participant for a direct one. */
export async function describe(conversation) {
  if (conversation.type !== 'direct') return { title: conversation.name || 'Group', person: null };
  const person = await user(state.peers.get(conversation.id));
  return { title: displayName(person), person };
}

export async function openDirect(userId) {
  const conversation = await api('POST', '/conversations', { type: 'direct', participant_id: userId });
  state.peers.set(conversation.id, userId);
  state.conversations.set(conversation.id, conversation);
  location.hash = `#/c/${conversation.id}`;
}
