// The top frame's end of the inspector: passes its messages to Python over QWebChannel.
//
// Runs only in the top frame, in l4ydesk's own JavaScript world, after qwebchannel.js (which
// Python injects from Qt's resources). `qt.webChannelTransport` exists in this world alone, so
// page scripts cannot reach the channel; inspector.js, in the same world, calls
// `__l4yBridge.send(message)`. The Python object offers one method, `post(json)`, and checks
// everything it receives.
(function () {
  'use strict';
  if (window.top !== window || window.__l4yBridge) return;

  const CONFIG = window.__l4yInspectorConfig;
  const waiting = [];
  let post = null;

  function postJson(json) {
    if (typeof json !== 'string') return;
    if (post) post(json);
    else if (waiting.length < 20) waiting.push(json); // only until the channel is up
  }

  function send(message) {
    let json;
    try {
      json = JSON.stringify(message);
    } catch (error) {
      return; // a cycle or a BigInt from a frame's forged message: nothing to send
    }
    postJson(json);
  }

  window.__l4yBridge = Object.freeze({ send, post: postJson });

  if (typeof qt === 'undefined' || !qt.webChannelTransport) return;
  const channel = new QWebChannel(qt.webChannelTransport, () => {
    const bridge = channel.objects[CONFIG.bridgeName];
    post = (json) => bridge.post(json);
    post(JSON.stringify({ type: 'ready', version: CONFIG.version, url: location.href.slice(0, CONFIG.limits.URL) }));
    for (const json of waiting.splice(0)) post(json);
  });
  // The transport belongs to the page, not the document: after a reload, the answer to the
  // previous document's last call can arrive here, for a callback this channel never made.
  const handleResponse = channel.handleResponse;
  channel.handleResponse = (message) => {
    if (typeof channel.execCallbacks[message.id] === 'function') handleResponse(message);
  };
})();
