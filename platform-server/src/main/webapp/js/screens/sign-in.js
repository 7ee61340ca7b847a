// Sign-in: user name and password for a browser session (scripts use HTTP Basic instead).
import { api } from '../api.js';
import { h } from '../dom.js';

export async function render({ query, signedIn, go }) {
  signedIn(null);
  const message = h('div', { id: 'sign-in-problem', role: 'alert' });
  if (query.get('signed-out')) message.append(h('p', { class: 'notice' }, 'You are signed out.'));
  const user = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'sign-in', 'aria-labelledby': 'sign-in-title', novalidate: true },
    h('h1', { id: 'sign-in-title', tabindex: '-1' }, 'Sign in to AssetBridge'),
    message,
    h('div', { class: 'field' }, h('label', { for: 'username' }, 'User name'), user),
    h('div', { class: 'field' }, h('label', { for: 'password' }, 'Password'), password),
    button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.replaceChildren();
    if (!user.value || !password.value) {
      message.append(h('p', { class: 'problem' }, 'Enter your user name and password.'));
      return;
    }
    button.disabled = true;
    try {
      signedIn(await api('POST', 'api/session', { username: user.value, password: password.value }));
      const next = query.get('next');
      go(next && next.startsWith('/') && !next.startsWith('/sign-in') ? next : '/integrations');
    } catch (error) {
      password.value = '';
      message.append(h('p', { class: 'problem' }, error.message));
      password.focus();
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'centre' }, form);
}
