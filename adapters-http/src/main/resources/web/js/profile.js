// My profile: name, bio, avatar, privacy, password, sign out.
import { api, upload, signOut } from './api.js';
import { state, changed } from './state.js';
import { h, avatar, form, field, select, toast } from './ui.js';

const WHO = [['everyone', 'Everyone'], ['contacts', 'My contacts'], ['nobody', 'Nobody']];

export function profileScreen(onSignedOut) {
  const me = state.me;
  const face = h('div', { class: 'big-avatar' }, avatar(me));
  const picker = h('input', { type: 'file', accept: 'image/*', class: 'visually-hidden', onchange: async () => {
    const [file] = picker.files;
    if (!file) return;
    try {
      const uploaded = await upload(file);
      state.me = await api('PATCH', '/users/me', { avatar_file_id: uploaded.id });
      face.replaceChildren(avatar(state.me));
      changed('me');
    } catch (error) {
      toast(error.status === 404 ? 'Avatar uploads are not available on this server yet.' : error.message, 'error');
    }
  } });
  return h('section', { class: 'page', 'aria-labelledby': 'profile-title' },
    h('h1', { id: 'profile-title' }, 'Profile'),
    h('div', { class: 'profile-head' }, face, h('label', { class: 'button' }, 'Change picture', picker)),
    form([field('Display name', 'display_name', { value: me.display_name, maxlength: '64' }),
      field('Username', 'username', { value: me.username }),
      field('About you', 'bio', { tag: 'textarea', rows: '2', maxlength: '500', value: me.bio })],
    'Save profile', async (values) => {
      state.me = await api('PATCH', '/users/me', values);
      changed('me');
      toast('Profile saved.');
    }),
    h('h2', {}, 'Privacy'),
    form([select('Who can message me', 'who_can_message', WHO, me.privacy.who_can_message),
      select('Who can call me', 'who_can_call', WHO, me.privacy.who_can_call),
      select('Who sees when I am online', 'presence_visible_to', WHO, me.privacy.presence_visible_to),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'share_read_receipts', checked: me.privacy.share_read_receipts }), 'Let others see when I have read their messages')],
    'Save privacy', async (values) => {
      const privacy = { ...values, share_read_receipts: values.share_read_receipts === 'on' };
      state.me = await api('PATCH', '/users/me', { privacy });
      toast('Privacy settings saved.');
    }),
    h('h2', {}, 'Password'),
    form([field('Current password', 'current_password', { type: 'password', autocomplete: 'current-password', required: true }),
      field('New password', 'new_password', { type: 'password', autocomplete: 'new-password', required: true, minlength: '8' })],
    'Change password', async (values) => {
      await api('PUT', '/auth/password', values);
      toast('Password changed. Your other devices are signed out.');
    }),
    h('h2', {}, 'Account'),
    h('p', {}, `Signed in as @${me.username} (${me.email}).`),
    h('button', { class: 'danger', onclick: async () => { await signOut().catch(() => {}); onSignedOut(); } }, 'Sign out'));
}
