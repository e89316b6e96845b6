// Signing in and out of an account: register, log in, verify the e-mail address, forgot/reset password.
import { api, signIn } from './api.js';
import { h, form, field, toast } from './ui.js';

function card(title, lead, ...content) {
  return h('main', { id: 'main', class: 'auth' },
    h('div', { class: 'card' },
      h('div', { class: 'brand' }, h('img', { src: '/app/icon.svg', alt: '' }), 'Parley'),
      h('h1', {}, title), lead ? h('p', { class: 'lead' }, lead) : null,
      window.isSecureContext ? null : h('p', { class: 'notice', role: 'note' },
        'This page is not served over https, so your browser will not keep you signed in after a reload.'),
      ...content));
}

export function loginScreen(done) {
  return card('Sign in', 'Chat, call and meet with the people you work with.',
    form([field('Username or e-mail', 'login', { autocomplete: 'username', required: true }),
      field('Password', 'password', { type: 'password', autocomplete: 'current-password', required: true })],
    'Sign in', async ({ login, password }) => {
      const identity = login.includes('@') ? { email: login } : { username: login };
      done(await signIn('/auth/login', { ...identity, password }));
    }),
    h('p', { class: 'alt' }, h('a', { href: '#/forgot' }, 'Forgot your password?')),
    h('p', { class: 'alt' }, 'New here? ', h('a', { href: '#/register' }, 'Create an account')));
}

export function registerScreen(done) {
  return card('Create your account', 'It takes a few seconds. We will mail you a code to confirm your address.',
    form([field('E-mail', 'email', { type: 'email', autocomplete: 'email', required: true }),
      field('Username', 'username', { autocomplete: 'username', required: true, minlength: '3', maxlength: '32' }),
      field('Display name', 'display_name', { autocomplete: 'name' }),
      field('Password (at least 8 characters)', 'password', { type: 'password', autocomplete: 'new-password', required: true, minlength: '8' })],
    'Create account', async (values) => {
      if (!values.display_name) delete values.display_name;
      done(await signIn('/auth/register', values));
    }),
    h('p', { class: 'alt' }, 'Already have an account? ', h('a', { href: '#/login' }, 'Sign in')));
}

export function forgotScreen() {
  const sent = h('p', { class: 'notice', role: 'status' });
  return card('Reset your password', 'Enter your e-mail address and we will send you a link to choose a new password.',
    form([field('E-mail', 'email', { type: 'email', autocomplete: 'email', required: true })], 'Send the link',
      async ({ email }) => {
        await api('POST', '/auth/password/forgot', { email }, { auth: false });
        sent.textContent = 'If an account uses this address, a reset link is on its way. Check your mail.';
      }),
    sent, h('p', { class: 'alt' }, h('a', { href: '#/login' }, 'Back to sign in')));
}

export function resetScreen(token) {
  return card('Choose a new password', 'You will be signed out everywhere and can sign in with the new password.',
    form([field('New password', 'new_password', { type: 'password', autocomplete: 'new-password', required: true, minlength: '8' })],
      'Set password', async ({ new_password: newPassword }) => {
        await api('POST', '/auth/password/reset', { token, new_password: newPassword }, { auth: false });
        toast('Your password is changed. Sign in with it now.');
        history.replaceState(null, '', '/#/login');
        dispatchEvent(new HashChangeEvent('hashchange'));
      }));
}

export function verifyLinkScreen(token) {
  const result = h('p', { class: 'notice', role: 'status' }, 'Checking your link…');
  api('POST', '/auth/verify-email', { token }, { auth: false })
    .then(() => { result.textContent = 'Your e-mail address is verified. Thank you!'; })
    .catch((error) => { result.textContent = `This link did not work: ${error.message}`; });
  return card('E-mail verification', null, result, h('p', { class: 'alt' }, h('a', { href: '/' }, 'Open Parley')));
}

/** The banner for a signed-in user whose address is not verified yet: enter the mailed code, or resend it. */
export function verifyBanner(me, verified) {
  const banner = h('div', { class: 'banner', role: 'region', 'aria-label': 'Verify your e-mail' },
    h('span', {}, `Confirm ${me.email}: enter the 6-digit code we mailed you.`),
    form([h('input', { name: 'code', inputmode: 'numeric', pattern: '\\d{6}', 'aria-label': 'Verification code', placeholder: '123456', required: true })],
      'Verify', async ({ code }) => {
        await api('POST', '/auth/verify-email', { code });
        banner.remove();
        verified();
      }, { class: 'inline' }),
    h('button', { class: 'link', onclick: () => api('POST', '/auth/verify-email/resend').then(() => toast('A new code is on its way.'), (e) => toast(e.message, 'error')) }, 'Resend'));
  return banner;
}
