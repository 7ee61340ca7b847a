// Builds elements without innerHTML: every value from the server ends up as text, never as markup.

/** h('a', {href: '#/x', class: 'y', onclick: fn}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'checked' || name === 'value' || name === 'selected') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** A number as people read it: 5,000 (en-GB grouping, the console's language). */
export function count(n) {
  return n === undefined || n === null ? '—' : Number(n).toLocaleString('en-GB');
}

/** An ISO time as a short local date and time; '—' for none. */
export function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return h('time', { datetime: iso }, date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }));
}

/** Seconds as "about 2 min 5 s". */
export function duration(seconds) {
  if (seconds === undefined || seconds === null) return null;
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Tells screen-reader users about a change that happened without a page load. */
export function announce(text) {
  const live = document.getElementById('live');
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}
