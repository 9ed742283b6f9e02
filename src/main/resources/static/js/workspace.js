// Staff workspace: htmx set-up that the Content-Security-Policy allows (no inline script or style).
// htmx itself is configured by <meta name="htmx-config"> in fragments/layout.html.
(function () {
  'use strict';

  // Every htmx request carries the CSRF token of the page (Spring Security's header), through hx-headers on <body>.
  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content && header.content && document.body) {
      var headers = {};
      headers[header.content] = token.content;
      document.body.setAttribute('hx-headers', JSON.stringify(headers));
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', csrfHeaders);
  } else {
    csrfHeaders();
  }

  document.addEventListener('htmx:beforeSwap', function (evt) {
    var xhr = evt.detail.xhr;
    // an expired session ends on the login page: go there rather than swap it into a card
    if (xhr && xhr.responseURL && /\/login$/.test(new URL(xhr.responseURL).pathname)) {
      evt.detail.shouldSwap = false;
      window.location.href = xhr.responseURL;
      return;
    }
    // a refusal, an unknown case or a server error: show its page, as without JavaScript
    if (xhr && xhr.status >= 400 && !evt.detail.shouldSwap) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
      evt.detail.target = document.body;
      evt.detail.swapOverride = 'innerHTML';
    }
  });
})();
