// Reading the page's elements safely. Part of the inspector script (see inspector.js).
//
// A form answers property lookups with its controls' names first: <input name="id"> makes
// `form.id` that input, <input name="getAttribute"> breaks `form.getAttribute()` ("DOM
// clobbering"), in our JavaScript world as in the page's. Real forms do this by accident
// (a hidden "id" or "action" field), hostile pages on purpose. So the inspector reads any
// element that might be a form through the prototypes, captured here before page scripts run.
(function (parts) {
  'use strict';
  const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const method = (fn) => (target, ...args) => fn.apply(target, args);
  const property = (proto, name) => {
    const get = getter(proto, name);
    return (target) => get.call(target);
  };
  const innerText = getter(HTMLElement.prototype, 'innerText');
  const textContent = property(Node.prototype, 'textContent');

  parts.dom = Object.freeze({
    attr: method(Element.prototype.getAttribute),
    hasAttr: method(Element.prototype.hasAttribute),
    closest: method(Element.prototype.closest),
    matches: method(Element.prototype.matches),
    queryAll: method(Element.prototype.querySelectorAll),
    rect: method(Element.prototype.getBoundingClientRect),
    dispatch: method(EventTarget.prototype.dispatchEvent),
    parent: property(Node.prototype, 'parentElement'),
    connected: property(Node.prototype, 'isConnected'),
    tag: property(Element.prototype, 'localName'),
    id: property(Element.prototype, 'id'),
    classes: property(Element.prototype, 'classList'),
    attributes: property(Element.prototype, 'attributes'),
    children: property(Element.prototype, 'children'),
    textContent,
    // What the user sees; SVG and other non-HTML elements only have their text content.
    visibleText: (el) => (el instanceof HTMLElement ? innerText.call(el) : textContent(el)),
    isElement: (node) => node instanceof Element,
  });
})(window.__l4yInspectorParts = window.__l4yInspectorParts || {});
