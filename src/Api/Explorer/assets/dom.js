// The one way this page makes elements. Every string goes in as text (textContent or a text node), never as HTML:
// titles, sentences and names come from other people's sites and from anyone holding a write key.
const svgNamespace = 'http://www.w3.org/2000/svg';

/** h('a', { href: '/x', class: 'link' }, 'text', child) builds an element; null and false children are skipped. */
export function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** The same for SVG elements. */
export function s(tag, attributes = {}, ...children) {
  return build(document.createElementNS(svgNamespace, tag), attributes, children);
}

/** Arabic text, right to left, marked as Arabic for fonts and screen readers. */
export function arabic(text, tag = 'span', attributes = {}) {
  return h(tag, { lang: 'ar', dir: 'rtl', ...attributes }, text);
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}
