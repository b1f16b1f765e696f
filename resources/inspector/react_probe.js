// Names the React component that rendered an element, for the inspector's label and metadata.
//
// React keeps its fiber on DOM nodes as `__reactFiber$…` properties, which only the page's own
// JavaScript world can see; the inspector lives in an isolated world. So this small helper runs
// in the page's world and answers a DOM event: the inspector dispatches `l4y-inspector-probe`
// on an element, and this dispatches `l4y-inspector-probe-result` on window with the name (or
// null), synchronously. It only reads, exposes no globals, and the page can make it say
// anything, so the name is a hint like any page content.
(function () {
  'use strict';
  const FIBER_PREFIXES = ['__reactFiber$', '__reactInternalInstance$'];

  function nameOf(type) {
    if (typeof type === 'function') return type.displayName || type.name || null;
    if (type && typeof type === 'object') {
      // memo() and forwardRef() wrap the component function.
      const inner = type.render || type.type;
      return type.displayName || (inner && (inner.displayName || inner.name)) || null;
    }
    return null;
  }

  function componentName(el) {
    const key = Object.keys(el).find((k) => FIBER_PREFIXES.some((p) => k.startsWith(p)));
    let fiber = key ? el[key] : null;
    for (let depth = 0; fiber && depth < 60; depth++, fiber = fiber.return) {
      const name = nameOf(fiber.type);
      if (typeof name === 'string' && name) return name.slice(0, 128);
    }
    return null;
  }

  window.addEventListener('l4y-inspector-probe', (event) => {
    let name = null;
    try {
      name = componentName(event.target);
    } catch (error) {
      name = null; // a page that guards its objects: no name, never an error in the page
    }
    window.dispatchEvent(new CustomEvent('l4y-inspector-probe-result', { detail: name }));
  }, true);
})();
