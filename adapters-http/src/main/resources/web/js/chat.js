// The conversation list and one conversation: history scrolled backwards, optimistic sends reconciled by
// client_msg_id, edit/delete/restore, replies, attachments, typing and read receipts.
import { api, upload, pictureUrl } from './api.js';
import { state, watch, changed, user, displayName, describe } from './state.js';
import { h, mount, avatar, time, toast, icon } from './ui.js';

export function conversationList(current) {
  const list = h('ul', { class: 'conversations', 'aria-label': 'Conversations' });
  const render = async () => {
    const items = [...state.conversations.values()].filter((c) => c.type !== 'meeting');
    if (!items.length) return mount(list, h('li', { class: 'empty' }, 'No conversations yet. Find people to talk to in People.'));
    const rows = await Promise.all(items.map(async (c) => {
      const { title, person } = await describe(c);
      const last = c.last_message;
      const preview = !last ? 'No messages yet' : last.deleted_at ? 'Message deleted'
        : last.content ?? (last.attachments?.length ? 'Attachment' : '');
      return h('li', {}, h('a', {
        href: `#/c/${c.id}`, class: `conversation${c.id === current ? ' active' : ''}`, 'data-id': c.id,
        'aria-current': c.id === current ? 'page' : null,
      }, avatar(person || { display_name: title }, person ? state.presence.get(person.id) : null),
      h('span', { class: 'summary' }, h('strong', {}, title), h('span', { class: 'preview' }, preview)),
      h('span', { class: 'meta' }, h('time', {}, time(last?.created_at)),
        c.unread_count > 0 ? h('span', { class: 'badge', 'aria-label': `${c.unread_count} unread` }, c.unread_count) : null)));
    }));
    mount(list, rows);
  };
  const stop = watch((what) => (what === 'conversations' || what === 'presence') && render());
  render();
  return { element: list, stop };
}

/** One open conversation. `apply(event)` takes the real-time events that concern it. */
export class ConversationView {
  constructor(id, realtime) {
    this.id = id;
    this.realtime = realtime;
    this.messages = new Map();   // seq -> message: the one place messages live, so nothing shows twice
    this.pending = new Map();    // client_msg_id -> optimistic message not yet confirmed
    this.peerRead = 0;
    this.typing = new Map();
    this.replyTo = null;
    this.editing = null;
    this.oldestLoaded = false;
    this.list = h('ol', { class: 'messages', 'aria-label': 'Messages', tabindex: '0' });
    this.list.addEventListener('scroll', () => this.list.scrollTop < 80 && this.loadOlder());
    this.typingLine = h('p', { class: 'typing', 'aria-live': 'polite' });
    this.element = h('section', { class: 'conversation-view', 'aria-label': 'Conversation' });
    this.composer = this.buildComposer();
  }

  async open() {
    this.conversation = state.conversations.get(this.id) || await api('GET', `/conversations/${this.id}`);
    const { title, person } = await describe(this.conversation);
    this.person = person;
    const calls = person ? h('span', { class: 'actions' },
      h('button', { class: 'icon', 'aria-label': `Audio call ${title}`, onclick: () => this.call('audio') }, icon('phone')),
      h('button', { class: 'icon', 'aria-label': `Video call ${title}`, onclick: () => this.call('video') }, icon('video'))) : null;
    this.header = h('header', { class: 'conversation-head' },
      h('a', { href: '#/chats', class: 'back', 'aria-label': 'Back to conversations' }, '‹'),
      avatar(person || { display_name: title }, person ? state.presence.get(person.id) : null),
      h('h2', {}, title), calls);
    mount(this.element, this.header, this.list, this.typingLine, this.composer);
    const page = await api('GET', `/conversations/${this.id}/messages?limit=50`);
    page.items.forEach((m) => this.messages.set(m.seq, m));
    this.oldestLoaded = !page.next_cursor;
    this.render({ stick: true });
    this.markRead();
    this.stopWatching = watch((what) => what === 'presence' && person && this.refreshHeader());
    this.composer.querySelector('textarea').focus();
  }

  close() {
    this.stopWatching?.();
    this.sendTyping('stop');
  }

  refreshHeader() {
    this.header.querySelector('.avatar').replaceWith(avatar(this.person, state.presence.get(this.person.id)));
  }

  async loadOlder() {
    if (this.oldestLoaded || this.loadingOlder || !this.messages.size) return;
    this.loadingOlder = true;
    const oldest = Math.min(...this.messages.keys());
    const page = await api('GET', `/conversations/${this.id}/messages?limit=50&before_seq=${oldest}`);
    page.items.forEach((m) => this.messages.set(m.seq, m));
    this.oldestLoaded = !page.next_cursor || page.items.length === 0;
    this.render({ keepFromBottom: true });
    this.loadingOlder = false;
  }

  /** After a reconnect: everything after the newest message shown, in order, merged by seq. */
  async catchUp() {
    let after = this.messages.size ? Math.max(...this.messages.keys()) : 0;
    for (;;) {
      const page = await api('GET', `/conversations/${this.id}/messages?limit=100&after_seq=${after}`);
      page.items.forEach((m) => this.accept(m));
      if (page.items.length < 100) break;
      after = page.items[page.items.length - 1].seq;
    }
    this.render({ stick: true });
    this.markRead();
  }

  accept(message) {
    if (message.client_msg_id) this.pending.delete(message.client_msg_id);
    this.messages.set(message.seq, message);
  }

  apply(event) {
    if (event.type.startsWith('message.')) {
      this.accept(event.message);
      this.typing.delete(event.message.sender_id);
      this.render({ stick: event.type === 'message.created' });
      if (event.type === 'message.created') this.markRead();
    } else if (event.type === 'typing' && event.user_id !== state.me.id) {
      clearTimeout(this.typing.get(event.user_id));
      if (event.state === 'start') this.typing.set(event.user_id, setTimeout(() => this.apply({ ...event, state: 'stop' }), 6000));
      else this.typing.delete(event.user_id);
      this.renderTyping();
    } else if (event.type === 'receipt.read' && event.user_id !== state.me.id) {
      this.peerRead = Math.max(this.peerRead, event.seq);
      this.render({});
    }
  }

  async renderTyping() {
    const names = await Promise.all([...this.typing.keys()].map(async (id) => displayName(await user(id))));
    this.typingLine.textContent = names.length ? `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} typing…` : '';
  }

  markRead() {
    const newest = Math.max(0, ...this.messages.keys());
    const conversation = state.conversations.get(this.id);
    if (document.hidden || !newest || (conversation && conversation.last_read_seq >= newest && !conversation.unread_count)) return;
    if (conversation) Object.assign(conversation, { last_read_seq: newest, unread_count: 0 });
    if (!this.realtime.send({ type: 'read', conversation_id: this.id, seq: newest })) {
      api('POST', `/conversations/${this.id}/read`, { seq: newest }).catch(() => {});
    }
    changed('conversations');
  }

  render({ stick = false, keepFromBottom = false }) {
    const fromBottom = this.list.scrollHeight - this.list.scrollTop;
    const atBottom = fromBottom - this.list.clientHeight < 60;
    const ordered = [...this.messages.values()].sort((a, b) => a.seq - b.seq);
    const lastMine = ordered.filter((m) => m.sender_id === state.me.id && m.type !== 'system').pop();
    const items = ordered.map((m) => this.messageItem(m, m === lastMine));
    for (const m of this.pending.values()) items.push(this.messageItem(m, false));
    if (this.oldestLoaded) items.unshift(h('li', { class: 'start' }, 'This is the beginning of the conversation.'));
    mount(this.list, items);
    if (keepFromBottom) this.list.scrollTop = this.list.scrollHeight - fromBottom;
    else if (stick || atBottom) this.list.scrollTop = this.list.scrollHeight;
  }

  messageItem(m, lastMine) {
    if (m.type === 'system') return h('li', { class: 'system', 'data-seq': m.seq }, m.content);
    const mine = m.sender_id === state.me.id;
    const author = h('span', { class: 'author' });
    user(m.sender_id).then((person) => { author.textContent = displayName(person); });
    const reply = m.reply_to_id ? [...this.messages.values()].find((x) => x.id === m.reply_to_id) : null;
    const body = m.deleted_at ? h('p', { class: 'deleted' }, 'Message deleted')
      : h('div', {}, m.content ? h('p', { class: 'text' }, m.content) : null, (m.attachments || []).map(attachment));
    const status = m.pending ? (m.failed ? 'Not sent' : 'Sending…')
      : lastMine && this.peerRead >= m.seq ? 'Seen' : '';
    return h('li', { class: `message${mine ? ' mine' : ''}${m.pending ? ' pending' : ''}`, 'data-seq': m.seq ?? '',
      'data-client-id': m.client_msg_id ?? '' },
    h('div', { class: 'bubble' },
      mine ? null : author,
      m.reply_to_id ? h('blockquote', { class: 'reply' }, reply ? (reply.content ?? 'Message deleted') : 'An earlier message') : null,
      body,
      h('footer', {}, h('time', { datetime: m.created_at }, time(m.created_at)), m.edited_at && !m.deleted_at ? ' · edited' : '',
        status ? h('span', { class: 'receipt' }, ` · ${status}`) : null)),
    m.pending ? null : this.messageActions(m, mine));
  }

  messageActions(m, mine) {
    const act = (label, fn) => h('button', { class: 'link', onclick: fn }, label);
    if (m.deleted_at) return mine ? h('div', { class: 'msg-actions' }, act('Restore', () => this.change('POST', `/messages/${m.id}/restore`))) : null;
    return h('div', { class: 'msg-actions' },
      act('Reply', () => this.startReply(m)),
      mine && m.content ? act('Edit', () => this.startEdit(m)) : null,
      mine ? act('Delete', () => this.change('DELETE', `/messages/${m.id}`)) : null);
  }

  async change(method, path, body) {
    try {
      this.accept(await api(method, path, body));
      this.render({});
    } catch (error) {
      toast(error.message, 'error');
    }
  }

  startReply(m) {
    this.editing = null;
    this.replyTo = m;
    this.showContext(`Replying to: ${m.content ?? 'an attachment'}`);
  }

  startEdit(m) {
    this.replyTo = null;
    this.editing = m;
    this.textarea.value = m.content;
    this.showContext('Editing your message');
  }

  showContext(text) {
    mount(this.context, text ? [h('span', {}, text), h('button', { class: 'link', onclick: () => this.clearContext() }, 'Cancel')] : []);
    this.textarea.focus();
  }

  clearContext() {
    this.replyTo = null;
    if (this.editing) this.textarea.value = '';
    this.editing = null;
    this.showContext('');
  }

  buildComposer() {
    this.context = h('div', { class: 'composer-context' });
    this.textarea = h('textarea', { rows: '1', placeholder: 'Write a message…', 'aria-label': 'Message', maxlength: '4000' });
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        this.submit();
      } else if (event.key === 'Escape') this.clearContext();
    });
    this.textarea.addEventListener('input', () => this.typed());
    const file = h('input', { type: 'file', class: 'visually-hidden', 'aria-label': 'Attach a file', onchange: () => this.attach(file) });
    return h('form', { class: 'composer', onsubmit: (event) => { event.preventDefault(); this.submit(); } },
      this.context,
      h('div', { class: 'row' },
        h('label', { class: 'icon button', title: 'Attach a file' }, icon('clip'), file),
        this.textarea,
        h('button', { type: 'submit', class: 'primary' }, 'Send')));
  }

  typed() {
    clearTimeout(this.typingStop);
    if (!this.typingSent || Date.now() - this.typingSent > 3000) {
      this.typingSent = Date.now();
      this.sendTyping('start');
    }
    this.typingStop = setTimeout(() => this.sendTyping('stop'), 4000);
  }

  sendTyping(stateName) {
    if (stateName === 'stop') {
      if (!this.typingSent) return;
      this.typingSent = 0;
      clearTimeout(this.typingStop);
    }
    this.realtime.send({ type: 'typing', conversation_id: this.id, state: stateName });
  }

  async submit() {
    const content = this.textarea.value;
    if (!content.trim()) return;
    this.textarea.value = '';
    this.sendTyping('stop');
    if (this.editing) {
      const editing = this.editing;
      this.clearContext();
      return this.change('PATCH', `/messages/${editing.id}`, { content });
    }
    const replyTo = this.replyTo;
    this.clearContext();
    await this.post({ content, reply_to_id: replyTo?.id });
  }

  /** Shows the message at once, then replaces it with the server's copy (same client_msg_id). */
  async post(fields) {
    const clientMsgId = crypto.randomUUID();
    const optimistic = { ...fields, client_msg_id: clientMsgId, sender_id: state.me.id, type: 'text', pending: true,
      created_at: new Date().toISOString(), attachments: fields.attachments || [] };
    this.pending.set(clientMsgId, optimistic);
    this.render({ stick: true });
    const body = { content: fields.content, client_msg_id: clientMsgId, reply_to_id: fields.reply_to_id,
      attachment_ids: fields.attachment_ids };
    try {
      this.accept(await api('POST', `/conversations/${this.id}/messages`, body));
    } catch (error) {
      optimistic.failed = true;
      toast(`Not sent: ${error.message}`, 'error');
    }
    this.render({ stick: true });
  }

  async attach(input) {
    const [file] = input.files;
    input.value = '';
    if (!file) return;
    try {
      const uploaded = await upload(file);
      await this.post({ content: this.textarea.value.trim() || undefined, attachment_ids: [uploaded.id], attachments: [uploaded] });
      this.textarea.value = '';
    } catch (error) {
      toast(error.status === 404 ? 'File uploads are not available on this server yet.' : error.message, 'error');
    }
  }

  async call(media) {
    const { startCall } = await import('./calls.js');
    startCall(this.person, media);
  }
}

/** An attachment: images inline as thumbnails (full size on click), other files as download links. */
function attachment(file) {
  if (file.deleted) return h('p', { class: 'file deleted' }, 'File removed');
  if (file.content_type?.startsWith('image/') && file.id) {
    const img = h('img', { class: 'thumbnail', alt: file.name, loading: 'lazy' });
    pictureUrl(`/files/${file.id}/thumbnail?size=256`).then((url) => { img.src = url; })
      .catch(() => { if (file.url) img.src = file.url; });
    return h('a', { href: file.url, target: '_blank', rel: 'noopener', class: 'image' }, img);
  }
  return h('a', { class: 'file', href: file.url, download: file.name }, `${file.name} (${Math.ceil((file.size || 0) / 1024)} KB)`);
}
