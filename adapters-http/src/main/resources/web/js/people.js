// People: search, contact requests, contacts with presence, blocks.
import { api } from './api.js';
import { state, loadContacts, openDirect, displayName } from './state.js';
import { h, mount, avatar, toast } from './ui.js';

function personRow(person, presence, ...actions) {
  return h('li', { class: 'person', 'data-username': person.username },
    avatar(person, presence),
    h('span', { class: 'summary' }, h('strong', {}, displayName(person)), h('span', { class: 'preview' }, `@${person.username}`)),
    h('span', { class: 'actions' }, ...actions));
}

function button(label, action, kind = '') {
  return h('button', { class: kind, onclick: async (event) => {
    event.currentTarget.disabled = true;
    try {
      await action();
    } catch (error) {
      toast(error.message, 'error');
    }
    peopleScreen.refresh?.();
  } }, label);
}

export function peopleScreen() {
  const results = h('ul', { class: 'people', 'aria-label': 'Search results' });
  const incoming = h('ul', { class: 'people', 'aria-label': 'Incoming requests' });
  const outgoing = h('ul', { class: 'people', 'aria-label': 'Sent requests' });
  const contacts = h('ul', { class: 'people', 'aria-label': 'Contacts' });
  const blocks = h('ul', { class: 'people', 'aria-label': 'Blocked people' });
  const search = h('input', { type: 'search', placeholder: 'Search by name or username', 'aria-label': 'Search people' });
  let timer;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = search.value.trim();
      if (!query) return mount(results);
      const page = await api('GET', `/users?query=${encodeURIComponent(query)}&limit=20`);
      mount(results, page.items.filter((p) => p.id !== state.me.id).map((p) => personRow(p, null,
        button('Add contact', () => api('POST', '/contact-requests', { user_id: p.id }).then(() => toast(`Request sent to ${displayName(p)}`)), 'primary'),
        button('Message', () => openDirect(p.id)),
        button('Block', () => api('POST', '/blocks', { user_id: p.id }), 'danger'))));
      if (!page.items.length) mount(results, h('li', { class: 'empty' }, 'Nobody found.'));
    }, 250);
  });

  peopleScreen.refresh = async () => {
    const [inbox, sent, friends, blocked] = await Promise.all([
      api('GET', '/contact-requests?direction=incoming'), api('GET', '/contact-requests?direction=outgoing'),
      loadContacts(), api('GET', '/blocks')]);
    mount(incoming, inbox.items.map((r) => personRow(r.from_user, null, r.message ? h('em', {}, `“${r.message}”`) : null,
      button('Accept', () => api('POST', `/contact-requests/${r.id}/accept`), 'primary'),
      button('Decline', () => api('POST', `/contact-requests/${r.id}/decline`)))));
    if (!inbox.items.length) mount(incoming, h('li', { class: 'empty' }, 'No requests.'));
    mount(outgoing, sent.items.map((r) => personRow(r.to_user, null, h('span', { class: 'muted' }, 'Waiting'),
      button('Cancel', () => api('DELETE', `/contact-requests/${r.id}`)))));
    if (!sent.items.length) mount(outgoing, h('li', { class: 'empty' }, 'None waiting.'));
    mount(contacts, friends.map((c) => personRow(c.user, c.presence?.status,
      button('Message', () => openDirect(c.user.id), 'primary'),
      button('Remove', () => api('DELETE', `/contacts/${c.user.id}`)))));
    if (!friends.length) mount(contacts, h('li', { class: 'empty' }, 'No contacts yet: search for someone above.'));
    mount(blocks, blocked.items.map((b) => personRow(b.user, null, button('Unblock', () => api('DELETE', `/blocks/${b.user_id}`)))));
    if (!blocked.items.length) mount(blocks, h('li', { class: 'empty' }, 'Nobody is blocked.'));
  };
  peopleScreen.refresh();
  setTimeout(() => search.focus());
  return h('section', { class: 'page', 'aria-labelledby': 'people-title' },
    h('h1', { id: 'people-title' }, 'People'), search, results,
    h('h2', {}, 'Contact requests'), incoming, h('h3', {}, 'Sent'), outgoing,
    h('h2', {}, 'Contacts'), contacts, h('h2', {}, 'Blocked'), blocks);
}
