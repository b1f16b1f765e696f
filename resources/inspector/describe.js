// What the inspector reports about an element: tag, text, selector, form, link target, prices,
// dates, source location. Part of the inspector script (see inspector.js).
//
// Everything read here is page content. Values the user typed are never read; every string is
// cut to the protocol's limits (`__l4yInspectorConfig.limits`, the same numbers Python checks).
// Elements that may be forms are read through `dom` (see dom.js for why).
(function (parts) {
  'use strict';
  const LIMITS = window.__l4yInspectorConfig.limits;
  const MAX_BYTES = window.__l4yInspectorConfig.maxMessageBytes;
  const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
  const COMPONENT_ATTRIBUTES = ['data-l4y-component', 'data-component', 'data-react-component'];
  const STABLE_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'];
  const dom = parts.dom;

  function cut(text, limit) {
    let s = String(text == null ? '' : text);
    if (s.length <= limit) return s;
    s = s.slice(0, limit);
    // Never leave half of a surrogate pair at the end.
    const last = s.charCodeAt(s.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
  }

  function squash(text, limit) {
    // Sliced first: an element's text can be the whole page.
    const head = String(text || '').slice(0, limit * 4 + 1000);
    return cut(head.replace(/\s+/g, ' ').trim(), limit);
  }

  function round(n) {
    return Math.round(n * 100) / 100;
  }

  function tagName(el) {
    return cut(String(dom.tag(el) || 'unknown').toLowerCase().replace(/[^a-z0-9._-]/g, '-'), LIMITS.TAG)
      .replace(/^[^a-z]+/, 'x-');
  }

  let probeAnswer = null;
  window.addEventListener('l4y-inspector-probe-result', (event) => {
    probeAnswer = typeof event.detail === 'string' ? event.detail : null;
  }, true);

  function componentName(el) {
    for (let node = el; node; node = dom.parent(node)) {
      for (const name of COMPONENT_ATTRIBUTES) {
        const value = dom.attr(node, name);
        if (value) return cut(value, LIMITS.COMPONENT);
      }
    }
    // React keeps its fiber in properties only the page's own world can see: ask react_probe.js
    // there with a DOM event; it answers synchronously with another one.
    probeAnswer = null;
    dom.dispatch(el, new CustomEvent('l4y-inspector-probe'));
    return probeAnswer ? cut(probeAnswer, LIMITS.COMPONENT) : null;
  }

  const IMPLICIT_ROLES = {
    a: 'link', article: 'article', aside: 'complementary', button: 'button', dialog: 'dialog',
    footer: 'contentinfo', form: 'form', h1: 'heading', h2: 'heading', h3: 'heading',
    h4: 'heading', h5: 'heading', h6: 'heading', header: 'banner', img: 'img', li: 'listitem',
    main: 'main', nav: 'navigation', ol: 'list', option: 'option', select: 'combobox',
    table: 'table', textarea: 'textbox', ul: 'list',
  };
  const INPUT_ROLES = {
    button: 'button', checkbox: 'checkbox', email: 'textbox', image: 'button', number: 'spinbutton',
    radio: 'radio', range: 'slider', reset: 'button', search: 'searchbox', submit: 'button',
    tel: 'textbox', text: 'textbox', url: 'textbox',
  };

  function role(el) {
    const explicit = dom.attr(el, 'role');
    if (explicit) return cut(explicit.trim().split(/\s+/)[0], LIMITS.ROLE);
    const tag = dom.tag(el);
    if (tag === 'input') return INPUT_ROLES[(el.getAttribute('type') || 'text').toLowerCase()] || '';
    if (tag === 'a' && !el.hasAttribute('href')) return '';
    if (tag === 'section') return ariaLabel(el) ? 'region' : ''; // only when named
    return IMPLICIT_ROLES[tag] || '';
  }

  function ariaLabel(el) {
    const own = dom.attr(el, 'aria-label');
    if (own) return squash(own, LIMITS.LABEL);
    const ids = (dom.attr(el, 'aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const texts = ids.map((id) => document.getElementById(id)).filter(Boolean).map(dom.textContent);
    return squash(texts.join(' '), LIMITS.LABEL);
  }

  function visibleText(el) {
    const tag = dom.tag(el);
    if (tag === 'input') {
      // A button's value is its caption; any other value is what the user typed: never sent.
      const type = (el.getAttribute('type') || '').toLowerCase();
      return ['submit', 'button', 'reset'].includes(type) ? squash(el.value, LIMITS.TEXT) : '';
    }
    if (tag === 'textarea') return '';
    return squash(dom.visibleText(el), LIMITS.TEXT);
  }

  function unique(selector) {
    try {
      return document.querySelectorAll(selector).length === 1;
    } catch (error) {
      return false;
    }
  }

  function cssPath(el) {
    const steps = [];
    for (let node = el; node; node = dom.parent(node)) {
      const id = dom.id(node);
      const tag = dom.tag(node);
      if (id && unique(`#${CSS.escape(id)}`)) {
        steps.unshift(`#${CSS.escape(id)}`);
        break;
      }
      const stable = STABLE_ATTRIBUTES.map((name) => [name, dom.attr(node, name)])
        .filter(([, value]) => value)
        .map(([name, value]) => `${CSS.escape(tag)}[${name}="${CSS.escape(value)}"]`)
        .find(unique);
      if (stable) {
        steps.unshift(stable);
        break;
      }
      if (tag === 'body' || tag === 'html') {
        steps.unshift(tag);
        break;
      }
      let step = CSS.escape(tag);
      const parent = dom.parent(node);
      if (parent) {
        const same = Array.from(dom.children(parent)).filter((c) => dom.tag(c) === tag);
        if (same.length > 1) step += `:nth-of-type(${same.indexOf(node) + 1})`;
      }
      steps.unshift(step);
    }
    // Too long for the protocol: keep the end, which still finds the element among few others.
    while (steps.join(' > ').length > LIMITS.SELECTOR && steps.length > 1) steps.shift();
    return cut(steps.join(' > '), LIMITS.SELECTOR);
  }

  function dataAttributes(el) {
    const data = {};
    let count = 0;
    for (const attr of Array.from(dom.attributes(el))) {
      if (!attr.name.startsWith('data-') || attr.name.length > LIMITS.DATA_NAME) continue;
      if (count++ >= LIMITS.DATA_ITEMS) break;
      data[attr.name] = cut(attr.value, LIMITS.DATA_VALUE);
    }
    return data;
  }

  function heading(el) {
    const own = dom.closest(el, HEADINGS);
    if (own) return squash(dom.textContent(own), LIMITS.LABEL) || null;
    // The closest heading before the element in document order: the title of its section.
    const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = el;
    for (let steps = 0; steps < 5000 && walker.previousNode(); steps++) {
      if (dom.matches(walker.currentNode, HEADINGS)) {
        return squash(dom.textContent(walker.currentNode), LIMITS.LABEL) || null;
      }
    }
    return null;
  }

  const formElements = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'elements').get;

  function resolve(url) {
    try {
      return cut(new URL(url, document.baseURI).href, LIMITS.URL);
    } catch (error) {
      return cut(url, LIMITS.URL);
    }
  }

  function formOf(el) {
    if (dom.tag(el) === 'form') return el;
    // A control's own form (also one linked with form="id"); other elements' nearest.
    const owner = el instanceof HTMLFormElement ? null : el.form;
    return owner instanceof HTMLFormElement ? owner : dom.closest(el, 'form');
  }

  function labelText(field) {
    const labels = field.labels ? Array.from(field.labels) : [];
    for (const label of labels) {
      // A wrapping label also holds the control (a select's options, say): leave those out.
      const parts = [];
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        if (!dom.closest(dom.parent(walker.currentNode), 'select, textarea, button, option')) {
          parts.push(walker.currentNode.nodeValue);
        }
      }
      const text = squash(parts.join(' '), LIMITS.LABEL);
      if (text) return text;
    }
    return '';
  }

  const NOT_FIELDS = ['hidden', 'submit', 'button', 'reset', 'image'];

  function describeForm(form) {
    const fields = [];
    for (const field of Array.from(formElements.call(form))) {
      const tag = field.localName;
      const type = tag === 'input' ? (field.getAttribute('type') || 'text').toLowerCase() : tag;
      if (!['input', 'select', 'textarea'].includes(tag) || NOT_FIELDS.includes(type)) continue;
      if (fields.length >= LIMITS.FIELDS) break;
      fields.push({
        tag,
        name: cut(field.getAttribute('name') || field.id || '', LIMITS.FIELD_NAME),
        type: cut(type, LIMITS.FIELD_TYPE),
        required: field.hasAttribute('required') || field.getAttribute('aria-required') === 'true',
        label: labelText(field),
        aria_label: ariaLabel(field),
        placeholder: squash(field.getAttribute('placeholder'), LIMITS.LABEL),
      });
    }
    return {
      action: resolve(dom.attr(form, 'action') || ''),
      method: cut((dom.attr(form, 'method') || 'get').toLowerCase(), LIMITS.FIELD_TYPE),
      fields,
    };
  }

  const ACTIONABLE = 'a[href], area[href], button, input[type="submit" i], input[type="button" i], '
    + 'input[type="reset" i], input[type="image" i], [role="button"], [role="link"]';

  function actionTarget(el) {
    const hit = dom.closest(el, ACTIONABLE);
    if (!hit) return null;
    const tag = dom.tag(hit);
    if (tag === 'a' || tag === 'area') {
      const opensIn = dom.attr(hit, 'target');
      return {
        kind: 'link', href: resolve(dom.attr(hit, 'href')), type: null, form_action: null,
        opens_in: opensIn ? cut(opensIn, LIMITS.FIELD_NAME) : null,
      };
    }
    let type = null;
    if (tag === 'button') type = (dom.attr(hit, 'type') || 'submit').toLowerCase();
    if (tag === 'input') type = (dom.attr(hit, 'type') || '').toLowerCase();
    const form = tag === 'button' || tag === 'input' ? formOf(hit) : null;
    let formAction = null;
    if (form && (type === 'submit' || type === 'image')) {
      formAction = resolve(dom.attr(hit, 'formaction') || dom.attr(form, 'action') || '');
    }
    return {
      kind: dom.matches(hit, '[role="link"]') ? 'link' : 'button', href: null,
      type: type ? cut(type, LIMITS.FIELD_TYPE) : null, form_action: formAction, opens_in: null,
    };
  }

  const CURRENCY = '(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|INR|BRL|MXN)';
  const SYMBOL = '[$€£¥₹]';
  // 1,299.99 and 1.299,99 and 1 299; cents optional; never a prefix of a longer number.
  const AMOUNT = '(?:\\d{1,3}(?:[,.\\u00a0 ]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?(?!\\d)';
  const PRICE = new RegExp(
    `(?:${SYMBOL}|\\b${CURRENCY}\\s?)\\s?(?:${AMOUNT})(?:\\s?${CURRENCY}\\b)?`
      + `|\\b(?:${AMOUNT})\\s?(?:${SYMBOL}|${CURRENCY}\\b|kr\\b|zł)`,
    'g',
  );
  const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?'
    + '|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
  const DATE = new RegExp([
    '\\b\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2})?\\b',
    '\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b',
    `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\.? ${MONTH}\\b\\.?(?:,? \\d{4})?`,
    '\\b[0-2]?\\d:[0-5]\\d(?:\\s?[ap]\\.?m\\b\\.?)?',
    '\\b1?\\d\\s?[ap]\\.?m\\b\\.?',
  ].join('|'), 'gi');

  function matches(regex, text, found) {
    for (const match of text.matchAll(regex)) {
      const value = cut(match[0].trim(), LIMITS.MATCH);
      if (value && !found.includes(value) && found.length < LIMITS.MATCHES) found.push(value);
    }
  }

  // Prices and dates in the element, or else in its closest ancestors while they stay small
  // (a card, a row): "nearby" without reading the whole page.
  function nearby(el) {
    const prices = [];
    const dates = [];
    let node = el;
    for (let level = 0; node && level < 4; level++, node = dom.parent(node)) {
      const text = String(dom.visibleText(node) || '');
      if (level > 0 && text.length > 2000) break;
      matches(PRICE, text.slice(0, 4000), prices);
      matches(DATE, text.slice(0, 4000), dates);
      for (const time of Array.from(dom.queryAll(node, 'time[datetime]')).slice(0, 10)) {
        const value = cut(dom.attr(time, 'datetime').trim(), LIMITS.MATCH);
        if (value && !dates.includes(value) && dates.length < LIMITS.MATCHES) dates.push(value);
      }
      if (prices.length || dates.length) break;
    }
    return { prices, dates };
  }

  function describe(el) {
    const rect = dom.rect(el);
    const form = formOf(el);
    const source = dom.closest(el, '[data-l4y-src]');
    const { prices, dates } = nearby(el);
    return {
      tag: tagName(el),
      id: cut(dom.id(el) || '', LIMITS.ID),
      classes: Array.from(dom.classes(el)).slice(0, LIMITS.CLASSES).map((c) => cut(c, LIMITS.CLASS)),
      text: visibleText(el),
      role: role(el),
      aria_label: ariaLabel(el),
      component: componentName(el),
      rect: { x: round(rect.left), y: round(rect.top), width: round(rect.width), height: round(rect.height) },
      selector: cssPath(el),
      data: dataAttributes(el),
      heading: heading(el),
      form: form ? describeForm(form) : null,
      target: actionTarget(el),
      prices,
      dates,
      src: source ? cut(dom.attr(source, 'data-l4y-src'), LIMITS.SOURCE) : null,
      frame: { url: cut(location.href, LIMITS.URL), depth: 0, top_coords: true },
    };
  }

  // The protocol caps a message's size; a huge form gives up fields rather than the message.
  function fit(message) {
    const encoder = new TextEncoder();
    const size = () => encoder.encode(JSON.stringify(message)).length;
    const el = message.element;
    while (size() > MAX_BYTES) {
      if (el.form && el.form.fields.length) el.form.fields.length = Math.floor(el.form.fields.length / 2);
      else if (Object.keys(el.data).length) el.data = {};
      else { el.text = ''; el.heading = null; el.selector = cut(el.selector, 200); break; }
    }
    return message;
  }

  parts.describe = Object.freeze({ element: describe, fit, componentName, tagName, cut, round });
})(window.__l4yInspectorParts = window.__l4yInspectorParts || {});
