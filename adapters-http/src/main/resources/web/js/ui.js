// Tiny DOM helpers. User text only ever goes in as text nodes, never as HTML.

/** h('button', {class: 'x', onclick: fn, 'aria-label': 'Close'}, 'child', otherNode) */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export const $ = (selector, root = document) => root.querySelector(selector);

export function mount(target, ...nodes) {
  target.replaceChildren(...nodes.flat().filter(Boolean));
}

export function toast(message, kind = 'info') {
  const box = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
  document.getElementById('overlay').append(box);
  setTimeout(() => box.remove(), 5000);
}

export function time(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const today = new Date().toDateString() === date.toDateString();
  return today ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString([], { day: 'numeric', month: 'short' });
}

export function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((word) => [...word][0].toUpperCase()).join('');
}

/** A round avatar: the picture when there is one, else initials; with a presence dot when known. */
export function avatar(user, presence) {
  const name = user?.display_name || user?.username || '?';
  const face = user?.avatar_url
    ? h('img', { src: user.avatar_url, alt: '' })
    : h('span', { 'aria-hidden': 'true' }, initials(name));
  const dot = presence ? h('span', { class: `dot ${presence}`, title: presence, 'aria-label': presence }) : null;
  return h('span', { class: 'avatar' }, face, dot);
}

/** A form whose submit runs `action(values)`, disabling the button and showing the error under the form. */
export function form(fields, submitLabel, action, extra = {}) {
  const error = h('p', { class: 'form-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const el = h('form', { class: 'form', ...extra }, ...fields, error, button);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      await action(Object.fromEntries(new FormData(el)));
    } catch (failure) {
      error.textContent = failure.message;
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

export function field(label, name, attrs = {}) {
  const id = `f-${name}-${Math.random().toString(36).slice(2, 7)}`;
  return h('label', { class: 'field', for: id }, h('span', {}, label),
    h(attrs.tag || 'input', { id, name, ...attrs, tag: undefined }));
}

export function select(label, name, options, current) {
  const id = `f-${name}`;
  return h('label', { class: 'field', for: id }, h('span', {}, label),
    h('select', { id, name }, options.map(([value, text]) => h('option', { value, selected: value === current }, text))));
}
