// The preview inspector: select mode, picking an element, and messages between frames.
//
// Python joins dom.js, describe.js, overlay.js and this file into one script, after a line
// that sets `__l4yInspectorConfig`, and injects it into every frame in l4ydesk's own JavaScript
// world (l4ydesk/ui/preview/inspector.py). That world shares the page's DOM but none of its
// globals, so page scripts can neither call the inspector nor replace its functions.
//
// Frames talk to their parent with postMessage, the only channel that crosses origins. A parent
// takes a message only from one of its own frames, adds that frame's offset (so rectangles end
// up in the top frame's coordinates) and passes it on; the top frame hands it to the bridge
// (bridge.js). Commands from Python travel down the same way. Page scripts see these messages
// and can forge them, so nothing here is trusted by Python.
//
// Outside select mode the listeners below return at once: the page behaves as without us.
(function (parts) {
  'use strict';
  if (window.__l4yInspector) return;

  const VERSION = window.__l4yInspectorConfig.version;
  const LIMITS = window.__l4yInspectorConfig.limits;
  const ENVELOPE = '__l4yInspector';
  const IS_TOP = window.top === window;
  const describe = parts.describe;
  const overlay = parts.overlay;

  const state = { active: false, badges: [] };
  let hovered = null;

  function clearOutlines() {
    hovered = null;
    overlay.clear();
  }

  // ----- messages between frames and to Python ----------------------------------------------

  function frameElements() {
    return Array.from(document.querySelectorAll('iframe, frame'));
  }

  function isChild(win) {
    for (let i = 0; i < window.frames.length; i++) if (window.frames[i] === win) return true;
    return false;
  }

  function sameOrigin(win) {
    try {
      return Boolean(win.location.href);
    } catch (error) {
      return false;
    }
  }

  function sendUp(msg) {
    if (IS_TOP) {
      if (window.__l4yBridge) window.__l4yBridge.send(msg);
    } else {
      window.parent.postMessage({ [ENVELOPE]: VERSION, dir: 'up', msg }, '*');
    }
  }

  function sendDown(cmd, only) {
    const targets = only ? [only] : Array.from({ length: window.frames.length }, (_, i) => window.frames[i]);
    for (const target of targets) {
      // Badges name the app's files and elements: only same-origin frames (the app's own) get
      // them. Select mode goes everywhere, so elements in any frame can be picked.
      if (cmd.type === 'show_badges' && !sameOrigin(target)) continue;
      target.postMessage({ [ENVELOPE]: VERSION, dir: 'down', cmd }, '*');
    }
  }

  function offsetOf(frame) {
    const rect = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    return {
      x: rect.left + frame.clientLeft + parseFloat(style.paddingLeft || '0'),
      y: rect.top + frame.clientTop + parseFloat(style.paddingTop || '0'),
    };
  }

  function relayUp(msg, from) {
    if (msg.type === 'select_mode') {
      if (IS_TOP) leave('escape');
      else sendUp(msg);
      return;
    }
    if (msg.type !== 'element_selected' || !state.active) return;
    // A frame's message is page content: adjust what has the expected shape, pass on the rest
    // for Python to judge.
    const el = msg.element;
    if (el && typeof el === 'object') {
      // A frame inside a shadow root is a child we cannot find the element of.
      const frame = frameElements().find((f) => f.contentWindow === from);
      if (frame && el.rect && typeof el.rect.x === 'number' && typeof el.rect.y === 'number') {
        const offset = offsetOf(frame);
        el.rect.x = describe.round(el.rect.x + offset.x);
        el.rect.y = describe.round(el.rect.y + offset.y);
      } else if (el.frame && typeof el.frame === 'object') {
        el.frame.top_coords = false;
      }
      if (el.frame && typeof el.frame.depth === 'number') el.frame.depth += 1;
    }
    clearOutlines(); // the pick happened in a frame below: our own outlines are stale
    sendUp(msg);
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data[ENVELOPE] !== VERSION) return;
    if (data.dir === 'down') {
      if (!IS_TOP && event.source === window.parent) apply(data.cmd);
      return;
    }
    if (!isChild(event.source)) return; // only our own frames talk to us
    if (data.dir === 'up' && data.msg && typeof data.msg === 'object') {
      relayUp(data.msg, event.source);
    } else if (data.dir === 'hello') {
      // A frame that (re)loaded asks for what it missed.
      if (state.active) sendDown({ type: 'set_select_mode', version: VERSION, active: true }, event.source);
      if (state.badges.length) {
        sendDown({ type: 'show_badges', version: VERSION, badges: state.badges }, event.source);
      }
    }
  });

  function apply(cmd) {
    if (!cmd || typeof cmd !== 'object') return;
    if (cmd.type === 'set_select_mode') {
      state.active = cmd.active === true;
      if (!state.active) clearOutlines();
    } else if (cmd.type === 'show_badges' && Array.isArray(cmd.badges)) {
      state.badges = cmd.badges.slice(0, LIMITS.BADGES)
        .filter((b) => b && typeof b.label === 'string')
        .map((b) => ({ label: describe.cut(b.label, LIMITS.BADGE_LABEL), selector: b.selector, src: b.src }));
      overlay.setBadges(state.badges);
    } else {
      return;
    }
    sendDown(cmd);
  }

  function leave(reason) {
    if (!state.active) return;
    apply({ type: 'set_select_mode', version: VERSION, active: false });
    sendUp({ type: 'select_mode', version: VERSION, active: false, reason });
  }

  // ----- the user's input in select mode ----------------------------------------------------

  function targetOf(event) {
    return event.composedPath().find(parts.dom.isElement) || null;
  }

  // Registered now, before any page script, so they run first on `window` in the capture phase
  // and keep every page listener from seeing the event.
  const SWALLOWED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick',
    'auxclick', 'contextmenu', 'touchstart', 'touchend', 'submit'];
  for (const type of SWALLOWED) {
    window.addEventListener(type, (event) => {
      // Only the user's own input: a page cannot pick elements by faking clicks.
      if (!state.active || !event.isTrusted) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type === 'click' && event.button === 0) select(targetOf(event));
    }, { capture: true, passive: false });
  }

  function select(el) {
    if (!el) return;
    overlay.showSelected(el);
    sendUp(describe.fit({ type: 'element_selected', version: VERSION, element: describe.element(el) }));
  }

  window.addEventListener('pointermove', (event) => {
    if (!state.active || !event.isTrusted) return;
    const el = targetOf(event);
    if (el && el !== hovered) {
      hovered = el;
      const component = describe.componentName(el);
      overlay.showHover(el, describe.tagName(el) + (component ? ` · ${component}` : ''));
    }
  }, { capture: true, passive: true });

  window.addEventListener('pointerout', (event) => {
    // No related target: the pointer went into a child frame or out of the view.
    if (state.active && event.isTrusted && event.relatedTarget === null) {
      hovered = null;
      overlay.showHover(null, '');
    }
  }, { capture: true, passive: true });

  window.addEventListener('keydown', (event) => {
    if (!state.active || !event.isTrusted || event.key !== 'Escape') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    leave('escape');
  }, true);

  if (!IS_TOP) window.parent.postMessage({ [ENVELOPE]: VERSION, dir: 'hello' }, '*');

  window.__l4yInspector = Object.freeze({
    // Python's commands arrive here, in the top frame, through runJavaScript in this world.
    command: apply,
    // What the overlay shows, for tests and screenshots.
    debug: () => Object.assign({ active: state.active }, overlay.debug()),
  });
})(window.__l4yInspectorParts = window.__l4yInspectorParts || {});
