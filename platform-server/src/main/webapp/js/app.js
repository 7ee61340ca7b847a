// The console's shell: who is signed in, the hash router, and the header.
import { api, get, useSession, whenSignedOut } from './api.js';
import { h } from './dom.js';
import { problemBox } from './ui.js';
import * as signIn from './screens/sign-in.js';
import * as integrations from './screens/integrations.js';
import * as integration from './screens/integration.js';
import * as integrationForm from './screens/integration-form.js';
import * as settings from './screens/settings.js';
import * as run from './screens/run.js';
import * as customers from './screens/customers.js';
import * as cis from './screens/cis.js';
import * as ci from './screens/ci.js';
import * as connectors from './screens/connectors.js';
import * as webhooks from './screens/webhooks.js';

const ROUTES = [
  [/^\/sign-in$/, signIn, true],
  [/^\/integrations$/, integrations],
  [/^\/integrations\/new$/, integrationForm],
  [/^\/integrations\/new\/(?<connector>[^/]+)$/, integrationForm],
  [/^\/integrations\/(?<id>\d+)$/, integration],
  [/^\/integrations\/(?<id>\d+)\/edit$/, integrationForm],
  [/^\/integrations\/(?<id>\d+)\/settings$/, settings],
  [/^\/runs\/(?<id>\d+)$/, run],
  [/^\/customers$/, customers],
  [/^\/cis$/, cis],
  [/^\/cis\/(?<id>\d+)$/, ci],
  [/^\/connectors$/, connectors],
  [/^\/webhooks$/, webhooks],
];

const main = document.getElementById('main');
let session = null;
let leaving = [];

export function go(path) {
  location.hash = `#${path}`;
}

function signedIn(newSession) {
  session = newSession;
  useSession(session);
  document.getElementById('top').hidden = !session;
  document.getElementById('who').textContent = session
    ? `${session.user}${session.role === 'admin' ? '' : ' (read-only)'}` : '';
  document.body.classList.toggle('read-only', session?.role !== 'admin');
}

whenSignedOut(() => {
  if (!session) return;
  signedIn(null);
  go(`/sign-in?next=${encodeURIComponent(location.hash.slice(1))}`);
});

document.getElementById('sign-out').addEventListener('click', async () => {
  try {
    await api('DELETE', 'api/session');
  } finally {
    signedIn(null);
    go('/sign-in?signed-out=1');
  }
});

async function render() {
  const hash = location.hash;
  if (!hash.startsWith('#/')) {
    if (!hash) go('/integrations');
    return; // an in-page anchor such as the skip link
  }
  const [path, search = ''] = hash.slice(1).split('?');
  leaving.forEach((stop) => stop());
  leaving = [];
  const route = ROUTES.find(([pattern]) => pattern.test(path));
  if (!route) {
    main.replaceChildren(h('h1', { tabindex: '-1' }, 'Not found'), h('p', {}, h('a', { href: '#/integrations' }, 'Integrations')));
    return;
  }
  const [pattern, screen, open] = route;
  if (!session && !open) {
    try {
      signedIn(await get('api/session'));
    } catch (notSignedIn) {
      go(`/sign-in?next=${encodeURIComponent(hash.slice(1))}`);
      return;
    }
  }
  const context = {
    params: pattern.exec(path).groups ?? {},
    query: new URLSearchParams(search),
    session,
    admin: session?.role === 'admin',
    signedIn,
    go,
    onLeave: (stop) => leaving.push(stop),
  };
  main.setAttribute('aria-busy', 'true');
  try {
    const view = await screen.render(context);
    if (location.hash !== hash) return; // the user moved on while this screen loaded
    main.replaceChildren(view);
  } catch (error) {
    if (error.status === 401) return;
    main.replaceChildren(h('h1', { tabindex: '-1' }, 'Something went wrong'), problemBox(error));
  } finally {
    main.removeAttribute('aria-busy');
  }
  const title = main.querySelector('h1');
  document.title = title ? `${title.textContent} · AssetBridge` : 'AssetBridge';
  title?.focus();
  for (const link of document.querySelectorAll('nav[aria-label="Main"] a')) {
    if (path.startsWith(link.getAttribute('href').slice(1))) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', render);
render();
